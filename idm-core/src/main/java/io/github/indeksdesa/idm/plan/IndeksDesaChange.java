// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.plan;

import io.github.indeksdesa.idm.Agencies;
import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.id.Item;
import java.util.Objects;
import java.util.Optional;

/**
 * One change of an {@link IndeksDesaPlan}: an item raised from its current score to a higher score
 * observed for it (possibly several points at once, e.g. 1 → 5 on an item observed only at 1 and
 * 5), the points that adds, the ministry's recommendation and activity for a village at the current
 * score, and the agencies that carry the item's activities.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndeksDesaChange implements PlanStep {

    private final Item item;
    private final int from;
    private final int to;
    private final long cost;

    IndeksDesaChange(Item item, int from, int to, long cost) {
        this.item = item;
        this.from = from;
        this.to = to;
        this.cost = cost;
    }

    /**
     * Returns the item.
     *
     * @return the item, not null
     */
    public Item item() {
        return item;
    }

    /**
     * Returns the item's code, e.g. "LD01" (this project's code; the ministry publishes none).
     *
     * @return the code, not null
     */
    @Override
    public String code() {
        return item.code();
    }

    /**
     * Returns the current score.
     *
     * @return the score before the change, 1..4
     */
    @Override
    public int from() {
        return from;
    }

    /**
     * Returns the new score, observed for the item and above {@link #from()}.
     *
     * @return the score after the change, 2..5
     */
    @Override
    public int to() {
        return to;
    }

    /**
     * Returns the points the change adds to the village's total P: {@code to − from}, since an
     * item's points are its score.
     *
     * @return the points, at least 1
     */
    @Override
    public int points() {
        return to - from;
    }

    /**
     * Returns the points the change adds, as an exact value: {@link #points()} as a whole number.
     *
     * @return the gain in points, positive, not null
     */
    @Override
    public Fraction gain() {
        return Fraction.of(points());
    }

    /**
     * Returns the ministry's recommendation (rekomendasi) for a village at the current score.
     *
     * @return the recommendation, or empty where the ministry gives none
     */
    public Optional<String> recommendation() {
        return item.recommendation(from);
    }

    /**
     * Returns the ministry's activity (kegiatan) for a village at the current score.
     *
     * @return the activity, or empty where the ministry gives none
     */
    @Override
    public Optional<String> activity() {
        return item.activity(from);
    }

    /**
     * Returns the agencies that carry the item's activities, by government level.
     *
     * @return the agencies, not null
     */
    @Override
    public Agencies agencies() {
        return item.agencies();
    }

    /**
     * Returns the cost of this change under the {@link PlanCosts} the plan was made with (1 with the
     * default costs).
     *
     * @return the cost, 0 or more
     */
    @Override
    public long cost() {
        return cost;
    }

    /**
     * Returns whether the other change has the same item, scores and cost.
     *
     * @param other the object to compare, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof IndeksDesaChange)) {
            return false;
        }
        IndeksDesaChange o = (IndeksDesaChange) other;
        return item.equals(o.item) && from == o.from && to == o.to && cost == o.cost;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(item.code(), from, to, cost);
    }

    /**
     * Returns the change, e.g. {@code LD01 1→5 (+4)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return item.code() + " " + from + "→" + to + " (+" + points() + ")";
    }
}
