// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.id.IndeksDesaResult;
import io.github.indeksdesa.idm.id.RealScores;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every real village of the 2025 score export below MANDIRI gets a plan that reaches its next status. */
class IndeksDesaPlanDataTest {

    @Test
    void everyVillageBelowMandiriReachesItsNextStatus() throws IOException {
        IndeksDesaPlanner planner = IndeksDesaPlanner.official();
        Map<Status, Integer> planned = new EnumMap<>(Status.class);
        Map<Integer, Integer> changes = new TreeMap<>();
        Map<Integer, Integer> overshoot = new TreeMap<>();
        int[] mandiri = {0};
        int villages = RealScores.forEach(IndeksDesaModel.official(), scores -> {
            IndeksDesaResult result = scores.evaluate();
            IndeksDesaPlan plan = planner.plan(result);
            if (result.status() == Status.MANDIRI) {
                assertTrue(plan.changes().isEmpty(), plan.toString());
                mandiri[0]++;
                return;
            }
            assertTrue(plan.isReachable(), plan.toString());
            assertEquals(result.targetStatus(), plan.target());
            assertEquals(plan.target(), plan.statusAfter(), plan.toString());
            assertTrue(plan.pointsAfter() >= plan.requiredPoints(), plan.toString());
            for (IndeksDesaChange change : plan.changes()) {
                assertTrue(change.item().isObserved(change.to()), change.toString());
            }
            planned.merge(result.status(), 1, Integer::sum);
            changes.merge(plan.changes().size(), 1, Integer::sum);
            overshoot.merge(plan.pointsAfter() - plan.requiredPoints(), 1, Integer::sum);
        });
        System.out.println("villages " + villages + ", MANDIRI " + mandiri[0] + ", planned " + planned);
        System.out.println("changes per plan (changes=villages) " + changes);
        System.out.println("points above the target's first points (points=villages) " + overshoot);
        // The figures of docs/planning.md.
        assertEquals("{1=556, 2=423, 3=448, 4=426, 5=383, 6=437, 7=398, 8=408, 9=473, 10=438, 11=452, 12=450, "
                + "13=466, 14=437, 15=433, 16=403, 17=143, 18=35, 19=32}", changes.toString());
        assertEquals(Map.of(0, 7241), overshoot, "every plan lands on the target's first points");
        assertEquals(10_733, villages);
        assertEquals(3492, mandiri[0]);
        assertEquals(Map.of(Status.MAJU, 4698, Status.BERKEMBANG, 2494, Status.TERTINGGAL, 47,
                Status.SANGAT_TERTINGGAL, 2), planned);
    }
}
