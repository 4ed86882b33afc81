// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.id;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.batch.IndeksDesaBatchResult;
import io.github.indeksdesa.idm.batch.IndeksDesaBatchScorer;
import io.github.indeksdesa.idm.batch.IndeksDesaMatrix;
import io.github.indeksdesa.idm.verify.Check;
import io.github.indeksdesa.idm.verify.Finding;
import io.github.indeksdesa.idm.verify.IndeksDesaVerifier;
import io.github.indeksdesa.idm.verify.PublishedIndeksDesaRow;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The 10,733 real villages of the 2025 score export: scored per village and in batch, and verified.
 */
class IndeksDesaDataTest {

    @Test
    void fiveProvincesGiveThePublishedStatusCounts() throws IOException {
        IndeksDesaModel model = IndeksDesaModel.official();
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        Map<Check, Integer> findings = new EnumMap<>(Check.class);
        IndeksDesaVerifier verifier = IndeksDesaVerifier.of(model);
        IndeksDesaMatrix.Builder matrix = IndeksDesaMatrix.builder(model);
        int[] range = {Integer.MAX_VALUE, 0};
        int villages = RealScores.forEachRow(model, row -> {
            IndeksDesaResult result = row.scores().evaluate();
            counts.merge(result.status(), 1, Integer::sum);
            matrix.add(result.scores());
            for (Finding f : verifier.verify(PublishedIndeksDesaRow.builder(RealScores.PATH, "line " + row.line(),
                    result.villageCode().value(), result.year()).itemScores(row.itemCells()).build())) {
                findings.merge(f.check(), 1, Integer::sum);
            }
            range[0] = Math.min(range[0], result.points());
            range[1] = Math.max(range[1], result.points());
        });
        assertEquals(10_733, villages);
        assertEquals(Map.of(Status.MANDIRI, 3492, Status.MAJU, 4698, Status.BERKEMBANG, 2494, Status.TERTINGGAL, 47,
                Status.SANGAT_TERTINGGAL, 2), counts);
        IndeksDesaBatchResult batch = IndeksDesaBatchScorer.of(model).parallel(true).score(matrix.build());
        assertEquals(Map.of(Status.MANDIRI, 3492L, Status.MAJU, 4698L, Status.BERKEMBANG, 2494L, Status.TERTINGGAL, 47L,
                Status.SANGAT_TERTINGGAL, 2L), batch.statusCounts());
        assertEquals(Map.of(), findings);
        assertEquals(272, range[0]);
        assertEquals(626, range[1]);
    }
}
