// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.id.Dimension;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.id.IndeksDesaScores;
import io.github.indeksdesa.idm.id.Item;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * Laws of the Indeks Desa planner: every plan reaches its target on observed scores only, and on
 * small instances (random small models, or official villages just below a threshold with a few
 * movable items) the plan is exactly the one a brute force over every combination ranks first.
 */
class IndeksDesaPlannerPropertiesTest {

    private static final IndeksDesaModel OFFICIAL = IndeksDesaModel.official();
    private static final VillageCode CODE = VillageCode.of("3301012001");
    /** Stands for "unchanged" in the positional tie-break: after any new score. */
    private static final int UNCHANGED = 6;

    @Property(tries = 300)
    void everyPlanReachesItsTargetOnObservedScores(@ForAll long seed, @ForAll Status target) {
        IndeksDesaScores scores = randomScores(OFFICIAL, new Random(seed));
        IndeksDesaPlan plan = IndeksDesaPlanner.official().plan(scores, target);
        assertTrue(plan.isReachable(), "every official item is observed at 5, so every target is reachable");
        assertTrue(plan.statusAfter().compareTo(target) >= 0, plan.toString());
        assertTrue(plan.pointsAfter() >= OFFICIAL.firstPoints(target), plan.toString());
        assertEquals(Math.max(0, OFFICIAL.firstPoints(target) - scores.points()), plan.neededPoints());
        int previous = -1;
        int gained = 0;
        for (IndeksDesaChange change : plan.changes()) {
            int position = OFFICIAL.position(change.item());
            assertTrue(position > previous, "one change per item, in official order: " + plan);
            previous = position;
            assertEquals(scores.score(change.item()), change.from());
            assertTrue(change.to() > change.from(), change.toString());
            assertTrue(change.item().isObserved(change.to()), change.toString());
            assertEquals(change.to(), plan.after().points(change.item()));
            assertEquals(change.item().recommendation(change.from()), change.recommendation());
            assertEquals(change.item().activity(change.from()), change.activity());
            assertEquals(change.points(), change.gain().intValue());
            gained += change.points();
        }
        assertEquals(plan.points() + gained, plan.pointsAfter());
        assertEquals(gained, plan.gain());
        assertEquals(plan.changes().size(), plan.cost(), "one per change by default");
        assertEquals(plan.changes().isEmpty(), scores.evaluate().status().compareTo(target) >= 0);
        Statistics.label("changes").collect(plan.changes().size() > 10 ? ">10" : plan.changes().size());
    }

    /**
     * With one cost per change, the fewest changes is the least k whose k largest possible gains
     * (item by item, up to the highest observed score) cover the need: an independent count on the
     * full official model, where brute force is out of reach.
     */
    @Property(tries = 300)
    void theDefaultPlanChangesTheFewestItems(@ForAll long seed, @ForAll Status target) {
        IndeksDesaScores scores = randomScores(OFFICIAL, new Random(seed));
        int need = OFFICIAL.firstPoints(target) - scores.points();
        List<Integer> gains = new ArrayList<>();
        for (Item item : OFFICIAL.items()) {
            int top = item.observedScores().get(item.observedScores().size() - 1);
            if (top > scores.score(item)) {
                gains.add(top - scores.score(item));
            }
        }
        gains.sort(Collections.reverseOrder());
        int fewest = 0;
        for (int covered = 0; covered < need; fewest++) {
            covered += gains.get(fewest);
        }
        IndeksDesaPlan plan = IndeksDesaPlanner.official().plan(scores, target);
        assertEquals(fewest, plan.changes().size(), plan.toString());
        // Fewest points next: no change could give a point back and still leave the need covered.
        int spare = plan.pointsAfter() - Math.max(scores.points(), OFFICIAL.firstPoints(target));
        for (IndeksDesaChange change : plan.changes()) {
            for (int to : change.item().observedScores()) {
                if (to > change.from() && to < change.to()) {
                    assertTrue(change.to() - to > spare, "a lower step of " + change + " suffices: " + plan);
                }
            }
        }
        Statistics.label("changes").collect(fewest > 10 ? ">10" : fewest);
    }

