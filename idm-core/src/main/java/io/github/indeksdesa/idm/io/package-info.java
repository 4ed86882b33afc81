// SPDX-License-Identifier: Apache-2.0
/**
 * The input vocabulary the readers share: a named {@link io.github.indeksdesa.idm.io.Input} (a
 * file, or standard input or any stream, gzip detected by its magic bytes), its detected
 * {@link io.github.indeksdesa.idm.io.InputKind}, and the
 * {@link io.github.indeksdesa.idm.io.InputException} every reader's error extends, naming the
 * source and the place; and the {@link io.github.indeksdesa.idm.io.ReadLimits} every reader works
 * under.
 */
package io.github.indeksdesa.idm.io;
