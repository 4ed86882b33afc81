// SPDX-License-Identifier: Apache-2.0
/**
 * The {@code idm} command.
 */
package io.github.indeksdesa.idm.cli;
