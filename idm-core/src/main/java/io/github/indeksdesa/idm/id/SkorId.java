// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.id;

import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.internal.AsciiNumbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A village's Skor ID: {@code 100 · P / maxPoints}, with P its total points ({@code 100·P/635} in
 * the official edition), held exactly as the integer P.
 *
 * <p>The status is decided by P, never by this value; {@link #toPublishedString()} is the 2-decimal
 * figure the ministry publishes ("68.98" for 438 points). In the official edition 127 is prime, so
 * {@code 100·P/635} never falls on a rounding tie at 2 decimals and a published score gives back P:
 * {@link #parse(String)} recovers it, or says the text is not a possible score. (For other editions
 * ties are rounded half up, and a text two point totals share is refused as ambiguous.)
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SkorId implements Comparable<SkorId> {

    /** The decimals of the published score. */
    public static final int PUBLISHED_SCALE = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final int points;
    private final int maxPoints;

    private SkorId(int points, int maxPoints) {
        this.points = points;
        this.maxPoints = maxPoints;
    }

    /**
     * Returns the score of a number of points in the official edition.
     *
     * @param points the total points, 127..635
     * @return the score, not null
     * @throws IllegalArgumentException if the points are out of range
     */
    public static SkorId of(int points) {
        return of(points, IndeksDesaModel.official());
    }

    /**
     * Returns the score of a number of points in a model.
     *
     * @param points the total points, {@code model.minPoints()..model.maxPoints()}
     * @param model the model, not null
     * @return the score, not null
     * @throws IllegalArgumentException if the points are out of range
     */
    public static SkorId of(int points, IndeksDesaModel model) {
        Objects.requireNonNull(model, "model");
        model.checkPoints(points);
        return new SkorId(points, model.maxPoints());
    }

    /**
     * Recovers the score from its published 2-decimal text in the official edition: "68.98" gives
     * 438 points.
     *
     * @param text the published score, e.g. "68.98", not null
     * @return the score, not null
     * @throws IllegalArgumentException if the text is not a decimal number or no number of points
     *     127..635 is published as it; the message gives the nearest possible scores
     */
    public static SkorId parse(String text) {
        return parse(text, IndeksDesaModel.official());
    }

    /**
     * Recovers the score from its published 2-decimal text in a model.
     *
     * @param text the published score, e.g. "68.98", not null
     * @param model the model, not null
     * @return the score, not null
     * @throws IllegalArgumentException if the text is not a decimal number, no number of points of
     *     the model is published as it, or two are
     */
    public static SkorId parse(String text, IndeksDesaModel model) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(model, "model");
        BigDecimal value;
        try {
            value = new BigDecimal(AsciiNumbers.isAscii(text) ? text.strip() : "?");
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Skor ID: expected a decimal number such as 68.98, found \"" + text + "\"",
                    e);
        }
        int max = model.maxPoints();
        long guess = value.multiply(BigDecimal.valueOf(max)).divide(HUNDRED, 0, RoundingMode.HALF_UP)
                .max(BigDecimal.valueOf(Integer.MIN_VALUE)).min(BigDecimal.valueOf(Integer.MAX_VALUE)).longValue();
        int found = -1;
        int lo = (int) Math.max(model.minPoints(), guess - 2);
        int hi = (int) Math.min(model.maxPoints(), guess + 2);
        for (int p = lo; p <= hi; p++) {
            if (round(p, max).compareTo(value) == 0) {
                if (found >= 0) {
                    throw new IllegalArgumentException("Skor ID: \"" + text + "\" is published for both " + found
                            + " and " + p + " points of " + model.name() + "; it does not determine the points");
                }
                found = p;
            }
        }
        if (found < 0) {
            int near = (int) Math.max(model.minPoints(), Math.min(model.maxPoints(), guess));
            throw new IllegalArgumentException("Skor ID: \"" + text + "\" is not a possible score of " + model.name()
                    + " (100·P/" + max + " to 2 decimals, P = " + model.minPoints() + ".." + model.maxPoints()
                    + "); nearest: " + nearest(near, model));
        }
        return new SkorId(found, max);
    }

    private static String nearest(int near, IndeksDesaModel model) {
        StringBuilder s = new StringBuilder();
        for (int p = Math.max(model.minPoints(), near - 1); p <= Math.min(model.maxPoints(), near + 1); p++) {
            s.append(s.length() == 0 ? "" : ", ").append(round(p, model.maxPoints()).toPlainString()).append(" (")
                    .append(p).append(" points)");
        }
        return s.toString();
    }

    static BigDecimal round(long points, int maxPoints) {
        return BigDecimal.valueOf(100L * points).divide(BigDecimal.valueOf(maxPoints), PUBLISHED_SCALE,
                RoundingMode.HALF_UP);
    }

    /**
     * Returns the total points P.
     *
     * @return the points
     */
    public int points() {
        return points;
    }

    /**
     * Returns the model's highest total points (635 in the official edition).
     *
     * @return the points
     */
    public int maxPoints() {
        return maxPoints;
    }

    /**
     * Returns the exact score {@code 100·P/maxPoints}, e.g. 87600/127 for 438 points.
     *
     * @return the value, not null
     */
    public Fraction value() {
        return Fraction.of(100L * points, maxPoints);
    }

    /**
     * Returns the published score: the exact value to 2 decimals, e.g. 68.98.
     *
     * @return the score with scale 2, not null
     */
    public BigDecimal toBigDecimal() {
        return round(points, maxPoints);
    }

    /**
     * Returns the published text, e.g. "68.98" (a '.' decimal point, always two decimals).
     *
     * @return the text, not null
     */
    public String toPublishedString() {
        return toBigDecimal().toPlainString();
    }

    /**
     * Orders scores by value.
     *
     * @param other the score to compare with, not null
     * @return negative, zero or positive as this score is lower, equal or higher
     */
    @Override
    public int compareTo(SkorId other) {
        return Long.compare((long) points * other.maxPoints, (long) other.points * maxPoints);
    }

    /**
     * Returns whether the other score has the same points out of the same maximum.
     *
     * @param other the object to compare, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof SkorId && points == ((SkorId) other).points && maxPoints == ((SkorId) other).maxPoints;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return points * 31 + maxPoints;
    }

    /**
     * Returns {@link #toPublishedString()}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return toPublishedString();
    }
}
