// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageScores;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/** Laws of the upgrade planner, the optimal ones checked against brute force on small cases. */
class UpgradePlannerPropertiesTest {

    private static final IdmModel OFFICIAL = IdmModel.official();
    private static final VillageCode CODE = VillageCode.of("6407122001");

    @Property(tries = 300)
    void everyPlanReachesItsTargetAndRespectsTheLadders(@ForAll long seed, @ForAll Status target) {
        Random random = new Random(seed);
        VillageScores scores = randomScores(OFFICIAL, random);
        UpgradePlan plan = UpgradePlanner.official().plan(scores, target);
        assertTrue(plan.isReachable(), "all top scores give IDM 1, so every target is reachable");
        assertTrue(plan.statusAfter().compareTo(target) >= 0, plan.toString());
        assertTrue(plan.after().value().gridNumerator() >= OFFICIAL.lowestGridNumerator(target));
        Set<String> codes = new HashSet<>();
        long units = 0;
        for (PlanChange change : plan.changes()) {
            assertTrue(codes.add(change.code()), "one change per indicator: " + plan);
            assertEquals(scores.score(change.indicator()), change.from());
            assertTrue(change.to() > change.from(), change.toString());
            assertTrue(change.indicator().allows(change.to()), change.toString());
            assertEquals(change.to(), plan.after().scores().score(change.indicator()));
            units += OFFICIAL.weight(change.indicator().index()) * change.points();
        }
        assertEquals(plan.idm().plus(io.github.indeksdesa.idm.Fraction.of(units, OFFICIAL.gridDenominator())),
                plan.idmAfter());
        Statistics.label("changes").collect(plan.changes().size());
    }

    @Property(tries = 200)
    void aVillageAtOrAboveItsTargetGetsAnEmptyPlan(@ForAll long seed, @ForAll Status target) {
        VillageScores scores = randomScores(OFFICIAL, new Random(seed));
        UpgradePlan plan = UpgradePlanner.official().plan(scores, target);
        boolean atTarget = scores.evaluate().status().compareTo(target) >= 0;
        assertEquals(atTarget, plan.changes().isEmpty(), plan.toString());
        if (atTarget) {
            assertEquals(0, plan.cost());
            assertEquals(plan.before(), plan.after());
        }
        Statistics.label("at target").collect(atTarget);
    }

    @Property(tries = 300)
    void noCheaperPlanExistsOnSmallModels(@ForAll long seed, @ForAll Status target, @ForAll boolean customCosts) {
        Random random = new Random(seed);
        IdmModel model = randomModel(random);
        VillageScores scores = randomScores(model, random);
        PlanCosts costs = customCosts ? randomCosts(model, random) : PlanCosts.activities();
        checkAgainstBruteForce(scores, target, costs, allIndicators(model));
        Statistics.label("costs").collect(customCosts);
        requireEveryOutcome();
    }

