// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Properties of scoring over random villages of the official model. Every property fails unless
 * all five statuses were generated; the all-lowest and all-highest villages and the five worked
 * examples (on the edges N = 3773, 4455 and 5138) are checked as examples too.
 */
@StatisticsReport(onFailureOnly = true)
class ScoringPropertiesTest {

    private static final IdmModel MODEL = IdmModel.official();
    private static final VillageCode CODE = VillageCode.of("6401022004");
    private static final int YEAR = 2024;
    /** Villages are drawn at a level from 0 (mostly lowest scores) to LEVELS (mostly top scores). */
    private static final int LEVELS = 10;
    /** The weight of a uniform draw from the ladder, whatever the level. */
    private static final int UNIFORM_WEIGHT = 2;
    private static final int LAST_POSITION = 49;
    /** Enough villages that each status is drawn about fifty times or more. */
    private static final int TRIES = 500;

    @Provide
    Arbitrary<VillageScores> villages() {
        return Arbitraries.integers().between(0, LEVELS).flatMap(level -> {
            List<Arbitrary<Integer>> perIndicator = new ArrayList<>();
            for (Indicator indicator : MODEL.indicators()) {
                perIndicator.add(score(indicator, level));
            }
            return Combinators.combine(perIndicator).as(scores -> VillageScores.of(MODEL, CODE, YEAR,
                    scores.stream().mapToInt(Integer::intValue).toArray()));
        // 50 combined generators have far more edge cases than tries; the special villages are examples.
        }).withoutEdgeCases();
    }

    /** A score on the indicator's ladder, leaning to its lowest or highest step by level. */
    private static Arbitrary<Integer> score(Indicator indicator, int level) {
        List<Tuple2<Integer, Arbitrary<Integer>>> choices = new ArrayList<>();
        choices.add(Tuple.of(UNIFORM_WEIGHT, Arbitraries.of(indicator.allowedScores())));
        if (level < LEVELS) {
            choices.add(Tuple.of(LEVELS - level, Arbitraries.just(indicator.lowestScore())));
        }
        if (level > 0) {
            choices.add(Tuple.of(level, Arbitraries.just(indicator.highestScore())));
        }
        return Arbitraries.frequencyOf(choices);
    }

    private static List<VillageScores> specialVillages() {
        List<VillageScores> villages = new ArrayList<>();
        villages.add(uniform(Indicator::lowestScore));
        villages.add(uniform(Indicator::highestScore));
        for (WorkedExample example : WorkedExample.values()) {
            villages.add(example.villageScores());
        }
        return villages;
    }

    private static VillageScores uniform(ToIntFunction<Indicator> score) {
        return VillageScores.of(MODEL, CODE, YEAR, MODEL.indicators().stream().mapToInt(score).toArray());
    }

    /** Records the status and fails the property unless every status was generated. */
    private static void coverEveryStatus(VillageScores village) {
        Statistics.label("status").collect(village.evaluate().status());
        Statistics.label("status").coverage(coverage -> {
            for (Status s : Status.values()) {
                coverage.check(s).count(c -> c > 0);
            }
        });
    }

    @Property(tries = TRIES)
    void generatorsDrawValidLadderScores(@ForAll("villages") VillageScores village) {
        for (Indicator indicator : MODEL.indicators()) {
            assertTrue(indicator.allows(village.score(indicator)), indicator.describe() + " = " + village.score(indicator));
        }
        coverEveryStatus(village);
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.FIRST)
    void raisingAnyScoreNeverLowersIdmOrStatus(@ForAll("villages") VillageScores village,
            @ForAll @IntRange(min = 0, max = LAST_POSITION) int position) {
        checkRaising(village, MODEL.indicators().get(position));
        coverEveryStatus(village);
    }

    @Property(tries = TRIES)
    void gainIsTheIdmDifferenceAtTopScore(@ForAll("villages") VillageScores village) {
        checkGains(village);
        coverEveryStatus(village);
    }

    @Property(tries = TRIES)
    void idmPlusGapIsTheMinimumScore(@ForAll("villages") VillageScores village) {
        checkGap(village);
        coverEveryStatus(village);
    }

