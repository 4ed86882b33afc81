package io.github.indeksdesa.idm.batch;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.ScoreValidation;
import io.github.indeksdesa.idm.Status;
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
 * <p>This class is immutable and thread-safe.
 */
public final class BatchScorer {

    /** Fewest villages per parallel task: about 0.1 ms of work, so a task's overhead is negligible. */
    static final int MIN_CHUNK = 1 << 14;
    /** Most villages per parallel task: 3.2 MB of scores. */
    static final int MAX_CHUNK = 1 << 16;

    private final IdmModel model;
    private final Kernel kernel;
    private final boolean parallel;

    private BatchScorer(IdmModel model, Kernel kernel, boolean parallel) {
        this.model = model;
        this.kernel = kernel;
        this.parallel = parallel;
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
        return new BatchScorer(checkModel(model), new Kernel(model, Kernel.Loop.OFFICIAL), false);
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
        int chunk = Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, (int) ((villages + 4L * threads - 1) / (4L * threads))));
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
        Objects.requireNonNull(matrix, "matrix");
        if (matrix.model() != model) {
            throw new IllegalArgumentException("matrix: expected model " + model.name() + ", found "
                    + matrix.model().name());
        }
        int villages = matrix.villageCount();
        byte[] scores = matrix.array();
        boolean trusted = matrix.isChecked();
        short[] numerators = new short[villages];
        byte[] statuses = new byte[villages];
        long[] counts = new long[Status.values().length];
        boolean valid = runChunked(villages, parallel, counts,
                (from, to, taskCounts) -> kernel.run(scores, from, to, numerators, statuses, taskCounts, trusted));
        if (!valid) {
            matrix.check(ScoreValidation.RANGE);
            throw new AssertionError("a score outside 0..5 was detected but not found");
        }
        return new BatchResult(matrix, kernel, numerators, statuses, counts);
    }
}
