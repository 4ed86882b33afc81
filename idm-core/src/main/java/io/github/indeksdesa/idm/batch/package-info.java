/**
 * Scoring many villages at memory speed from a compact representation, without an object per
 * village.
 */
package io.github.indeksdesa.idm.batch;
