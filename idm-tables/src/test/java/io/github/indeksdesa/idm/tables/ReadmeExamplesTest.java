// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.report.VillageIdentity;
import io.github.indeksdesa.idm.verify.PublishedRow;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of idm-tables/README.md, on files the project writes itself. */
class ReadmeExamplesTest {

    @Test
    void readingABulkTable(@TempDir Path dir) throws Exception {
        StringWriter csv = new StringWriter();
        try (BulkTableWriter writer = BulkTableWriter.open(csv, 2024)) {
            writer.write(PublishedRow.of(Fixtures.scores().evaluate(), VillageIdentity.of(VillageCode.of("6401022004"),
                    "DESA CONTOH", "KECAMATAN CONTOH", "KABUPATEN CONTOH", "PROVINSI CONTOH"), "", ""));
        }
        Path file = Files.writeString(dir.resolve("idm-2024.csv"), csv.toString());

        Map<String, Integer> byStatus = new TreeMap<>();
        ReadSummary summary = BulkTableReader.official().read(file,
                row -> byStatus.merge(row.status(), 1, Integer::sum),
                rejected -> System.err.println(rejected));
        System.out.println(summary);

        assertEquals(Map.of("MAJU", 1), byStatus);
        assertEquals(1, summary.rowsAccepted());
    }
}
