// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.batch;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The layout in which a {@link ScoreMatrix} of the official model keeps its scores when it holds
 * its own copy: villages in blocks of eight, column-major by word inside a block, so that one
 * vector load takes the same eight scores of eight villages and the vector loop needs no copy.
 * A block is 400 bytes, the same as eight rows: the first 48 scores of village j (0..7) as six
 * little-endian words at {@code 64 k + 8 j} (k = 0..5, scores 8k to 8k + 7), then the last two
 * scores of every village as one 16-bit word at {@code 384 + 2 j}. The last block is padded with
 * zeros. A matrix made by {@link ScoreMatrix#wrap} keeps the caller's rows instead.
 */
final class Blocks {

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Villages per block. */
    static final int VILLAGES = 8;
    /** Scores per village: the official row. */
    static final int WIDTH = 50;
    /** Bytes per block. */
    static final int BYTES = VILLAGES * WIDTH;
    /** Scores of a village held in whole words. */
    static final int WORD_SCORES = 48;
    /** Where the last two scores of the block's villages start. */
    static final int TAIL = WORD_SCORES * VILLAGES;

    private Blocks() {
    }

    /** Where the score at {@code position} of {@code village} lies. */
    static int offset(int village, int position) {
        int block = (village >>> 3) * BYTES;
        int j = village & (VILLAGES - 1);
        return position < WORD_SCORES
                ? block + (position >>> 3) * (Long.BYTES * VILLAGES) + j * Long.BYTES + (position & 7)
                : block + TAIL + j * 2 + (position - WORD_SCORES);
    }

    /** The length of the array of {@code villages} villages: whole blocks. */
    static int length(int villages) {
        return Math.multiplyExact((villages + VILLAGES - 1) / VILLAGES, BYTES);
    }

    /** The blocks of rows (villages one after another, {@value #WIDTH} scores each). */
    static byte[] fromRows(byte[] rows, int villages) {
        byte[] blocks = new byte[length(villages)];
        for (int v = 0; v < villages; v++) {
            int row = v * WIDTH;
            int block = (v >>> 3) * BYTES;
            int j = v & (VILLAGES - 1);
            for (int k = 0; k < WORD_SCORES / Long.BYTES; k++) {
                LONG.set(blocks, block + k * Long.BYTES * VILLAGES + j * Long.BYTES, (long) LONG.get(rows, row + k * Long.BYTES));
            }
            blocks[block + TAIL + j * 2] = rows[row + WORD_SCORES];
            blocks[block + TAIL + j * 2 + 1] = rows[row + WORD_SCORES + 1];
        }
        return blocks;
    }

    /** The rows of blocks, villages one after another. */
    static byte[] toRows(byte[] blocks, int villages) {
        byte[] rows = new byte[villages * WIDTH];
        for (int v = 0; v < villages; v++) {
            for (int p = 0; p < WIDTH; p++) {
                rows[v * WIDTH + p] = blocks[offset(v, p)];
            }
        }
        return rows;
    }
}
