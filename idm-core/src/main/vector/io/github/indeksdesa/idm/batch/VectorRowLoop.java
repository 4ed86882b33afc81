// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.batch;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The official scoring loop with the JDK's Vector API doing what vectors do well on row-major
 * data. Villages are taken in blocks of {@value #BLOCK} (3,200 bytes of scores, in the first-level
 * cache after their first read). For each block:
 * <ol>
 *   <li>the range check runs over the block's bytes as they lie, 32 or 64 at a time (one unsigned
 *       comparison with 5 each), where the scalar loop spends about a third of its work;
 *   <li>a scalar pass reads each row as seven little-endian longs (bytes 0, 8, 16, 24, 32, 40, 42,
 *       as the scalar official loop does) and folds them with masks and adds (SWAR) into two sums:
 *       IKS, and IKE + 4 IKL, so that N = 12 IKS + 35 (IKE + 4 IKL) (140 = 35 × 4); each sum's eight
 *       lanes are added with one multiplication, and N goes to a scratch array of the block;
 *   <li>the vector pass takes N of 8 or 16 villages a step, compares it with the four status
 *       thresholds (a village's status is the number it reaches; the status counts are the
 *       population counts of the compare masks) and stores N and the status, narrowed, in place.
 * </ol>
 * A first version put villages across the lanes from the start, copying each block into seven
 * column arrays with scalar stores: that copy cost more than all the vector work after it
 * (docs/benchmarks.md, "The vector loop"). Loaded only by {@link VectorLoops}, which checks that
 * the model's row is the official one.
 */
final class VectorRowLoop implements RowLoop {

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_PREFERRED;
    private static final int LANES = INTS.length();
    private static final VectorSpecies<Short> SHORTS = VectorSpecies.of(short.class,
            VectorShape.forBitSize(Math.max(64, LANES * Short.SIZE)));
    private static final VectorSpecies<Byte> BYTES = VectorSpecies.of(byte.class,
            VectorShape.forBitSize(Math.max(64, LANES * Byte.SIZE)));
    private static final VectorSpecies<Byte> RAW = ByteVector.SPECIES_PREFERRED;
    /** Villages per block: 3,200 bytes of scores and 256 of scratch, small beside the first-level cache. */
    private static final int BLOCK = 64;
    private static final int ROW = 50;
    private static final long ONES_8 = 0x0101010101010101L;
    private static final long IKS_IN_WORD_4 = 0x0000_0000_00FF_FFFFL;
    private static final byte MAX_SCORE = 5;

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
        return LANES >= 8 && SHORTS.length() == LANES && BYTES.length() == LANES && RAW.length() >= 32;
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
        return "the Vector API loop (" + INTS.vectorBitSize() + "-bit vectors, " + LANES + " villages a step)";
    }

    @Override
    public boolean run(byte[] scores, int from, int to, short[] numerators, byte[] statuses, int shift, long[] counts,
            boolean check) {
        int[] n = new int[BLOCK];
        boolean valid = true;
        long ge1 = 0;
        long ge2 = 0;
        long ge3 = 0;
        long ge4 = 0;
        for (int start = from; start < to; start += BLOCK) {
            int size = Math.min(BLOCK, to - start);
            int base = start * ROW;
            if (check) {
                valid &= inRange(scores, base, base + size * ROW);
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
                n[j] = (int) (12 * ((iks * ONES_8) >>> 56) + 35 * ((ike4ikl * ONES_8) >>> 56));
            }
            int j = 0;
            for (; j <= size - LANES; j += LANES) {
                IntVector v = IntVector.fromArray(INTS, n, j);
                VectorMask<Integer> m1 = v.compare(VectorOperators.GE, t1);
                VectorMask<Integer> m2 = v.compare(VectorOperators.GE, t2);
                VectorMask<Integer> m3 = v.compare(VectorOperators.GE, t3);
                VectorMask<Integer> m4 = v.compare(VectorOperators.GE, t4);
                ge1 += m1.trueCount();
                ge2 += m2.trueCount();
                ge3 += m3.trueCount();
                ge4 += m4.trueCount();
                IntVector status = IntVector.zero(INTS).add(1, m1).add(1, m2).add(1, m3).add(1, m4);
                int at = start + j - shift;
                ((ShortVector) v.convertShape(VectorOperators.I2S, SHORTS, 0)).intoArray(numerators, at);
                ((ByteVector) status.convertShape(VectorOperators.I2B, BYTES, 0)).intoArray(statuses, at);
            }
            for (; j < size; j++) {
                int value = n[j];
                int above1 = value >= t1 ? 1 : 0;
                int above2 = value >= t2 ? 1 : 0;
                int above3 = value >= t3 ? 1 : 0;
                int above4 = value >= t4 ? 1 : 0;
                ge1 += above1;
                ge2 += above2;
                ge3 += above3;
                ge4 += above4;
                numerators[start + j - shift] = (short) value;
                statuses[start + j - shift] = (byte) (above1 + above2 + above3 + above4);
            }
        }
        long total = to - from;
        counts[0] += total - ge1;
        counts[1] += ge1 - ge2;
        counts[2] += ge2 - ge3;
        counts[3] += ge3 - ge4;
        counts[4] += ge4;
        return valid;
    }

    /** Whether every byte in [from, to) is 0..5: one unsigned comparison a vector, the tail byte by byte. */
    private static boolean inRange(byte[] scores, int from, int to) {
        int i = from;
        for (int end = to - RAW.length(); i <= end; i += RAW.length()) {
            if (ByteVector.fromArray(RAW, scores, i).compare(VectorOperators.UNSIGNED_GT, MAX_SCORE).anyTrue()) {
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