    @Property(tries = TRIES)
    void idmIsTheMeanOfTheThreeIndices(@ForAll("villages") VillageScores village) {
        checkMean(village);
        coverEveryStatus(village);
    }

    /** Any score 0..5 per indicator, on its ladder or not, accepted by lenient validation. */
    @Provide
    Arbitrary<VillageScores> lenientVillages() {
        return Arbitraries.integers().between(IdmModel.MIN_SCORE, IdmModel.MAX_SCORE).list()
                .ofSize(MODEL.indicatorCount())
                .map(scores -> VillageScores.builder(MODEL).lenient().villageCode(CODE).year(YEAR).scores(scores).build());
    }

    @Property(tries = TRIES)
    void raisingAnyScoreNeverLowersIdmOrStatusWhenLenient(@ForAll("lenientVillages") VillageScores village,
            @ForAll @IntRange(min = 0, max = LAST_POSITION) int position,
            @ForAll @IntRange(min = IdmModel.MIN_SCORE, max = IdmModel.MAX_SCORE) int raised) {
        Indicator indicator = MODEL.indicators().get(position);
        Assume.that(raised > village.score(indicator));
        VillageResult before = village.evaluate();
        VillageResult after = village.withScore(indicator, raised).evaluate();
        assertEquals(before.idm().plus(Fraction.of((long) (raised - village.score(indicator))
                * MODEL.weight(indicator.index()), MODEL.gridDenominator())), after.idm());
        assertTrue(after.status().compareTo(before.status()) >= 0);
        assertEquals(before.gain(indicator).minus(after.gain(indicator)), after.idm().minus(before.idm()));
    }

    @Example
    void specialVillagesSatisfyEveryProperty() {
        for (VillageScores village : specialVillages()) {
            for (Indicator indicator : MODEL.indicators()) {
                checkRaising(village, indicator);
            }
            checkGains(village);
            checkGap(village);
            checkMean(village);
        }
        assertEquals(Status.SANGAT_TERTINGGAL, uniform(Indicator::lowestScore).evaluate().status());
        assertEquals(Fraction.ONE, uniform(Indicator::highestScore).evaluate().idm());
    }

    private static void checkRaising(VillageScores village, Indicator indicator) {
        VillageResult before = village.evaluate();
        for (int higher : indicator.allowedScores()) {
            if (higher <= village.score(indicator)) {
                continue;
            }
            VillageResult after = village.withScore(indicator, higher).evaluate();
            String what = village + ": " + indicator.describe() + " raised to " + higher;
            assertTrue(after.idm().compareTo(before.idm()) > 0, what);
            assertTrue(after.status().compareTo(before.status()) >= 0, what);
        }
    }

    private static void checkGains(VillageScores village) {
        VillageResult result = village.evaluate();
        for (Indicator indicator : MODEL.indicators()) {
            Fraction atTop = village.withScore(indicator, IdmModel.MAX_SCORE).evaluate().idm();
            assertEquals(atTop.minus(result.idm()), result.gain(indicator), village + ": " + indicator.describe());
        }
    }

    private static void checkGap(VillageScores village) {
        VillageResult result = village.evaluate();
        assertEquals(Fraction.of(result.minimumScore()), result.idm().plus(result.gap()), village.toString());
        assertEquals(MODEL.thresholds().minimumScore(result.targetStatus()), result.minimumScore());
        assertEquals(result.status() == Status.MANDIRI && result.idm().compareTo(result.minimumScore()) > 0,
                result.gap().signum() < 0, "gap is negative exactly for MANDIRI villages above the minimum");
    }

    private static void checkMean(VillageScores village) {
        VillageResult result = village.evaluate();
        assertEquals(result.iks().plus(result.ike()).plus(result.ikl()).dividedBy(3), result.idm());
        assertEquals(12L * village.sum(Index.IKS) + 35L * village.sum(Index.IKE) + 140L * village.sum(Index.IKL),
                result.value().gridNumerator());
        assertEquals(result.status(), Status.of(result.idm()));
    }
}
