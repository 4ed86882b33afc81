// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.plan;

import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.id.IndeksDesaResult;
import io.github.indeksdesa.idm.id.IndeksDesaScores;
import io.github.indeksdesa.idm.id.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Finds the cheapest way to lift a village to a target Indeks Desa status: new item scores, each
 * observed for its item and not below the current one, whose total points P reach the target's
 * lowest points (315, 365, 441 and 506 in the official edition). The Indeks Desa counterpart of
 * {@link UpgradePlanner}.
 *
 * <p>The search is exact. The status is decided by the integer P and raising an item from
 * {@code a} to {@code b} adds {@code b − a} points, so the plan is a multiple-choice knapsack over
 * the points still needed: each item takes one of its steps to a higher observed score (a step may
 * jump several points, 1 → 5 on an item observed only at 1 and 5) or stays, the points gained must
 * reach the need, and the total cost is least. A dynamic programme over the points (at most 508)
 * solves it exactly. A score outside an item's observed set is never planned; a village may hold
 * one (it is valid, only suspicious) and steps from it to the higher observed scores.
 *
 * <p>Plans are compared by, in order:
 * <ol>
 *   <li>the total cost under the {@link PlanCosts} (the number of changed items by default);
 *   <li>the number of changed items;
 *   <li>the points added (the least above the need);
 *   <li>the sum of the new scores: among otherwise equal plans, raise the weakest items;
 *   <li>the positions of the changed items: earlier items in the official order first, and a lower
 *       new score before a higher one.
 * </ol>
 * So the plan is deterministic: the same for the same input.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndeksDesaPlanner {

    private static final IndeksDesaPlanner DEFAULT = new IndeksDesaPlanner(PlanCosts.activities());

    private final PlanCosts costs;

    private IndeksDesaPlanner(PlanCosts costs) {
        this.costs = costs;
    }

    /**
     * Returns the planner with the default costs: fewest changed items, then fewest points.
     *
     * @return the planner, not null
     */
    public static IndeksDesaPlanner official() {
        return DEFAULT;
    }

    /**
     * Returns a planner that minimises the total of the given costs, e.g. costs read with
     * {@link PlanCosts#parse(IndeksDesaModel, String, java.io.Reader)}.
     *
     * @param costs the costs, not null
     * @return the planner, not null
     */
    public static IndeksDesaPlanner of(PlanCosts costs) {
        return new IndeksDesaPlanner(Objects.requireNonNull(costs, "costs"));
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
    public IndeksDesaPlan plan(IndeksDesaScores scores) {
        Objects.requireNonNull(scores, "scores");
        return plan(scores.evaluate());
    }

    /**
     * Plans the way to the village's next status.
     *
     * @param result the village's result, not null
     * @return the plan, not null
     */
    public IndeksDesaPlan plan(IndeksDesaResult result) {
        Objects.requireNonNull(result, "result");
        return plan(result, result.targetStatus());
    }

    /**
     * Plans the way to a target status.
     *
     * @param scores the village's scores, not null
     * @param target the status to reach, not null
     * @return the plan, not null; empty if the village is at or above the target
     */
    public IndeksDesaPlan plan(IndeksDesaScores scores, Status target) {
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
    public IndeksDesaPlan plan(IndeksDesaResult result, Status target) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(target, "target");
        IndeksDesaModel model = result.model();
        int needed = model.firstPoints(target) - result.points();
        if (needed <= 0) {
            return new IndeksDesaPlan(result, target, true, List.of());
        }
        List<Item> items = model.items();
        int n = items.size();
        StepKnapsack.Option[][] options = new StepKnapsack.Option[n][];
        for (int i = 0; i < n; i++) {
            options[i] = options(items.get(i), result.scores().score(i));
        }
        StepKnapsack.Option[] chosen = StepKnapsack.solve(options, needed);
        if (chosen == null) {
            return new IndeksDesaPlan(result, target, false, List.of());
        }
        List<IndeksDesaChange> changes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (chosen[i] != null) {
                changes.add(new IndeksDesaChange(items.get(i), chosen[i].from, chosen[i].to, chosen[i].primary));
            }
        }
        return new IndeksDesaPlan(result, target, true, changes);
    }

    private StepKnapsack.Option[] options(Item item, int from) {
        List<StepKnapsack.Option> list = new ArrayList<>();
        for (int to : item.observedScores()) {
            if (to <= from) {
                continue;
            }
            OptionalLong cost = costs.cost(item, from, to);
            if (cost.isPresent()) {
                list.add(new StepKnapsack.Option(from, to, to - from, cost.getAsLong()));
            }
        }
        return list.toArray(new StepKnapsack.Option[0]);
    }

    /**
     * Returns the costs, e.g. {@code IndeksDesaPlanner[PlanCosts[one per activity]]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "IndeksDesaPlanner[" + costs + "]";
    }
}
