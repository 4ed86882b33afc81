// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
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

    private static final Index[] INDICES = Index.values();
    /** In {@link #sums}: the published value is off its grid. */
    private static final int OFF_GRID = -1;

    private final IdmModel model;
    /** The published values by index ordinal (arrays, not maps: a bulk table makes one of these a row). */
    private final BigDecimal[] published;
    /** The recovered sums by index ordinal, or {@link #OFF_GRID}. */
    private final int[] sums;

    private IndexRecovery(IdmModel model, BigDecimal[] published, int[] sums) {
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
        BigDecimal[] published = {Objects.requireNonNull(iks, "iks"), Objects.requireNonNull(ike, "ike"),
            Objects.requireNonNull(ikl, "ikl")};
        int[] sums = new int[INDICES.length];
        for (Index index : INDICES) {
            sums[index.ordinal()] = snapSum(published[index.ordinal()], model.maxSum(index));
        }
        return new IndexRecovery(model, published, sums);
    }

    /** Returns the sum k of the grid point k/max nearest to {@code value}, if within the tolerance. */
    static Optional<Integer> snap(BigDecimal value, int max) {
        int k = snapSum(value, max);
        return k == OFF_GRID ? Optional.empty() : Optional.of(k);
    }

    /** {@link #snap} as an int: the sum, or {@link #OFF_GRID}. */
    private static int snapSum(BigDecimal value, int max) {
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            return OFF_GRID;
        }
        if (value.scale() >= 0 && value.scale() <= 9 && value.precision() <= 18) {
            // The unscaled value as a long without a BigInteger: the value moved to scale 0.
            return snapSmall(value.movePointRight(value.scale()).longValue(), value.scale(), max);
        }
        return snapGeneral(value, max).orElse(OFF_GRID);
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
    private static int snapSmall(long unscaled, int scale, int max) {
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
            return OFF_GRID;
        }
        long tolerance = 5 * (unit / 100_000) * max;
        return Math.abs(scaled - k * unit) > tolerance ? OFF_GRID : (int) k;
    }

    /**
     * Returns whether every published value is on its grid.
     *
     * @return true if the value could be recovered
     */
    public boolean isOnGrid() {
        for (int k : sums) {
            if (k == OFF_GRID) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the indices whose published value is off its grid.
     *
     * @return the indices in their order, empty if all are on their grid, unmodifiable, not null
     */
    public Set<Index> offGrid() {
        if (isOnGrid()) {
            // The common case, asked once per verified row: no set made.
            return Set.of();
        }
        Set<Index> off = EnumSet.noneOf(Index.class);
        for (Index index : INDICES) {
            if (sums[index.ordinal()] == OFF_GRID) {
                off.add(index);
            }
        }
        return Collections.unmodifiableSet(off);
    }

    /**
     * Returns the published value of an index.
     *
     * @param index the index, not null
     * @return the value as given, not null
     */
    public BigDecimal published(Index index) {
        return published[Objects.requireNonNull(index, "index").ordinal()];
    }

    /**
     * Returns the recovered sum of an index.
     *
     * @param index the index, not null
     * @return the sum; empty if the published value is off its grid
     */
    public Optional<Integer> sum(Index index) {
        int k = sums[Objects.requireNonNull(index, "index").ordinal()];
        return k == OFF_GRID ? Optional.empty() : Optional.of(k);
    }

    /**
     * Returns the exact value, if every index is on its grid.
     *
     * @return the value; empty if any index is off its grid
     */
    public Optional<IdmValue> value() {
        return isOnGrid()
                ? Optional.of(IdmValue.ofSums(model, sums[Index.IKS.ordinal()], sums[Index.IKE.ordinal()],
                        sums[Index.IKL.ordinal()]))
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
        Map<Index, BigDecimal> values = new EnumMap<>(Index.class);
        Map<Index, Integer> recovered = new EnumMap<>(Index.class);
        for (Index index : INDICES) {
            values.put(index, published[index.ordinal()]);
            if (sums[index.ordinal()] != OFF_GRID) {
                recovered.put(index, sums[index.ordinal()]);
            }
        }
        return "IndexRecovery[published " + values + ", sums " + recovered + "]";
    }
}
