// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.benchmarks;

import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.batch.IndeksDesaBatchResult;
import io.github.indeksdesa.idm.batch.IndeksDesaBatchScorer;
import io.github.indeksdesa.idm.batch.IndeksDesaMatrix;
import io.github.indeksdesa.idm.batch.ItemStatusChanges;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.id.IndeksDesaScores;
import io.github.indeksdesa.idm.id.Item;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Indeks Desa batch scorer (127 bytes a village) against the least work any scorer must do over
 * the same bytes. The villages are synthetic: every item's score drawn uniformly from the scores
 * observed for it in real 2025 data, from a fixed seed. Scores are per whole batch (ns/op); divide by
 * {@code villages} for ns per village.
 *
 * <p>Run: {@code java -jar idm-benchmarks/target/benchmarks.jar IndeksDesaScanBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class IndeksDesaScanBenchmark {

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** How many villages: a five-province export (10k) rounded up, a national run, a scenario sweep. */
    @Param({"75000", "1000000"})
    public int villages;

    private byte[] scores;
    private IndeksDesaMatrix matrix;
    private IndeksDesaBatchScorer scorer;
    private IndeksDesaBatchResult scored;
    private Item item;
    private int[] row;

    /** Draws the villages; not measured. */
    @Setup
    public void setUp() {
        IndeksDesaModel model = IndeksDesaModel.official();
        List<Item> items = model.items();
        int width = items.size();
        int[][] observed = new int[width][];
        for (int p = 0; p < width; p++) {
            observed[p] = items.get(p).observedScores().stream().mapToInt(Integer::intValue).toArray();
        }
        scores = new byte[Math.multiplyExact(villages, width)];
        SplittableRandom random = new SplittableRandom(SyntheticVillages.SEED);
        for (int v = 0, i = 0; v < villages; v++) {
            for (int p = 0; p < width; p++) {
                scores[i++] = (byte) observed[p][random.nextInt(observed[p].length)];
            }
        }
        matrix = IndeksDesaMatrix.wrap(model, scores);
        scorer = IndeksDesaBatchScorer.of(model);
        scored = scorer.score(matrix);
        item = model.item("LI04");
        row = new int[width];
    }

    /**
     * The floor: every score byte read once, eight at a time (a plain sum of longs). No scorer of
     * these rows can read less.
     *
     * @return the sum, so that the loop is not removed
     */
    @Benchmark
    public long floorWords() {
        long sum = 0;
        int end = scores.length - Long.BYTES;
        int i = 0;
        for (; i <= end; i += Long.BYTES) {
            sum += (long) LONG.get(scores, i);
        }
        for (; i < scores.length; i++) {
            sum += scores[i];
        }
        return sum;
    }

    /**
     * The batch API, one thread: points and status of every village (fresh result arrays each
     * operation), with the 1..5 check of every score.
     *
     * @return the result
     */
    @Benchmark
    public IndeksDesaBatchResult batch() {
        return scorer.score(matrix);
    }

    /**
     * A what-if question on a scored batch: "what if every village scored 5 on LI04?", answered from
     * the stored points (scored in the set-up, not measured).
     *
     * @return the status changes
     */
    @Benchmark
    public ItemStatusChanges whatIf() {
        return scored.whatIf(item, 5);
    }

    /**
     * The object API, village by village: {@code IndeksDesaScores.of(...).evaluate()} on the first
     * 10,000 villages (the score is per village below only after dividing by 10,000, see run.sh).
     *
     * @return the sum of the points, so that nothing is removed
     */
    @Benchmark
    public long objectApi10k() {
        IndeksDesaModel model = matrix.model();
        VillageCode code = VillageCode.of("3301012001");
        long sum = 0;
        int width = row.length;
        for (int v = 0; v < 10_000; v++) {
            for (int p = 0; p < width; p++) {
                row[p] = scores[v * width + p];
            }
            sum += IndeksDesaScores.of(model, code, 2025, row).evaluate().points();
        }
        return sum;
    }
}
