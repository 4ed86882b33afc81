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
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageResult;
import io.github.indeksdesa.idm.VillageScores;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InterventionsTest {

    private static final IdmModel MODEL = IdmModel.official();

    private static VillageResult lowest() {
        int[] low = MODEL.indicators().stream().mapToInt(Indicator::lowestScore).toArray();
        return VillageScores.of(MODEL, VillageCode.of("6407122001"), 2024, low).evaluate();
    }

    @Test
    void keladensPlanGoesToEveryAgencyNamedForTanggapBencana() {
        UpgradePlan plan = UpgradePlanner.official().plan(UpgradePlannerTest.keladen());
        Interventions work = Interventions.ofPlans(List.of(plan));
        // IKL03: PUSAT "BNPB, Kemendes"; PROV "DISHUT/KPH, BPDB, DINSOS"; KAB "DPBD, DINSOS"; DESA "DD"; CSR "CSR".
        assertEquals(9, work.tasks().size());
        assertEquals(List.of("PUSAT BNPB", "PUSAT Kemendes", "PROV BPDB", "PROV DINSOS", "PROV DISHUT/KPH", "KAB DINSOS",
                "KAB DPBD", "DESA DD", "CSR CSR"),
                work.agencies().stream().map(a -> a.level() + " " + a.name()).toList());
        AgencyTask task = work.agency(AgencyLevel.KAB, "dpbd").orElseThrow().tasks().get(0);
        assertEquals("6401022004/2024 KAB DPBD: IKL03 3→4 (+0.0222)", task.toString());
        assertTrue(task.change().activity().orElseThrow().contains("Fasilitas Mitigasi Bencana"));
        assertEquals(Fraction.of(140, 6300), task.change().gain());
        assertTrue(work.agency(AgencyLevel.KAB, "BPBD").isEmpty(), "BPBD is not DPBD");
    }

    @Test
    void spellingVariantsMergeAndOriginalsAreKept() {
        Interventions work = Interventions.ofResults(List.of(lowest(), UpgradePlannerTest.keladen().evaluate()));
        AgencyWork dinkes = work.agency(AgencyLevel.KAB, "dinkes").orElseThrow();
        assertEquals(Set.of("DINKES", "Dinkes"), dinkes.spellings());
        assertEquals("DINKES", dinkes.name());
        assertEquals("DINKES", dinkes.key());
        assertEquals(List.of(VillageCode.of("6401022004"), VillageCode.of("6407122001")), List.copyOf(dinkes.villages()));
        Fraction total = Fraction.ZERO;
        for (AgencyTask t : dinkes.tasks()) {
            total = total.plus(t.change().gain());
            assertEquals(((PlanChange) t.change()).indicator().highestScore(), t.change().to());
            assertTrue(t.change().agencies().names(AgencyLevel.KAB).contains(t.agency()), t.toString());
        }
        assertEquals(total, dinkes.totalGain());
        assertEquals(dinkes.taskCount(), dinkes.tasks().size());
        // Keladen: IKS02 0 → 5 is DINKES work worth the ministry's NILAI.
        VillageResult keladen = UpgradePlannerTest.keladen().evaluate();
        AgencyTask dokter = dinkes.tasks().stream()
                .filter(t -> t.villageCode().value().equals("6401022004") && t.change().code().equals("IKS02")).findFirst().orElseThrow();
        assertEquals(keladen.gain("IKS02"), dokter.change().gain());
        // Different letters stay different agencies.
        assertTrue(work.agency(AgencyLevel.KAB, "BPBD").isPresent());
        assertTrue(work.agency(AgencyLevel.KAB, "DPBD").isPresent());
        assertFalse(work.agency(AgencyLevel.KAB, "BPDB").isPresent());
        assertEquals("KOMINFOKEMENDES", Interventions.normalise("Kominfo/ Kemendes"));
        assertEquals(Interventions.normalise("DISPERINDAKOP UKM"), Interventions.normalise("Disperindakop-UKM"));
        assertEquals(work.tasks().size(), work.agencies().stream().mapToInt(AgencyWork::taskCount).sum());
        assertEquals(work.agencies(AgencyLevel.PUSAT).size(),
                work.agencies().stream().filter(a -> a.level() == AgencyLevel.PUSAT).count());
    }

    @Test
    void emptyAndNullInput() {
        assertTrue(Interventions.ofPlans(List.of()).agencies().isEmpty());
        UpgradePlan mandiri = UpgradePlanner.official().plan(UpgradePlannerTest.keladen(), io.github.indeksdesa.idm.Status.MAJU);
        assertTrue(Interventions.ofPlans(List.of(mandiri)).tasks().isEmpty());
        assertThrows(NullPointerException.class, () -> Interventions.ofResults(null));
        assertThrows(NullPointerException.class, () -> Interventions.normalise(null));
    }
}
