// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.IdmValue;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearOverYearTest {

    private static final IdmModel MODEL = IdmModel.official();

    private static VillageValue v(String code, int year, int iks, int ike, int ikl) {
        return VillageValue.of(VillageCode.of(code), year, IdmValue.ofSums(MODEL, iks, ike, ikl));
    }

    @Test
    void villagesInOneYearOnlyAreListedNotDropped() {
        YearOverYear years = YearOverYear.of(List.of(
                v("9201010001", 2023, 100, 30, 9), // renumbered: Papua Barat Daya 92 → 96; N 3510
                v("9601010001", 2024, 100, 30, 9),
                v("6403012012", 2023, 93, 21, 13),
                v("6403012012", 2024, 110, 21, 14),
                v("6407122001", 2024, 98, 29, 8),
                v("6407122001", 2023, 175, 60, 15),
                v("6407122001", 2025, 98, 29, 9)));
        assertEquals(List.of(2023, 2024, 2025), List.copyOf(years.years()));
        YearComparison c = years.compare(2023, 2024);
        assertEquals(List.of("9201010001/2023 0.5571 TERTINGGAL"), c.onlyInFromYear().stream().map(Object::toString).toList());
        assertEquals(List.of(VillageCode.of("9601010001")), c.onlyInToYear().stream().map(VillageValue::villageCode).toList());
        assertEquals(2, c.movements().size());
        assertEquals(1, c.movedUp().size());
        assertEquals(1, c.movedDown().size());
        assertEquals(Status.MANDIRI, c.movedDown().get(0).fromStatus());
        assertEquals(-3, c.movedDown().get(0).steps());
        assertEquals(1, c.matrix().count(Status.MANDIRI, Status.TERTINGGAL));
        assertEquals(1, c.matrix().fromTotal(Status.MANDIRI));
        assertEquals(2, c.matrix().toTotal(Status.TERTINGGAL) + c.matrix().toTotal(Status.BERKEMBANG));
        assertEquals(List.of("64", "92", "96"), List.copyOf(c.byRegion(RegionLevel.PROVINCE).keySet()));
        YearComparison papua = c.byRegion(RegionLevel.PROVINCE).get("96");
        assertEquals(0, papua.matrix().total());
        assertEquals(1, papua.onlyInToYear().size());
        assertEquals("96", papua.region().orElseThrow());
        assertEquals(2, years.consecutive().size());
        assertEquals(2025, years.consecutive().get(1).toYear());
        assertEquals(1, years.consecutive().get(1).movements().size());
        assertEquals(2, years.consecutive().get(1).onlyInFromYear().size());
    }

    @Test
    void badInputIsRejected() {
        VillageValue a = v("6403012012", 2023, 93, 21, 13);
        assertThrows(IllegalArgumentException.class, () -> YearOverYear.of(List.of(a, v("6403012012", 2023, 94, 21, 13))));
        YearOverYear years = YearOverYear.of(List.of(a));
        assertEquals("year: expected one of [2023], found 2024",
                assertThrows(IllegalArgumentException.class, () -> years.compare(2023, 2024)).getMessage());
        assertEquals("toYear: expected a year after 2023, found 2023",
                assertThrows(IllegalArgumentException.class, () -> YearOverYear.of(List.of(a, v("6403012012", 2024, 1, 1, 1)))
                        .compare(2023, 2023)).getMessage());
        assertEquals(List.of(), years.consecutive());
        assertEquals(RegionLevel.REGENCY, RegionLevel.parse("Kabupaten"));
        assertEquals(RegionLevel.DISTRICT, RegionLevel.parse("kecamatan"));
        assertEquals(RegionLevel.PROVINCE, RegionLevel.parse("province"));
        assertThrows(IllegalArgumentException.class, () -> RegionLevel.parse("desa"));
        IdmValue value = a.value();
        assertEquals("villageCode", assertThrows(NullPointerException.class, () -> VillageValue.of(null, 2023, value))
                .getMessage());
        assertEquals("year: expected 1..9999, found 0", assertThrows(IllegalArgumentException.class,
                () -> VillageValue.of(a.villageCode(), 0, value)).getMessage());
        assertThrows(NullPointerException.class, () -> YearOverYear.of(null));
        YearComparison two = YearOverYear.of(List.of(a, v("6403012012", 2024, 1, 1, 1))).compare(2023, 2024);
        assertThrows(NullPointerException.class, () -> two.byRegion(null));
    }
}
