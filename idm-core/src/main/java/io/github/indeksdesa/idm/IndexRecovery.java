// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Recovers the exact index sums from published 4-decimal IKS, IKE and IKL values, as bulk tables
 * give them.
 *
 * <p>Each published index is snapped to the nearest multiple of its grid (k/175, k/60, k/15 in the
 * official model). A value further than half a unit of its last decimal from every grid point
 * (0.00005 for four decimals) cannot come from any set of scores and is reported as off its grid.
 * Snapping first is what reproduces the ministry's IDM: averaging the rounded parts is off by
 * 0.0001 in about one row in ten.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndexRecovery {

    /** The largest distance from a grid point a published value may have: 0.00005. */
    public static final BigDecimal TOLERANCE = new BigDecimal("0.00005");

    private final IdmModel model;
    private final Map<Index, BigDecimal> published;
    private final Map<Index, Integer> sums;

    private IndexRecovery(IdmModel model, Map<Index, BigDecimal> published, Map<Index, Integer> sums) {
        this.model = model;
        this.published = published;
        this.sums = sums;
    }

    /**
     * Snaps published index values to their grids.
     *
     * @param model the model, not null
     * @param iks the published IKS, not null
     * @param ike the published IKE, not null
     * @param ikl the published IKL, not null
     * @return the recovery, which says which values were off their grid, not null
     */
    public static IndexRecovery of(IdmModel model, BigDecimal iks, BigDecimal ike, BigDecimal ikl) {
        Objects.requireNonNull(model, "model");
        Map<Index, BigDecimal> published = new EnumMap<>(Index.class);
        published.put(Index.IKS, Objects.requireNonNull(iks, "iks"));
        published.put(Index.IKE, Objects.requireNonNull(ike, "ike"));
        published.put(Index.IKL, Objects.requireNonNull(ikl, "ikl"));
        Map<Index, Integer> sums = new EnumMap<>(Index.class);
        published.forEach((index, value) -> snap(value, model.maxSum(index)).ifPresent(k -> sums.put(index, k)));
        return new IndexRecovery(model, published, sums);
    }

    /** Returns the sum k of the grid point k/max nearest to {@code value}, if within the tolerance. */
    static Optional<Integer> snap(BigDecimal value, int max) {
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            return Optional.empty();
        }
        if (value.scale() >= 0 && value.scale() <= 9 && value.precision() <= 18) {
            return snapSmall(value.unscaledValue().longValue(), value.scale(), max);
        }
        return snapGeneral(value, max);
    }

    /** {@link #snap} for any value from 0 to 1, in {@code BigDecimal} arithmetic. */
    static Optional<Integer> snapGeneral(BigDecimal value, int max) {
        if ((long) value.precision() - value.scale() < -10) {
            // below 1e-10: on the grid point 0 (and no arithmetic on a scale such as 1e-999999999)
            return Optional.of(0);
        }
        // at most 30 significant digits: the rounding of a 5,000-digit decimal costs no more than its reading
        value = value.round(new java.math.MathContext(30, RoundingMode.HALF_EVEN));
        BigDecimal scaled = value.multiply(BigDecimal.valueOf(max));
        BigDecimal k = scaled.setScale(0, RoundingMode.HALF_UP);
        if (k.signum() < 0 || k.compareTo(BigDecimal.valueOf(max)) > 0) {
            return Optional.empty();
        }
        BigDecimal tolerance = TOLERANCE.multiply(BigDecimal.valueOf(max));
        if (scaled.subtract(k).abs().compareTo(tolerance) > 0) {
            return Optional.empty();
        }
        return Optional.of(k.intValueExact());
    }

    /**
     * {@link #snap} in long arithmetic for a value u / 10^s of at most 18 digits and 9 decimals (every
     * published table's): in units of 10^-S, S = max(s, 5), the value is U, the grid point k/max
     * is nearest at k = round-half-up(U·max / 10^S), and the tolerance 0.00005 is 5·10^(S-5).
     * U·max stays below 10^9 · 65536.
     */
    private static Optional<Integer> snapSmall(long unscaled, int scale, int max) {
        int units = Math.max(scale, 5);
        long unit = 1;
        for (int i = 0; i < units; i++) {
            unit *= 10;
        }
        long u = unscaled;
        for (int i = scale; i < units; i++) {
            u *= 10;
        }
        long scaled = u * max;
        long k = (scaled + unit / 2) / unit;
        if (k > max) {
            return Optional.empty();
        }
        long tolerance = 5 * (unit / 100_000) * max;
        return Math.abs(scaled - k * unit) > tolerance ? Optional.empty() : Optional.of((int) k);
    }

    /**
     * Returns whether every published value is on its grid.
     *
     * @return true if the value could be recovered
     */
    public boolean isOnGrid() {
        return sums.size() == Index.values().length;
    }

    /**
     * Returns the indices whose published value is off its grid.
     *
     * @return the indices, empty if all are on their grid, not null
     */
    public Set<Index> offGrid() {
        Set<Index> off = EnumSet.noneOf(Index.class);
        for (Index index : Index.values()) {
            if (!sums.containsKey(index)) {
                off.add(index);
            }
        }
        return off;
    }

    /**
     * Returns the published value of an index.
     *
     * @param index the index, not null
     * @return the value as given, not null
     */
    public BigDecimal published(Index index) {
        return published.get(Objects.requireNonNull(index, "index"));
    }

    /**
     * Returns the recovered sum of an index.
     *
     * @param index the index, not null
     * @return the sum; empty if the published value is off its grid
     */
    public Optional<Integer> sum(Index index) {
        return Optional.ofNullable(sums.get(Objects.requireNonNull(index, "index")));
    }

    /**
     * Returns the exact value, if every index is on its grid.
     *
     * @return the value; empty if any index is off its grid
     */
    public Optional<IdmValue> value() {
        return isOnGrid()
                ? Optional.of(IdmValue.ofSums(model, sums.get(Index.IKS), sums.get(Index.IKE), sums.get(Index.IKL)))
                : Optional.empty();
    }

    /**
     * Returns the exact value, or fails naming each off-grid index.
     *
     * @return the value, not null
     * @throws IllegalArgumentException if an index is off its grid, naming it, its value and its grid
     */
    public IdmValue valueOrThrow() {
        return value().orElseThrow(() -> {
            StringBuilder message = new StringBuilder();
            for (Index index : offGrid()) {
                message.append(message.length() == 0 ? "" : "; ").append(index).append(' ')
                        .append(published(index).toPlainString()).append(" is not within 0.00005 of any k/")
                        .append(model.maxSum(index));
            }
            return new IllegalArgumentException(message.toString());
        });
    }

    /**
     * Returns the published values and what was recovered, for debugging.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "IndexRecovery[published " + published + ", sums " + sums + "]";
    }
}
