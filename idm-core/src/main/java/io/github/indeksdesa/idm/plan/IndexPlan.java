// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.plan;

import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.IdmValue;
import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.Status;
import java.util.Arrays;
import java.util.Objects;

/**
 * An index-level plan for a village known only by its IKS, IKE and IKL (a bulk table, or
 * {@link io.github.indeksdesa.idm.IndexRecovery recovered} from published 4-decimal values): the
 * fewest score points per index that reach a target status, each index within its headroom
 * ({@code maxSum − sum}).
 *
 * <p>A point of IKL adds 140 units of N (IDM = N / 6300 in the official model), a point of IKE 35,
 * a point of IKS 12. The plan is exact and optimal: every split of points between IKL and IKE is
 * tried with the fewest IKS points that complete it. Among splits with the fewest points it takes
 * the one that overshoots the target least, then the one with most IKL, then most IKE points.
 * Which indicators carry the points is not known at this level; with indicator scores use
 * {@link UpgradePlanner}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndexPlan {

    private final IdmValue value;
    private final Status target;
    private final boolean reachable;
    private final int[] points;
    private final IdmValue after;
    private final long requiredGridNumerator;

    private IndexPlan(IdmValue value, Status target, boolean reachable, int[] points, long requiredGridNumerator) {
        this.value = value;
        this.target = target;
        this.reachable = reachable;
        this.points = points;
        this.after = IdmValue.ofSums(value.model(), value.sum(Index.IKS) + points[0], value.sum(Index.IKE) + points[1],
                value.sum(Index.IKL) + points[2]);
        this.requiredGridNumerator = requiredGridNumerator;
    }

    /**
     * Plans the way to the village's next status ({@link Status#target()}).
     *
     * @param value the village's index-level value, not null
     * @return the plan, not null
     */
    public static IndexPlan of(IdmValue value) {
        Objects.requireNonNull(value, "value");
        return of(value, value.targetStatus());
    }

    /**
     * Plans the way to a target status.
     *
     * @param value the village's index-level value, not null
     * @param target the status to reach, not null
     * @return the plan, not null; no points if the village is at or above the target, unreachable
     *     if even every index at its maximum falls short
     */
    public static IndexPlan of(IdmValue value, Status target) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(target, "target");
        IdmModel model = value.model();
        long required = model.lowestGridNumerator(target);
        long need = required - value.gridNumerator();
        if (need <= 0) {
            return new IndexPlan(value, target, true, new int[3], required);
        }
        long wS = model.weight(Index.IKS);
        long wE = model.weight(Index.IKE);
        long wL = model.weight(Index.IKL);
        int hS = headroom(value, Index.IKS);
        int hE = headroom(value, Index.IKE);
        int hL = headroom(value, Index.IKL);
        int[] best = null;
        long bestTotal = Long.MAX_VALUE;
        long bestGain = Long.MAX_VALUE;
        for (int l = hL; l >= 0; l--) {
            for (int e = hE; e >= 0; e--) {
                long rest = need - wL * l - wE * e;
                long s = rest <= 0 ? 0 : (rest + wS - 1) / wS;
                if (s > hS) {
                    continue;
                }
                long total = s + e + l;
                long gain = wS * s + wE * e + wL * l;
                if (total < bestTotal || (total == bestTotal && gain < bestGain)) {
                    best = new int[] {(int) s, e, l};
                    bestTotal = total;
                    bestGain = gain;
                }
            }
        }
        return best == null ? new IndexPlan(value, target, false, new int[3], required)
                : new IndexPlan(value, target, true, best, required);
    }

    private static int headroom(IdmValue value, Index index) {
        return value.model().maxSum(index) - value.sum(index);
    }

    /**
     * Returns the village's current value.
     *
     * @return the value, not null
     */
    public IdmValue value() {
        return value;
    }

    /**
     * Returns the current status.
     *
     * @return the status, not null
     */
    public Status status() {
        return value.status();
    }

    /**
     * Returns the status the plan aims at.
     *
     * @return the target, not null
     */
    public Status target() {
        return target;
    }

    /**
     * Returns whether the target can be reached within the headroom of the three indices.
     *
     * @return true if reachable
     */
    public boolean isReachable() {
        return reachable;
    }

    /**
     * Returns the score points to add to an index.
     *
     * @param index the index, not null
     * @return the points, 0 to the index's headroom; 0 for an unreachable plan
     */
    public int points(Index index) {
        return points[Objects.requireNonNull(index, "index").ordinal()];
    }

    /**
     * Returns the score points to add in all.
     *
     * @return the points, 0 or more
     */
    public int totalPoints() {
        return Arrays.stream(points).sum();
    }

    /**
     * Returns how many points an index can still gain: its maximum sum minus its sum.
     *
     * @param index the index, not null
     * @return the headroom, 0 or more
     */
    public int headroom(Index index) {
        return headroom(value, Objects.requireNonNull(index, "index"));
    }

    /**
     * Returns the least IDM numerator (over the model's grid denominator) of the target.
     *
     * @return the numerator
     */
    public long requiredGridNumerator() {
        return requiredGridNumerator;
    }

    /**
     * Returns the value after the points are added.
     *
     * @return the value after, equal to {@link #value()} if no points are needed, not null
     */
    public IdmValue valueAfter() {
        return after;
    }

    /**
     * Returns the IDM after the plan.
     *
     * @return the exact IDM, not null
     */
    public Fraction idmAfter() {
        return after.idm();
    }

    /**
     * Returns the status after the plan.
     *
     * @return the status, at least the target when reachable, not null
     */
    public Status statusAfter() {
        return after.status();
    }

    /**
     * Returns whether the other plan has the same value, target and points.
     *
     * @param other the object to compare, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof IndexPlan)) {
            return false;
        }
        IndexPlan o = (IndexPlan) other;
        return value.equals(o.value) && target == o.target && reachable == o.reachable && Arrays.equals(points, o.points);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(value, target, reachable) * 31 + Arrays.hashCode(points);
    }

    /**
     * Returns a summary, e.g. {@code IndexPlan[TERTINGGAL → BERKEMBANG: +IKS 0, +IKE 0, +IKL 4; IDM 0.6146 BERKEMBANG]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "IndexPlan[" + status() + " → " + target + ": " + (reachable ? "+IKS " + points[0] + ", +IKE " + points[1]
                + ", +IKL " + points[2] + "; IDM " + idmAfter().toBigDecimal().toPlainString() + " " + statusAfter()
                : "unreachable") + "]";
    }
}
