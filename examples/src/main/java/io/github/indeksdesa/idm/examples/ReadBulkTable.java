// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.examples;

import io.github.indeksdesa.idm.tables.BulkTableReader;
import io.github.indeksdesa.idm.tables.ReadSummary;
import io.github.indeksdesa.idm.verify.Verifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a ministry bulk table (CSV, CSV.GZ or XLSX), counts villages per year and status, and
 * verifies every row.
 */
public final class ReadBulkTable {

    private ReadBulkTable() {
    }

    /**
     * Runs the example.
     *
     * @param args the table; default {@code examples/data/bulk-kaltim.csv}
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/data/bulk-kaltim.csv");
        // README:begin
        Map<String, Integer> villages = new TreeMap<>();
        Verifier verifier = Verifier.official();
        ReadSummary summary = BulkTableReader.official().read(file, row -> {
            villages.merge(row.year() + " " + row.status(), 1, Integer::sum);
            verifier.verify(row).forEach(System.out::println);          // parts off their grid, wrong status...
        }, rejected -> System.err.println(rejected));                      // a bad row: file, line, reason
        System.out.println(villages + "\n" + summary);
        // README:end
    }
}
