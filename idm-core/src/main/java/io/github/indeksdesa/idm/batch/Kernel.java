// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.batch;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.Status;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The scoring loop. A village's row is read eight scores at a time as a little-endian long; the
 * bytes of each index are picked out with masks and summed lane-wise (SWAR), then weighted and
 * folded into the grid numerator N with a few multiplications. Exact for scores 0..5: no lane can
 * carry into the next. Any byte outside 0..5 is detected in the same pass (see {@link #run}).
 * Rows shorter than eight bytes, or so long that a byte lane could overflow, take the plain loop;
 * the official 50-score row has its own unrolled loop.
 */
final class Kernel {

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    /** Added to a lane of 0..127, sets its high bit exactly when the lane is 6 or more. */
    private static final long SIX_UP = 0x7A7A7A7A7A7A7A7AL;
    private static final long EVEN_BYTES = 0x00FF00FF00FF00FFL;
    private static final long ONES_16 = 0x0001000100010001L;
    private static final long ONES_8 = 0x0101010101010101L;
    /** Status counts of the official loop: one 12-bit field per status in one long. */
    private static final int COUNT_FIELD_BITS = 12;
    private static final int COUNT_FIELD_MAX = (1 << COUNT_FIELD_BITS) - 1;
    /** Longest row whose lanes cannot overflow: 51 words of scores up to 5 stay under 256. */
    private static final int MAX_SWAR_WIDTH = 400;

    private final int width;
    private final int[] positionWeight;
    private final int[] wordOffset;
    private final long[] iksMask;
    private final long[] ikeMask;
    private final long[] iklMask;
    private final long iksWeight;
    private final long ikeWeight;
    private final long iklWeight;
    /** Status ordinal of every N in 0..65535 (above the grid: the top status; never reached by valid rows). */
    private final byte[] statusOf;
    /** The first {@value #OFFICIAL_TABLE} entries of {@link #statusOf}, for the official loops: 8 KB, in the first-level cache. */
    private final byte[] officialStatusOf;
    private static final int OFFICIAL_TABLE = 1 << 13;
    /** Villages per call of the vector block loop: 4,096 (a multiple of a block), 200 KB of scores. */
    private static final int VECTOR_SLICE = 1 << 12;

    /** The loops, fastest first; each gives the same results. */
    enum Loop {
        /** The official loop on the Vector API, villages across lanes, when the JVM has it ({@link VectorLoops}). */
        VECTOR,
        /** Unrolled for the official row layout. */
        OFFICIAL,
        /** Word at a time with per-word masks, for any row of 8 to 400 scores. */
        WORDS,
        /** One score at a time. */
        PLAIN
    }

    private final Loop loop;
    /** The vector loop, when {@link #loop} is {@link Loop#VECTOR}. */
    private final RowLoop vector;

    /**
     * Prepares the fastest loop that fits the model, but none faster than {@code fastest}.
     *
     * @param fastest the fastest loop allowed; tests force slower ones to compare them
     */
    Kernel(IdmModel model, Loop fastest) {
        this.width = model.indicatorCount();
        this.positionWeight = new int[width];
        for (int p = 0; p < width; p++) {
            positionWeight[p] = (int) model.weight(model.indicators().get(p).index());
        }
        this.iksWeight = model.weight(Index.IKS);
        this.ikeWeight = model.weight(Index.IKE);
        this.iklWeight = model.weight(Index.IKL);
        boolean words = fastest != Loop.PLAIN && width >= Long.BYTES && width <= MAX_SWAR_WIDTH;
        boolean official = (fastest == Loop.VECTOR || fastest == Loop.OFFICIAL) && isOfficialRow(model);
        int wordCount = (width + Long.BYTES - 1) / Long.BYTES;
        this.wordOffset = new int[wordCount];
        this.iksMask = new long[wordCount];
        this.ikeMask = new long[wordCount];
        this.iklMask = new long[wordCount];
        for (int k = 0; k < wordOffset.length && width >= Long.BYTES; k++) {
            // The last word is read ending at the row's end; its bytes already counted are masked off.
            int offset = Math.min(k * Long.BYTES, width - Long.BYTES);
            wordOffset[k] = offset;
            for (int lane = 0; lane < Long.BYTES; lane++) {
                int p = offset + lane;
                if (p < k * Long.BYTES) {
                    continue;
                }
                long mask = 0xFFL << (lane * Byte.SIZE);
                switch (model.indicators().get(p).index()) {
                    case IKS:
                        iksMask[k] |= mask;
                        break;
                    case IKE:
                        ikeMask[k] |= mask;
                        break;
                    default:
                        iklMask[k] |= mask;
                        break;
                }
            }
        }
        this.statusOf = new byte[1 << 16];
        for (Status status : Status.values()) {
            int from = (int) Math.min(model.lowestGridNumerator(status), statusOf.length);
            java.util.Arrays.fill(statusOf, from, statusOf.length, (byte) status.ordinal());
        }
        this.officialStatusOf = java.util.Arrays.copyOf(statusOf, OFFICIAL_TABLE);
        this.vector = official && fastest == Loop.VECTOR ? VectorLoops.loop(statusOf) : null;
        this.loop = vector != null ? Loop.VECTOR : official ? Loop.OFFICIAL : words ? Loop.WORDS : Loop.PLAIN;
    }

    /**
     * Whether the model's row is the official one: 35 IKS, 12 IKE and 3 IKL scores in that order,
     * weighted 12, 35 and 140 (the unrolled loops and the {@link Blocks} layout assume it).
     */
    static boolean isOfficialRow(IdmModel model) {
        return model.indicatorCount() == Blocks.WIDTH && model.indicatorCount(Index.IKS) == 35
                && model.indicatorCount(Index.IKE) == 12 && model.indicatorCount(Index.IKL) == 3
                && model.firstPosition(Index.IKS) == 0 && model.firstPosition(Index.IKE) == 35
                && model.firstPosition(Index.IKL) == 47 && model.weight(Index.IKS) == 12
                && model.weight(Index.IKE) == 35 && model.weight(Index.IKL) == 140;
    }

    Loop loop() {
        return loop;
    }

    int statusOf(int gridNumerator) {
        return statusOf[gridNumerator];
    }

    /**
     * Scores villages {@code from} (inclusive) to {@code to} (exclusive) into {@code numerators} and
     * {@code statuses}, adding each village's status to {@code counts}. Village {@code v} is written
     * at index {@code v - shift} of both arrays (0 to score into arrays of the whole matrix,
     * {@code from} to score a chunk into scratch arrays of the chunk's size).
     *
     * @param trusted whether the scores are known to be 0..5 (then the official loop skips its range check)
     * @return whether every byte read was in 0..5; if not, the outputs are meaningless
     */
    boolean run(byte[] scores, boolean blocked, int from, int to, short[] numerators, byte[] statuses, int shift,
            long[] counts, boolean trusted) {
        if (blocked) {
            switch (loop) {
                case VECTOR:
                    // Whole blocks on the vector loop; the villages of a partial block at either end on the scalar one.
                    int first = Math.min(to, (from + Blocks.VILLAGES - 1) & -Blocks.VILLAGES);
                    int last = Math.max(first, to & -Blocks.VILLAGES);
                    boolean valid = runOfficialBlocks(scores, from, first, numerators, statuses, shift, counts, !trusted);
                    // In slices: a call per slice lets the JIT compile the loop as a method, not on stack
                    // replacement in one long call, which C2 on JDK 17 sometimes made three times slower.
                    for (int slice = first; slice < last; slice += VECTOR_SLICE) {
                        valid &= vector.runBlocks(scores, slice, Math.min(last, slice + VECTOR_SLICE), numerators,
                                statuses, shift, counts, !trusted);
                    }
                    return runOfficialBlocks(scores, last, to, numerators, statuses, shift, counts, !trusted) && valid;
                case OFFICIAL:
                    return runOfficialBlocks(scores, from, to, numerators, statuses, shift, counts, !trusted);
                default:
                    return runPlain(scores, true, from, to, numerators, statuses, shift, counts);
            }
        }
        switch (loop) {
            case VECTOR:
                return vector.run(scores, from, to, numerators, statuses, shift, counts, !trusted);
            case OFFICIAL:
                return runOfficial(scores, from, to, numerators, statuses, shift, counts, !trusted);
            case WORDS:
                return runSwar(scores, from, to, numerators, statuses, shift, counts);
            default:
                return runPlain(scores, false, from, to, numerators, statuses, shift, counts);
        }
    }

    private boolean runSwar(byte[] scores, int from, int to, short[] numerators, byte[] statuses, int shift,
            long[] counts) {
        final int[] offsets = wordOffset;
        final long[] m0 = iksMask;
        final long[] m1 = ikeMask;
        final long[] m2 = iklMask;
        final int words = offsets.length;
        final long w0 = iksWeight;
        final long w1 = ikeWeight;
        final long w2 = iklWeight;
        final byte[] table = statusOf;
        long c0 = 0;
        long c1 = 0;
        long c2 = 0;
        long c3 = 0;
        long c4 = 0;
        long high = 0;
        long six = 0;
        int base = from * width;
        for (int v = from; v < to; v++, base += width) {
            long a0 = 0;
            long a1 = 0;
            long a2 = 0;
            for (int k = 0; k < words; k++) {
                long x = (long) LONG.get(scores, base + offsets[k]);
                high |= x;
                six |= x + SIX_UP;
                a0 += x & m0[k];
                a1 += x & m1[k];
                a2 += x & m2[k];
            }
            // Bytes to 16-bit lanes, weight each index, then add the four lanes into the top one.
            long t = w0 * ((a0 & EVEN_BYTES) + (a0 >>> 8 & EVEN_BYTES))
                    + w1 * ((a1 & EVEN_BYTES) + (a1 >>> 8 & EVEN_BYTES))
                    + w2 * ((a2 & EVEN_BYTES) + (a2 >>> 8 & EVEN_BYTES));
            int n = (int) ((t * ONES_16) >>> 48);
            numerators[v - shift] = (short) n;
            int status = table[n];
            statuses[v - shift] = (byte) status;
            // Five counters rather than counts[status]++: no store-to-load chain between villages.
            c0 += status == 0 ? 1 : 0;
            c1 += status == 1 ? 1 : 0;
            c2 += status == 2 ? 1 : 0;
            c3 += status == 3 ? 1 : 0;
            c4 += status == 4 ? 1 : 0;
        }
        counts[0] += c0;
        counts[1] += c1;
        counts[2] += c2;
        counts[3] += c3;
        counts[4] += c4;
        return ((high | six) & HIGH_BITS) == 0;
    }

    /**
     * {@link #runSwar} unrolled for the official 50-score row, which the JIT cannot do from the
     * mask tables: words at 0, 8, 16, 24 are IKS; 32 holds 3 IKS and 5 IKE scores; 40 holds 7 IKE
     * and 1 IKL; the word at 42 adds the last two IKL scores (its top two bytes). An index's sum is
     * at most 175, so one multiplication adds a word's eight lanes into its top byte without
     * carries; statuses are counted in 12-bit fields of one long, emptied every 4095 villages.
     * About twice as fast as the generic loop.
     */
    private boolean runOfficial(byte[] scores, int from, int to, short[] numerators, byte[] statuses, int shift,
            long[] counts, boolean check) {
        final byte[] table = officialStatusOf;
        long bad = 0;
        int base = from * 50;
        int v = from;
        while (v < to) {
            int end = Math.min(to, v + COUNT_FIELD_MAX);
            long packed = 0;
            for (; v < end; v++, base += 50) {
                long x0 = (long) LONG.get(scores, base);
                long x1 = (long) LONG.get(scores, base + 8);
                long x2 = (long) LONG.get(scores, base + 16);
                long x3 = (long) LONG.get(scores, base + 24);
                long x4 = (long) LONG.get(scores, base + 32);
                long x5 = (long) LONG.get(scores, base + 40);
                long x6 = (long) LONG.get(scores, base + 42);
                if (check) {
                    // A third of the loop's work; skipped for a matrix that check() has passed.
                    bad |= outside(x0, x1, x2, x3, x4, x5, x6);
                }
                packed += store(numerator(x0, x1, x2, x3, x4, x5, x6 >>> 48), v - shift, numerators, statuses, table);
            }
            for (int s = 0; s < counts.length; s++) {
                counts[s] += packed >>> (s * COUNT_FIELD_BITS) & COUNT_FIELD_MAX;
            }
        }
        return (bad & HIGH_BITS) == 0;
    }

    /**
     * N of an official row from its first 48 scores as six little-endian words and its last two as
     * the low 16 bits of {@code tail}: words 0..3 and three bytes of word 4 are IKS, the rest of
     * word 4 and seven bytes of word 5 IKE, the top byte of word 5 and the tail IKL. An index's sum
     * is at most 175, so one multiplication adds a word's eight lanes into its top byte without
     * carries. Bytes outside 0..5 give garbage, but below 256 per index: N stays inside the table.
     */
    private static int numerator(long x0, long x1, long x2, long x3, long x4, long x5, long tail) {
        long iks = x0 + x1 + x2 + x3 + (x4 & 0x0000_0000_00FF_FFFFL);
        long ike = (x4 & 0xFFFF_FFFF_FF00_0000L) + (x5 & 0x00FF_FFFF_FFFF_FFFFL);
        long ikl = (x5 >>> 56) | (tail << 8 & 0x0000_0000_00FF_FF00L);
        // The official weights as constants (checked when the loop was chosen): multiply-free.
        return (int) (12 * ((iks * ONES_8) >>> 56) + 35 * ((ike * ONES_8) >>> 56) + 140 * ((ikl * ONES_8) >>> 56));
    }

    /** {@link #runOfficial} over a matrix in the {@link Blocks} layout: six words and a 16-bit tail a village. */
    private boolean runOfficialBlocks(byte[] scores, int from, int to, short[] numerators, byte[] statuses, int shift,
            long[] counts, boolean check) {
        final byte[] table = officialStatusOf;
        final int column = Long.BYTES * Blocks.VILLAGES;
        long bad = 0;
        int v = from;
        while (v < to) {
            int end = Math.min(to, v + COUNT_FIELD_MAX);
            long packed = 0;
            while (v < end) {
                // One block at a time, so that the offsets inside it rise linearly.
                final int block = (v >>> 3) * Blocks.BYTES;
                final int stop = Math.min(Blocks.VILLAGES, (v & (Blocks.VILLAGES - 1)) + end - v);
                for (int j = v & (Blocks.VILLAGES - 1); j < stop; j++, v++) {
                    int base = block + j * Long.BYTES;
                    long x0 = (long) LONG.get(scores, base);
                    long x1 = (long) LONG.get(scores, base + column);
                    long x2 = (long) LONG.get(scores, base + 2 * column);
                    long x3 = (long) LONG.get(scores, base + 3 * column);
                    long x4 = (long) LONG.get(scores, base + 4 * column);
                    long x5 = (long) LONG.get(scores, base + 5 * column);
                    long tail = (short) SHORT.get(scores, block + Blocks.TAIL + j * 2) & 0xFFFFL;
                    if (check) {
                        bad |= outside(x0, x1, x2, x3, x4, x5, tail);
                    }
                    packed += store(numerator(x0, x1, x2, x3, x4, x5, tail), v - shift, numerators, statuses, table);
                }
            }
            for (int s = 0; s < counts.length; s++) {
                counts[s] += packed >>> (s * COUNT_FIELD_BITS) & COUNT_FIELD_MAX;
            }
        }
        return (bad & HIGH_BITS) == 0;
    }

    /**
     * Sets the high bit of every byte lane of the words that is above 5: adding 0x7A sets it for a
     * lane of 6 to 0x85, the lane itself has it from 0x80 up. Three operations a word.
     */
    private static long outside(long x0, long x1, long x2, long x3, long x4, long x5, long x6) {
        return x0 | (x0 + SIX_UP) | x1 | (x1 + SIX_UP) | x2 | (x2 + SIX_UP) | x3 | (x3 + SIX_UP) | x4 | (x4 + SIX_UP)
                | x5 | (x5 + SIX_UP) | x6 | (x6 + SIX_UP);
    }

    /**
     * Stores a village's N and status; returns its count in the packed 12-bit fields of the
     * statuses. The table is {@link #officialStatusOf}: N of a valid row is at most 6300, the mask
     * only keeps the garbage of a row with bytes outside 0..5 (rejected) inside it.
     */
    private static long store(int n, int at, short[] numerators, byte[] statuses, byte[] table) {
        numerators[at] = (short) n;
        int status = table[n & (OFFICIAL_TABLE - 1)];
        statuses[at] = (byte) status;
        return 1L << (status * COUNT_FIELD_BITS);
    }

    private boolean runPlain(byte[] scores, boolean blocked, int from, int to, short[] numerators, byte[] statuses,
            int shift, long[] counts) {
        boolean valid = true;
        int base = from * width;
        for (int v = from; v < to; v++, base += width) {
            int n = 0;
            for (int p = 0; p < width; p++) {
                int s = scores[blocked ? Blocks.offset(v, p) : base + p];
                valid &= s >= 0 && s <= IdmModel.MAX_SCORE;
                n += positionWeight[p] * s;
            }
            n = Math.max(0, Math.min(n, statusOf.length - 1));
            numerators[v - shift] = (short) n;
            int status = statusOf[n];
            statuses[v - shift] = (byte) status;
            counts[status]++;
        }
        return valid;
    }
}
