// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.batch;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The official scoring loops on the JDK's Vector API, one for each layout of a {@link ScoreMatrix}.
 *
 * <p>{@link #runBlocks} reads the {@link Blocks} layout (a matrix that holds its own copy): the
 * six words and the 16-bit tails of eight villages lie as a vector loads them, so every step is
 * vector work, villages across the lanes, and the loop runs close to memory speed.
 *
 * <p>{@link #run} reads rows (a wrapped array). Villages are taken in blocks of {@value #BLOCK}
 * (3,200 bytes of scores, in the first-level cache after their first read). For each block: the
 * range check runs over the block's bytes as they lie, 32 or 64 at a time (an add, an OR and a
 * sign test each), where the scalar loop spends about a third of its work; a scalar pass reads each
 * row as seven little-endian longs and folds them with masks and adds (SWAR) into two sums, IKS
 * and IKE + 4 IKL (N = 12 IKS + 35 (IKE + 4 IKL)), each added across its lanes with one
 * multiplication, into a scratch array; the vector pass then finds the statuses and counts.
 * Putting villages across the lanes from rows needs a copy of every block into columns, which
 * costs more than all the vector work after it (docs/benchmarks.md, "The vector loop").
 *
 * <p>Both end in {@link #finish}: a village's status is the number of thresholds its N reaches,
 * the status counts are the population counts of the compare masks. Loaded only by
 * {@link VectorLoops}, which checks that the model's row is the official one.
 */
final class VectorRowLoop implements RowLoop {

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    static final VectorSpecies<Byte> RAW = ByteVector.SPECIES_PREFERRED;
    /** Villages across the lanes of the block loop: 8 with 512-bit vectors, 4 with 256-bit. */
    static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;
    static final int WIDE = LONGS.length();
    static final VectorSpecies<Short> WIDE_SHORTS = VectorSpecies.of(short.class,
            VectorShape.forBitSize(Math.max(64, WIDE * Short.SIZE)));
    /** The bytes of one vector of longs. */
    private static final VectorSpecies<Byte> WORD_BYTES = VectorSpecies.of(byte.class, LONGS.vectorShape());
    /** Lanes 4..7 of an 8-lane vector, which take their tails from the block's second long. */
    private static final VectorMask<Long> UPPER_HALF = LONGS.indexInRange(-Blocks.VILLAGES / 2, Blocks.VILLAGES / 2);
    /** Where lane j's 16-bit tail sits in its long: 16 (j mod 4). */
    private static final LongVector TAIL_SHIFTS = LongVector.fromArray(LONGS, new long[] {0, 16, 32, 48, 0, 16, 32, 48},
            0);
    /** The statuses of one block's eight villages. */
    static final VectorSpecies<Byte> STATUS_BYTES = ByteVector.SPECIES_64;
    /** Blocks checked at once: 3,200 bytes. */
    static final int CHECK_BLOCKS = 8;
    /** Villages per block: 3,200 bytes of scores and 256 of scratch, small beside the first-level cache. */
    private static final int BLOCK = 64;
    private static final int ROW = 50;
    private static final long ONES_8 = 0x0101010101010101L;
    private static final long IKS_IN_WORD_4 = 0x0000_0000_00FF_FFFFL;
    static final byte MAX_SCORE = 5;
    private static final byte SIX_UP = 0x7A;
    /**
     * Whether this is Java 17 or 18, whose API has {@code UNSIGNED_GT} and {@code LongVector}'s
     * byte[] loads (both gone in later versions): {@link VectorBlocks17} uses them there, and the
     * portable code below runs on later JDKs.
     */
    private static final boolean JDK_17_API = Runtime.version().feature() <= 18;

    private final int t1;
    private final int t2;
    private final int t3;
    private final int t4;

    private VectorRowLoop(long[] thresholds) {
        this.t1 = (int) thresholds[1];
        this.t2 = (int) thresholds[2];
        this.t3 = (int) thresholds[3];
        this.t4 = (int) thresholds[4];
    }

    /** Whether the hardware backs vectors of at least 256 bits (otherwise the API runs far slower than scalar code). */
    static boolean usable() {
        return RAW.length() >= 32 && (WIDE == 4 || WIDE == 8) && WIDE_SHORTS.length() == WIDE
                && ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;
    }

    /**
     * The loop for these status thresholds (the lowest N of each status, by ordinal, ascending), or
     * null if there are not five.
     */
    static RowLoop of(long[] thresholds) {
        return thresholds.length == 5 ? new VectorRowLoop(thresholds) : null;
    }

    @Override
    public String describe() {
        return "the Vector API loop (" + LONGS.vectorBitSize() + "-bit vectors, " + WIDE + " villages a vector)";
    }

    @Override
    public boolean run(byte[] scores, int from, int to, short[] numerators, byte[] statuses, int shift, long[] counts,
            boolean check) {
        long[] n = new long[BLOCK];
        long[] reached = new long[4];
        boolean valid = true;
        for (int start = from; start < to; start += BLOCK) {
            int size = Math.min(BLOCK, to - start);
            int base = start * ROW;
            if (check) {
                valid &= JDK_17_API ? VectorBlocks17.inRange(scores, base, base + size * ROW)
                        : inRange(scores, base, base + size * ROW);
            }
            for (int j = 0; j < size; j++, base += ROW) {
                long x0 = (long) LONG.get(scores, base);
                long x1 = (long) LONG.get(scores, base + 8);
                long x2 = (long) LONG.get(scores, base + 16);
                long x3 = (long) LONG.get(scores, base + 24);
                long x4 = (long) LONG.get(scores, base + 32);
                long x5 = (long) LONG.get(scores, base + 40);
                long x6 = (long) LONG.get(scores, base + 42);
                long iks = x0 + x1 + x2 + x3 + (x4 & IKS_IN_WORD_4);
                long ike = (x4 & ~IKS_IN_WORD_4) + (x5 & 0x00FF_FFFF_FFFF_FFFFL);
                long ikl = (x5 >>> 56) | (x6 >>> 40 & 0x0000_0000_00FF_FF00L);
                // IKE + 4 IKL is at most 60 + 60: its lanes add up in the top byte without carries.
                long ike4ikl = ike + (ikl << 2);
                n[j] = 12 * ((iks * ONES_8) >>> 56) + 35 * ((ike4ikl * ONES_8) >>> 56);
            }
            int j = 0;
            for (; j <= size - Blocks.VILLAGES; j += Blocks.VILLAGES) {
                ByteVector status8 = ByteVector.zero(STATUS_BYTES);
                for (int h = 0; h < Blocks.VILLAGES / WIDE; h++) {
                    LongVector v = LongVector.fromArray(LONGS, n, j + h * WIDE);
                    status8 = status8.or(finish(v, h, numerators, start + j + h * WIDE - shift, reached));
                }
                status8.intoArray(statuses, start + j - shift);
            }
            for (; j < size; j++) {
                long value = n[j];
                int above1 = value >= t1 ? 1 : 0;
                int above2 = value >= t2 ? 1 : 0;
                int above3 = value >= t3 ? 1 : 0;
                int above4 = value >= t4 ? 1 : 0;
                reached[0] += above1;
                reached[1] += above2;
                reached[2] += above3;
                reached[3] += above4;
                numerators[start + j - shift] = (short) value;
                statuses[start + j - shift] = (byte) (above1 + above2 + above3 + above4);
            }
        }
        addCounts(counts, to - from, reached);
        return valid;
    }

    /**
     * N of the villages in the lanes from their six words and 16-bit tails: lane-wise, the scalar
     * official loop's fold (IKS, IKE and IKL bytes masked and added, each index's eight lanes added
     * with one multiplication, weighted by 12, 35 and 140).
     */
    static LongVector numerators(LongVector x0, LongVector x1, LongVector x2, LongVector x3, LongVector x4,
            LongVector x5, LongVector tail) {
        LongVector iks = x0.add(x1).add(x2).add(x3).add(x4.and(0x0000_0000_00FF_FFFFL));
        LongVector ike = x4.and(0xFFFF_FFFF_FF00_0000L).add(x5.and(0x00FF_FFFF_FFFF_FFFFL));
        LongVector ikl = x5.lanewise(VectorOperators.LSHR, 56).or(tail.lanewise(VectorOperators.LSHL, 8));
        return iks.mul(ONES_8).lanewise(VectorOperators.LSHR, 56).mul(12)
                .add(ike.mul(ONES_8).lanewise(VectorOperators.LSHR, 56).mul(35))
                .add(ikl.mul(ONES_8).lanewise(VectorOperators.LSHR, 56).mul(140));
    }

    /**
     * Stores N of {@link #WIDE} villages at {@code at} of the numerators, adds how many reach each
     * threshold to {@code reached}, and returns their statuses narrowed into part {@code h} of eight
     * bytes. Both loops end here, so that each conversion of the Vector API is used with one
     * shape only: a call site of the API that sees several compiles to slow, boxed code.
     */
    ByteVector finish(LongVector n, int h, short[] numerators, int at, long[] reached) {
        VectorMask<Long> m1 = n.compare(VectorOperators.GE, t1);
        VectorMask<Long> m2 = n.compare(VectorOperators.GE, t2);
        VectorMask<Long> m3 = n.compare(VectorOperators.GE, t3);
        VectorMask<Long> m4 = n.compare(VectorOperators.GE, t4);
        reached[0] += m1.trueCount();
        reached[1] += m2.trueCount();
        reached[2] += m3.trueCount();
        reached[3] += m4.trueCount();
        LongVector status = LongVector.zero(LONGS).add(1, m1).add(1, m2).add(1, m3).add(1, m4);
        ((ShortVector) n.convertShape(VectorOperators.L2S, WIDE_SHORTS, 0)).intoArray(numerators, at);
        return (ByteVector) status.convertShape(VectorOperators.L2B, STATUS_BYTES, -h);
    }

    /** Adds the status counts of {@code total} villages, given how many reached each threshold. */
    static void addCounts(long[] counts, long total, long[] reached) {
        counts[0] += total - reached[0];
        counts[1] += reached[0] - reached[1];
        counts[2] += reached[1] - reached[2];
        counts[3] += reached[2] - reached[3];
        counts[4] += reached[3];
    }

    /**
     * The loop over a matrix in the {@link Blocks} layout, where the data are already as the
     * vectors want them: villages across the lanes of a {@code LongVector} (4 or 8 lanes), each of
     * the six words of a block loaded as it lies, the 16-bit tails widened to the lanes. Lane-wise,
     * what the scalar official loop does for one village (SWAR sums of IKS, IKE and IKL, one
     * multiplication each to add a lane's bytes, weights 12, 35, 140); then the status as the
     * number of thresholds reached and the counts as population counts of the compare masks. The
     * range check runs over the raw bytes of every {@value #CHECK_BLOCKS} blocks before they are
     * scored, while they are in the first-level cache.
     */
    @Override
    public boolean runBlocks(byte[] scores, int from, int to, short[] numerators, byte[] statuses, int shift,
            long[] counts, boolean check) {
        if (JDK_17_API) {
            return VectorBlocks17.run(this, scores, from, to, numerators, statuses, shift, counts, check);
        }
        long[] reached = new long[4];
        boolean valid = true;
        int column = Long.BYTES * Blocks.VILLAGES;
        for (int start = from; start < to; start += CHECK_BLOCKS * Blocks.VILLAGES) {
            int end = Math.min(to, start + CHECK_BLOCKS * Blocks.VILLAGES);
            if (check) {
                valid &= inRange(scores, start / Blocks.VILLAGES * Blocks.BYTES, end / Blocks.VILLAGES * Blocks.BYTES);
            }
            for (int v = start; v < end; v += Blocks.VILLAGES) {
                int block = v / Blocks.VILLAGES * Blocks.BYTES;
                ByteVector status8 = ByteVector.zero(STATUS_BYTES);
                long tails0 = (long) LONG.get(scores, block + Blocks.TAIL);
                long tails1 = (long) LONG.get(scores, block + Blocks.TAIL + Long.BYTES);
                for (int h = 0; h < Blocks.VILLAGES / WIDE; h++) {
                    int base = block + h * WIDE * Long.BYTES;
                    // Bytes loaded and seen as longs (this needs a little-endian platform, see usable()).
                    LongVector x0 = ByteVector.fromArray(WORD_BYTES, scores, base).reinterpretAsLongs();
                    LongVector x1 = ByteVector.fromArray(WORD_BYTES, scores, base + column).reinterpretAsLongs();
                    LongVector x2 = ByteVector.fromArray(WORD_BYTES, scores, base + 2 * column).reinterpretAsLongs();
                    LongVector x3 = ByteVector.fromArray(WORD_BYTES, scores, base + 3 * column).reinterpretAsLongs();
                    LongVector x4 = ByteVector.fromArray(WORD_BYTES, scores, base + 4 * column).reinterpretAsLongs();
                    LongVector x5 = ByteVector.fromArray(WORD_BYTES, scores, base + 5 * column).reinterpretAsLongs();
                    // The 16-bit tails of the lanes' villages: four in each long, spread by shifts.
                    LongVector tails = WIDE == Blocks.VILLAGES
                            ? LongVector.broadcast(LONGS, tails0).blend(tails1, UPPER_HALF)
                            : LongVector.broadcast(LONGS, h == 0 ? tails0 : tails1);
                    LongVector tail = tails.lanewise(VectorOperators.LSHR, TAIL_SHIFTS).and(0xFFFFL);
                    LongVector n = numerators(x0, x1, x2, x3, x4, x5, tail);
                    status8 = status8.or(finish(n, h, numerators, v + h * WIDE - shift, reached));
                }
                status8.intoArray(statuses, v - shift);
            }
        }
        addCounts(counts, to - from, reached);
        return valid;
    }

    /** Whether every byte in [from, to) is 0..5: one comparison a vector, the tail byte by byte. */
    static boolean inRange(byte[] scores, int from, int to) {
        int i = from;
        for (int end = to - RAW.length(); i <= end; i += RAW.length()) {
            ByteVector x = ByteVector.fromArray(RAW, scores, i);
            // A lane is outside 0..5 when it or it + 0x7A is negative.
            if (x.or(x.add(SIX_UP)).compare(VectorOperators.LT, (byte) 0).anyTrue()) {
                return false;
            }
        }
        for (; i < to; i++) {
            if (Byte.toUnsignedInt(scores[i]) > MAX_SCORE) {
                return false;
            }
        }
        return true;
    }
}
