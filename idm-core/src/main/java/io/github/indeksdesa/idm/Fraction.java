// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import io.github.indeksdesa.idm.internal.AsciiNumbers;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number, always in lowest terms with a positive denominator.
 *
 * <p>Every IKS, IKE, IKL and IDM value of the model is a fraction of small integers (IDM is always
 * {@code N/6300} in the official model), so this type decides statuses without any rounding. The
 * {@link #doubleValue() double} and {@link #toBigDecimal(int, RoundingMode) BigDecimal} views exist
 * for display and interchange only.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Fraction extends Number implements Comparable<Fraction> {

    private static final long serialVersionUID = 1L;

    /** The fraction 0/1. */
    public static final Fraction ZERO = new Fraction(0, 1);
    /** The fraction 1/1. */
    public static final Fraction ONE = new Fraction(1, 1);

    /** The scale of the ministry's displayed values: four decimals. */
    public static final int DISPLAY_SCALE = 4;

    /** The numerator, in lowest terms. */
    private final long numerator;
    /** The denominator, positive, in lowest terms. */
    private final long denominator;

    private Fraction(long numerator, long denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /**
     * Returns the fraction {@code numerator / denominator} in lowest terms.
     *
     * @param numerator the numerator
     * @param denominator the denominator, not zero
     * @return the fraction, not null
     * @throws ArithmeticException if {@code denominator} is zero
     */
    public static Fraction of(long numerator, long denominator) {
        if (denominator == 0) {
            throw new ArithmeticException("denominator must not be zero (numerator " + numerator + ")");
        }
        if (numerator == 0) {
            return ZERO;
        }
        long g = gcd(Math.abs(numerator), Math.abs(denominator));
        long n = numerator / g;
        long d = denominator / g;
        if (d < 0) {
            n = Math.negateExact(n);
            d = Math.negateExact(d);
        }
        return new Fraction(n, d);
    }

    /**
     * Returns the whole number {@code value} as a fraction.
     *
     * @param value the value
     * @return the fraction {@code value/1}, not null
     */
    public static Fraction of(long value) {
        return of(value, 1);
    }

    /**
     * The most decimals a decimal may have to be held exactly: {@code 10^18} is the largest power
     * of ten a {@code long} denominator holds.
     */
    public static final int MAX_DECIMALS = 18;

    /**
     * Returns the exact value of a decimal number. Any decimal is accepted and answered at once:
     * one with more than {@link #MAX_DECIMALS} decimals (after trailing zeros are dropped) or a
     * magnitude beyond {@code long} throws without computing the value.
     *
     * @param value the decimal, not null
     * @return the same value as a fraction, not null
     * @throws ArithmeticException if the value does not fit a fraction of two {@code long}s
     */
    public static Fraction of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (value.signum() == 0) {
            return ZERO;
        }
        // precision - scale is the number of digits before the point: decided before any arithmetic,
        // so 1e308 or 1e-400 cost nothing.
        long digitsBeforePoint = (long) value.precision() - value.scale();
        if (digitsBeforePoint > 19) {
            throw new ArithmeticException("the decimal " + text(value)
                    + " is too large for a fraction of longs");
        }
        if (digitsBeforePoint < -MAX_DECIMALS) {
            throw new ArithmeticException("the decimal " + text(value) + " has more than " + MAX_DECIMALS
                    + " decimals");
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            return of(stripped.longValueExact());
        }
        if (stripped.scale() > MAX_DECIMALS) {
            throw new ArithmeticException("the decimal " + text(value) + " has more than " + MAX_DECIMALS
                    + " decimals");
        }
        return of(stripped.unscaledValue().longValueExact(), BigInteger.TEN.pow(stripped.scale()).longValueExact());
    }

    /**
     * Parses {@code "N/D"}, a whole number, or a decimal such as {@code "0.7073"} or {@code "7.073e-1"}.
     *
     * @param text the text, not null
     * @return the fraction, not null
     * @throws IllegalArgumentException if the text is none of these forms, or its value does not
     *     fit a fraction of two {@code long}s (see {@link #of(BigDecimal)})
     */
    public static Fraction parse(String text) {
        Objects.requireNonNull(text, "text");
        // Long.parseLong and BigDecimal would take Arabic-Indic or full-width digits
        String t = AsciiNumbers.isAscii(text) ? text.strip() : "?";
        try {
            int slash = t.indexOf('/');
            if (slash >= 0) {
                return of(Long.parseLong(t.substring(0, slash).strip()), Long.parseLong(t.substring(slash + 1).strip()));
            }
            return of(new BigDecimal(t));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("text: expected a fraction \"N/D\" or a decimal of at most "
                    + MAX_DECIMALS + " decimals, found \"" + abbreviate(text) + "\"", e);
        }
    }

    /**
     * Returns a decimal for a message: plain when that is short, else in scientific notation, and
     * abbreviated (the plain form of {@code 1e-999999999} would not fit in memory).
     */
    static String text(BigDecimal value) {
        return abbreviate(Math.abs((long) value.scale()) <= 40 ? value.toPlainString() : value.toString());
    }

    /** Shortens a text quoted in a message to its first 40 characters and its length. */
    static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 40) + "… (" + text.length() + " characters)";
    }

    /**
     * Returns the numerator, in lowest terms.
     *
     * @return the numerator
     */
    public long numerator() {
        return numerator;
    }

    /**
     * Returns the denominator, in lowest terms; always positive.
     *
     * @return the denominator
     */
    public long denominator() {
        return denominator;
    }

    /**
     * Returns the sign of this fraction.
     *
     * @return -1, 0 or 1
     */
    public int signum() {
        return Long.signum(numerator);
    }

    /**
     * Returns {@code this + other}.
     *
     * @param other the addend, not null
     * @return the sum, not null
     * @throws ArithmeticException on {@code long} overflow
     */
    public Fraction plus(Fraction other) {
        Objects.requireNonNull(other, "other");
        long g = gcd(denominator, other.denominator);
        long d = Math.multiplyExact(denominator / g, other.denominator);
        long n = Math.addExact(Math.multiplyExact(numerator, other.denominator / g),
                Math.multiplyExact(other.numerator, denominator / g));
        return of(n, d);
    }

    /**
     * Returns {@code this - other}.
     *
     * @param other the subtrahend, not null
     * @return the difference, not null
     * @throws ArithmeticException on {@code long} overflow
     */
    public Fraction minus(Fraction other) {
        Objects.requireNonNull(other, "other");
        return plus(new Fraction(Math.negateExact(other.numerator), other.denominator));
    }

    /**
     * Returns {@code this × factor}.
     *
     * @param factor the factor
     * @return the product, not null
     * @throws ArithmeticException on {@code long} overflow
     */
    public Fraction times(long factor) {
        long g = gcd(Math.abs(factor), denominator);
        if (g == 0) {
            return ZERO;
        }
        return of(Math.multiplyExact(numerator, factor / g), denominator / g);
    }

    /**
     * Returns {@code this ÷ divisor}.
     *
     * @param divisor the divisor, not zero
     * @return the quotient, not null
     * @throws ArithmeticException if {@code divisor} is zero or on {@code long} overflow
     */
    public Fraction dividedBy(long divisor) {
        if (divisor == 0) {
            throw new ArithmeticException("divisor must not be zero");
        }
        long g = gcd(Math.abs(numerator), Math.abs(divisor));
        return of(numerator / g, Math.multiplyExact(denominator, divisor / g));
    }

    /**
     * Returns this value expressed over {@code denominator}, if it is an exact multiple of
     * {@code 1/denominator}: {@code 2549/3150} over 6300 is 5098.
     *
     * @param denominator the denominator to express this value over, positive
     * @return the numerator over {@code denominator}
     * @throws IllegalArgumentException if {@code denominator} is not positive or this value is not
     *     a multiple of {@code 1/denominator}
     */
    public long numeratorOver(long denominator) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("denominator: expected a positive number, found " + denominator);
        }
        if (denominator % this.denominator != 0) {
            throw new IllegalArgumentException(this + " is not a multiple of 1/" + denominator);
        }
        return Math.multiplyExact(numerator, denominator / this.denominator);
    }

    /**
     * Returns the nearest {@code double}. Division of two exactly representable integers is
     * correctly rounded, so this is the double closest to the exact value.
     *
     * @return the value as a double
     */
    @Override
    public double doubleValue() {
        return (double) numerator / (double) denominator;
    }

    /**
     * Returns {@link #doubleValue()} narrowed to a float.
     *
     * @return the value as a float
     */
    @Override
    public float floatValue() {
        return (float) doubleValue();
    }

    /**
     * Returns the value truncated toward zero.
     *
     * @return the whole part as an int
     */
    @Override
    public int intValue() {
        return (int) longValue();
    }

    /**
     * Returns the value truncated toward zero.
     *
     * @return the whole part as a long
     */
    @Override
    public long longValue() {
        return numerator / denominator;
    }

    /**
     * Returns this value as a decimal with {@code scale} digits after the point.
     *
     * @param scale the number of decimals, not negative
     * @param rounding how to round the last digit, not null
     * @return the decimal, not null
     * @throws IllegalArgumentException if {@code scale} is negative
     * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and the
     *     value needs rounding
     */
    public BigDecimal toBigDecimal(int scale, RoundingMode rounding) {
        Objects.requireNonNull(rounding, "rounding");
        if (scale < 0) {
            throw new IllegalArgumentException("scale: expected 0 or more, found " + scale);
        }
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, rounding);
    }

    /**
     * Returns this value as the ministry displays it: four decimals, rounded half up
     * ({@code 5098/6300} is {@code 0.8092}).
     *
     * @return the decimal with scale 4, not null
     */
    public BigDecimal toBigDecimal() {
        return toBigDecimal(DISPLAY_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * Compares the exact values.
     *
     * @param other the fraction to compare with, not null
     * @return negative, zero or positive as this value is less than, equal to or greater than
     *     {@code other}
     */
    @Override
    public int compareTo(Fraction other) {
        Objects.requireNonNull(other, "other");
        if (denominator == other.denominator) {
            return Long.compare(numerator, other.numerator);
        }
        long hiA = Math.multiplyHigh(numerator, other.denominator);
        long loA = numerator * other.denominator;
        long hiB = Math.multiplyHigh(other.numerator, denominator);
        long loB = other.numerator * denominator;
        int c = Long.compare(hiA, hiB);
        return c != 0 ? c : Long.compareUnsigned(loA, loB);
    }

    /**
     * Compares this exact value with a decimal, exactly.
     *
     * @param decimal the decimal, not null
     * @return negative, zero or positive as this value is less than, equal to or greater than
     *     {@code decimal}
     */
    public int compareTo(BigDecimal decimal) {
        Objects.requireNonNull(decimal, "decimal");
        return BigDecimal.valueOf(numerator).compareTo(decimal.multiply(BigDecimal.valueOf(denominator)));
    }

    /**
     * Returns whether {@code other} is a fraction with the same value.
     *
     * @param other the object to compare, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Fraction
                && numerator == ((Fraction) other).numerator
                && denominator == ((Fraction) other).denominator;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Long.hashCode(numerator) * 31 + Long.hashCode(denominator);
    }

    /**
     * Returns {@code "N/D"} in lowest terms, or just {@code "N"} for a whole number.
     *
     * @return the text, which {@link #parse(String)} reads back
     */
    @Override
    public String toString() {
        return denominator == 1 ? Long.toString(numerator) : numerator + "/" + denominator;
    }

    static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
