// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.ScoreValidation;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageScores;
import io.github.indeksdesa.idm.batch.BatchResult;
import io.github.indeksdesa.idm.batch.BatchScorer;
import io.github.indeksdesa.idm.batch.ScoreMatrix;
import io.github.indeksdesa.idm.io.Input;
import io.github.indeksdesa.idm.io.InputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoresMatrixReaderTest {

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
    void scoresTableIntoMatrix(@TempDir Path dir) throws Exception {
        List<VillageScores> villages = villages();
        String text = ScoresTableTest.table(villages.toArray(new VillageScores[0]));
        String[] lines = text.split("\n");
        // One row off the ladder (IKS02 Dokter = 3): rejected by LADDER, kept by RANGE.
        String offLadder = lines[1].replaceFirst("^(\\d+,\\d+,\\d+,)\\d", "$13");
        Path file = dir.resolve("scores.csv");
        Files.writeString(file, text + offLadder + "\n", StandardCharsets.UTF_8);
        List<RejectedRow> rejected = new ArrayList<>();
        ScoreMatrix matrix = ScoresMatrixReader.of(Fixtures.MODEL, ScoreValidation.LADDER).read(file, rejected::add);
        assertEquals(1, rejected.size(), rejected::toString);
        assertTrue(rejected.get(0).reason().contains("IKS02"), rejected.get(0).reason());
        assertTrue(matrix.isChecked());
        assertMatchesPerVillage(villages, matrix);
        List<RejectedRow> none = new ArrayList<>();
        ScoreMatrix lenient = ScoresMatrixReader.of(Fixtures.MODEL, ScoreValidation.RANGE).read(file, none::add);
        assertEquals(List.of(), none);
        assertEquals(villages.size() + 1, lenient.villageCount());
        assertEquals(3, lenient.score(villages.size(), 1));
    }

    @Test
    void readsInChunksFromAStreamAndGoesOnPastALineNotInThePlainForm() throws Exception {
        List<VillageScores> villages = villages();
        String[] lines = ScoresTableTest.table(villages.toArray(new VillageScores[0])).split("\n");
        // Line 6 quoted, line 9 blank, line 11 off the ladder: the general reader takes over at line 6.
        lines[5] = lines[5].replaceFirst("^(\\d+)", "\"$1\"");
        lines[8] = lines[8] + "\n";
        lines[10] = lines[10].replaceFirst("^(\\d+,\\d+,\\d+,)\\d", "$13");
        String text = String.join("\n", lines) + "\n";
        List<ScoreMatrix> chunks = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        ReadSummary summary = ScoresMatrixReader.of(Fixtures.MODEL, ScoreValidation.LADDER).read(
                Input.of("<stdin>", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))), 3,
                chunks::add, rejected::add);
        assertEquals(List.of(new RejectedRow("<stdin>", "line 12", rejected.get(0).reason())), rejected);
        assertEquals(List.of(3, 3, 3, 2), chunks.stream().map(ScoreMatrix::villageCount).toList());
        assertEquals(12, summary.rowsRead());
        assertEquals(11, summary.rowsAccepted());
        List<VillageScores> expected = new ArrayList<>(villages);
        expected.remove(9);
        List<VillageScores> read = new ArrayList<>();
        chunks.forEach(m -> {
            for (int v = 0; v < m.villageCount(); v++) {
                read.add(m.village(v, ScoreValidation.LADDER));
            }
        });
        assertEquals(expected, read);
    }

    @Test
    void aMissingFileIsNamedAsSuch() {
        InputException e = assertThrows(InputException.class, () -> ScoresMatrixReader.of(Fixtures.MODEL,
                ScoreValidation.LADDER).read(Path.of("/nonexistent.csv"), r -> { }));
        assertEquals("/nonexistent.csv: no such file", e.getMessage());
    }
}
