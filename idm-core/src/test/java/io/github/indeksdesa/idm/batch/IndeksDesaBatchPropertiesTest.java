// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.id.IndeksDesaResult;
import io.github.indeksdesa.idm.id.IndeksDesaScores;
import io.github.indeksdesa.idm.id.Item;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The Indeks Desa batch path gives what the per-village API gives, on every input. */
class IndeksDesaBatchPropertiesTest {

    private static final IndeksDesaModel MODEL = IndeksDesaModel.official();
    private static final int WIDTH = 127;

    /** Matrices of 0..40 villages whose rows lean towards edge totals, some uniform, some skewed. */
    @Provide
    Arbitrary<byte[]> matrices() {
        Arbitrary<byte[]> uniform = Arbitraries.integers().between(1, 5).map(i -> (byte) (int) i)
                .array(byte[].class).ofSize(WIDTH);
        Arbitrary<byte[]> high = Arbitraries.integers().between(1, 5).map(i -> (byte) Math.min(5, i + 2))
                .array(byte[].class).ofSize(WIDTH);
        Arbitrary<byte[]> low = Arbitraries.integers().between(1, 5).map(i -> (byte) Math.max(1, i - 1))
                .array(byte[].class).ofSize(WIDTH);
        return Arbitraries.oneOf(uniform, high, low).list().ofMaxSize(40).map(rows -> {
            byte[] all = new byte[rows.size() * WIDTH];
            for (int v = 0; v < rows.size(); v++) {
                System.arraycopy(rows.get(v), 0, all, v * WIDTH, WIDTH);
            }
            return all;
        });
    }

    private static List<IndeksDesaResult> perVillage(byte[] scores) {
        List<IndeksDesaResult> results = new ArrayList<>();
        for (int v = 0; v < scores.length / WIDTH; v++) {
            int[] row = new int[WIDTH];
            for (int p = 0; p < WIDTH; p++) {
                row[p] = scores[v * WIDTH + p];
            }
            results.add(IndeksDesaScores.of(MODEL, VillageCode.of(String.format("33%08d", v)), 2025, row).evaluate());
        }
        return results;
    }

