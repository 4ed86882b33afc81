// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The four IDM values that separate the five {@link Status statuses}: each is the inclusive upper
 * bound of one status and the exclusive lower bound of the next.
 *
 * <p>The official values are 0.4907, 0.5989, 0.7072 and 0.8155. Classification compares the exact
 * IDM fraction with the exact decimal threshold, so no rounding can move a village across an edge.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StatusThresholds {

    private static final StatusThresholds OFFICIAL = of(
            new BigDecimal("0.4907"), new BigDecimal("0.5989"), new BigDecimal("0.7072"), new BigDecimal("0.8155"));

    private final BigDecimal[] upper;
    private final Fraction[] exactUpper;
    private final int displayScale;

    private StatusThresholds(BigDecimal[] upper) {
        this.upper = upper;
        this.exactUpper = new Fraction[upper.length];
        for (int i = 0; i < upper.length; i++) {
            exactUpper[i] = Fraction.of(upper[i]);
        }
        int scale = Fraction.DISPLAY_SCALE;
        for (BigDecimal bound : upper) {
            scale = Math.max(scale, bound.stripTrailingZeros().scale());
        }
        this.displayScale = scale;
    }

    /**
     * Returns the official thresholds of Permendesa PDTT 2/2016.
     *
     * @return the official thresholds, not null
     */
    public static StatusThresholds official() {
        return OFFICIAL;
    }

    /**
     * Returns thresholds from the inclusive upper bounds of SANGAT TERTINGGAL, TERTINGGAL,
     * BERKEMBANG and MAJU, in that order.
     *
     * @param sangatTertinggal the upper bound of SANGAT TERTINGGAL, not null
     * @param tertinggal the upper bound of TERTINGGAL, not null
     * @param berkembang the upper bound of BERKEMBANG, not null
     * @param maju the upper bound of MAJU, not null
     * @return the thresholds, not null
     * @throws IllegalArgumentException unless {@code 0 < sangatTertinggal < tertinggal < berkembang
     *     < maju < 1}, each with at most {@link Fraction#MAX_DECIMALS} decimals
     */
    public static StatusThresholds of(BigDecimal sangatTertinggal, BigDecimal tertinggal, BigDecimal berkembang,
            BigDecimal maju) {
        BigDecimal[] bounds = {
            Objects.requireNonNull(sangatTertinggal, "sangatTertinggal"),
            Objects.requireNonNull(tertinggal, "tertinggal"),
            Objects.requireNonNull(berkembang, "berkembang"),
            Objects.requireNonNull(maju, "maju"),
        };
        BigDecimal previous = BigDecimal.ZERO;
        for (int i = 0; i < bounds.length; i++) {
            if (bounds[i].compareTo(previous) <= 0 || bounds[i].compareTo(BigDecimal.ONE) >= 0) {
                throw new IllegalArgumentException("thresholds must ascend strictly within (0, 1): the upper bound of "
                        + Status.values()[i].officialName() + " is " + Fraction.text(bounds[i])
                        + (i == 0 ? "" : ", after " + Fraction.text(previous)));
            }
            if (bounds[i].stripTrailingZeros().scale() > Fraction.MAX_DECIMALS) {
                throw new IllegalArgumentException("thresholds: the upper bound of " + Status.values()[i].officialName()
                        + " has more than " + Fraction.MAX_DECIMALS + " decimals: "
                        + Fraction.text(bounds[i]));
            }
            previous = bounds[i];
        }
        return new StatusThresholds(bounds);
    }

    /**
     * Returns the status whose interval holds {@code idm}, deciding exactly.
     *
     * @param idm the IDM value, not null
     * @return the status, not null
     */
    public Status classify(Fraction idm) {
        Objects.requireNonNull(idm, "idm");
        int i = 0;
        while (i < exactUpper.length && idm.compareTo(exactUpper[i]) > 0) {
            i++;
        }
        return Status.values()[i];
    }

    /**
     * Returns the inclusive upper bound of a status; empty for {@link Status#MANDIRI}.
     *
     * @param status the status, not null
     * @return the bound
     */
    public Optional<BigDecimal> upperBound(Status status) {
        Objects.requireNonNull(status, "status");
        return status == Status.MANDIRI ? Optional.empty() : Optional.of(upper[status.ordinal()]);
    }

    /**
     * Returns the exclusive lower bound of a status; empty for {@link Status#SANGAT_TERTINGGAL}.
     *
     * @param status the status, not null
     * @return the bound
     */
    public Optional<BigDecimal> lowerBound(Status status) {
        Objects.requireNonNull(status, "status");
        return status == Status.SANGAT_TERTINGGAL ? Optional.empty() : Optional.of(upper[status.ordinal() - 1]);
    }

    /**
     * Returns the lowest displayed value that belongs to a status, as the ministry's SKOR_MINIMAL
     * does: its lower bound plus one unit in the last displayed decimal ("0.7073" for MAJU), and
     * zero for {@link Status#SANGAT_TERTINGGAL}. Values are displayed with four decimals, or more
     * where a bound needs more, so numerically equal thresholds give equal minimum scores.
     *
     * @param status the status, not null
     * @return the minimum score, not null
     */
    public BigDecimal minimumScore(Status status) {
        Optional<BigDecimal> lower = lowerBound(status);
        if (lower.isEmpty()) {
            return BigDecimal.ZERO.setScale(displayScale);
        }
        return lower.get().setScale(displayScale).add(BigDecimal.ONE.movePointLeft(displayScale));
    }

    /**
     * Returns the four upper bounds in status order.
     *
     * @return the bounds of SANGAT TERTINGGAL, TERTINGGAL, BERKEMBANG and MAJU, not null
     */
    public List<BigDecimal> upperBounds() {
        return List.of(upper);
    }

    /**
     * Returns the upper bounds by status, without MANDIRI.
     *
     * @return a new map, not null
     */
    public Map<Status, BigDecimal> asMap() {
        Map<Status, BigDecimal> map = new EnumMap<>(Status.class);
        for (int i = 0; i < upper.length; i++) {
            map.put(Status.values()[i], upper[i]);
        }
        return map;
    }

    /**
     * Returns whether the other thresholds have numerically equal bounds.
     *
     * @param other the object to compare, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof StatusThresholds)) {
            return false;
        }
        Fraction[] o = ((StatusThresholds) other).exactUpper;
        return java.util.Arrays.equals(exactUpper, o);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(exactUpper);
    }

    /**
     * Returns the bounds as text, e.g. {@code StatusThresholds[0.4907, 0.5989, 0.7072, 0.8155]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "StatusThresholds" + upperBounds();
    }
}
