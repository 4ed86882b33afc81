// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Scoring of the official edition: edges, monotonicity, validation. */
class IndeksDesaScoringPropertiesTest {

    static final IndeksDesaModel MODEL = IndeksDesaModel.official();
    static final VillageCode VILLAGE = VillageCode.of("3301012001");
    /** The last points of each status but MANDIRI and the first of the next. */
    static final int[][] EDGES = {{314, 315}, {364, 365}, {440, 441}, {505, 506}};

    /** 127 scores 1..5 summing to {@code points}, spread at random over the items. */
    static int[] vectorWithPoints(int points, long seed) {
        Random random = new Random(seed);
        int[] scores = new int[127];
        Arrays.fill(scores, 1);
        int left = points - 127;
        while (left > 0) {
            int i = random.nextInt(127);
            int step = Math.min(left, Math.min(5 - scores[i], 1 + random.nextInt(4)));
            scores[i] += step;
            left -= step;
        }
        return scores;
    }

    @Provide
    Arbitrary<int[]> edgeVectors() {
        return Combinators.combine(Arbitraries.of(314, 315, 364, 365, 440, 441, 505, 506), Arbitraries.longs())
                .as(IndeksDesaScoringPropertiesTest::vectorWithPoints);
    }

    @Property(tries = 400)
    void everyEdgeIsReachedByManyVectorsAndDecidedByPoints(@ForAll("edgeVectors") int[] scores) {
        IndeksDesaResult result = IndeksDesaScores.of(MODEL, VILLAGE, 2025, scores).evaluate();
        int p = Arrays.stream(scores).sum();
        assertEquals(p, result.points());
        Status expected = p <= 314 ? Status.SANGAT_TERTINGGAL : p <= 364 ? Status.TERTINGGAL
                : p <= 440 ? Status.BERKEMBANG : p <= 505 ? Status.MAJU : Status.MANDIRI;
        assertEquals(expected, result.status());
        assertEquals(expected.target(), result.targetStatus());
        assertEquals(expected == Status.MANDIRI ? 0 : MODEL.firstPoints(expected.target()) - p,
                result.pointsToTarget());
        assertEquals(MODEL.minimumScore(expected.target()), result.minimumScore());
    }

    @Example
    void eachEdgeHasSeveralDistinctVectorsOnBothSides() {
        for (int[] edge : EDGES) {
            for (int p : edge) {
                Set<String> distinct = new TreeSet<>();
                Set<Status> statuses = new TreeSet<>();
                for (long seed = 0; seed < 5; seed++) {
                    int[] v = vectorWithPoints(p, seed);
                    distinct.add(Arrays.toString(v));
                    statuses.add(IndeksDesaScores.of(MODEL, VILLAGE, 2025, v).evaluate().status());
                }
                assertEquals(5, distinct.size(), "vectors for " + p);
                assertEquals(1, statuses.size(), "statuses for " + p);
            }
            Status below = IndeksDesaScores.of(MODEL, VILLAGE, 2025, vectorWithPoints(edge[0], 1)).evaluate().status();
            Status above = IndeksDesaScores.of(MODEL, VILLAGE, 2025, vectorWithPoints(edge[1], 1)).evaluate().status();
            assertEquals(below.ordinal() + 1, above.ordinal(), "edge " + edge[0] + "/" + edge[1]);
        }
    }

    @Provide
    Arbitrary<int[]> vectors() {
        return Arbitraries.integers().between(1, 5).array(int[].class).ofSize(127);
    }

    @Property(tries = 300)
    void raisingAScoreNeverLowersPointsOrStatus(@ForAll("vectors") int[] scores,
            @ForAll @IntRange(min = 0, max = 126) int position, @ForAll @IntRange(min = 1, max = 5) int raised) {
        IndeksDesaScores before = IndeksDesaScores.of(MODEL, VILLAGE, 2025, scores);
        int to = Math.max(raised, scores[position]);
        IndeksDesaScores after = before.withScore(MODEL.items().get(position), to);
        IndeksDesaResult a = before.evaluate();
        IndeksDesaResult b = after.evaluate();
        assertEquals(a.points() + to - scores[position], b.points());
        assertTrue(b.status().compareTo(a.status()) >= 0);
        assertTrue(b.skorId().compareTo(a.skorId()) >= 0);
        assertTrue(b.pointsToTarget() <= a.pointsToTarget() || b.status() != a.status());
        Dimension d = MODEL.items().get(position).dimension();
        assertEquals(a.points(d) + to - scores[position], b.points(d));
    }

    @Property(tries = 300)
    void partsSumToTheWhole(@ForAll("vectors") int[] scores) {
        IndeksDesaResult r = IndeksDesaScores.of(MODEL, VILLAGE, 2025, scores).evaluate();
        assertEquals(r.points(), r.dimensionPoints().values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(r.points(), r.subDimensionPoints().values().stream().mapToInt(Integer::intValue).sum());
        for (Dimension d : Dimension.values()) {
            assertTrue(r.points(d) >= MODEL.itemCount(d) && r.points(d) <= MODEL.maxPoints(d));
            int sum = 0;
            for (Item item : MODEL.items(d)) {
                sum += r.points(item);
            }
            assertEquals(sum, r.points(d));
        }
        assertEquals(SkorId.of(r.points()), r.skorId());
    }

    @Property(tries = 200)
    void scoresOutsideOneToFiveNameTheItemAndValue(@ForAll("vectors") int[] scores,
            @ForAll @IntRange(min = 0, max = 126) int position, @ForAll("outOfRange") int bad) {
        scores[position] = bad;
        Item item = MODEL.items().get(position);
        InvalidItemScoreException e = assertThrows(InvalidItemScoreException.class,
                () -> IndeksDesaScores.of(MODEL, VILLAGE, 2025, scores));
        assertEquals(item.code(), e.itemCode());
        assertEquals(bad, e.value());
        assertEquals(item.describe() + ": score " + bad + " is outside 1..5", e.getMessage());
    }

    @Provide
    Arbitrary<Integer> outOfRange() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-100, 0), Arbitraries.integers().between(6, 127));
    }

    @Example
    void unobservedScoresAreAcceptedAndListed() {
        int[] scores = new int[127];
        Arrays.fill(scores, 5);
        Item onlyOneOrFive = MODEL.items().stream().filter(i -> i.observedScores().equals(List.of(1, 5)))
                .findFirst().orElseThrow();
        scores[MODEL.position(onlyOneOrFive)] = 3;
        IndeksDesaScores s = IndeksDesaScores.of(MODEL, VILLAGE, 2025, scores);
        assertEquals(List.of(onlyOneOrFive), s.unobserved());
        assertEquals(633, s.evaluate().points());
    }

    @Example
    void builderByCode() {
        IndeksDesaScores.Builder b = IndeksDesaScores.builder(MODEL).villageCode("3301012001").year(2025);
        for (Item item : MODEL.items()) {
            b.score(item.code(), 4);
        }
        IndeksDesaResult r = b.scores(Map.of("LD01", 5)).build().evaluate();
        assertEquals(127 * 4 + 1, r.points());
        assertEquals(Status.MANDIRI, r.status());
        assertEquals("3301012001/2025 P=509 Skor ID 80.16 MANDIRI", r.toString());
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> IndeksDesaScores.builder(MODEL).villageCode("3301012001").year(2025).score("LD01", 5).build());
        assertEquals("126 of 127 scores are missing: LD02, LD03, LD04, LD05, LD06, LD07, LD08, LD09, LD10, LD11, …",
                missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> IndeksDesaScores.of(MODEL, VILLAGE, 2025, 5, 5));
    }
}