    @Property(tries = 200)
    void batchEqualsPerVillage(@ForAll("matrices") byte[] scores, @ForAll boolean parallel, @ForAll boolean checked) {
        IndeksDesaMatrix matrix = IndeksDesaMatrix.of(MODEL, scores);
        if (checked) {
            matrix = matrix.check();
        }
        IndeksDesaBatchResult batch = IndeksDesaBatchScorer.of(MODEL).parallel(parallel).score(matrix);
        List<IndeksDesaResult> expected = perVillage(scores);
        assertEquals(expected.size(), batch.villageCount());
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0L);
        }
        for (int v = 0; v < expected.size(); v++) {
            assertEquals(expected.get(v).points(), batch.points(v));
            assertEquals(expected.get(v).status(), batch.status(v));
            assertEquals(expected.get(v).skorId(), batch.skorId(v));
            counts.merge(expected.get(v).status(), 1L, Long::sum);
        }
        assertEquals(counts, batch.statusCounts());
    }

    @Property(tries = 150)
    void whatIfEqualsRescoringEachVillage(@ForAll("matrices") byte[] scores,
            @ForAll @IntRange(min = 0, max = 126) int position, @ForAll @IntRange(min = 1, max = 5) int score,
            @ForAll boolean subset) {
        IndeksDesaBatchResult batch = IndeksDesaBatchScorer.of(MODEL).score(IndeksDesaMatrix.of(MODEL, scores));
        Item item = MODEL.items().get(position);
        List<IndeksDesaResult> before = perVillage(scores);
        BitSet chosen = new BitSet();
        for (int v = 0; v < before.size(); v += 2) {
            chosen.set(v);
        }
        chosen.set(before.size() + 3);
        ItemStatusChanges changes = subset ? batch.whatIf(item, score, chosen) : batch.whatIf(item, score);
        long[][] moves = new long[5][5];
        for (int v = 0; v < before.size(); v++) {
            IndeksDesaResult r = before.get(v);
            Status after = !subset || chosen.get(v) ? r.scores().withScore(item, score).evaluate().status() : r.status();
            moves[r.status().ordinal()][after.ordinal()]++;
        }
        for (Status from : Status.values()) {
            for (Status to : Status.values()) {
                assertEquals(moves[from.ordinal()][to.ordinal()], changes.count(from, to), from + "→" + to);
            }
        }
        assertEquals(before.size(), changes.changed() + diagonal(changes));
        assertEquals(item, changes.item());
        assertEquals(score, changes.score());
    }

    private static long diagonal(ItemStatusChanges changes) {
        long sum = 0;
        for (Status s : Status.values()) {
            sum += changes.count(s, s);
        }
        return sum;
    }

    @Property(tries = 100)
    void scoresOutsideOneToFiveAreRejectedAndListed(@ForAll("matrices") byte[] scores,
            @ForAll @IntRange(min = 0, max = 10_000) int at, @ForAll("bad") byte value) {
        if (scores.length == 0) {
            return;
        }
        int i = at % scores.length;
        scores[i] = value;
        IndeksDesaMatrix matrix = IndeksDesaMatrix.of(MODEL, scores);
        InvalidBatchException e = assertThrows(InvalidBatchException.class,
                () -> IndeksDesaBatchScorer.of(MODEL).score(matrix));
        assertEquals(1, e.problemCount());
        ScoreProblem problem = e.problems().get(0);
        assertEquals(i / WIDTH, problem.village());
        assertEquals(MODEL.items().get(i % WIDTH).code(), problem.indicatorCode());
        assertEquals(value, problem.value());
        assertEquals(List.of(1, 2, 3, 4, 5), problem.allowed());
        assertEquals(List.of(problem), matrix.problems(10));
        assertThrows(InvalidBatchException.class, matrix::check);
    }

    @Example
    void everyExtremeByteAtEveryPositionIsRejected() {
        for (int position = 0; position < WIDTH; position++) {
            for (int bad : new int[] {0, 6, 7, 127, -1, -128}) {
                for (byte fill : new byte[] {1, 5}) {
                    byte[] scores = new byte[3 * WIDTH];
                    Arrays.fill(scores, fill);
                    scores[WIDTH + position] = (byte) bad;
                    IndeksDesaMatrix matrix = IndeksDesaMatrix.of(MODEL, scores);
                    InvalidBatchException e = assertThrows(InvalidBatchException.class,
                            () -> IndeksDesaBatchScorer.of(MODEL).score(matrix), position + " " + bad + " " + fill);
                    assertEquals(1, e.problemCount());
                    assertEquals(1, e.problems().get(0).village());
                    assertEquals(MODEL.items().get(position).code(), e.problems().get(0).indicatorCode());
                }
            }
        }
    }

    @Provide
    Arbitrary<Byte> bad() {
        return Arbitraries.oneOf(Arbitraries.bytes().between(Byte.MIN_VALUE, (byte) 0),
                Arbitraries.bytes().between((byte) 6, Byte.MAX_VALUE));
    }

    @Example
    void parallelChunksGiveTheSequentialResult() {
        int villages = 3 * BatchScorer.MIN_CHUNK + 17;
        byte[] scores = new byte[villages * WIDTH];
        Random random = new Random(2025);
        for (int v = 0; v < villages; v++) {
            int bias = random.nextInt(5);
            for (int p = 0; p < WIDTH; p++) {
                scores[v * WIDTH + p] = (byte) Math.min(5, 1 + random.nextInt(5 - bias) + bias / 2);
            }
        }
        IndeksDesaMatrix matrix = IndeksDesaMatrix.of(MODEL, scores);
        IndeksDesaBatchResult sequential = IndeksDesaBatchScorer.of(MODEL).score(matrix);
        IndeksDesaBatchResult parallel = IndeksDesaBatchScorer.of(MODEL).parallel(true).score(matrix);
        assertTrue(Arrays.equals(sequential.points(), parallel.points()));
        assertTrue(Arrays.equals(sequential.statusOrdinals(), parallel.statusOrdinals()));
        assertEquals(sequential.statusCounts(), parallel.statusCounts());
        for (int v = 0; v < villages; v += 997) {
            assertEquals(perVillage(Arrays.copyOfRange(scores, v * WIDTH, (v + 1) * WIDTH)).get(0).points(),
                    sequential.points(v));
        }
        scores[(villages - 1) * WIDTH] = 9;
        assertThrows(InvalidBatchException.class,
                () -> IndeksDesaBatchScorer.of(MODEL).parallel(true).score(IndeksDesaMatrix.of(MODEL, scores)));
    }

    @Example
    void builderCarriesVillagesAndGivesThemBack() {
        int[] row = new int[WIDTH];
        Arrays.fill(row, 4);
        IndeksDesaScores a = IndeksDesaScores.of(MODEL, VillageCode.of("0101012001"), 2025, row);
        row[0] = 1;
        IndeksDesaScores b = IndeksDesaScores.of(MODEL, VillageCode.of("3301012001"), 2025, row);
        IndeksDesaMatrix matrix = IndeksDesaMatrix.of(MODEL, List.of(a, b));
        assertTrue(matrix.isChecked());
        assertEquals(VillageCode.of("0101012001"), matrix.villageCode(0));
        assertEquals(b, matrix.village(1));
        IndeksDesaBatchResult result = IndeksDesaBatchScorer.of(MODEL).score(matrix);
        assertEquals(508, result.points(0));
        assertEquals(505, result.points(1));
        assertEquals(Status.MANDIRI, result.status(0));
        assertEquals(Status.MAJU, result.status(1));
        assertEquals("LD01=5: 1 changed; MAJU→MANDIRI 1", result.whatIf(MODEL.item("LD01"), 5).toString());
        assertFalse(IndeksDesaMatrix.of(MODEL, new byte[WIDTH]).isChecked());
        assertThrows(IllegalArgumentException.class, () -> IndeksDesaMatrix.of(MODEL, new byte[WIDTH + 1]));
        assertThrows(IllegalArgumentException.class, () -> result.whatIf(MODEL.item("LD01"), 0));
        assertThrows(IllegalStateException.class, () -> IndeksDesaMatrix.of(MODEL, new byte[WIDTH]).villageCode(0));
    }
}
