// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.ScoreValidation;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageScores;
import io.github.indeksdesa.idm.batch.BatchResult;
import io.github.indeksdesa.idm.batch.BatchScorer;
import io.github.indeksdesa.idm.batch.ScoreMatrix;
import io.github.indeksdesa.idm.report.MinistryReport;
import io.github.indeksdesa.idm.report.VillageIdentity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchReadersTest {

    /** Villages with different codes, years and a spread of statuses. */
    private static List<VillageScores> villages() {
        VillageScores base = Fixtures.scores();
        List<VillageScores> villages = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            VillageScores v = base.withVillage(VillageCode.of(Long.toString(6401022004L + i)), 2021 + i % 4);
            for (int p = 0; p < i * 4; p++) {
                var indicator = Fixtures.MODEL.indicators().get(p);
                v = v.withScore(indicator, indicator.lowestScore());
            }
            villages.add(v);
        }
        return villages;
    }

    private static void assertMatchesPerVillage(List<VillageScores> expected, ScoreMatrix matrix) {
        assertEquals(expected.size(), matrix.villageCount());
        BatchResult result = BatchScorer.of(Fixtures.MODEL).score(matrix);
        for (int v = 0; v < expected.size(); v++) {
            assertEquals(expected.get(v).villageCode(), matrix.villageCode(v));
            assertEquals(expected.get(v).year(), matrix.year(v));
            assertEquals(expected.get(v), matrix.village(v, ScoreValidation.LADDER));
            assertEquals(expected.get(v).evaluate().status(), result.status(v));
            assertEquals(expected.get(v).evaluate().value().gridNumerator(), result.gridNumerator(v));
        }
    }

    @Test
    void rumusanDirectoryIntoMatrix(@TempDir Path dir) throws Exception {
        List<VillageScores> villages = villages();
        for (VillageScores v : villages) {
            MinistryReport report = MinistryReport.of(v.evaluate(), VillageIdentity.of(v.villageCode(), "DESA", "KEC",
                    "KAB", "PROV"));
            Files.writeString(dir.resolve(v.villageCode().value() + "_" + v.year() + ".json"),
                    RumusanWriter.official().toJson(report), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("zz-broken.json"), "{\"status\":200}", StandardCharsets.UTF_8);
        List<IdmJsonException> failures = new ArrayList<>();
        ScoreMatrix matrix = BatchReaders.rumusanDirectory(Fixtures.MODEL, dir, failures::add);
        assertEquals(1, failures.size(), failures::toString);
        assertTrue(failures.get(0).getMessage().contains("zz-broken.json"), failures.get(0).getMessage());
        assertMatchesPerVillage(villages, matrix);
    }

    @Test
    void realReportsScoreAsThePerVillageApi() {
        Path dir = SharedData.require("data/ministry-api");
        List<IdmJsonException> failures = new ArrayList<>();
        ScoreMatrix matrix = BatchReaders.rumusanDirectory(Fixtures.MODEL, dir, failures::add);
        assertEquals(List.of(), failures);
        assertEquals(RumusanReader.reportFiles(dir).size(), matrix.villageCount());
        BatchResult result = BatchScorer.of(Fixtures.MODEL).score(matrix);
        int[] expected = new int[matrix.villageCount()];
        for (int v = 0; v < matrix.villageCount(); v++) {
            expected[v] = (int) matrix.village(v, ScoreValidation.RANGE).evaluate().value().gridNumerator();
        }
        assertArrayEquals(expected, result.gridNumerators());
    }
}
