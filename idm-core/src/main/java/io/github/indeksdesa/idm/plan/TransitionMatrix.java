// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.plan;

import io.github.indeksdesa.idm.Status;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

/**
 * Counts of villages by status in an earlier year (rows, "from") and a later year (columns, "to").
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TransitionMatrix {

    private static final int N = Status.values().length;

    private final int[][] counts = new int[N][N];

    TransitionMatrix(Collection<Movement> movements) {
        for (Movement m : movements) {
            counts[m.fromStatus().ordinal()][m.toStatus().ordinal()]++;
        }
    }

    /**
     * Returns how many villages went from one status to another.
     *
     * @param from the status in the earlier year, not null
     * @param to the status in the later year, not null
     * @return the count, 0 or more
     */
    public int count(Status from, Status to) {
        return counts[Objects.requireNonNull(from, "from").ordinal()][Objects.requireNonNull(to, "to").ordinal()];
    }

    /**
     * Returns how many villages had a status in the earlier year (a row total).
     *
     * @param from the status, not null
     * @return the count
     */
    public int fromTotal(Status from) {
        return Arrays.stream(counts[Objects.requireNonNull(from, "from").ordinal()]).sum();
    }

    /**
     * Returns how many villages have a status in the later year (a column total).
     *
     * @param to the status, not null
     * @return the count
     */
    public int toTotal(Status to) {
        int column = Objects.requireNonNull(to, "to").ordinal();
        return Arrays.stream(counts).mapToInt(row -> row[column]).sum();
    }

    /**
     * Returns how many villages the matrix counts.
     *
     * @return the total
     */
    public int total() {
        return Arrays.stream(counts).flatMapToInt(Arrays::stream).sum();
    }

    /**
     * Returns how many villages rose to a higher status.
     *
     * @return the count above the diagonal
     */
    public int up() {
        return sum(1);
    }

    /**
     * Returns how many villages fell to a lower status.
     *
     * @return the count below the diagonal
     */
    public int down() {
        return sum(-1);
    }

    /**
     * Returns how many villages kept their status.
     *
     * @return the count on the diagonal
     */
    public int unchanged() {
        return sum(0);
    }

    private int sum(int sign) {
        int total = 0;
        for (int f = 0; f < N; f++) {
            for (int t = 0; t < N; t++) {
                if (Integer.signum(t - f) == sign) {
                    total += counts[f][t];
                }
            }
        }
        return total;
    }

    /**
     * Returns whether the other matrix has the same counts.
     *
     * @param other the object to compare, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof TransitionMatrix && Arrays.deepEquals(counts, ((TransitionMatrix) other).counts);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Arrays.deepHashCode(counts);
    }

    /**
     * Returns the counts row by row, e.g. {@code TransitionMatrix[TERTINGGAL→BERKEMBANG 1, TERTINGGAL→TERTINGGAL 4]},
     * leaving out zeros.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("TransitionMatrix[");
        for (Status from : Status.values()) {
            for (Status to : Status.values()) {
                if (count(from, to) > 0) {
                    text.append(text.length() > 17 ? ", " : "").append(from).append('→').append(to).append(' ')
                            .append(count(from, to));
                }
            }
        }
        return text.append(']').toString();
    }
}