    @Property(tries = 200)
    void noCheaperPlanExistsForNearTopOfficialVillages(@ForAll long seed, @ForAll Status target,
            @ForAll boolean customCosts) {
        Random random = new Random(seed);
        int[] scores = new int[OFFICIAL.indicatorCount()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = OFFICIAL.indicators().get(i).highestScore();
        }
        List<Integer> movable = new ArrayList<>();
        int k = 1 + random.nextInt(5);
        while (movable.size() < k) {
            int position = random.nextInt(scores.length);
            if (!movable.contains(position)) {
                movable.add(position);
                List<Integer> allowed = OFFICIAL.indicators().get(position).allowedScores();
                scores[position] = allowed.get(random.nextInt(allowed.size()));
            }
        }
        // Lower other indicators, one at a time, until the village is just below the target; their
        // steps are forbidden, so only the movable indicators may change and the brute force stays small.
        PlanCosts.Builder builder = PlanCosts.builder();
        Status goal = target == Status.SANGAT_TERTINGGAL ? Status.TERTINGGAL : target;
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            if (!movable.contains(i)) {
                others.add(i);
                builder.impossible(OFFICIAL.indicators().get(i).code(), PlanCosts.ANY, PlanCosts.ANY);
            }
        }
        java.util.Collections.shuffle(others, random);
        for (int i : others) {
            if (VillageScores.of(OFFICIAL, CODE, 2024, scores).evaluate().value().gridNumerator()
                    < OFFICIAL.lowestGridNumerator(goal)) {
                break;
            }
            List<Integer> allowed = OFFICIAL.indicators().get(i).allowedScores();
            scores[i] = allowed.get(random.nextBoolean() ? 0 : random.nextInt(allowed.size()));
        }
        for (int position : movable) {
            Indicator indicator = OFFICIAL.indicators().get(position);
            if (customCosts) {
                for (int to : indicator.allowedScores()) {
                    if (to > scores[position]) {
                        if (random.nextInt(5) == 0) {
                            builder.impossible(indicator.code(), scores[position], to);
                        } else {
                            builder.step(indicator.code(), scores[position], to, random.nextInt(20));
                        }
                    }
                }
            } else {
                builder.step(indicator.code(), PlanCosts.ANY, PlanCosts.ANY, 1);
            }
        }
        List<Indicator> movableIndicators = movable.stream().sorted().map(OFFICIAL.indicators()::get).toList();
        VillageScores village = VillageScores.of(OFFICIAL, CODE, 2024, scores);
        checkAgainstBruteForce(village, goal, builder.build(), movableIndicators);
        requireEveryOutcome();
    }

    @Property(tries = 200)
    void anUnreachableTargetIsReportedAsSuch(@ForAll long seed, @ForAll Status target) {
        IdmModel capped = SmallModels.capped();
        VillageScores scores = randomScores(capped, new Random(seed));
        long best = 0;
        for (Indicator indicator : capped.indicators()) {
            best += capped.weight(indicator.index()) * indicator.highestScore();
        }
        boolean reachable = best >= capped.lowestGridNumerator(target);
        UpgradePlan plan = UpgradePlanner.official().plan(scores, target);
        assertEquals(reachable, plan.isReachable(), plan.toString());
        if (!reachable) {
            assertTrue(plan.changes().isEmpty());
            assertEquals(plan.status(), plan.statusAfter());
        }
        Statistics.label("reachable").collect(reachable);
        Statistics.label("reachable").coverage(c -> {
            c.check(true).count(n -> n >= 10);
            c.check(false).count(n -> n >= 10);
        });
    }

    /** Fails the property if the brute-force comparison never saw a plan with changes or an unreachable target. */
    private static void requireEveryOutcome() {
        Statistics.label("outcome").coverage(c -> {
            c.check("changes").count(n -> n >= 20);
            c.check("unreachable").count(n -> n >= 5);
        });
    }

    /**
     * Enumerates every combination of new scores of the movable indicators (all others stay) and
     * checks that the planner's plan has the least (cost, changes, points, Σ new scores).
     */
    private static void checkAgainstBruteForce(VillageScores scores, Status target, PlanCosts costs,
            List<Indicator> movable) {
        IdmModel model = scores.model();
        long need = model.lowestGridNumerator(target) - scores.evaluate().value().gridNumerator();
        long[] best = null;
        int[] choice = new int[movable.size()];
        int[] current = new int[movable.size()];
        for (int i = 0; i < movable.size(); i++) {
            current[i] = scores.score(movable.get(i));
        }
        System.arraycopy(current, 0, choice, 0, choice.length);
        while (true) {
            long[] tuple = tuple(model, movable, current, choice, costs);
            if (tuple != null && tuple[4] >= need && (best == null || Arrays.compare(tuple, 0, 4, best, 0, 4) < 0)) {
                best = tuple;
            }
            if (!next(movable, current, choice)) {
                break;
            }
        }
        UpgradePlan plan = UpgradePlanner.of(costs).plan(scores, target);
        Statistics.label("outcome").collect(best == null ? "unreachable" : need <= 0 ? "at target" : "changes");
        if (best == null) {
            assertFalse(plan.isReachable(), plan.toString());
            return;
        }
        assertTrue(plan.isReachable(), plan.toString());
        long sumTo = plan.changes().stream().mapToLong(PlanChange::to).sum();
        long[] planTuple = {plan.cost(), plan.changes().size(), plan.points(), sumTo};
        assertEquals(Arrays.toString(Arrays.copyOf(best, 4)), Arrays.toString(planTuple), plan.toString());
        assertTrue(plan.after().value().gridNumerator() >= model.lowestGridNumerator(target));
    }

    /** (cost, changes, points, Σ new scores, units gained), or null if a step is impossible. */
    private static long[] tuple(IdmModel model, List<Indicator> movable, int[] current, int[] choice, PlanCosts costs) {
        long[] t = new long[5];
        for (int i = 0; i < choice.length; i++) {
            if (choice[i] == current[i]) {
                continue;
            }
            Indicator indicator = movable.get(i);
            OptionalLong cost = costs.cost(indicator, current[i], choice[i]);
            if (cost.isEmpty()) {
                return null;
            }
            t[0] += cost.getAsLong();
            t[1]++;
            t[2] += choice[i] - current[i];
            t[3] += choice[i];
            t[4] += model.weight(indicator.index()) * (choice[i] - current[i]);
        }
        return t;
    }

    /** Advances choice to the next combination of ladder scores ≥ current, like an odometer. */
    private static boolean next(List<Indicator> movable, int[] current, int[] choice) {
        for (int i = 0; i < choice.length; i++) {
            List<Integer> allowed = movable.get(i).allowedScores();
            int at = allowed.indexOf(choice[i]);
            if (at >= 0 && at + 1 < allowed.size()) {
                choice[i] = allowed.get(at + 1);
                return true;
            }
            choice[i] = current[i];
        }
        return false;
    }

    static VillageScores randomScores(IdmModel model, Random random) {
        int[] scores = new int[model.indicatorCount()];
        for (int i = 0; i < scores.length; i++) {
            List<Integer> allowed = model.indicators().get(i).allowedScores();
            // Lean towards high scores so that every status occurs.
            int a = random.nextInt(allowed.size());
            int b = random.nextInt(allowed.size());
            scores[i] = allowed.get(random.nextBoolean() ? Math.max(a, b) : a);
        }
        return VillageScores.of(model, CODE, 2024, scores);
    }

    /** A model with 1..2 indicators per index and random ladders. */
    static IdmModel randomModel(Random random) {
        int[][][] ladders = new int[3][][];
        for (Index index : Index.values()) {
            int count = 1 + random.nextInt(2);
            ladders[index.ordinal()] = new int[count][];
            for (int i = 0; i < count; i++) {
                List<Integer> ladder = new ArrayList<>();
                for (int s = 0; s <= 5; s++) {
                    if (random.nextInt(3) > 0) {
                        ladder.add(s);
                    }
                }
                if (ladder.isEmpty()) {
                    ladder.add(random.nextInt(6));
                }
                ladders[index.ordinal()][i] = ladder.stream().mapToInt(Integer::intValue).toArray();
            }
        }
        return SmallModels.of("random", ladders[0], ladders[1], ladders[2]);
    }

    private static PlanCosts randomCosts(IdmModel model, Random random) {
        PlanCosts.Builder builder = PlanCosts.builder();
        for (Indicator indicator : model.indicators()) {
            for (int from : indicator.allowedScores()) {
                for (int to : indicator.allowedScores()) {
                    if (to > from) {
                        if (random.nextInt(6) == 0) {
                            builder.impossible(indicator.code(), from, to);
                        } else {
                            builder.step(indicator.code(), from, to, random.nextInt(10));
                        }
                    }
                }
            }
        }
        return builder.build();
    }

    private static List<Indicator> allIndicators(IdmModel model) {
        return model.indicators();
    }
}
