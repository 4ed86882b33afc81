// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.batch;

import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;

/**
 * Scores an {@link IndeksDesaMatrix} in one pass: each village's total points P and status, and the
 * count of villages per status, with no object per village. The status is decided on the integer P
 * by the model's thresholds ({@link IndeksDesaModel#status(int)}), so every result is the one
 * {@code IndeksDesaScores.evaluate()} gives for the same scores. The IDM counterpart is
 * {@link BatchScorer}.
 *
 * <p>Scores outside 1..5 are detected in the same pass and rejected with an
 * {@link InvalidBatchException}; a matrix that has passed {@link IndeksDesaMatrix#check()} is scored
 * without that check.
 *
 * <p>Sequential by default. {@link #parallel(boolean) parallel(true)} splits large batches into
 * chunks run on the common {@link ForkJoinPool}; results are the same.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndeksDesaBatchScorer {

    private static final int STATUS_COUNT = Status.values().length;
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    /** Added to a byte lane, sets its high bit when the lane is above 5. */
    private static final long SIX_UP = 0x7A7A7A7A7A7A7A7AL;
    private static final long EVEN_BYTES = 0x00FF00FF00FF00FFL;
    private static final long ONES_16 = 0x0001000100010001L;
    private static final int MAX_SWAR_WORDS = 50;

    private final IndeksDesaModel model;
    /** The status ordinal of each total 0..maxPoints (totals below the minimum never occur). */
    private final byte[] statusOfPoints;
    private final boolean parallel;

    private IndeksDesaBatchScorer(IndeksDesaModel model, byte[] statusOfPoints, boolean parallel) {
        this.model = model;
        this.statusOfPoints = statusOfPoints;
        this.parallel = parallel;
    }

    /**
     * Returns a sequential scorer for a model.
     *
     * @param model the model, not null
     * @return the scorer, not null
     * @throws IllegalArgumentException if the model's highest points exceed 32767 (the official
     *     model's are 635)
     */
    public static IndeksDesaBatchScorer of(IndeksDesaModel model) {
        Objects.requireNonNull(model, "model");
        if (model.maxPoints() > Short.MAX_VALUE) {
            throw new IllegalArgumentException("model: expected at most " + Short.MAX_VALUE + " points, found "
                    + model.maxPoints() + " (" + model.name() + ")");
        }
        byte[] table = new byte[model.maxPoints() + 1];
        for (int p = model.minPoints(); p <= model.maxPoints(); p++) {
            table[p] = (byte) model.status(p).ordinal();
        }
        return new IndeksDesaBatchScorer(model, table, false);
    }

    /**
     * Returns a scorer that does or does not split large batches over the common fork-join pool.
     *
     * @param parallel true to run in parallel
     * @return the scorer, not null
     */
    public IndeksDesaBatchScorer parallel(boolean parallel) {
        return parallel == this.parallel ? this : new IndeksDesaBatchScorer(model, statusOfPoints, parallel);
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
    public IndeksDesaModel model() {
        return model;
    }

    /**
     * Scores every village of a matrix.
     *
     * @param matrix the scores, of this scorer's model, not null
     * @return the points, statuses and status counts, not null
     * @throws IllegalArgumentException if the matrix belongs to another model
     * @throws InvalidBatchException if a score is outside 1..5
     */
    public IndeksDesaBatchResult score(IndeksDesaMatrix matrix) {
        Objects.requireNonNull(matrix, "matrix");
        if (matrix.model() != model) {
            throw new IllegalArgumentException("matrix: expected model " + model.name() + ", found "
                    + matrix.model().name());
        }
        int villages = matrix.villageCount();
        byte[] scores = matrix.array();
        boolean trusted = matrix.isChecked();
        short[] points = new short[villages];
        byte[] statuses = new byte[villages];
        long[] counts = new long[STATUS_COUNT];
        boolean valid = BatchScorer.runChunked(villages, parallel, counts,
                (from, to, taskCounts) -> run(scores, from, to, points, statuses, taskCounts, trusted));
        if (!valid) {
            matrix.check();
            throw new AssertionError("a score outside 1..5 was detected but not found");
        }
        return new IndeksDesaBatchResult(matrix, statusOfPoints, points, statuses, counts);
    }

    /** Scores villages [from, to); false if a score is outside 1..5 (then the output is partial). */
    private boolean run(byte[] scores, int from, int to, short[] points, byte[] statuses, long[] counts,
            boolean trusted) {
        int width = model.itemCount();
        // Eight scores a word (SWAR): every byte lane of a row's word sum stays below 256 for rows of
        // up to 50 words (5 × 50 = 250), so the lanes are folded once per row.
        int words = width <= 8 * MAX_SWAR_WORDS ? width / Long.BYTES : 0;
        long bad = 0;
        for (int v = from, base = from * width; v < to; v++, base += width) {
            long lanes = 0;
            int i = base;
            for (int end = base + words * Long.BYTES; i < end; i += Long.BYTES) {
                long x = (long) LONG.get(scores, i);
                lanes += x;
                // A lane is bad when it is 0 (x - 1 borrows into its high bit) or above 5 (x + 0x7A
                // carries into it, or it was set already).
                bad |= ((x - ONES) & ~x) | ((x + SIX_UP) | x);
            }
            long pairs = (lanes & EVEN_BYTES) + (lanes >>> Byte.SIZE & EVEN_BYTES);
            int sum = (int) ((pairs * ONES_16) >>> 48);
            for (int end = base + width; i < end; i++) {
                int s = scores[i];
                sum += s;
                bad |= (s - IndeksDesaModel.MIN_SCORE) | (IndeksDesaModel.MAX_SCORE - s);
            }
            if (!trusted && (bad & HIGH_BITS) != 0) {
                return false;
            }
            byte status = statusOfPoints[sum];
            points[v] = (short) sum;
            statuses[v] = status;
            counts[status]++;
        }
        return true;
    }
}
