// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The long-arithmetic snap of short decimals gives what the BigDecimal snap gives. */
class IndexRecoverySnapPropertiesTest {

    @Property(tries = 5000)
    void shortDecimalsSnapAsInBigDecimal(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long unscaled,
            @ForAll @IntRange(min = 0, max = 9) int scale, @ForAll @IntRange(min = 1, max = 65535) int max) {
        BigDecimal value = BigDecimal.valueOf(unscaled, scale);
        if (value.compareTo(BigDecimal.ONE) > 0) {
            return;
        }
        assertEquals(IndexRecovery.snapGeneral(value, max), IndexRecovery.snap(value, max), value + " on 1/" + max);
    }

    @Property(tries = 3000)
    void everyGridPointAndItsEdgesSnapAsInBigDecimal(@ForAll @IntRange(min = 1, max = 175) int max,
            @ForAll @IntRange(min = 0, max = 175) int k, @ForAll @IntRange(min = -60, max = 60) int offsetMillionths) {
        // k/max to 4 decimals, moved by up to 0.00006 either way: both sides of the tolerance.
        BigDecimal point = BigDecimal.valueOf(Math.min(k, max)).divide(BigDecimal.valueOf(max), 6,
                java.math.RoundingMode.HALF_UP).add(BigDecimal.valueOf(offsetMillionths, 6));
        if (point.signum() < 0 || point.compareTo(BigDecimal.ONE) > 0) {
            return;
        }
        assertEquals(IndexRecovery.snapGeneral(point, max), IndexRecovery.snap(point, max), point + " on 1/" + max);
    }

    @Example
    void exactTolerance() {
        // 0.00005 beyond the grid point 1/2 is still on it, 0.0000501 is not.
        BigDecimal edge = new BigDecimal("0.50005");
        assertEquals(IndexRecovery.snapGeneral(edge, 2), IndexRecovery.snap(edge, 2));
        assertEquals(java.util.Optional.of(1), IndexRecovery.snap(new BigDecimal("0.50005"), 2));
        assertEquals(java.util.Optional.empty(), IndexRecovery.snap(new BigDecimal("0.5000501"), 2));
    }
}
