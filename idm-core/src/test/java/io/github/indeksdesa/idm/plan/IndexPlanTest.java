// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.IdmValue;
import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.Status;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

class IndexPlanTest {

    private static final IdmModel MODEL = IdmModel.official();

    /** The fewest points that reach the target, by trying every split; -1 if none does. */
    static int fewestPoints(IdmValue value, Status target) {
        IdmModel model = value.model();
        long need = model.lowestGridNumerator(target) - value.gridNumerator();
        int best = -1;
        for (int s = 0; s <= model.maxSum(Index.IKS) - value.sum(Index.IKS); s++) {
            for (int e = 0; e <= model.maxSum(Index.IKE) - value.sum(Index.IKE); e++) {
                for (int l = 0; l <= model.maxSum(Index.IKL) - value.sum(Index.IKL); l++) {
                    long gain = model.weight(Index.IKS) * s + model.weight(Index.IKE) * e + model.weight(Index.IKL) * l;
                    if (gain >= need && (best < 0 || s + e + l < best)) {
                        best = s + e + l;
                    }
                }
            }
        }
        return best;
    }

    @Property(tries = 150)
    void planIsMinimalAndReachesTheTargetWithinHeadroom(@ForAll @IntRange(max = 175) int iks,
            @ForAll @IntRange(max = 60) int ike, @ForAll @IntRange(max = 15) int ikl, @ForAll Status target) {
        IdmValue value = IdmValue.ofSums(MODEL, iks, ike, ikl);
        IndexPlan plan = IndexPlan.of(value, target);
        int fewest = fewestPoints(value, target);
        assertEquals(fewest >= 0, plan.isReachable(), plan.toString());
        if (plan.isReachable()) {
            assertEquals(fewest, plan.totalPoints(), plan.toString());
            assertTrue(plan.statusAfter().compareTo(target) >= 0, plan.toString());
            for (Index index : Index.values()) {
                assertTrue(plan.points(index) >= 0 && plan.points(index) <= plan.headroom(index), plan.toString());
                assertEquals(value.sum(index) + plan.points(index), plan.valueAfter().sum(index));
            }
        } else {
            assertEquals(0, plan.totalPoints());
            assertEquals(value, plan.valueAfter());
        }
        Statistics.label("outcome").collect(!plan.isReachable() ? "unreachable" : fewest == 0 ? "at target" : "points");
        Statistics.label("outcome").coverage(c -> c.check("points").count(n -> n >= 20));
    }

    @Test
    void theTopValueIsMandiriAndNeedsNothing() {
        IndexPlan plan = IndexPlan.of(IdmValue.ofSums(MODEL, 175, 60, 15));
        assertEquals(Status.MANDIRI, plan.target());
        assertTrue(plan.isReachable());
        assertEquals(0, plan.totalPoints());
    }

    @Test
    void headroomLimitsWhichIndexCanMove() {
        IndexPlan fromZero = IndexPlan.of(IdmValue.ofSums(MODEL, 0, 0, 0), Status.MANDIRI);
        assertTrue(fromZero.isReachable());
        assertEquals(Status.MANDIRI, fromZero.statusAfter());
        // IKS and IKE full: N = 2100 + 2100 = 4200; MANDIRI needs 938 more, 7 IKL points (980).
        IndexPlan skewed = IndexPlan.of(IdmValue.ofSums(MODEL, 175, 60, 0), Status.MANDIRI);
        assertEquals(0, skewed.points(Index.IKS));
        assertEquals(0, skewed.points(Index.IKE));
        assertEquals(7, skewed.points(Index.IKL));
        assertEquals(0, skewed.headroom(Index.IKS));
        assertThrows(NullPointerException.class, () -> IndexPlan.of(null));
        assertThrows(NullPointerException.class, () -> IndexPlan.of(skewed.value(), null));
    }
}
