// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.IdmValue;
import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.IndexRecovery;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/**
 * The five villages DPMPD Kaltim set out to lift in 2023 (spec §8), from their published IKS, IKE,
 * IKL.
 */
class KaltimVillagesTest {

    private static final IdmModel MODEL = IdmModel.official();

    /** code, name, IKS/IKE/IKL/IDM 2023, IKS/IKE/IKL/IDM 2024, as published. */
    private static final String[][] PUBLISHED = {
        {"6403012012", "Mapulu", "0.5314", "0.35", "0.8667", "0.5827", "0.6286", "0.35", "0.9333", "0.6373"},
        {"6407122001", "Gerungung", "0.5543", "0.4", "0.5333", "0.4959", "0.56", "0.4833", "0.5333", "0.5256"},
        {"6407122003", "Tanjung Soke", "0.6343", "0.3167", "0.6667", "0.5392", "0.6571", "0.3833", "0.6667", "0.569"},
        {"6407122004", "Deraya", "0.6343", "0.45", "0.5333", "0.5392", "0.7143", "0.3833", "0.6667", "0.5881"},
        {"6407122005", "Lemper", "0.6629", "0.4", "0.6", "0.5543", "0.6229", "0.45", "0.6", "0.5576"},
    };

    static IdmValue value(String[] row, int year) {
        int at = year == 2023 ? 2 : 6;
        IdmValue value = IndexRecovery.of(MODEL, new BigDecimal(row[at]), new BigDecimal(row[at + 1]),
                new BigDecimal(row[at + 2])).valueOrThrow();
        assertEquals(new BigDecimal(row[at + 3]).stripTrailingZeros(), value.idm().toBigDecimal().stripTrailingZeros(),
                row[1] + " " + year);
        return value;
    }

    static List<VillageValue> values() {
        List<VillageValue> values = new ArrayList<>();
        for (String[] row : PUBLISHED) {
            for (int year : new int[] {2023, 2024}) {
                values.add(VillageValue.of(VillageCode.of(row[0]), year, value(row, year)));
            }
        }
        return values;
    }

    @Test
    void indexPlansFor2024LiftTheFourTertinggalVillagesToBerkembangWithFewestPoints() {
        // Expected points (IKS, IKE, IKL), worked out by hand from N = 12·ΣIKS + 35·ΣIKE + 140·ΣIKL:
        // Gerungung 98/29/8 → N 3311, needs 463 → 4 IKL points (560); 3 points give at most 420.
        // Tanjung Soke 115/23/10 → 3585, needs 189 → 2 IKL points (280); IKL + IKE give only 175.
        // Deraya 125/23/10 → 3705, needs 69 → 1 IKL point.
        // Lemper 109/27/9 → 3513, needs 261 → 2 IKL points.
        Map<String, int[]> expected = Map.of(
                "Gerungung", new int[] {0, 0, 4},
                "Tanjung Soke", new int[] {0, 0, 2},
                "Deraya", new int[] {0, 0, 1},
                "Lemper", new int[] {0, 0, 2});
        for (String[] row : PUBLISHED) {
            IdmValue value = value(row, 2024);
            IndexPlan plan = IndexPlan.of(value, Status.BERKEMBANG);
            assertTrue(plan.isReachable(), row[1]);
            assertTrue(plan.statusAfter().compareTo(Status.BERKEMBANG) >= 0, row[1] + ": " + plan);
            assertEquals(IndexPlanTest.fewestPoints(value, Status.BERKEMBANG), plan.totalPoints(), row[1]);
            if (expected.containsKey(row[1])) {
                assertEquals(Status.TERTINGGAL, value.status(), row[1]);
                assertEquals(plan, IndexPlan.of(value), row[1] + ": the default target is the next status");
                int[] points = expected.get(row[1]);
                for (Index index : Index.values()) {
                    assertEquals(points[index.ordinal()], plan.points(index), row[1] + " " + index);
                }
            } else {
                assertEquals(Status.BERKEMBANG, value.status(), row[1]);
                assertEquals(0, plan.totalPoints(), "Mapulu is BERKEMBANG already");
            }
        }
    }

    @Test
    void mapulusNextStepToMajuNeedsTenPoints() {
        // 110/21/14 → N 4015; MAJU needs 4456, 441 more. IKL has 1 point of headroom (140), so
        // 9 IKE points (315) complete it with 10 points; 1 IKL + 8 IKE + 1 IKS give only 432.
        IndexPlan plan = IndexPlan.of(value(PUBLISHED[0], 2024));
        assertEquals(Status.MAJU, plan.target());
        assertEquals(0, plan.points(Index.IKS));
        assertEquals(9, plan.points(Index.IKE));
        assertEquals(1, plan.points(Index.IKL));
        assertEquals(1, plan.headroom(Index.IKL));
        assertEquals(Fraction.of(4470, 6300), plan.idmAfter());
        assertEquals(Status.MAJU, plan.statusAfter());
    }

    @Test
    void from2023To2024MapuluMovedUpAndFourStayedTertinggal() {
        YearComparison comparison = YearOverYear.of(values()).compare(2023, 2024);
        TransitionMatrix matrix = comparison.matrix();
        assertEquals(5, matrix.total());
        assertEquals(1, matrix.count(Status.TERTINGGAL, Status.BERKEMBANG));
        assertEquals(4, matrix.count(Status.TERTINGGAL, Status.TERTINGGAL));
        assertEquals(1, matrix.up());
        assertEquals(0, matrix.down());
        assertEquals(1, comparison.movedUp().size());
        Movement mapulu = comparison.movedUp().get(0);
        assertEquals(VillageCode.of("6403012012"), mapulu.villageCode());
        assertEquals(Fraction.of(4015 - 3671, 6300), mapulu.idmChange());
        assertEquals(4, comparison.unchanged().size());
        assertTrue(comparison.onlyInFromYear().isEmpty());
        assertTrue(comparison.onlyInToYear().isEmpty());

        SortedMap<String, YearComparison> regencies = comparison.byRegion(RegionLevel.REGENCY);
        assertEquals(List.of("6403", "6407"), List.copyOf(regencies.keySet()));
        assertEquals(1, regencies.get("6403").matrix().up());
        assertEquals(4, regencies.get("6407").matrix().count(Status.TERTINGGAL, Status.TERTINGGAL));
        assertEquals(List.of("640301", "640712"), List.copyOf(comparison.byRegion(RegionLevel.DISTRICT).keySet()));
        assertEquals(5, comparison.byRegion(RegionLevel.PROVINCE).get("64").matrix().total());
    }
}
