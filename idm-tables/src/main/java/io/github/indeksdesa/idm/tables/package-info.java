// SPDX-License-Identifier: Apache-2.0
/**
 * Readers and writers of tables: the project's scores table and the ministry's yearly bulk tables,
 * as CSV, gzip-compressed CSV or XLSX. No dependency beyond idm-core and the JDK.
 */
package io.github.indeksdesa.idm.tables;
