// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.AgencyLevel;
import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageScores;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpgradePlannerTest {

    static final IdmModel MODEL = IdmModel.official();

    /** Keladen, Paser (Kaltim), 2024: the 50 scores of ministry report 6401022004_2024, in ministry order. */
    static final int[] KELADEN_2024 = {
        5, 0, 5, 2, 4, 5, 5, 5, 5, 1, 5, 5, 5, 5, 5, 5, 5, 4, 3, 5, 5, 5, 5, 5, 5, 5, 3, 1, 0, 1, 1, 5, 4, 5, 5,
        5, 5, 5, 5, 5, 5, 5, 2, 5, 1, 3, 4,
        5, 4, 3};

    static VillageScores keladen() {
        return VillageScores.of(MODEL, VillageCode.of("6401022004"), 2024, KELADEN_2024);
    }

    @Test
    void keladenBecomesMandiriByRaisingTanggapBencanaFromThreeToFour() {
        VillageScores scores = keladen();
        assertEquals(139, scores.sum(io.github.indeksdesa.idm.Index.IKS));
        assertEquals(5098, scores.evaluate().value().gridNumerator());

        UpgradePlan plan = UpgradePlanner.official().plan(scores);

        assertEquals(Status.MAJU, plan.status());
        assertEquals(Status.MANDIRI, plan.target());
        assertTrue(plan.isReachable());
        assertEquals(5138, plan.requiredGridNumerator());
        assertEquals(40, plan.neededGridUnits());
        assertEquals(1, plan.changes().size());
        PlanChange change = plan.changes().get(0);
        assertEquals("IKL03", change.code());
        assertEquals(3, change.from());
        assertEquals(4, change.to());
        assertEquals(Fraction.of(140, 6300), change.gain());
        assertTrue(change.activity().orElseThrow().startsWith("Pembangunan/Pengadaan 2 Fasilitas Mitigasi Bencana"));
        assertEquals("DPBD, DINSOS", change.agencies().get(AgencyLevel.KAB).orElseThrow());
        assertEquals(Fraction.of(5238, 6300), plan.idmAfter());
        assertEquals(Status.MANDIRI, plan.statusAfter());
        assertEquals(1, plan.cost());
        assertEquals(1, plan.points());
    }

    @Test
    void mandiriVillageGetsAnEmptyPlan() {
        int[] top = new int[MODEL.indicatorCount()];
        for (int i = 0; i < top.length; i++) {
            top[i] = MODEL.indicators().get(i).highestScore();
        }
        UpgradePlan plan = UpgradePlanner.official().plan(VillageScores.of(MODEL, VillageCode.of("6401022004"), 2024, top));
        assertEquals(Status.MANDIRI, plan.target());
        assertTrue(plan.isReachable());
        assertTrue(plan.changes().isEmpty());
        assertEquals(0, plan.cost());
        assertEquals(plan.idm(), plan.idmAfter());
    }

    @Test
    void aLowerTargetNeedsNothing() {
        UpgradePlan plan = UpgradePlanner.official().plan(keladen(), Status.TERTINGGAL);
        assertTrue(plan.isReachable());
        assertTrue(plan.changes().isEmpty());
        assertEquals(Status.MAJU, plan.statusAfter());
    }

    @Test
    void impossibleStepsMakeTheTargetUnreachable() {
        PlanCosts costs = PlanCosts.builder().step("IKS10", 1, 2, 7).build(); // 12 units of the 40 needed
        UpgradePlan plan = UpgradePlanner.of(costs).plan(keladen());
        assertFalse(plan.isReachable());
        assertTrue(plan.changes().isEmpty());
        assertEquals(plan.idm(), plan.idmAfter());
        assertEquals(Status.MAJU, plan.statusAfter());
    }

    @Test
    void customCostsChooseTheCheapestSteps() {
        // IKL steps forbidden: needs 40 units from IKE (35/point) or IKS (12/point).
        PlanCosts costs = PlanCosts.builder()
                .impossible("IKL01", PlanCosts.ANY, PlanCosts.ANY)
                .impossible("IKL02", PlanCosts.ANY, PlanCosts.ANY)
                .impossible("IKL03", PlanCosts.ANY, PlanCosts.ANY)
                .otherwise(1_000)
                .step("IKS02", 0, 5, 300)
                .build();
        UpgradePlan plan = UpgradePlanner.of(costs).plan(keladen());
        assertTrue(plan.isReachable());
        assertEquals(List.of("IKS02 0→5 (+0.0095)"), plan.changes().stream().map(PlanChange::toString).toList());
        assertEquals(300, plan.cost());
        assertEquals(Status.MANDIRI, plan.statusAfter());
    }

    @Test
    void unreachableWhenEvenTopScoresFallShort() {
        IdmModel capped = SmallModels.capped();
        VillageScores scores = VillageScores.of(capped, VillageCode.of("6401022004"), 2024, 0, 1, 0, 0);
        UpgradePlan toMaju = UpgradePlanner.official().plan(scores, Status.MAJU);
        assertFalse(toMaju.isReachable());
        assertTrue(toMaju.changes().isEmpty());
        assertEquals(Status.SANGAT_TERTINGGAL, toMaju.statusAfter());
        UpgradePlan toBerkembang = UpgradePlanner.official().plan(scores, Status.BERKEMBANG);
        assertTrue(toBerkembang.isReachable());
        assertEquals(Status.BERKEMBANG, toBerkembang.statusAfter());
    }

    @Test
    void everyStepOfAPlanIsOnTheLadder() {
        int[] low = new int[MODEL.indicatorCount()];
        for (int i = 0; i < low.length; i++) {
            low[i] = MODEL.indicators().get(i).lowestScore();
        }
        VillageScores scores = VillageScores.of(MODEL, VillageCode.of("6401022004"), 2024, low);
        UpgradePlan plan = UpgradePlanner.official().plan(scores, Status.MANDIRI);
        assertTrue(plan.isReachable());
        assertEquals(Status.MANDIRI, plan.statusAfter());
        for (PlanChange change : plan.changes()) {
            Indicator indicator = change.indicator();
            assertTrue(indicator.allows(change.to()), change.toString());
            assertTrue(change.to() > change.from());
        }
        assertFalse(UpgradePlanner.of(PlanCosts.builder().build()).plan(scores).isReachable());
    }

    @Test
    void anOffLadderScoreOfLenientInputMovesOnlyToLadderScores() {
        int[] scores = KELADEN_2024.clone();
        scores[1] = 3; // Dokter is 0 or 5; 3 is accepted only with RANGE validation. N = 5098 + 36 = 5134.
        VillageScores lenient = VillageScores.builder(MODEL).villageCode("6401022004").year(2024).lenient()
                .scores(scores).build();
        UpgradePlan plan = UpgradePlanner.official().plan(lenient);
        assertEquals(4, plan.neededGridUnits());
        assertEquals(1, plan.changes().size());
        UpgradePlan onlyDokter = UpgradePlanner.of(PlanCosts.builder().step("IKS02", PlanCosts.ANY, PlanCosts.ANY, 1)
                .build()).plan(lenient);
        assertEquals(List.of("IKS02 3→5 (+0.0038)"), onlyDokter.changes().stream().map(PlanChange::toString).toList());
        assertTrue(onlyDokter.changes().get(0).activity().isEmpty(), "no KEGIATAN for an off-ladder score");
        assertEquals(Status.MANDIRI, onlyDokter.statusAfter());
    }

    @Test
    void nullArgumentsAreNamed() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> UpgradePlanner.official().plan(keladen(), null));
        assertEquals("target", e.getMessage());
        assertThrows(NullPointerException.class, () -> UpgradePlanner.of(null));
        assertEquals(50, Arrays.stream(KELADEN_2024).count());
    }
}
