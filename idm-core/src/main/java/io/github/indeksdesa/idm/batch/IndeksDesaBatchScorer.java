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
    /** Added to a byte lane, sets its high bit when the lane is above 4. */
    private static final long FIVE_UP = 0x7B7B7B7B7B7B7B7BL;
    private static final long EVEN_BYTES = 0x00FF00FF00FF00FFL;
    private static final long ONES_16 = 0x0001000100010001L;
    private static final int MAX_SWAR_WORDS = 50;
    /** Status counts: one 12-bit field per status in one long. */
    private static final int COUNT_FIELD_BITS = 12;
    private static final int COUNT_FIELD_MAX = (1 << COUNT_FIELD_BITS) - 1;
    /** Keeps a garbage sum (from bytes outside 1..5) inside 0..2047; valid sums are at most 5 × 400. */
    private static final int SUM_MASK = 0x7FF;

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

    /**
     * Scores villages [from, to); false if a score is outside 1..5 (then the output is meaningless).
     *
     * <p>Eight scores a word (SWAR): a row's words are added lane by lane and the lanes folded once
     * per row; a row whose length is not a multiple of eight ends with a word read back from its
     * last byte, the bytes already counted masked off. Every byte lane of the sum stays below 256
     * for rows of up to 50 words and the tail word (5 × 51 = 255). Statuses are counted in 12-bit
     * fields of one long, emptied every 4,095 villages, so that no count waits on the one before.
     */
    private boolean run(byte[] scores, int from, int to, short[] points, byte[] statuses, long[] counts,
            boolean trusted) {
        int width = model.itemCount();
        if (width < Long.BYTES || width > Long.BYTES * MAX_SWAR_WORDS) {
            return runPlain(scores, from, to, points, statuses, counts, trusted);
        }
        final boolean check = !trusted;
        final int words = width / Long.BYTES;
        final int tail = width % Long.BYTES;
        // The tail word: the bytes before the row's last `tail` masked off for the sum, and set to 1
        // (a valid score) for the check.
        final long tailKeep = tail == 0 ? 0 : -1L << (Byte.SIZE * (Long.BYTES - tail));
        final long tailFill = ONES & ~tailKeep;
        final byte[] table = statusOfPoints;
        long bad = 0;
        int v = from;
        int base = from * width;
        while (v < to) {
            int end = Math.min(to, v + COUNT_FIELD_MAX);
            long packed = 0;
            for (; v < end; v++, base += width) {
                long lanes = 0;
                for (int i = base, stop = base + words * Long.BYTES; i < stop; i += Long.BYTES) {
                    long x = (long) LONG.get(scores, i);
                    lanes += x;
                    if (check) {
                        bad |= outsideOneToFive(x);
                    }
                }
                if (tail != 0) {
                    long x = (long) LONG.get(scores, base + width - Long.BYTES) & tailKeep;
                    lanes += x;
                    if (check) {
                        bad |= outsideOneToFive(x | tailFill);
                    }
                }
                long pairs = (lanes & EVEN_BYTES) + (lanes >>> Byte.SIZE & EVEN_BYTES);
                // Bytes outside 1..5 give garbage, but the mask keeps it inside the table's reach.
                int sum = (int) ((pairs * ONES_16) >>> 48) & SUM_MASK;
                int status = sum < table.length ? table[sum] : 0;
                points[v] = (short) sum;
                statuses[v] = (byte) status;
                packed += 1L << (status * COUNT_FIELD_BITS);
            }
            for (int s = 0; s < counts.length; s++) {
                counts[s] += packed >>> (s * COUNT_FIELD_BITS) & COUNT_FIELD_MAX;
            }
        }
        return (bad & HIGH_BITS) == 0;
    }

    /**
     * Sets the high bit of every byte lane of {@code x} that is not 1..5, and maybe of others when
     * one is (a lane of 0 borrows from the next): x - 1 takes 1..5 to 0..4; adding 0x7B sets the
     * high bit of a lane above 4, the OR keeps the high bit of a lane of 0x80 or more.
     */
    private static long outsideOneToFive(long x) {
        long y = x - ONES;
        return (y + FIVE_UP) | y;
    }

    /** One score at a time, for rows too short or too long for the word loop. */
    private boolean runPlain(byte[] scores, int from, int to, short[] points, byte[] statuses, long[] counts,
            boolean trusted) {
        int width = model.itemCount();
        boolean valid = true;
        for (int v = from, base = from * width; v < to; v++, base += width) {
            int sum = 0;
            for (int i = base; i < base + width; i++) {
                int s = scores[i];
                valid &= trusted || s >= IndeksDesaModel.MIN_SCORE && s <= IndeksDesaModel.MAX_SCORE;
                sum += s;
            }
            if (!valid) {
                return false;
            }
            int status = statusOfPoints[sum];
            points[v] = (short) sum;
            statuses[v] = (byte) status;
            counts[status]++;
        }
        return true;
    }
}