    @Property(tries = 400)
    void noOtherPlanRanksFirstOnSmallModels(@ForAll long seed, @ForAll Status target, @ForAll boolean customCosts) {
        Random random = new Random(seed);
        IndeksDesaModel model = randomModel(random);
        IndeksDesaScores scores = randomScores(model, random);
        PlanCosts costs = customCosts ? randomCosts(model, random) : PlanCosts.activities();
        checkAgainstBruteForce(scores, target, costs, model.items());
        Statistics.label("costs").collect(customCosts);
        requireEveryOutcome();
    }

    @Property(tries = 300)
    void noOtherPlanRanksFirstForOfficialVillagesNearAThreshold(@ForAll long seed, @ForAll Status target,
            @ForAll boolean customCosts) {
        Random random = new Random(seed);
        int[] scores = new int[OFFICIAL.itemCount()];
        Arrays.fill(scores, IndeksDesaModel.MAX_SCORE);
        List<Integer> movable = new ArrayList<>();
        int k = 1 + random.nextInt(5);
        while (movable.size() < k) {
            int position = random.nextInt(scores.length);
            if (!movable.contains(position)) {
                movable.add(position);
                // Any valid score, observed or not: a village may hold an unobserved one.
                scores[position] = 1 + random.nextInt(5);
            }
        }
        // Lower other items, one at a time, until the village is just below the target; their steps
        // are impossible, so only the movable items may change and the brute force stays small.
        PlanCosts.Builder builder = PlanCosts.builder();
        Status goal = target == Status.SANGAT_TERTINGGAL ? Status.TERTINGGAL : target;
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            if (!movable.contains(i)) {
                others.add(i);
                builder.impossible(OFFICIAL.items().get(i).code(), PlanCosts.ANY, PlanCosts.ANY);
            }
        }
        Collections.shuffle(others, random);
        for (int i : others) {
            if (Arrays.stream(scores).sum() < OFFICIAL.firstPoints(goal)) {
                break;
            }
            List<Integer> observed = OFFICIAL.items().get(i).observedScores();
            scores[i] = observed.get(random.nextBoolean() ? 0 : random.nextInt(observed.size()));
        }
        for (int position : movable) {
            Item item = OFFICIAL.items().get(position);
            if (customCosts) {
                for (int to : item.observedScores()) {
                    if (to > scores[position]) {
                        if (random.nextInt(5) == 0) {
                            builder.impossible(item.code(), scores[position], to);
                        } else {
                            builder.step(item.code(), scores[position], to, random.nextInt(20));
                        }
                    }
                }
            } else {
                builder.step(item.code(), PlanCosts.ANY, PlanCosts.ANY, 1);
            }
        }
        List<Item> movableItems = movable.stream().sorted().map(OFFICIAL.items()::get).toList();
        checkAgainstBruteForce(IndeksDesaScores.of(OFFICIAL, CODE, 2025, scores), goal, builder.build(), movableItems);
        requireEveryOutcome();
    }

    @Property(tries = 300)
    void anUnreachableTargetIsReportedAsSuch(@ForAll long seed, @ForAll Status target) {
        Random random = new Random(seed);
        IndeksDesaModel model = randomModel(random);
        IndeksDesaScores scores = randomScores(model, random);
        int best = 0;
        for (Item item : model.items()) {
            int top = item.observedScores().get(item.observedScores().size() - 1);
            best += Math.max(top, scores.score(item));
        }
        boolean reachable = best >= model.firstPoints(target);
        IndeksDesaPlan plan = IndeksDesaPlanner.official().plan(scores, target);
        assertEquals(reachable, plan.isReachable(), plan.toString());
        if (!reachable) {
            assertTrue(plan.changes().isEmpty());
            assertEquals(plan.status(), plan.statusAfter());
            assertEquals(plan.points(), plan.pointsAfter());
            assertEquals(0, plan.cost());
        }
        Statistics.label("reachable").collect(reachable);
        Statistics.label("reachable").coverage(c -> {
            c.check(true).count(n -> n >= 10);
            c.check(false).count(n -> n >= 10);
        });
    }

    @Property(tries = 200)
    void customCostsAreChargedAndImpossibleStepsNeverTaken(@ForAll long seed, @ForAll Status target) {
        Random random = new Random(seed);
        IndeksDesaScores scores = randomScores(OFFICIAL, random);
        PlanCosts.Builder builder = PlanCosts.builder();
        for (Item item : OFFICIAL.items()) {
            switch (random.nextInt(4)) {
                case 0:
                    builder.impossible(item.code(), PlanCosts.ANY, PlanCosts.ANY);
                    break;
                case 1:
                    builder.step(item.code(), PlanCosts.ANY, PlanCosts.ANY, 1 + random.nextInt(1000));
                    break;
                case 2:
                    builder.step(item.code(), PlanCosts.ANY, IndeksDesaModel.MAX_SCORE, random.nextInt(1000));
                    break;
                default:
                    // left to the catch-all rule
            }
        }
        PlanCosts costs = builder.otherwise(500).build();
        IndeksDesaPlan plan = IndeksDesaPlanner.of(costs).plan(scores, target);
        long total = 0;
        for (IndeksDesaChange change : plan.changes()) {
            OptionalLong cost = costs.cost(change.item(), change.from(), change.to());
            assertTrue(cost.isPresent(), "an impossible step was planned: " + change);
            assertEquals(cost.getAsLong(), change.cost());
            total += change.cost();
        }
        assertEquals(total, plan.cost());
        if (plan.isReachable()) {
            assertTrue(plan.statusAfter().compareTo(target) >= 0, plan.toString());
        }
        // The same costs written as a cost file and read back plan the same.
        PlanCosts parsed = PlanCosts.parse(OFFICIAL, "costs.csv", new StringReader(String.join("\n", costs.rules())));
        assertEquals(costs, parsed);
        assertEquals(plan, IndeksDesaPlanner.of(parsed).plan(scores, target));
        Statistics.label("reachable").collect(plan.isReachable());
    }

    @Property(tries = 200)
    void planningIsDeterministic(@ForAll long seed, @ForAll Status target) {
        IndeksDesaScores scores = randomScores(OFFICIAL, new Random(seed));
        IndeksDesaPlan plan = IndeksDesaPlanner.official().plan(scores, target);
        assertEquals(plan, IndeksDesaPlanner.official().plan(scores.evaluate(), target));
        assertEquals(plan, IndeksDesaPlanner.of(PlanCosts.activities()).plan(scores, target));
        IndeksDesaScores copy = IndeksDesaScores.of(OFFICIAL, CODE, 2025, scores.toArray());
        assertEquals(plan.toString(), IndeksDesaPlanner.official().plan(copy, target).toString());
        if (target == scores.evaluate().targetStatus()) {
            assertEquals(plan, IndeksDesaPlanner.official().plan(scores));
        }
    }

    @Property(tries = 100)
    void interventionsCarryEveryChangeToEveryAgencyNamedForIt(@ForAll long seed) {
        Random random = new Random(seed);
        List<IndeksDesaPlan> plans = new ArrayList<>();
        for (int v = 0; v < 3; v++) {
            IndeksDesaScores scores = randomScores(OFFICIAL, random).withVillage(VillageCode.of("330101200" + v), 2025);
            plans.add(IndeksDesaPlanner.official().plan(scores));
        }
        Interventions work = Interventions.ofIndeksDesaPlans(plans);
        int expected = 0;
        int points = 0;
        for (IndeksDesaPlan plan : plans) {
            for (IndeksDesaChange change : plan.changes()) {
                for (io.github.indeksdesa.idm.AgencyLevel level : io.github.indeksdesa.idm.AgencyLevel.values()) {
                    for (String agency : change.agencies().names(level)) {
                        expected++;
                        points += change.points();
                        assertTrue(work.agency(level, agency).orElseThrow().tasks().stream()
                                .anyMatch(t -> t.villageCode().equals(plan.villageCode()) && t.change().equals(change)
                                        && t.agency().equals(agency)), agency + " " + change);
                    }
                }
            }
        }
        assertEquals(expected, work.tasks().size());
        assertEquals(points, work.agencies().stream().mapToLong(a -> a.totalGain().longValue()).sum());
        for (AgencyWork agency : work.agencies()) {
            for (AgencyTask task : agency.tasks()) {
                assertTrue(task.change() instanceof IndeksDesaChange, task.toString());
            }
        }
    }

    /** Fails the property if the brute-force comparison never saw a plan with changes or an unreachable target. */
    private static void requireEveryOutcome() {
        Statistics.label("outcome").coverage(c -> {
            c.check("changes").count(n -> n >= 20);
            c.check("unreachable").count(n -> n >= 5);
        });
    }

    /**
     * Enumerates every combination of new scores of the movable items (each stays or takes a higher
     * observed score; all other items stay), ranks them by (cost, changes, points, Σ new scores,
     * then position by position: changed before unchanged, a lower new score first), and checks
     * that the planner's plan is exactly the first.
     */
    private static void checkAgainstBruteForce(IndeksDesaScores scores, Status target, PlanCosts costs,
            List<Item> movable) {
        IndeksDesaModel model = scores.model();
        int need = model.firstPoints(target) - scores.points();
        int n = movable.size();
        int[] current = new int[n];
        for (int i = 0; i < n; i++) {
            current[i] = scores.score(movable.get(i));
        }
        int[] choice = current.clone();
        long[] best = null;
        int[] bestChoice = null;
        do {
            long[] key = key(movable, current, choice, costs);
            if (key != null && key[key.length - 1] >= need && (best == null
                    || Arrays.compare(key, 0, key.length - 1, best, 0, best.length - 1) < 0)) {
                best = key;
                bestChoice = choice.clone();
            }
        } while (next(movable, current, choice));
        IndeksDesaPlan plan = IndeksDesaPlanner.of(costs).plan(scores, target);
        Statistics.label("outcome").collect(bestChoice == null ? "unreachable" : need <= 0 ? "at target" : "changes");
        if (bestChoice == null) {
            assertFalse(plan.isReachable(), plan.toString());
            assertTrue(plan.changes().isEmpty());
            return;
        }
        assertTrue(plan.isReachable(), plan.toString());
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (need > 0 && bestChoice[i] != current[i]) {
                expected.add(movable.get(i).code() + " " + current[i] + "→" + bestChoice[i]);
            }
        }
        List<String> actual = plan.changes().stream().map(c -> c.code() + " " + c.from() + "→" + c.to())
                .collect(Collectors.toList());
        assertEquals(expected, actual, plan + " vs brute force " + Arrays.toString(best));
        assertTrue(plan.pointsAfter() >= model.firstPoints(target), plan.toString());
    }

    /**
     * The rank of a combination: cost, changes, points, Σ new scores, one entry per position (the
     * new score, or {@link #UNCHANGED}), and last the points gained; null if a step is impossible.
     */
    private static long[] key(List<Item> movable, int[] current, int[] choice, PlanCosts costs) {
        long[] key = new long[4 + choice.length + 1];
        for (int i = 0; i < choice.length; i++) {
            key[4 + i] = UNCHANGED;
            if (choice[i] == current[i]) {
                continue;
            }
            OptionalLong cost = costs.cost(movable.get(i), current[i], choice[i]);
            if (cost.isEmpty()) {
                return null;
            }
            key[0] += cost.getAsLong();
            key[1]++;
            key[2] += choice[i] - current[i];
            key[3] += choice[i];
            key[4 + i] = choice[i];
            key[key.length - 1] += choice[i] - current[i];
        }
        return key;
    }

    /** Advances choice to the next combination (current score, or a higher observed one), like an odometer. */
    private static boolean next(List<Item> movable, int[] current, int[] choice) {
        for (int i = 0; i < choice.length; i++) {
            Integer higher = new TreeSet<>(movable.get(i).observedScores()).higher(choice[i]);
            if (higher != null) {
                choice[i] = higher;
                return true;
            }
            choice[i] = current[i];
        }
        return false;
    }

    /**
     * Observed scores, each the item's highest with a chance drawn per village (so that the totals
     * spread over every status), and now and then any score 1..5 (valid, perhaps unobserved).
     */
    static IndeksDesaScores randomScores(IndeksDesaModel model, Random random) {
        double high = random.nextDouble();
        int[] scores = new int[model.itemCount()];
        for (int i = 0; i < scores.length; i++) {
            List<Integer> observed = model.items().get(i).observedScores();
            if (random.nextInt(20) == 0) {
                scores[i] = 1 + random.nextInt(5);
            } else {
                scores[i] = observed.get(random.nextDouble() < high ? observed.size() - 1 : random.nextInt(observed.size()));
            }
        }
        return IndeksDesaScores.of(model, CODE, 2025, scores);
    }

    /** A model of 1..6 items with random observed scores and random thresholds. */
    static IndeksDesaModel randomModel(Random random) {
        int n = 1 + random.nextInt(6);
        Dimension[] dimensions = new Dimension[n];
        for (int i = 0; i < n; i++) {
            dimensions[i] = Dimension.values()[random.nextInt(Dimension.values().length)];
        }
        Arrays.sort(dimensions);
        IndeksDesaModel.Builder model = IndeksDesaModel.builder("random");
        int[] numbers = new int[Dimension.values().length];
        for (Dimension dimension : dimensions) {
            int number = ++numbers[dimension.ordinal()];
            List<Integer> observed = new ArrayList<>();
            for (int s = IndeksDesaModel.MIN_SCORE; s <= IndeksDesaModel.MAX_SCORE; s++) {
                if (random.nextInt(2) == 0) {
                    observed.add(s);
                }
            }
            if (observed.isEmpty()) {
                observed.add(1 + random.nextInt(5));
            }
            String code = String.format("%s%02d", dimension.code(), number);
            model.item(Item.builder(code, dimension).subDimension("SUB " + dimension.code()).indicator("indicator " + code)
                    .name("item " + code).header("header " + code)
                    .observedScores(observed.stream().mapToInt(Integer::intValue).toArray())
                    .step(1, "rekomendasi " + code, "kegiatan " + code).build());
        }
        // Four distinct highest points of the statuses below MANDIRI, within n..5n-1.
        TreeSet<Integer> last = new TreeSet<>();
        while (last.size() < 4) {
            last.add(n + random.nextInt(4 * n));
        }
        Status[] statuses = Status.values();
        int s = 0;
        for (int points : last) {
            model.threshold(statuses[s++], points);
        }
        return model.build();
    }

    private static PlanCosts randomCosts(IndeksDesaModel model, Random random) {
        PlanCosts.Builder builder = PlanCosts.builder();
        for (Item item : model.items()) {
            for (int from = IndeksDesaModel.MIN_SCORE; from <= IndeksDesaModel.MAX_SCORE; from++) {
                for (int to : item.observedScores()) {
                    if (to > from) {
                        if (random.nextInt(6) == 0) {
                            builder.impossible(item.code(), from, to);
                        } else {
                            builder.step(item.code(), from, to, random.nextInt(10));
                        }
                    }
                }
            }
        }
        return builder.build();
    }
}
