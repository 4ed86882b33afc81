package io.github.indeksdesa.idm.batch;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The scoring loop on the JDK's Vector API, for rows of 33 to 64 scores (the official row has 50).
 * A row is read as two vectors of 32 bytes, one at its start and one ending at its end; their bytes
 * are widened to 16-bit lanes and multiplied by the weight of each position (zero where the second
 * vector repeats a position of the first), and the lanes are added into N. The arithmetic is
 * modulo 2^16 throughout, which is exact since N is at most 65535. Bytes outside 0..5 are
 * detected as in the scalar loop. Loaded only by {@link VectorLoops}.
 */
final class VectorRowLoop implements RowLoop {

    private static final VectorSpecies<Byte> BYTES = ByteVector.SPECIES_256;
    private static final VectorSpecies<Short> SHORTS = ShortVector.SPECIES_256;
    private static final int LANES = BYTES.length();
    private static final int HALF = SHORTS.length();
    private static final byte SIX_UP = 0x7A;

    private final int width;
    private final int second;
    private final ShortVector w0;
    private final ShortVector w1;
    private final ShortVector w2;
    private final ShortVector w3;

    private VectorRowLoop(int[] positionWeight) {
        this.width = positionWeight.length;
        this.second = width - LANES;
        short[] weights = new short[2 * LANES];
        for (int lane = 0; lane < LANES; lane++) {
            weights[lane] = (short) positionWeight[lane];
            int p = second + lane;
            weights[LANES + lane] = p < LANES ? 0 : (short) positionWeight[p];
        }
        this.w0 = ShortVector.fromArray(SHORTS, weights, 0);
        this.w1 = ShortVector.fromArray(SHORTS, weights, HALF);
        this.w2 = ShortVector.fromArray(SHORTS, weights, LANES);
        this.w3 = ShortVector.fromArray(SHORTS, weights, LANES + HALF);
    }

    /** Whether the hardware backs 256-bit vectors (otherwise the API runs far slower than scalar code). */
    static boolean usable() {
        return VectorShape.preferredShape().vectorBitSize() >= BYTES.vectorBitSize();
    }

    /** The loop for these weights, or null if the row is not 33 to 64 scores long. */
    static RowLoop of(int[] positionWeight) {
        return positionWeight.length > LANES && positionWeight.length <= 2 * LANES ? new VectorRowLoop(positionWeight) : null;
    }

    @Override
    public boolean run(byte[] scores, int from, int to, short[] numerators, byte[] statuses, int shift, long[] counts,
            boolean check, byte[] statusOf) {
        ByteVector high = ByteVector.zero(BYTES);
        int base = from * width;
        int v = from;
        while (v < to) {
            int end = Math.min(to, v + Kernel.COUNT_FIELD_MAX);
            long packed = 0;
            for (; v < end; v++, base += width) {
                ByteVector a = ByteVector.fromArray(BYTES, scores, base);
                ByteVector b = ByteVector.fromArray(BYTES, scores, base + second);
                if (check) {
                    high = high.or(a).or(a.add(SIX_UP)).or(b).or(b.add(SIX_UP));
                }
                ShortVector sum = ((ShortVector) a.convertShape(VectorOperators.B2S, SHORTS, 0)).mul(w0)
                        .add(((ShortVector) a.convertShape(VectorOperators.B2S, SHORTS, 1)).mul(w1))
                        .add(((ShortVector) b.convertShape(VectorOperators.B2S, SHORTS, 0)).mul(w2))
                        .add(((ShortVector) b.convertShape(VectorOperators.B2S, SHORTS, 1)).mul(w3));
                int n = sum.reduceLanes(VectorOperators.ADD) & 0xFFFF;
                numerators[v - shift] = (short) n;
                int status = statusOf[n];
                statuses[v - shift] = (byte) status;
                packed += 1L << (status * Kernel.COUNT_FIELD_BITS);
            }
            for (int s = 0; s < counts.length; s++) {
                counts[s] += packed >>> (s * Kernel.COUNT_FIELD_BITS) & Kernel.COUNT_FIELD_MAX;
            }
        }
        return !high.lt((byte) 0).anyTrue();
    }
}
