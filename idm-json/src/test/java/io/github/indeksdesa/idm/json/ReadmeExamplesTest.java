// SPDX-License-Identifier: Apache-2.0
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        String json = RumusanWriter.official().toJson(MinistryReport.of(scores.evaluate()));

        assertEquals(List.of(), findings);
        assertTrue(json.contains("\"SKOR_MINIMAL\":\"0.8156\""), json);
    }
}
