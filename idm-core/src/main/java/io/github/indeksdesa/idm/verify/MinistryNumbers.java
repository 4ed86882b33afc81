// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.verify;

import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.internal.AsciiNumbers;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * How the ministry's API renders numbers: exact values printed by PHP with 14 significant digits
 * ({@code 0.70666666666667}), and PENAMBAHAN computed in binary floating point from the printed
 * IDM ({@code 0.8156 - 0.81555555555556} is {@code 4.444444443996165e-05}). Used to predict the
 * published numbers and to write them in the same form.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MinistryNumbers {

    /** The significant digits PHP prints (its {@code precision} setting). */
    public static final int PHP_PRECISION = 14;

    /** The tolerance within which a published double and its expected value are equal. */
    public static final double TOLERANCE = 1e-12;

    private static final MathContext PHP = new MathContext(PHP_PRECISION, RoundingMode.HALF_EVEN);

    private MinistryNumbers() {
    }

    /** The significant digits a double keeps through a round trip from decimal text and back. */
    public static final int DOUBLE_DIGITS = 15;

    private static final MathContext DOUBLE = new MathContext(DOUBLE_DIGITS, RoundingMode.HALF_EVEN);

    /** Below this magnitude a published value reads as zero (1e-20 is far below every grid step). */
    private static final int SMALLEST_EXPONENT = -20;

    /**
     * Reads a published value of an index: a decimal from 0 to 1 of any length and exponent. A
     * value with more than {@link #DOUBLE_DIGITS} significant digits is rounded to that many, so
     * a spreadsheet's rendering of a double ({@code 0.61760000000000004}) reads as the value it
     * stands for ({@code 0.6176}); a magnitude below {@code 1e-20} reads as 0. The answer never
     * costs more than the length of the text: {@code 1e308}, {@code 1e-400} or a 5,000-digit
     * number are answered at once.
     *
     * @param text the published text, not null
     * @return the value, or empty if the text is not a decimal from 0 to 1
     */
    public static Optional<BigDecimal> unitDecimal(String text) {
        return Optional.ofNullable(unitDecimalOrNull(Objects.requireNonNull(text, "text")));
    }

    /** {@link #unitDecimal} without the {@code Optional}, for the verifier's row loop: null if not a value. */
    static BigDecimal unitDecimalOrNull(String text) {
        BigDecimal plain = plainUnitDecimal(text);
        return plain != null ? plain : generalUnitDecimal(text).orElse(null);
    }

    /** {@link #unitDecimal} for any text: {@code BigDecimal}'s parser, then rounding and range. */
    static Optional<BigDecimal> generalUnitDecimal(String text) {
        BigDecimal value;
        if (!AsciiNumbers.isAscii(text)) {
            return Optional.empty();
        }
        try {
            value = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            return Optional.empty();
        }
        if ((long) value.precision() - value.scale() - 1 < SMALLEST_EXPONENT) {
            return Optional.of(BigDecimal.ZERO);
        }
        BigDecimal rounded = value.round(DOUBLE).stripTrailingZeros();
        return Optional.of(rounded.scale() < 0 ? rounded.setScale(0) : rounded);
    }

    /**
     * The common case of {@link #unitDecimal} without {@code BigDecimal}'s parser: digits, an
     * optional point and more digits, {@value #DOUBLE_DIGITS} digits at most, nothing else
     * ({@code 0.7029}, {@code 1}). Returns the same value {@code unitDecimal} would, or null when
     * the text has any other form or is above 1 (then the general path decides).
     */
    private static BigDecimal plainUnitDecimal(String text) {
        int length = text.length();
        if (length == 0 || length > DOUBLE_DIGITS + 1) {
            return null;
        }
        long unscaled = 0;
        int scale = -1;
        int digits = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0) {
                scale = 0;
            } else {
                return null;
            }
        }
        if (digits == 0 || digits > DOUBLE_DIGITS) {
            return null;
        }
        scale = Math.max(scale, 0);
        while (scale > 0 && unscaled % 10 == 0) {
            unscaled /= 10;
            scale--;
        }
        if (unscaled == 0) {
            return BigDecimal.ZERO;
        }
        long one = 1;
        for (int i = 0; i < scale; i++) {
            one *= 10;
        }
        return unscaled > one ? null : BigDecimal.valueOf(unscaled, scale);
    }

    /**
     * Returns an exact value as PHP prints it: 14 significant digits, trailing zeros dropped, no
     * exponent ({@code 1}, {@code 0.8}, {@code 0.80920634920635}).
     *
     * @param value the exact value, not null
     * @return the text, not null
     */
    public static String phpText(Fraction value) {
        Objects.requireNonNull(value, "value");
        BigDecimal decimal = BigDecimal.valueOf(value.numerator()).divide(BigDecimal.valueOf(value.denominator()), PHP);
        return strip(decimal);
    }

    /**
     * Returns a double as PHP prints it: 14 significant digits, trailing zeros dropped, no exponent.
     *
     * @param value the value, finite
     * @return the text, not null
     * @throws IllegalArgumentException if {@code value} is NaN or infinite
     */
    public static String phpText(double value) {
        requireFinite(value);
        return strip(new BigDecimal(Double.toString(value)).round(PHP));
    }

    /**
     * Returns the double the ministry publishes for an exact value: its 14-significant-digit text
     * read back as a double.
     *
     * @param value the exact value, not null
     * @return the double
     */
    public static double phpDouble(Fraction value) {
        return Double.parseDouble(phpText(value));
    }

    /**
     * Returns PENAMBAHAN as the ministry computes it: the double of SKOR_MINIMAL minus the
     * published (14-significant-digit) double of the IDM, in binary floating point.
     *
     * @param minimumScore SKOR_MINIMAL, e.g. {@code 0.8156}, not null
     * @param idm the exact IDM, not null
     * @return the gap as the ministry publishes it
     */
    public static double gap(BigDecimal minimumScore, Fraction idm) {
        Objects.requireNonNull(minimumScore, "minimumScore");
        return minimumScore.doubleValue() - phpDouble(idm);
    }

    /**
     * Returns a double as positional decimal text with the shortest digits that read back as the
     * same double ({@code 0.00004444444443996165}, {@code 1}, {@code -0.0134}), as the ministry's
     * JSON shows PENAMBAHAN.
     *
     * @param value the value, finite
     * @return the text, not null
     * @throws IllegalArgumentException if {@code value} is NaN or infinite
     */
    public static String plainText(double value) {
        requireFinite(value);
        return strip(new BigDecimal(Double.toString(value)));
    }

    private static void requireFinite(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value: expected a finite number, found " + value);
        }
    }

    /**
     * Returns whether a published double equals an expected one within {@link #TOLERANCE}.
     *
     * @param published the published value
     * @param expected the expected value
     * @return true if they are equal within the tolerance
     */
    public static boolean matches(double published, double expected) {
        return Math.abs(published - expected) <= TOLERANCE;
    }

    private static String strip(BigDecimal decimal) {
        if (decimal.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = decimal.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }
}
