// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.benchmarks;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.ScoreValidation;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.batch.BatchResult;
import io.github.indeksdesa.idm.batch.BatchScorer;
import io.github.indeksdesa.idm.batch.ScoreMatrix;
import io.github.indeksdesa.idm.batch.StatusChanges;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Map;
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
 * The batch scorer against the least work any scorer must do, over the same synthetic villages
 * ({@link SyntheticVillages}) at a national run (75k) and a large scenario sweep (10M). Scores are
 * per whole batch (ns/op); divide by {@code villages} for ns per village.
 *
 * <p>The scoring benchmarks write into arrays allocated once in the set-up
 * ({@link BatchScorer#scoreInto}), so that they measure the steady state rather than the
 * allocator; {@link #batchAlloc()} is the allocating {@link BatchScorer#score}.
 *
 * <p>Run: {@code java -jar idm-benchmarks/target/benchmarks.jar ScanBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ScanBenchmark {

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES_8 = 0x0101010101010101L;
    private static final int TRANSPOSE_BLOCK = 512;

    /** How many villages. */
    @Param({"75000", "10000000"})
    public int villages;

    private byte[] scores;
    private ScoreMatrix matrix;
    private ScoreMatrix checked;
    private ScoreMatrix blocks;
    private BatchScorer sequential;
    private BatchScorer parallel;
    private BatchResult scored;
    private short[] numerators;
    private byte[] statuses;
    private Indicator dokter;
    private final int[] foldScratch = new int[64];
    private final long[] transposeScratch = new long[7 * TRANSPOSE_BLOCK];

    /** Draws the villages; not measured. */
    @Setup
    public void setUp() {
        scores = SyntheticVillages.scores(villages);
        matrix = ScoreMatrix.wrap(IdmModel.official(), scores);
        checked = matrix.check(ScoreValidation.LADDER);
        blocks = ScoreMatrix.of(IdmModel.official(), scores);
        sequential = BatchScorer.of(IdmModel.official());
        parallel = sequential.parallel(true);
        scored = sequential.score(checked);
        numerators = new short[villages];
        statuses = new byte[villages];
        dokter = IdmModel.official().indicator("IKS02");
    }

    /**
     * The floor: read every score byte once, a plain sum over the same array. No scorer can do
     * less work; but C2 on JDK 17 does not vectorise this byte loop, so it runs below memory speed
     * (see {@link #floorWords()} for the bandwidth reference).
     *
     * <p>Run: {@code java -jar idm-benchmarks/target/benchmarks.jar 'ScanBenchmark.floor'}
     *
     * @return the sum, so that the loop is not removed
     */
    @Benchmark
    public long floor() {
        long sum = 0;
        for (byte score : scores) {
            sum += score;
        }
        return sum;
    }

    /**
     * A stricter floor: the same bytes read eight at a time (a plain sum of longs, one add per eight
     * scores). On this JDK the byte loop of {@link #floor()} is not vectorised and runs slower
     * than memory; this one shows what memory bandwidth alone allows.
     *
     * <p>Run: {@code java -jar idm-benchmarks/target/benchmarks.jar 'ScanBenchmark.floorWords'}
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
     * What the vector loop's scalar pass costs alone: the seven words of every row read as the
     * loops read them (bytes 0, 8, 16, 24, 32, 40, 42) and folded into N (the IKS sum and IKE + 4
     * IKL, each added across its lanes with one multiplication), written to a scratch of 64 ints
     * that stays in the first-level cache. No check, no status: on a row-major matrix no loop that
     * reads rows a word at a time does less per village.
     *
     * <p>Run: {@code java -jar idm-benchmarks/target/benchmarks.jar 'ScanBenchmark.rowFold'}
     *
     * @return a value of the scratch, so that the loop is not removed
     */
    @Benchmark
    public int rowFold() {
        int[] n = foldScratch;
        for (int v = 0, base = 0; v < villages; v++, base += 50) {
            long x0 = (long) LONG.get(scores, base);
            long x1 = (long) LONG.get(scores, base + 8);
            long x2 = (long) LONG.get(scores, base + 16);
            long x3 = (long) LONG.get(scores, base + 24);
            long x4 = (long) LONG.get(scores, base + 32);
            long x5 = (long) LONG.get(scores, base + 40);
            long x6 = (long) LONG.get(scores, base + 42);
            long iks = x0 + x1 + x2 + x3 + (x4 & 0xFF_FFFFL);
            long ike4ikl = (x4 & ~0xFF_FFFFL) + (x5 & 0x00FF_FFFF_FFFF_FFFFL)
                    + (((x5 >>> 56) | (x6 >>> 40 & 0xFF_FF00L)) << 2);
            n[v & 63] = (int) (12 * ((iks * ONES_8) >>> 56) + 35 * ((ike4ikl * ONES_8) >>> 56));
        }
        return n[villages & 63];
    }

    /**
     * The copy the first vector loop made before any vector work, measured alone: each block of
     * 512 rows copied column-major into seven columns of longs (word k of village j at
     * {@code k * 512 + j}), so that a vector load takes one word of consecutive villages. Kept as
     * the measurement behind the present design (docs/benchmarks.md, "The vector loop").
     *
     * <p>Run: {@code java -jar idm-benchmarks/target/benchmarks.jar 'ScanBenchmark.transposeCopy'}
     *
     * @return a value of the columns, so that the copy is not removed
     */
    @Benchmark
    public long transposeCopy() {
        long[] columns = transposeScratch;
        long sum = 0;
        for (int start = 0; start < villages; start += TRANSPOSE_BLOCK) {
            int size = Math.min(TRANSPOSE_BLOCK, villages - start);
            for (int j = 0, base = start * 50; j < size; j++, base += 50) {
                columns[j] = (long) LONG.get(scores, base);
                columns[TRANSPOSE_BLOCK + j] = (long) LONG.get(scores, base + 8);
                columns[2 * TRANSPOSE_BLOCK + j] = (long) LONG.get(scores, base + 16);
                columns[3 * TRANSPOSE_BLOCK + j] = (long) LONG.get(scores, base + 24);
                columns[4 * TRANSPOSE_BLOCK + j] = (long) LONG.get(scores, base + 32);
                columns[5 * TRANSPOSE_BLOCK + j] = (long) LONG.get(scores, base + 40);
                columns[6 * TRANSPOSE_BLOCK + j] = (long) LONG.get(scores, base + 42);
            }
            sum += columns[start & (TRANSPOSE_BLOCK - 1)];
        }
        return sum;
    }

    /**
     * The batch API, one thread, into reused arrays: grid numerator and status of every village,
     * and the status counts, including the check that every score is 0..5.
     *
     * <p>Run: {@code java -jar idm-benchmarks/target/benchmarks.jar 'ScanBenchmark.batch$'}
     *
     * @return the status counts
     */
    @Benchmark
    public Map<Status, Long> batch() {
        return sequential.scoreInto(matrix, numerators, statuses);
    }

    /**
     * {@link #batch()} in a JVM run with {@code --add-modules jdk.incubator.vector}, where the
     * scorer uses its Vector API loop (villages across the lanes) on hardware with vectors of 256
     * bits or more; the same call, the same arrays. Without such hardware it measures the scalar
     * loop again.
     *
     * <p>Run: {@code java -jar idm-benchmarks/target/benchmarks.jar 'ScanBenchmark.batchSimd'}
     *
     * @return the status counts
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "--add-modules=jdk.incubator.vector"})
    public Map<Status, Long> batchSimd() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            throw new IllegalStateException("batchSimd must run with --add-modules=jdk.incubator.vector");
        }
        return sequential.scoreInto(matrix, numerators, statuses);
    }

    /**
     * {@link #batchChecked()} with the Vector API loop, as {@link #batchSimd()}.
     *
     * <p>Run: {@code java -jar idm-benchmarks/target/benchmarks.jar 'ScanBenchmark.batchSimdChecked'}
     *
     * @return the status counts
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "--add-modules=jdk.incubator.vector"})
    public Map<Status, Long> batchSimdChecked() {
        return sequential.scoreInto(checked, numerators, statuses);
    }

    /**
     * {@link #batchSimd()} on a matrix made by {@code ScoreMatrix.of(model, scores)}: in a JVM that
     * runs the vector loop, such a matrix holds its copy in blocks of eight villages, which the
     * vectors load as they lie, eight villages a vector (docs/benchmarks.md, "The vector loop");
     * {@link #batchSimd()} measures {@code wrap}, which keeps the caller's rows. The copy is made
     * in the set-up; {@link #ofRows()} measures it.
     *
     * <p>Run: {@code java -jar idm-benchmarks/target/benchmarks.jar 'ScanBenchmark.batchSimdBlocks'}
     *
     * @return the status counts
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "--add-modules=jdk.incubator.vector"})
    public Map<Status, Long> batchSimdBlocks() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            throw new IllegalStateException("batchSimdBlocks must run with --add-modules=jdk.incubator.vector");
        }
        return sequential.scoreInto(blocks, numerators, statuses);
    }

    /**
     * What the block layout costs once: {@code ScoreMatrix.of(model, scores)} of the rows in a JVM
     * that runs the vector loop, a fresh copy in blocks every operation.
     *
     * <p>Run: {@code java -jar idm-benchmarks/target/benchmarks.jar 'ScanBenchmark.ofRows'}
     *
     * @return the matrix
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "--add-modules=jdk.incubator.vector"})
    public ScoreMatrix ofRows() {
        return ScoreMatrix.of(IdmModel.official(), scores);
    }

    /**
     * The status counts only ({@link BatchScorer#statusCounts}): no village's result is kept.
     *
     * <p>Run: {@code java -jar idm-benchmarks/target/benchmarks.jar 'ScanBenchmark.batchCounts'}
     *
     * @return the status counts
     */
    @Benchmark
    public Map<Status, Long> batchCounts() {
        return sequential.statusCounts(matrix);
    }

    /**
     * The allocating batch API ({@link BatchScorer#score}): fresh result arrays every operation.
     *
     * <p>Run: {@code java -jar idm-benchmarks/target/benchmarks.jar 'ScanBenchmark.batchAlloc'}
     *
     * @return the result
     */
    @Benchmark
    public BatchResult batchAlloc() {
        return sequential.score(matrix);
    }

    /**
     * {@link #batch()} on a matrix that has passed {@code check(LADDER)} (in the set-up, not
     * measured): the scorer then skips its own 0..5 check.
     *
     * <p>Run: {@code java -jar idm-benchmarks/target/benchmarks.jar 'ScanBenchmark.batchChecked'}
     *
     * @return the status counts
     */
    @Benchmark
    public Map<Status, Long> batchChecked() {
        return sequential.scoreInto(checked, numerators, statuses);
    }

    /**
     * A what-if question on a scored batch: "what if every village had a doctor (IKS02 = 5)?",
     * answered from the stored grid numerators (the batch is scored in the set-up, not measured).
     *
     * <p>Run: {@code java -jar idm-benchmarks/target/benchmarks.jar 'ScanBenchmark.whatIf'}
     *
     * @return the status changes
     */
    @Benchmark
    public StatusChanges whatIf() {
        return scored.whatIf(dokter, 5);
    }

    /**
     * {@link #batch()} with {@code parallel(true)} on the common fork-join pool (as many threads as
     * the machine has cores, less one, plus the caller).
     *
     * <p>Run: {@code java -jar idm-benchmarks/target/benchmarks.jar 'ScanBenchmark.batchParallel'}
     *
     * @return the result
     */
    @Benchmark
    public Map<Status, Long> batchParallel() {
        return parallel.scoreInto(matrix, numerators, statuses);
    }
}
