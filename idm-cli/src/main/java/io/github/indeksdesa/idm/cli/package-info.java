/**
 * The {@code idm} command.
 */
package io.github.indeksdesa.idm.cli;
