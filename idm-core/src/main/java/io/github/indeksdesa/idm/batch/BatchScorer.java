// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.batch;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.ScoreValidation;
import io.github.indeksdesa.idm.Status;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Scores a {@link ScoreMatrix} in one pass: each village's grid numerator N (IDM = N / 6300 in
 * the official model) and status, and the count of villages per status, with no object per
 * village. The status is decided on N against the thresholds expressed as grid numerators
 * ({@link IdmModel#lowestGridNumerator(Status)}), never on a double, so every result is the one
 * {@code VillageScores.evaluate()} gives for the same scores.
 *
 * <p>Scores outside 0..5 are detected in the same pass and rejected with an
 * {@link InvalidBatchException}; whether scores are on their ladders is checked apart, by
 * {@link ScoreMatrix#check(ScoreValidation)}. A matrix that has passed that check is scored
 * without the range check, about a third faster.
 *
 * <p>Sequential by default. {@link #parallel(boolean) parallel(true)} splits large batches into
 * chunks run on the common {@link ForkJoinPool}; results are the same.
 *
 * <p>Example:
 * <pre>{@code
 * ScoreMatrix matrix = ScoreMatrix.of(IdmModel.official(), villages);
 * BatchResult result = BatchScorer.official().score(matrix);
 * System.out.println(result.statusCounts());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BatchScorer {

    /** Fewest villages per parallel task: about 0.1 ms of work, so a task's overhead is negligible. */
    static final int MIN_CHUNK = 1 << 14;
    /** Most villages per parallel task: 3.2 MB of scores. */
    static final int MAX_CHUNK = 1 << 16;
    /** Villages per scratch chunk of {@link #statusCounts}: 12 KB of scratch, in the first-level cache. */
    static final int SCRATCH = 1 << 12;

    private final IdmModel model;
    private final Kernel kernel;
    private final boolean parallel;

    private BatchScorer(IdmModel model, Kernel kernel, boolean parallel) {
        this.model = model;
        this.kernel = kernel;
        this.parallel = parallel;
    }

    /**
     * Returns a sequential scorer for the shipped model, {@link IdmModel#official()}.
     *
     * @return the scorer, not null
     */
    public static BatchScorer official() {
        return of(IdmModel.official());
    }

    /**
     * Returns a sequential scorer for a model.
     *
     * @param model the model, not null
     * @return the scorer, not null
     * @throws IllegalArgumentException if the model's grid denominator exceeds 65535 (the official
     *     model's is 6300)
     */
    public static BatchScorer of(IdmModel model) {
        return new BatchScorer(checkModel(model), new Kernel(model, Kernel.Loop.VECTOR), false);
    }

    /** A scorer whose loop is no faster than {@code fastest}, for tests that compare the loops. */
    static BatchScorer withLoop(IdmModel model, Kernel.Loop fastest) {
        return new BatchScorer(checkModel(model), new Kernel(model, fastest), false);
    }

    Kernel.Loop loop() {
        return kernel.loop();
    }

    private static IdmModel checkModel(IdmModel model) {
        Objects.requireNonNull(model, "model");
        if (model.gridDenominator() > 0xFFFF) {
            throw new IllegalArgumentException("model: expected a grid denominator of at most 65535, found "
                    + model.gridDenominator() + " (" + model.name() + ")");
        }
        return model;
    }

    /**
     * Returns a scorer that does or does not split large batches over the common fork-join pool.
     *
     * @param parallel true to run in parallel
     * @return the scorer, not null
     */
    public BatchScorer parallel(boolean parallel) {
        return parallel == this.parallel ? this : new BatchScorer(model, kernel, parallel);
    }

    /**
     * Returns whether large batches are split over the common fork-join pool.
     *
     * @return true if parallel
     */
    public boolean isParallel() {
        return parallel;
    }

    /**
     * Returns the model.
     *
     * @return the model, not null
     */
    public IdmModel model() {
        return model;
    }

    /** Scores villages [from, to), adding to the per-status counts; false if a score is out of range. */
    @FunctionalInterface
    interface ChunkTask {
        boolean run(int from, int to, long[] counts);
    }

    /**
     * Runs a scoring task over villages [0, villages), in one go or in chunks on the common pool,
     * and adds the per-status counts of every chunk to {@code counts}.
     */
    static boolean runChunked(int villages, boolean parallel, long[] counts, ChunkTask task) {
        // At least four tasks per thread of the pool (and the caller), and many more for large
        // batches, so that a thread that another process pre-empts holds up little work.
        int threads = ForkJoinPool.getCommonPoolParallelism() + 1;
        int even = Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, (int) ((villages + 4L * threads - 1) / (4L * threads))));
        // Whole blocks of eight villages (Blocks), so that no chunk starts inside one.
        int chunk = (even + Blocks.VILLAGES - 1) & -Blocks.VILLAGES;
        int chunks = (villages + chunk - 1) / chunk;
        if (!parallel || chunks <= 1) {
            return task.run(0, villages, counts);
        }
        long[][] chunkCounts = new long[chunks][counts.length];
        boolean valid = IntStream.range(0, chunks).parallel()
                .mapToObj(c -> task.run(c * chunk, Math.min(villages, (c + 1) * chunk), chunkCounts[c]))
                .reduce(true, Boolean::logicalAnd);
        for (long[] taskCounts : chunkCounts) {
            for (int s = 0; s < counts.length; s++) {
                counts[s] += taskCounts[s];
            }
        }
        return valid;
    }

    /**
     * Scores every village of a matrix.
     *
     * @param matrix the scores, of this scorer's model, not null
     * @return the grid numerators, statuses and status counts, not null
     * @throws IllegalArgumentException if the matrix belongs to another model
     * @throws InvalidBatchException if a score is outside 0..5
     */
    public BatchResult score(ScoreMatrix matrix) {
        int villages = checkMatrix(matrix).villageCount();
        short[] numerators = new short[villages];
        byte[] statuses = new byte[villages];
        long[] counts = run(matrix, numerators, statuses);
        return new BatchResult(matrix, kernel, numerators, statuses, counts);
    }

    /**
     * Scores every village of a matrix into arrays the caller owns and may reuse from one call to
     * the next, so that scoring many matrices allocates nothing per village. Village {@code v}'s
     * grid numerator N goes to {@code numerators[v]}, as an unsigned 16-bit value (read it with
     * {@link Short#toUnsignedInt(short)}; IDM = N / {@link IdmModel#gridDenominator()}), and its
     * status to {@code statuses[v]}, as the {@link Status#ordinal() ordinal} of its {@link Status};
     * elements past the matrix's villages are left as they were. The arrays are written, never
     * kept. If an {@link InvalidBatchException} is thrown, their contents are unspecified.
     *
     * @param matrix the scores, of this scorer's model, not null
     * @param numerators receives N of every village; at least {@link ScoreMatrix#villageCount()} long
     * @param statuses receives the status ordinal of every village; at least as long
     * @return the number of villages per status, every status present, unmodifiable, not null
     * @throws IllegalArgumentException if the matrix belongs to another model, or an array is too short
     * @throws NullPointerException if an argument is null
     * @throws InvalidBatchException if a score is outside 0..5
     */
    public Map<Status, Long> scoreInto(ScoreMatrix matrix, short[] numerators, byte[] statuses) {
        int villages = checkMatrix(matrix).villageCount();
        checkLength("numerators", Objects.requireNonNull(numerators, "numerators").length, villages);
        checkLength("statuses", Objects.requireNonNull(statuses, "statuses").length, villages);
        return countMap(run(matrix, numerators, statuses));
    }

    /**
     * Counts the villages of a matrix per status, without keeping any village's N or status: what
     * {@code score(matrix).statusCounts()} gives, with memory for a chunk of villages at most
     * rather than for all of them.
     *
     * @param matrix the scores, of this scorer's model, not null
     * @return the number of villages per status, every status present, unmodifiable, not null
     * @throws IllegalArgumentException if the matrix belongs to another model
     * @throws InvalidBatchException if a score is outside 0..5
     */
    public Map<Status, Long> statusCounts(ScoreMatrix matrix) {
        return countMap(run(checkMatrix(matrix), null, null));
    }

    private ScoreMatrix checkMatrix(ScoreMatrix matrix) {
        Objects.requireNonNull(matrix, "matrix");
        if (matrix.model() != model) {
            throw new IllegalArgumentException("matrix: expected model " + model.name() + ", found "
                    + matrix.model().name());
        }
        return matrix;
    }

    private static void checkLength(String name, int length, int villages) {
        if (length < villages) {
            throw new IllegalArgumentException(name + ": expected an array of at least " + villages
                    + " elements (one per village of the matrix), found " + length);
        }
    }

    static Map<Status, Long> countMap(long[] counts) {
        Map<Status, Long> map = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            map.put(status, counts[status.ordinal()]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** Scores villages [from, to) through scratch arrays of at most {@link #SCRATCH} villages. */
    private boolean countOnly(byte[] scores, boolean blocked, int from, int to, long[] counts, boolean trusted) {
        short[] scratchNumerators = new short[Math.min(to - from, SCRATCH)];
        byte[] scratchStatuses = new byte[scratchNumerators.length];
        boolean valid = true;
        for (int start = from; start < to; start += SCRATCH) {
            valid &= kernel.run(scores, blocked, start, Math.min(to, start + SCRATCH), scratchNumerators,
                    scratchStatuses, start, counts, trusted);
        }
        return valid;
    }

    /**
     * Scores the matrix into the arrays, or, when they are null, chunk by chunk into scratch arrays
     * of one chunk, and returns the status counts.
     */
    private long[] run(ScoreMatrix matrix, short[] numerators, byte[] statuses) {
        int villages = matrix.villageCount();
        byte[] scores = matrix.array();
        boolean blocked = matrix.isBlocked();
        boolean trusted = matrix.isChecked();
        boolean keep = numerators != null;
        long[] counts = new long[Status.values().length];
        boolean valid = runChunked(villages, parallel, counts, (from, to, taskCounts) -> keep
                ? kernel.run(scores, blocked, from, to, numerators, statuses, 0, taskCounts, trusted)
                : countOnly(scores, blocked, from, to, taskCounts, trusted));
        if (!valid) {
            matrix.check(ScoreValidation.RANGE);
            throw new AssertionError("a score outside 0..5 was detected but not found");
        }
        return counts;
    }
}
