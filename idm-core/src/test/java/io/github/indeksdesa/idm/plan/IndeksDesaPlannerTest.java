// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.AgencyLevel;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.id.IndeksDesaScores;
import io.github.indeksdesa.idm.id.Item;
import java.io.StringReader;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class IndeksDesaPlannerTest {

    static final IndeksDesaModel MODEL = IndeksDesaModel.official();

    /**
     * The example of docs/planning.md: every item at 5 but the last 33 of the 63 items observed only
     * at 1 and 5 (at 1), LD01 at 2 and LD02 at 3: P = 498, MAJU, 8 points short of MANDIRI.
     */
    static IndeksDesaScores example() {
        int[] scores = new int[MODEL.itemCount()];
        int onesAndFives = 0;
        for (int i = 0; i < scores.length; i++) {
            Item item = MODEL.items().get(i);
            scores[i] = 5;
            if (item.observedScores().equals(List.of(1, 5)) && ++onesAndFives > 30) {
                scores[i] = 1;
            }
        }
        return IndeksDesaScores.of(MODEL, VillageCode.of("3301012001"), 2025, scores).withScore("LD01", 2)
                .withScore("LD02", 3);
    }

    static PlanCosts costs(String text) {
        return PlanCosts.parse(MODEL, "costs.csv", new StringReader(text));
    }

    @Test
    void theExampleJumpsTwoItemsFromOneToFive() {
        IndeksDesaPlan plan = IndeksDesaPlanner.official().plan(example());
        assertEquals("IndeksDesaPlan[3301012001/2025 MAJU → MANDIRI: EK19 1→5 (+4), EK21 1→5 (+4); P 506 MANDIRI, "
                + "cost 2]", plan.toString());
        assertEquals(498, plan.points());
        assertEquals(506, plan.requiredPoints());
        assertEquals(8, plan.neededPoints());
        assertEquals(8, plan.gain());
        assertEquals("78.43", plan.skorId().toPublishedString());
        assertEquals("79.69", plan.skorIdAfter().toPublishedString());
        IndeksDesaChange pos = plan.changes().get(0);
        assertEquals(MODEL.item("EK19"), pos.item());
        assertEquals("Ketersediaan Layanan Pos dan Logistik di Desa", pos.item().name());
        assertEquals(pos.item().recommendation(1), pos.recommendation());
        assertTrue(pos.recommendation().orElseThrow().startsWith("Desa Tidak Tersedia Layanan Pos dan Logistik"));
        assertEquals(pos.item().activity(1), pos.activity());
        assertEquals(List.of("Dishub", "Diskominfo", "Dinas Koeprasi dan UKM"), pos.agencies().names(AgencyLevel.KAB));
        assertEquals(4, pos.points());
    }

    @Test
    void costsChangeThePlanAndTiesGoToTheWeakestThenTheEarliestItems() {
        PlanCosts costs = costs("code,from,to,cost\n*,1,5,400000000\n*,*,*,100000000\n");
        IndeksDesaPlan plan = IndeksDesaPlanner.of(costs).plan(example());
        // 3 changes of 100 million beat 2 of 400 million; LD01 2→4 + LD02 3→5 and LD01 2→5 + LD02 3→4 both
        // add 4 points to the same new-score sum, and the earlier item takes the lower score.
        assertEquals("IndeksDesaPlan[3301012001/2025 MAJU → MANDIRI: LD01 2→4 (+2), LD02 3→5 (+2), EK19 1→5 (+4); "
                + "P 506 MANDIRI, cost 600000000]", plan.toString());
        assertEquals(List.of(100_000_000L, 100_000_000L, 400_000_000L),
                plan.changes().stream().map(IndeksDesaChange::cost).toList());
    }

    @Test
    void aVillageAtItsTargetOrMandiriGetsAnEmptyReachablePlan() {
        IndeksDesaPlan maju = IndeksDesaPlanner.official().plan(example(), Status.MAJU);
        assertTrue(maju.isReachable());
        assertTrue(maju.changes().isEmpty());
        assertEquals(maju.before(), maju.after());
        assertEquals(0, maju.neededPoints());
        int[] top = new int[MODEL.itemCount()];
        java.util.Arrays.fill(top, 5);
        IndeksDesaPlan mandiri = IndeksDesaPlanner.official().plan(IndeksDesaScores.of(MODEL,
                VillageCode.of("3301012001"), 2025, top));
        assertEquals(Status.MANDIRI, mandiri.target());
        assertTrue(mandiri.isReachable() && mandiri.changes().isEmpty());
        assertEquals(635, mandiri.pointsAfter());
    }

    @Test
    void aFartherTargetAndAnUnobservedStartingScore() {
        // LD11 is observed only at 1 and 5; a village holding 3 there (valid, suspicious) steps 3→5.
        IndeksDesaScores scores = example().withScore("LD11", 3);
        assertEquals(List.of(1, 5), MODEL.item("LD11").observedScores());
        IndeksDesaPlan plan = IndeksDesaPlanner.official().plan(scores);
        assertEquals(496, plan.points());
        assertTrue(plan.changes().stream().allMatch(c -> c.item().isObserved(c.to())), plan.toString());
        assertEquals(10, plan.gain(), plan.toString());
        assertEquals(3, plan.changes().size(), plan.toString());
    }

    @Test
    void stepsTheCostsForbidLeaveTheTargetUnreachable() {
        IndeksDesaPlan none = IndeksDesaPlanner.of(costs("*,*,*,-")).plan(example());
        assertFalse(none.isReachable());
        assertTrue(none.changes().isEmpty());
        assertEquals(Status.MAJU, none.statusAfter());
        assertEquals(498, none.pointsAfter());
        assertEquals("IndeksDesaPlan[3301012001/2025 MAJU → MANDIRI: unreachable]", none.toString());
        // Only LD01 and LD02 may move: 3 + 2 points fall short of 8.
        IndeksDesaPlan short1 = IndeksDesaPlanner.of(costs("LD01,*,*,1\nLD02,*,*,1")).plan(example());
        assertFalse(short1.isReachable(), short1.toString());
    }

    @Test
    void costFilesNameItemsAndObservedScores() {
        PlanCosts costs = costs("# rupiah per activity\ncode,from,to,cost\nld11,1,5,300000000\nLD01,*,5,50000000\n"
                + "LD11,3,5,7\nSO01,*,*,-\n*,*,*,100000000\n");
        assertEquals(OptionalLong.of(300_000_000), costs.cost(MODEL.item("LD11"), 1, 5));
        assertEquals(OptionalLong.of(7), costs.cost(MODEL.item("LD11"), 3, 5));
        assertEquals(OptionalLong.of(50_000_000), costs.cost(MODEL.item("LD01"), 2, 5));
        assertEquals(OptionalLong.of(100_000_000), costs.cost(MODEL.item("LD01"), 2, 4));
        assertEquals(OptionalLong.empty(), costs.cost(MODEL.item("SO01"), 1, 5));
        assertEquals(List.of("LD11,1,5,300000000", "LD11,3,5,7", "LD01,*,5,50000000", "SO01,*,*,-",
                "*,*,*,100000000"), costs.rules());
        assertError("costs.csv:1: code: expected an item code of model indeks-desa-2025 (LD01 … TK16) or *, found "
                + "\"IKL03\"", "IKL03,3,4,1");
        assertError("costs.csv:2: code: expected an item code of model indeks-desa-2025 (LD01 … TK16) or *, found "
                + "\"LD99\"", "LD01,1,5,1\nLD99,1,5,1");
        assertError("costs.csv:1: from: expected a score 1..5 or *, found \"0\"", "LD01,0,5,1");
        assertError("costs.csv:1: to: expected a score observed for LD11 [1, 5] or *, found 3", "LD11,1,3,1");
        assertError("costs.csv:1: to: expected a score above from (5), found 1", "LD01,5,1,1");
        assertError("costs.csv:3: the rule LD01,1,5 is already given on line 1", "LD01,1,5,1\n\nld01,1,5,2");
        assertError("costs.csv:1: expected 4 fields code,from,to,cost, found 3 in \"LD01,1,5\"", "LD01,1,5");
    }

    private static void assertError(String message, String text) {
        CostFormatException e = assertThrows(CostFormatException.class, () -> costs(text));
        assertEquals(message, e.getMessage());
        assertEquals("costs.csv", e.sourceName());
    }

    @Test
    void interventionsGroupTheStepsByAgencyInPoints() {
        Interventions work = Interventions.ofIndeksDesaPlans(List.of(IndeksDesaPlanner.official().plan(example())));
        AgencyWork pmd = work.agency(AgencyLevel.KAB, "dinas pmd").orElseThrow();
        assertEquals("AgencyWork[KAB Dinas PMD [Dinas PMD]: 1 tasks in 1 villages, +4 points]", pmd.toString());
        AgencyTask task = pmd.tasks().get(0);
        assertEquals("3301012001/2025 KAB Dinas PMD: EK21 1→5 (+4)", task.toString());
        IndeksDesaChange change = (IndeksDesaChange) task.change();
        assertEquals("Keberadaan BUM Desa/BUM Desa Bersama di Desa", change.item().name());
        // Both changes go to the village's own government and to the others named for both items.
        AgencyWork pemdes = work.agency(AgencyLevel.DESA, "Pemdes").orElseThrow();
        assertEquals(List.of("EK19", "EK21"), pemdes.tasks().stream().map(t -> t.change().code()).toList());
        assertEquals(8, pemdes.totalGain().longValue());
        assertTrue(Interventions.ofIndeksDesaPlans(List.of()).agencies().isEmpty());
        assertThrows(NullPointerException.class, () -> Interventions.ofIndeksDesaPlans(null));
    }
}
