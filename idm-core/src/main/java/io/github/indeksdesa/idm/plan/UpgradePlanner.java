// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.plan;

import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.LadderStep;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageResult;
import io.github.indeksdesa.idm.VillageScores;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Finds the cheapest way to lift a village to a target status: new scores, each on its indicator's
 * ladder and not below the current one, whose IDM reaches the target's lowest value.
 *
 * <p>The search is exact. Every IDM is N / 6300 (in the official model) and raising indicator
 * {@code i} from {@code a} to {@code b} adds {@code weight(index)·(b − a)} units of N, so the plan
 * is a multiple-choice knapsack over the units still needed: each indicator takes one of its
 * ladder steps (or stays), the units gained must reach the need, and the total cost is least. A
 * dynamic programme over the units (at most the grid denominator, 6300) solves it exactly.
 *
 * <p>Plans are compared by, in order:
 * <ol>
 *   <li>the total cost under the {@link PlanCosts} (the number of changed indicators by default);
 *   <li>the number of changed indicators;
 *   <li>the score points added;
 *   <li>the sum of the new scores: among otherwise equal plans, raise the weakest indicators
 *       (for Keladen 2024 this picks Tanggap Bencana 3 → 4 over Rawan Bencana 4 → 5);
 *   <li>the positions of the changed indicators: earlier indicators in the ministry's order first.
 * </ol>
 * So the result is deterministic and the plan the same for the same input.
 *
 * <p>Example:
 * <pre>{@code
 * UpgradePlan plan = UpgradePlanner.official().plan(scores);      // fewest changes to the next status
 * plan.changes().forEach(System.out::println);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UpgradePlanner {

    private static final UpgradePlanner DEFAULT = new UpgradePlanner(PlanCosts.activities());

    private final PlanCosts costs;

    private UpgradePlanner(PlanCosts costs) {
        this.costs = costs;
    }

    /**
     * Returns the planner with the shipped costs: fewest changed indicators (one per activity).
     *
     * @return the planner, not null
     */
    public static UpgradePlanner official() {
        return DEFAULT;
    }

    /**
     * Returns a planner that minimises the total of the given costs.
     *
     * @param costs the costs, not null
     * @return the planner, not null
     */
    public static UpgradePlanner of(PlanCosts costs) {
        return new UpgradePlanner(Objects.requireNonNull(costs, "costs"));
    }

    /**
     * Returns the costs this planner minimises.
     *
     * @return the costs, not null
     */
    public PlanCosts costs() {
        return costs;
    }

    /**
     * Plans the way to the village's next status ({@link Status#target()}; MANDIRI stays MANDIRI and
     * its plan is empty).
     *
     * @param scores the village's scores, not null
     * @return the plan, not null
     */
    public UpgradePlan plan(VillageScores scores) {
        Objects.requireNonNull(scores, "scores");
        return plan(scores.evaluate());
    }

    /**
     * Plans the way to the village's next status.
     *
     * @param result the village's result, not null
     * @return the plan, not null
     */
    public UpgradePlan plan(VillageResult result) {
        Objects.requireNonNull(result, "result");
        return plan(result, result.status().target());
    }

    /**
     * Plans the way to a target status.
     *
     * @param scores the village's scores, not null
     * @param target the status to reach, not null
     * @return the plan, not null; empty if the village is at or above the target
     */
    public UpgradePlan plan(VillageScores scores, Status target) {
        Objects.requireNonNull(scores, "scores");
        return plan(scores.evaluate(), target);
    }

    /**
     * Plans the way to a target status.
     *
     * @param result the village's result, not null
     * @param target the status to reach, not null
     * @return the plan, not null; empty if the village is at or above the target
     */
    public UpgradePlan plan(VillageResult result, Status target) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(target, "target");
        IdmModel model = result.model();
        long required = model.lowestGridNumerator(target);
        long needed = required - result.value().gridNumerator();
        if (needed <= 0) {
            return new UpgradePlan(result, target, true, List.of(), required);
        }
        List<Indicator> indicators = model.indicators();
        int n = indicators.size();
        StepKnapsack.Option[][] options = new StepKnapsack.Option[n][];
        for (int i = 0; i < n; i++) {
            options[i] = options(model, indicators.get(i), result.scores().score(i));
        }
        StepKnapsack.Option[] chosen = StepKnapsack.solve(options, (int) needed);
        if (chosen == null) {
            return new UpgradePlan(result, target, false, List.of(), required);
        }
        List<PlanChange> changes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StepKnapsack.Option option = chosen[i];
            if (option != null) {
                changes.add(new PlanChange(indicators.get(i), option.from, option.to,
                        Fraction.of(option.units, model.gridDenominator()), option.primary));
            }
        }
        return new UpgradePlan(result, target, true, changes, required);
    }

    private StepKnapsack.Option[] options(IdmModel model, Indicator indicator, int from) {
        long weight = model.weight(indicator.index());
        List<StepKnapsack.Option> list = new ArrayList<>();
        for (LadderStep step : indicator.ladder()) {
            int to = step.score();
            if (to <= from) {
                continue;
            }
            OptionalLong cost = costs.cost(indicator, from, to);
            if (cost.isPresent()) {
                list.add(new StepKnapsack.Option(from, to, weight * (to - from), cost.getAsLong()));
            }
        }
        return list.toArray(new StepKnapsack.Option[0]);
    }

    /**
     * Returns the costs, e.g. {@code UpgradePlanner[PlanCosts[one per activity]]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "UpgradePlanner[" + costs + "]";
    }
}
