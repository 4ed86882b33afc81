// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.plan;

import io.github.indeksdesa.idm.Agencies;
import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.Indicator;
import java.util.Objects;
import java.util.Optional;

/**
 * One change of an {@link UpgradePlan}: an indicator raised from its current score to a higher one
 * on its ladder, the IDM that adds, the ministry's recommended activity (KEGIATAN of the current
 * score) and the agencies that can carry it out.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanChange implements PlanStep {

    private final Indicator indicator;
    private final int from;
    private final int to;
    private final Fraction gain;
    private final long cost;

    PlanChange(Indicator indicator, int from, int to, Fraction gain, long cost) {
        this.indicator = indicator;
        this.from = from;
        this.to = to;
        this.gain = gain;
        this.cost = cost;
    }

    /**
     * Returns the indicator.
     *
     * @return the indicator, not null
     */
    public Indicator indicator() {
        return indicator;
    }

    /**
     * Returns the indicator's code, e.g. "IKL03".
     *
     * @return the code, not null
     */
    @Override
    public String code() {
        return indicator.code();
    }

    /**
     * Returns the current score.
     *
     * @return the score before the change
     */
    @Override
    public int from() {
        return from;
    }

    /**
     * Returns the new score, on the indicator's ladder and above {@link #from()}.
     *
     * @return the score after the change
     */
    @Override
    public int to() {
        return to;
    }

    /**
     * Returns the score points the change adds, {@code to − from}.
     *
     * @return the points, at least 1
     */
    @Override
    public int points() {
        return to - from;
    }

    /**
     * Returns the IDM the change adds, exactly: {@code (to − from) / (5 · n_index) / 3}.
     *
     * @return the gain, positive, not null
     */
    @Override
    public Fraction gain() {
        return gain;
    }

    /**
     * Returns the ministry's recommended activity (KEGIATAN) at the current score.
     *
     * @return the activity, or empty where the ministry gives none
     */
    @Override
    public Optional<String> activity() {
        return indicator.step(from).flatMap(step -> step.activity());
    }

    /**
     * Returns the agencies the ministry names as able to act on the indicator.
     *
     * @return the agencies, not null
     */
    @Override
    public Agencies agencies() {
        return indicator.agencies();
    }

    /**
     * Returns the cost of this change under the {@link PlanCosts} the plan was made with (1 with
     * the default costs).
     *
     * @return the cost, 0 or more
     */
    @Override
    public long cost() {
        return cost;
    }

    /**
     * Returns whether the other change has the same indicator, scores, gain and cost.
     *
     * @param other the object to compare, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof PlanChange)) {
            return false;
        }
        PlanChange o = (PlanChange) other;
        return indicator.equals(o.indicator) && from == o.from && to == o.to && gain.equals(o.gain) && cost == o.cost;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(indicator.code(), from, to, cost);
    }

    /**
     * Returns the change, e.g. {@code IKL03 3→4 (+0.0222)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return indicator.code() + " " + from + "→" + to + " (+" + gain.toBigDecimal().toPlainString() + ")";
    }
}
