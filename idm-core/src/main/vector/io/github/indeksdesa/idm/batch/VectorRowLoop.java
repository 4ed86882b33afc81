// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.batch;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.Vector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The official scoring loop on the JDK's Vector API, with villages across the lanes: each lane of
 * a {@code LongVector} holds one village. A block of villages is first transposed into a scratch
 * array, column-major by word: word k (the row's bytes at 0, 8, 16, 24, 32, 40, 42, as the scalar
 * official loop reads them) of villages v, v+1, ... side by side. Then every step loads the seven
 * words of 4 or 8 villages (256- or 512-bit vectors) and does, lane-wise, what the scalar loop does
 * for one village: masks and adds the bytes of each index (SWAR in each lane), adds each index's
 * bytes with one multiplication, weights them by 12, 35 and 140 into N, and compares N with the
 * four status thresholds; a lane's status is the number of thresholds it reaches, and the status
 * counts are the population counts of the compare masks. N and the status are narrowed and stored
 * eight villages at a time. Bytes outside 0..5 are detected as in the scalar loop. Loaded only by
 * {@link VectorLoops}, which checks that the model's row is the official one.
 */
final class VectorRowLoop implements RowLoop {

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;
    private static final int LANES = LONGS.length();
    private static final VectorSpecies<Short> SHORTS = VectorSpecies.of(short.class,
            VectorShape.forBitSize(Math.max(64, LANES * Short.SIZE)));
    private static final VectorSpecies<Byte> BYTES = ByteVector.SPECIES_64;
    /** Villages per transposed block: 7 words of 512 villages, 28 KB of scratch. */
    private static final int BLOCK = 512;
    private static final int WORDS = 7;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long SIX_UP = 0x7A7A7A7A7A7A7A7AL;
    private static final long ONES_8 = 0x0101010101010101L;

    private final long t1;
    private final long t2;
    private final long t3;
    private final long t4;

    private VectorRowLoop(long[] thresholds) {
        this.t1 = thresholds[1];
        this.t2 = thresholds[2];
        this.t3 = thresholds[3];
        this.t4 = thresholds[4];
    }

    /** Whether the hardware backs vectors of at least 256 bits (otherwise the API runs far slower than scalar code). */
    static boolean usable() {
        return LANES >= 4 && LANES <= GROUP && SHORTS.length() == LANES;
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
        return "the Vector API loop (" + LONGS.vectorBitSize() + "-bit vectors, " + LANES + " villages a vector)";
    }

    @Override
    public boolean run(byte[] scores, int from, int to, short[] numerators, byte[] statuses, int shift, long[] counts,
            boolean check) {
        long[] scratch = new long[WORDS * BLOCK];
        long[] bad = new long[LANES];
        LongVector sixUp = LongVector.broadcast(LONGS, SIX_UP);
        long ge1 = 0;
        long ge2 = 0;
        long ge3 = 0;
        long ge4 = 0;
        for (int start = from; start < to; start += BLOCK) {
            int size = Math.min(BLOCK, to - start);
            int base = start * 50;
            for (int j = 0; j < size; j++, base += 50) {
                scratch[j] = (long) LONG.get(scores, base);
                scratch[BLOCK + j] = (long) LONG.get(scores, base + 8);
                scratch[2 * BLOCK + j] = (long) LONG.get(scores, base + 16);
                scratch[3 * BLOCK + j] = (long) LONG.get(scores, base + 24);
                scratch[4 * BLOCK + j] = (long) LONG.get(scores, base + 32);
                scratch[5 * BLOCK + j] = (long) LONG.get(scores, base + 40);
                scratch[6 * BLOCK + j] = (long) LONG.get(scores, base + 42);
            }
            for (int j = 0; j < size; j += GROUP) {
                ByteVector status8 = ByteVector.zero(BYTES);
                for (int h = 0; h < GROUP / LANES; h++) {
                    int lane = j + h * LANES;
                    LongVector x0 = LongVector.fromArray(LONGS, scratch, lane);
                    LongVector x1 = LongVector.fromArray(LONGS, scratch, BLOCK + lane);
                    LongVector x2 = LongVector.fromArray(LONGS, scratch, 2 * BLOCK + lane);
                    LongVector x3 = LongVector.fromArray(LONGS, scratch, 3 * BLOCK + lane);
                    LongVector x4 = LongVector.fromArray(LONGS, scratch, 4 * BLOCK + lane);
                    LongVector x5 = LongVector.fromArray(LONGS, scratch, 5 * BLOCK + lane);
                    LongVector x6 = LongVector.fromArray(LONGS, scratch, 6 * BLOCK + lane);
                    // Kept in memory, not in a vector variable across the loops, which C2 on JDK 17 boxes.
                    LongVector.fromArray(LONGS, bad, 0).or(x0.or(x1).or(x2).or(x3).or(x4).or(x5).or(x6))
                            .or(x0.add(sixUp).or(x1.add(sixUp)).or(x2.add(sixUp)).or(x3.add(sixUp))
                                    .or(x4.add(sixUp)).or(x5.add(sixUp)).or(x6.add(sixUp))).intoArray(bad, 0);
                    LongVector iks = x0.add(x1).add(x2).add(x3).add(x4.and(0x0000_0000_00FF_FFFFL));
                    LongVector ike = x4.and(0xFFFF_FFFF_FF00_0000L).add(x5.and(0x00FF_FFFF_FFFF_FFFFL));
                    LongVector ikl = x5.lanewise(VectorOperators.LSHR, 56)
                            .or(x6.lanewise(VectorOperators.LSHR, 40).and(0x0000_0000_00FF_FF00L));
                    LongVector n = iks.mul(ONES_8).lanewise(VectorOperators.LSHR, 56).mul(12)
                            .add(ike.mul(ONES_8).lanewise(VectorOperators.LSHR, 56).mul(35))
                            .add(ikl.mul(ONES_8).lanewise(VectorOperators.LSHR, 56).mul(140));
                    VectorMask<Long> m1 = n.compare(VectorOperators.GE, t1);
                    VectorMask<Long> m2 = n.compare(VectorOperators.GE, t2);
                    VectorMask<Long> m3 = n.compare(VectorOperators.GE, t3);
                    VectorMask<Long> m4 = n.compare(VectorOperators.GE, t4);
                    ge1 += m1.trueCount();
                    ge2 += m2.trueCount();
                    ge3 += m3.trueCount();
                    ge4 += m4.trueCount();
                    LongVector status = LongVector.zero(LONGS).add(1, m1).add(1, m2).add(1, m3).add(1, m4);
                    int at = start + lane - shift;
                    ((ShortVector) n.convertShape(VectorOperators.L2S, SHORTS, 0)).intoArray(numerators, at);
                    Vector<Byte> narrowed = status.convertShape(VectorOperators.L2B, BYTES, -h);
                    status8 = status8.or((ByteVector) narrowed);
                }
                status8.intoArray(statuses, start + j - shift);
            }
        }
        long total = to - from;
        counts[0] += total - ge1;
        counts[1] += ge1 - ge2;
        counts[2] += ge2 - ge3;
        counts[3] += ge3 - ge4;
        counts[4] += ge4;
        long any = 0;
        for (long lane : bad) {
            any |= lane;
        }
        return !check || (any & HIGH_BITS) == 0;
    }
}
