// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Fraction arithmetic agrees with BigInteger/BigDecimal arithmetic. */
class FractionPropertiesTest {

    private static final long LIMIT = 1_000_000_000L;

    @Property
    void compareToAgreesWithCrossMultiplication(@ForAll @LongRange(min = -LIMIT, max = LIMIT) long n1,
            @ForAll @LongRange(min = 1, max = LIMIT) long d1, @ForAll @LongRange(min = -LIMIT, max = LIMIT) long n2,
            @ForAll @LongRange(min = 1, max = LIMIT) long d2) {
        int expected = BigInteger.valueOf(n1).multiply(BigInteger.valueOf(d2))
                .compareTo(BigInteger.valueOf(n2).multiply(BigInteger.valueOf(d1)));
        assertEquals(expected, Integer.signum(Fraction.of(n1, d1).compareTo(Fraction.of(n2, d2))));
        assertEquals(expected == 0, Fraction.of(n1, d1).equals(Fraction.of(n2, d2)));
    }

    @Property
    void sumAndDifferenceInvert(@ForAll @LongRange(min = -LIMIT, max = LIMIT) long n1,
            @ForAll @LongRange(min = 1, max = 100_000) long d1, @ForAll @LongRange(min = -LIMIT, max = LIMIT) long n2,
            @ForAll @LongRange(min = 1, max = 100_000) long d2) {
        Fraction a = Fraction.of(n1, d1);
        Fraction b = Fraction.of(n2, d2);
        assertEquals(a, a.plus(b).minus(b));
        assertEquals(a.plus(b), b.plus(a));
        assertEquals(Fraction.ZERO, a.minus(a));
    }

    @Property
    void decimalViewIsTheRoundedQuotient(@ForAll @LongRange(min = -LIMIT, max = LIMIT) long n,
            @ForAll @LongRange(min = 1, max = LIMIT) long d, @ForAll @IntRange(min = 0, max = 20) int scale) {
        BigDecimal expected = new BigDecimal(n).divide(new BigDecimal(d), scale, RoundingMode.HALF_UP);
        assertEquals(expected, Fraction.of(n, d).toBigDecimal(scale, RoundingMode.HALF_UP));
        assertEquals(Integer.signum(new BigDecimal(n).compareTo(expected.multiply(new BigDecimal(d)))),
                Fraction.of(n, d).compareTo(expected));
    }

    @Property
    void textRoundTrips(@ForAll @LongRange(min = -LIMIT, max = LIMIT) long n,
            @ForAll @LongRange(min = -LIMIT, max = LIMIT) long d) {
        Assume.that(d != 0);
        Fraction f = Fraction.of(n, d);
        assertEquals(f, Fraction.parse(f.toString()));
        // Lowest terms, positive denominator (0 is 0/1).
        assertEquals(BigInteger.ONE, BigInteger.valueOf(f.numerator()).gcd(BigInteger.valueOf(f.denominator())));
        assertEquals(1, Long.signum(f.denominator()));
        assertEquals(Long.signum(n) * Long.signum(d), f.signum());
    }
}
