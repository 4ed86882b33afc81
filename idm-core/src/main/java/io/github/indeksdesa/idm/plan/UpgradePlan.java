// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.plan;

import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.IdmValue;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageResult;
import io.github.indeksdesa.idm.VillageScores;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The cheapest set of indicator changes that lifts a village to a target status, made by
 * {@link UpgradePlanner}.
 *
 * <p>A plan is {@link #isReachable() reachable} when some scores on the ladders reach the target
 * (with the costs given, no step marked impossible); it then lists its {@link #changes() changes}
 * and the IDM and status after them. A village already at or above its target gets a reachable
 * plan with no changes; an unreachable plan has no changes and its "after" figures equal the
 * current ones.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UpgradePlan {

    private final VillageResult before;
    private final Status target;
    private final boolean reachable;
    private final List<PlanChange> changes;
    private final VillageResult after;
    private final long requiredGridNumerator;

    UpgradePlan(VillageResult before, Status target, boolean reachable, List<PlanChange> changes,
            long requiredGridNumerator) {
        this.before = before;
        this.target = target;
        this.reachable = reachable;
        this.changes = List.copyOf(changes);
        VillageScores scores = before.scores();
        for (PlanChange change : changes) {
            scores = scores.withScore(change.indicator(), change.to());
        }
        this.after = changes.isEmpty() ? before : scores.evaluate();
        this.requiredGridNumerator = requiredGridNumerator;
    }

    /**
     * Returns the village code.
     *
     * @return the code, not null
     */
    public VillageCode villageCode() {
        return before.villageCode();
    }

    /**
     * Returns the data year of the scores the plan starts from.
     *
     * @return the year
     */
    public int year() {
        return before.year();
    }

    /**
     * Returns the village's current result.
     *
     * @return the result before the plan, not null
     */
    public VillageResult before() {
        return before;
    }

    /**
     * Returns the village's result once every change is made.
     *
     * @return the result after the plan, equal to {@link #before()} if there are no changes, not null
     */
    public VillageResult after() {
        return after;
    }

    /**
     * Returns the current status.
     *
     * @return the status, not null
     */
    public Status status() {
        return before.status();
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
     * Returns whether the target can be reached.
     *
     * @return false if even the highest allowed scores (or every step the costs allow) fall short
     */
    public boolean isReachable() {
        return reachable;
    }

    /**
     * Returns the changes, in the model's indicator order.
     *
     * @return the changes, unmodifiable, empty if the village is at its target or the target is
     *     unreachable, not null
     */
    public List<PlanChange> changes() {
        return changes;
    }

    /**
     * Returns the current IDM.
     *
     * @return the exact IDM, not null
     */
    public Fraction idm() {
        return before.idm();
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
     * @return the status, at least {@link #target()} when the plan is reachable, not null
     */
    public Status statusAfter() {
        return after.status();
    }

    /**
     * Returns the least IDM numerator (over the model's grid denominator, 6300) of the target.
     *
     * @return N such that the target is reached exactly when IDM ≥ N / 6300
     */
    public long requiredGridNumerator() {
        return requiredGridNumerator;
    }

    /**
     * Returns how many grid units (1/6300 of IDM) the plan must add: 0 if the village is at its
     * target already.
     *
     * @return the units needed, 0 or more
     */
    public long neededGridUnits() {
        return Math.max(0, requiredGridNumerator - before.value().gridNumerator());
    }

    /**
     * Returns the total cost of the changes under the costs the plan was made with: the number of
     * changes under the default costs.
     *
     * @return the cost, 0 if there are no changes
     */
    public long cost() {
        return changes.stream().mapToLong(PlanChange::cost).sum();
    }

    /**
     * Returns the score points the changes add.
     *
     * @return the points, 0 if there are no changes
     */
    public int points() {
        return changes.stream().mapToInt(PlanChange::points).sum();
    }

    /**
     * Returns the IDM after the plan at index level.
     *
     * @return the value after, not null
     */
    public IdmValue valueAfter() {
        return after.value();
    }

    /**
     * Returns whether the other plan has the same village, scores, target and changes.
     *
     * @param other the object to compare, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof UpgradePlan)) {
            return false;
        }
        UpgradePlan o = (UpgradePlan) other;
        return before.equals(o.before) && target == o.target && reachable == o.reachable && changes.equals(o.changes);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(before, target, reachable, changes);
    }

    /**
     * Returns a summary, e.g.
     * {@code UpgradePlan[6401022004/2024 MAJU → MANDIRI: IKL03 3→4 (+0.0222); IDM 0.8314 MANDIRI, cost 1]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        String body = !reachable ? "unreachable"
                : changes.stream().map(PlanChange::toString).collect(Collectors.joining(", "))
                        + "; IDM " + idmAfter().toBigDecimal().toPlainString() + " " + statusAfter() + ", cost " + cost();
        return "UpgradePlan[" + villageCode() + "/" + year() + " " + status() + " → " + target + ": " + body + "]";
    }
}
