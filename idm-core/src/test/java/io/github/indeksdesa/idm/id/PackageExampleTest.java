// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.id;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The example of the package overview (package-info.java), with the figures it states. */
class PackageExampleTest {

    @Test
    void overviewExample() {
        IndeksDesaModel model = IndeksDesaModel.official();
        int[] scores = new int[model.itemCount()];
        Arrays.fill(scores, 3);
        scores[model.position(model.item("LD01"))] = 5;
        IndeksDesaResult result = IndeksDesaScores.of(model, VillageCode.of("3301012001"), 2025, scores).evaluate();
        assertEquals(383, result.points());
        assertEquals("60.31", result.skorId().toPublishedString());
        assertEquals(Status.BERKEMBANG, result.status());
        assertEquals(Status.MAJU, result.targetStatus());
        assertEquals(58, result.pointsToTarget());
        assertEquals(104, result.points(Dimension.LD));
    }
}
