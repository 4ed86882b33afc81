// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class FractionTest {

    /** Keladen's IDM, 5098/6300 in lowest terms. */
    private static final Fraction KELADEN = Fraction.of(5098, 6300);

    @Test
    void reducesToLowestTermsWithPositiveDenominator() {
        assertEquals(2549, KELADEN.numerator());
        assertEquals(3150, KELADEN.denominator());
        Fraction negative = Fraction.of(3, -6);
        assertEquals(-1, negative.numerator());
        assertEquals(2, negative.denominator());
        assertEquals(Fraction.of(1, 2), Fraction.of(-4, -8));
        assertSame(Fraction.ZERO, Fraction.of(0, -7));
        assertEquals(Fraction.of(7, 1), Fraction.of(7));
        assertEquals(1, Fraction.ONE.numerator());
        assertEquals(1, Fraction.ONE.denominator());
    }

    @Test
    void zeroDenominatorIsRejected() {
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> Fraction.of(5, 0));
        assertTrue(e.getMessage().contains("denominator"), e.getMessage());
    }

    @Test
    void ofBigDecimalIsExact() {
        assertEquals(Fraction.of(8156, 10000), Fraction.of(new BigDecimal("0.8156")));
        assertEquals(Fraction.of(3, 2), Fraction.of(new BigDecimal("1.50")));
        assertEquals(Fraction.of(1200), Fraction.of(new BigDecimal("1.2E+3")));
        assertEquals(Fraction.of(-1, 4), Fraction.of(new BigDecimal("-0.25")));
        assertThrows(NullPointerException.class, () -> Fraction.of((BigDecimal) null));
        assertThrows(ArithmeticException.class, () -> Fraction.of(new BigDecimal("1E+30")));
        assertThrows(ArithmeticException.class, () -> Fraction.of(new BigDecimal("1E-30")));
    }

    @Test
    void parsesFractionsWholeNumbersAndDecimals() {
        assertEquals(KELADEN, Fraction.parse("5098/6300"));
        assertEquals(KELADEN, Fraction.parse(" 5098 / 6300 "));
        assertEquals(Fraction.of(-3), Fraction.parse("-3"));
        assertEquals(Fraction.of(7073, 10000), Fraction.parse("0.7073"));
        assertEquals(KELADEN, Fraction.parse(KELADEN.toString()));
        assertEquals(Fraction.of(4), Fraction.parse(Fraction.of(4).toString()));
    }

    @Test
    void parseRejectsOtherTextNamingIt() {
        for (String bad : new String[] {"", "abc", "1/0", "1/2/3", "0.5.1", "1/x"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fraction.parse(bad), bad);
            assertTrue(e.getMessage().contains("\"" + bad + "\""), e.getMessage());
        }
        NullPointerException npe = assertThrows(NullPointerException.class, () -> Fraction.parse(null));
        assertEquals("text", npe.getMessage());
    }

    @Test
    void arithmetic() {
        assertEquals(Fraction.of(5, 6), Fraction.of(1, 2).plus(Fraction.of(1, 3)));
        assertEquals(Fraction.of(1, 6), Fraction.of(1, 2).minus(Fraction.of(1, 3)));
        assertEquals(Fraction.of(-1, 6), Fraction.of(1, 3).minus(Fraction.of(1, 2)));
        assertEquals(Fraction.of(5098), KELADEN.times(6300));
        assertEquals(Fraction.ZERO, KELADEN.times(0));
        assertEquals(Fraction.of(-2549, 1575), KELADEN.times(-2));
        assertEquals(Fraction.of(1, 6), Fraction.of(1, 2).dividedBy(3));
        assertEquals(Fraction.of(-1, 6), Fraction.of(1, 2).dividedBy(-3));
        assertEquals(Fraction.ZERO, Fraction.ZERO.dividedBy(5));
        assertEquals(1, KELADEN.signum());
        assertEquals(0, Fraction.ZERO.signum());
        assertEquals(-1, Fraction.of(-1, 9).signum());
    }

    @Test
    void arithmeticRejectsNullsZeroDivisorAndOverflow() {
        assertEquals("other", assertThrows(NullPointerException.class, () -> KELADEN.plus(null)).getMessage());
        assertEquals("other", assertThrows(NullPointerException.class, () -> KELADEN.minus(null)).getMessage());
        assertThrows(ArithmeticException.class, () -> KELADEN.dividedBy(0));
        assertThrows(ArithmeticException.class, () -> Fraction.of(Long.MAX_VALUE).times(2));
        assertThrows(ArithmeticException.class, () -> Fraction.of(Long.MAX_VALUE).plus(Fraction.ONE));
        assertThrows(ArithmeticException.class, () -> Fraction.of(1, Long.MAX_VALUE).dividedBy(2));
    }

    @Test
    void numeratorOverAGrid() {
        assertEquals(5098, KELADEN.numeratorOver(6300));
        assertEquals(0, Fraction.ZERO.numeratorOver(15));
        assertEquals(139, Fraction.of(139, 175).numeratorOver(175));
        IllegalArgumentException notMultiple = assertThrows(IllegalArgumentException.class,
                () -> KELADEN.numeratorOver(175));
        assertTrue(notMultiple.getMessage().contains("2549/3150") && notMultiple.getMessage().contains("1/175"),
                notMultiple.getMessage());
        for (long bad : new long[] {0, -6300}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KELADEN.numeratorOver(bad));
            assertTrue(e.getMessage().contains("denominator") && e.getMessage().contains(Long.toString(bad)),
                    e.getMessage());
        }
    }

    @Test
    void numberViews() {
        assertEquals(5098.0 / 6300.0, KELADEN.doubleValue());
        assertEquals((float) (5098.0 / 6300.0), KELADEN.floatValue());
        assertEquals(2, Fraction.of(7, 3).intValue());
        assertEquals(-2, Fraction.of(-7, 3).longValue());
        assertEquals(0, KELADEN.intValue());
    }

    @Test
    void decimalViews() {
        assertEquals(new BigDecimal("0.8092"), KELADEN.toBigDecimal());
        assertEquals(new BigDecimal("0.80920634920635"), KELADEN.toBigDecimal(14, RoundingMode.HALF_UP));
        assertEquals(new BigDecimal("0.80920634920634"), KELADEN.toBigDecimal(14, RoundingMode.DOWN));
        // Half up at the fourth decimal: 1/8 = 0.125 → 0.13 at scale 2, and -0.125 → -0.13.
        assertEquals(new BigDecimal("0.13"), Fraction.of(1, 8).toBigDecimal(2, RoundingMode.HALF_UP));
        assertEquals(new BigDecimal("-0.13"), Fraction.of(-1, 8).toBigDecimal(2, RoundingMode.HALF_UP));
        assertEquals(new BigDecimal("1"), KELADEN.toBigDecimal(0, RoundingMode.HALF_UP));
        assertEquals(new BigDecimal("0.125"), Fraction.of(1, 8).toBigDecimal(3, RoundingMode.UNNECESSARY));
        assertThrows(ArithmeticException.class, () -> KELADEN.toBigDecimal(4, RoundingMode.UNNECESSARY));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KELADEN.toBigDecimal(-1, RoundingMode.HALF_UP));
        assertTrue(e.getMessage().contains("scale") && e.getMessage().contains("-1"), e.getMessage());
        assertEquals("rounding", assertThrows(NullPointerException.class, () -> KELADEN.toBigDecimal(4, null)).getMessage());
    }

    @Test
    void compareToFraction() {
        assertTrue(Fraction.of(1, 3).compareTo(Fraction.of(1, 2)) < 0);
        assertTrue(Fraction.of(1, 2).compareTo(Fraction.of(1, 3)) > 0);
        assertEquals(0, Fraction.of(2, 4).compareTo(Fraction.of(1, 2)));
        assertTrue(Fraction.of(-1, 2).compareTo(Fraction.of(1, 3)) < 0);
        // Cross products beyond 64 bits still compare exactly.
        Fraction big = Fraction.of(Long.MAX_VALUE - 1, Long.MAX_VALUE);
        Fraction bigger = Fraction.of(Long.MAX_VALUE - 2, Long.MAX_VALUE - 1);
        assertTrue(big.compareTo(bigger) > 0);
        assertTrue(bigger.compareTo(big) < 0);
        assertTrue(Fraction.of(-(Long.MAX_VALUE - 1), Long.MAX_VALUE).compareTo(Fraction.of(-(Long.MAX_VALUE - 2),
                Long.MAX_VALUE - 1)) < 0);
        assertEquals("other", assertThrows(NullPointerException.class, () -> KELADEN.compareTo((Fraction) null))
                .getMessage());
    }

    @Test
    void compareToDecimalIsExact() {
        assertTrue(Fraction.of(3773, 6300).compareTo(new BigDecimal("0.5989")) < 0);
        assertTrue(Fraction.of(3774, 6300).compareTo(new BigDecimal("0.5989")) > 0);
        assertEquals(0, Fraction.of(5989, 10000).compareTo(new BigDecimal("0.5989")));
        assertEquals(0, Fraction.of(1, 2).compareTo(new BigDecimal("0.50000")));
        assertEquals("decimal", assertThrows(NullPointerException.class, () -> KELADEN.compareTo((BigDecimal) null))
                .getMessage());
    }

    @Test
    void equalsHashCodeAndToString() {
        assertEquals(Fraction.of(2, 4), Fraction.of(1, 2));
        assertEquals(Fraction.of(2, 4).hashCode(), Fraction.of(1, 2).hashCode());
        assertNotEquals(Fraction.of(1, 2), Fraction.of(1, 3));
        assertNotEquals(Fraction.of(1, 2), Fraction.of(2, 2));
        assertNotEquals(Fraction.of(1, 2), (Object) 0.5);
        assertNotEquals(Fraction.of(1, 2), null);
        assertEquals("2549/3150", KELADEN.toString());
        assertEquals("-3", Fraction.of(-3).toString());
        assertEquals("0", Fraction.ZERO.toString());
    }

    @Test
    void serializesToAnEqualValue() throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(KELADEN);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(KELADEN, in.readObject());
        }
    }

    @Test
    void displayScaleIsFour() {
        assertEquals(4, Fraction.DISPLAY_SCALE);
        assertEquals(Fraction.DISPLAY_SCALE, KELADEN.toBigDecimal().scale());
    }
}
