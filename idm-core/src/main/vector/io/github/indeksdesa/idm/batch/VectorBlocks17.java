// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.batch;

import static io.github.indeksdesa.idm.batch.VectorRowLoop.CHECK_BLOCKS;
import static io.github.indeksdesa.idm.batch.VectorRowLoop.LONGS;
import static io.github.indeksdesa.idm.batch.VectorRowLoop.MAX_SCORE;
import static io.github.indeksdesa.idm.batch.VectorRowLoop.RAW;
import static io.github.indeksdesa.idm.batch.VectorRowLoop.STATUS_BYTES;
import static io.github.indeksdesa.idm.batch.VectorRowLoop.WIDE;
import static io.github.indeksdesa.idm.batch.VectorRowLoop.WIDE_SHORTS;

import java.nio.ByteOrder;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorOperators;

/**
 * {@link VectorRowLoop#runBlocks} and the range check on the API of Java 17 and 18: vectors loaded
 * straight from a byte[] ({@code LongVector.fromByteArray}, {@code ShortVector.fromByteArray}) and
 * the comparison {@code UNSIGNED_GT}, the forms the loop was measured with on JDK 17
 * (docs/benchmarks.md, "The vector loop"). Both left the API after Java 18: later JDKs run the
 * portable code of {@link VectorRowLoop} (bytes seen as longs, a signed check), and never load
 * this class.
 */
final class VectorBlocks17 {

    private VectorBlocks17() {
    }

    static boolean run(VectorRowLoop loop, byte[] scores, int from, int to, short[] numerators, byte[] statuses,
            int shift, long[] counts, boolean check) {
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
                for (int h = 0; h < Blocks.VILLAGES / WIDE; h++) {
                    int base = block + h * WIDE * Long.BYTES;
                    LongVector x0 = LongVector.fromByteArray(LONGS, scores, base, ByteOrder.LITTLE_ENDIAN);
                    LongVector x1 = LongVector.fromByteArray(LONGS, scores, base + column, ByteOrder.LITTLE_ENDIAN);
                    LongVector x2 = LongVector.fromByteArray(LONGS, scores, base + 2 * column, ByteOrder.LITTLE_ENDIAN);
                    LongVector x3 = LongVector.fromByteArray(LONGS, scores, base + 3 * column, ByteOrder.LITTLE_ENDIAN);
                    LongVector x4 = LongVector.fromByteArray(LONGS, scores, base + 4 * column, ByteOrder.LITTLE_ENDIAN);
                    LongVector x5 = LongVector.fromByteArray(LONGS, scores, base + 5 * column, ByteOrder.LITTLE_ENDIAN);
                    LongVector tail = ((LongVector) ShortVector.fromByteArray(WIDE_SHORTS, scores,
                            block + Blocks.TAIL + h * WIDE * 2, ByteOrder.LITTLE_ENDIAN)
                            .convertShape(VectorOperators.S2L, LONGS, 0)).and(0xFFFFL);
                    LongVector n = VectorRowLoop.numerators(x0, x1, x2, x3, x4, x5, tail);
                    status8 = status8.or(loop.finish(n, h, numerators, v + h * WIDE - shift, reached));
                }
                status8.intoArray(statuses, v - shift);
            }
        }
        VectorRowLoop.addCounts(counts, to - from, reached);
        return valid;
    }

    /** Whether every byte in [from, to) is 0..5: one unsigned comparison a vector, the tail byte by byte. */
    static boolean inRange(byte[] scores, int from, int to) {
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
