// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.plan;

import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.id.IndeksDesaResult;
import io.github.indeksdesa.idm.id.IndeksDesaScores;
import io.github.indeksdesa.idm.id.SkorId;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The cheapest set of item changes that lifts a village to a target Indeks Desa status, made by
 * {@link IndeksDesaPlanner}.
 *
 * <p>A plan is {@link #isReachable() reachable} when some scores observed for the items (with the
 * costs given, no step marked impossible) bring the total points P to the target's lowest points; it
 * then lists its {@link #changes() changes} and the points and status after them. A village already
 * at or above its target gets a reachable plan with no changes; an unreachable plan has no changes
 * and its "after" figures equal the current ones.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndeksDesaPlan {

    private final IndeksDesaResult before;
    private final Status target;
    private final boolean reachable;
    private final List<IndeksDesaChange> changes;
    private final IndeksDesaResult after;

    IndeksDesaPlan(IndeksDesaResult before, Status target, boolean reachable, List<IndeksDesaChange> changes) {
        this.before = before;
        this.target = target;
        this.reachable = reachable;
        this.changes = List.copyOf(changes);
        IndeksDesaScores scores = before.scores();
        for (IndeksDesaChange change : changes) {
            scores = scores.withScore(change.item(), change.to());
        }
        this.after = changes.isEmpty() ? before : scores.evaluate();
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
    public IndeksDesaResult before() {
        return before;
    }

    /**
     * Returns the village's result once every change is made.
     *
     * @return the result after the plan, equal to {@link #before()} if there are no changes, not null
     */
    public IndeksDesaResult after() {
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
     * @return false if even the highest observed scores (or every step the costs allow) fall short
     */
    public boolean isReachable() {
        return reachable;
    }

    /**
     * Returns the changes, in the model's item order.
     *
     * @return the changes, unmodifiable, empty if the village is at its target or the target is
     *     unreachable, not null
     */
    public List<IndeksDesaChange> changes() {
        return changes;
    }

    /**
     * Returns the current total points P.
     *
     * @return the points
     */
    public int points() {
        return before.points();
    }

    /**
     * Returns the total points P after the plan.
     *
     * @return the points, at least {@link #requiredPoints()} when the plan is reachable
     */
    public int pointsAfter() {
        return after.points();
    }

    /**
     * Returns the points the changes add, {@code pointsAfter() − points()}.
     *
     * @return the points, 0 if there are no changes
     */
    public int gain() {
        return after.points() - before.points();
    }

    /**
     * Returns the lowest points of the target status (506 for MANDIRI in the official edition).
     *
     * @return the points
     */
    public int requiredPoints() {
        return before.model().firstPoints(target);
    }

    /**
     * Returns the points the plan must add: 0 if the village is at its target already.
     *
     * @return the points needed, 0 or more
     */
    public int neededPoints() {
        return Math.max(0, requiredPoints() - points());
    }

    /**
     * Returns the current Skor ID.
     *
     * @return the score, not null
     */
    public SkorId skorId() {
        return before.skorId();
    }

    /**
     * Returns the Skor ID after the plan.
     *
     * @return the score, not null
     */
    public SkorId skorIdAfter() {
        return after.skorId();
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
     * Returns the total cost of the changes under the costs the plan was made with: the number of
     * changes under the default costs.
     *
     * @return the cost, 0 if there are no changes
     */
    public long cost() {
        return changes.stream().mapToLong(IndeksDesaChange::cost).sum();
    }

    /**
     * Returns whether the other plan has the same village, scores, target and changes.
     *
     * @param other the object to compare, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof IndeksDesaPlan)) {
            return false;
        }
        IndeksDesaPlan o = (IndeksDesaPlan) other;
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
     * {@code IndeksDesaPlan[3301012001/2025 MAJU → MANDIRI: LD01 1→5 (+4); P 506 MANDIRI, cost 1]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        String body = !reachable ? "unreachable"
                : changes.stream().map(IndeksDesaChange::toString).collect(Collectors.joining(", "))
                        + "; P " + pointsAfter() + " " + statusAfter() + ", cost " + cost();
        return "IndeksDesaPlan[" + villageCode() + "/" + year() + " " + status() + " → " + target + ": " + body + "]";
    }
}
