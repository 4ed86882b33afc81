package io.github.indeksdesa.idm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageScores;
import io.github.indeksdesa.idm.report.MinistryReport;
import io.github.indeksdesa.idm.verify.Finding;
import io.github.indeksdesa.idm.verify.PublishedReport;
import io.github.indeksdesa.idm.verify.Verifier;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of idm-json/README.md, on files the project writes itself. */
class ReadmeExamplesTest {

    @Test
    void readingAMinistryReport(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("6401022004_2024.json"), Fixtures.json());

        PublishedReport report = RumusanReader.official().read(file);
        List<Finding> findings = Verifier.official().verify(report);
        findings.forEach(System.out::println);
        VillageScores scores = VillageScores.of(IdmModel.official(), VillageCode.of(report.villageCode()),
                report.year(), report.scores());
        String json = RumusanWriter.create().toJson(MinistryReport.of(scores.evaluate()));

        assertEquals(List.of(), findings);
        assertTrue(json.contains("\"SKOR_MINIMAL\":\"0.8156\""), json);
    }

    @Test
    void readingABulkTable(@TempDir Path dir) throws Exception {
        StringWriter csv = new StringWriter();
        try (BulkTableWriter writer = BulkTableWriter.open(csv, 2024)) {
            writer.write(io.github.indeksdesa.idm.verify.PublishedRow.of(Fixtures.scores().evaluate(),
                    Fixtures.report().identity(), "", ""));
        }
        Path file = Files.writeString(dir.resolve("idm-2024.csv"), csv.toString());

        Map<String, Integer> byStatus = new TreeMap<>();
        ReadSummary summary = BulkTableReader.create().read(file,
                row -> byStatus.merge(row.status(), 1, Integer::sum),
                rejected -> System.err.println(rejected));
        System.out.println(summary);

        assertEquals(Map.of("MAJU", 1), byStatus);
        assertEquals(1, summary.rowsAccepted());
    }
}
