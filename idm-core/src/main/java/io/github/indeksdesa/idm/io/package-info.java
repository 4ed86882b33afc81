/**
 * The input vocabulary of the readers: the limits every reader works under ({@link
 * io.github.indeksdesa.idm.io.ReadLimits}).
 */
package io.github.indeksdesa.idm.io;
