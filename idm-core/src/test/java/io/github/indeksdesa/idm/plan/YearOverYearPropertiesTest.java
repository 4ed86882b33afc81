// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.IdmValue;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Laws of the year comparison: nothing lost, nothing counted twice, regions partition the total. */
class YearOverYearPropertiesTest {

    private static final IdmModel MODEL = IdmModel.official();

    @Property(tries = 100)
    void everyVillageIsCountedOnceAndRegionsAddUp(@ForAll long seed, @ForAll RegionLevel level) {
        Random random = new Random(seed);
        List<VillageValue> values = new ArrayList<>();
        Set<VillageCode> codes = new HashSet<>();
        int villages = random.nextInt(40);
        for (int v = 0; v < villages; v++) {
            VillageCode code = VillageCode.of(String.format("%02d%02d%02d%04d", 11 + random.nextInt(3),
                    1 + random.nextInt(3), 1 + random.nextInt(3), 1 + random.nextInt(9999)));
            if (!codes.add(code)) {
                continue;
            }
            for (int year = 2022; year <= 2024; year++) {
                if (random.nextInt(5) > 0) {
                    values.add(VillageValue.of(code, year, IdmValue.ofSums(MODEL, random.nextInt(176), random.nextInt(61),
                            random.nextInt(16))));
                }
            }
        }
        YearOverYear years = YearOverYear.of(values);
        for (YearComparison c : years.consecutive()) {
            Set<VillageCode> seen = new HashSet<>();
            c.movements().forEach(m -> assertEquals(true, seen.add(m.villageCode())));
            c.onlyInFromYear().forEach(v -> assertEquals(true, seen.add(v.villageCode())));
            c.onlyInToYear().forEach(v -> assertEquals(true, seen.add(v.villageCode())));
            Set<VillageCode> expected = new HashSet<>();
            years.values(c.fromYear()).forEach(v -> expected.add(v.villageCode()));
            years.values(c.toYear()).forEach(v -> expected.add(v.villageCode()));
            assertEquals(expected, seen);

            TransitionMatrix m = c.matrix();
            assertEquals(c.movements().size(), m.total());
            assertEquals(m.total(), m.up() + m.down() + m.unchanged());
            assertEquals(c.movedUp().size(), m.up());
            assertEquals(c.movedDown().size(), m.down());
            int rows = 0;
            for (Status s : Status.values()) {
                rows += m.fromTotal(s);
            }
            assertEquals(m.total(), rows);

            int total = 0;
            int onlyFrom = 0;
            int onlyTo = 0;
            for (YearComparison region : c.byRegion(level).values()) {
                total += region.matrix().total();
                onlyFrom += region.onlyInFromYear().size();
                onlyTo += region.onlyInToYear().size();
                String prefix = region.region().orElseThrow();
                region.movements().forEach(mv -> assertEquals(prefix, level.codeOf(mv.villageCode())));
            }
            assertEquals(m.total(), total);
            assertEquals(c.onlyInFromYear().size(), onlyFrom);
            assertEquals(c.onlyInToYear().size(), onlyTo);
        }
    }
}
