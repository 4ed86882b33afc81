// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.batch;

/**
 * A scoring loop for the official row layout, kept apart from {@link Kernel} so that a loop
 * compiled against an optional JDK module (see {@link VectorLoops}) is only ever loaded by
 * reflection.
 */
interface RowLoop {

    /**
     * Scores villages {@code from} (inclusive) to {@code to} (exclusive), as
     * {@link Kernel#run Kernel.run} does.
     *
     * @param check whether to detect scores outside 0..5
     * @return whether every byte read was in 0..5 (always true when {@code check} is false)
     */
    boolean run(byte[] scores, int from, int to, short[] numerators, byte[] statuses, int shift, long[] counts,
            boolean check);

    /**
     * Scores villages {@code from} to {@code to}, both multiples of {@link Blocks#VILLAGES}, of a
     * matrix in the {@link Blocks} layout, as {@link #run} does for rows.
     *
     * @param check whether to detect scores outside 0..5
     * @return whether every byte read was in 0..5 (always true when {@code check} is false)
     */
    boolean runBlocks(byte[] scores, int from, int to, short[] numerators, byte[] statuses, int shift, long[] counts,
            boolean check);

    /**
     * Describes the loop for the log line that says which loop scores batches.
     *
     * @return the description, not null
     */
    String describe();
}
