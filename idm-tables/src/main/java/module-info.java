// SPDX-License-Identifier: Apache-2.0
/**
 * Readers and writers of tables: the project's scores table and the ministry's yearly bulk tables
 * (CSV, gzip-compressed CSV, XLSX), with a batch reader of scores tables into a score matrix.
 */
module io.github.indeksdesa.idm.tables {
    requires transitive io.github.indeksdesa.idm;
    requires java.xml;
    requires de.siegmar.fastcsv;

    exports io.github.indeksdesa.idm.tables;
}
