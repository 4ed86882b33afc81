// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.html;

import io.github.indeksdesa.idm.Status;
import java.util.List;
import java.util.Objects;

/**
 * A comparison of two years: the transition matrix and the villages that moved.
 *
 * @param title the page title, not null
 * @param fromYear the earlier year
 * @param toYear the later year
 * @param matrix villages per status pair: {@code matrix.get(from.ordinal()).get(to.ordinal())}, 5 × 5, not null
 *     (copied)
 * @param up the villages that moved up, not null (copied)
 * @param down the villages that moved down, not null (copied)
 * @param unchanged the number of villages whose status stayed
 */
public record ComparePage(String title, int fromYear, int toYear, List<List<Integer>> matrix, List<MoverRow> up,
        List<MoverRow> down, int unchanged) {

    /**
     * Checks the arguments and copies the lists.
     *
     * @param title see {@link #title()}
     * @param fromYear see {@link #fromYear()}
     * @param toYear see {@link #toYear()}
     * @param matrix see {@link #matrix()}
     * @param up see {@link #up()}
     * @param down see {@link #down()}
     * @param unchanged see {@link #unchanged()}
     */
    public ComparePage {
        Objects.requireNonNull(title, "title");
        matrix = matrix.stream().map(List::copyOf).toList();
        int n = Status.values().length;
        if (matrix.size() != n || matrix.stream().anyMatch(row -> row.size() != n)) {
            throw new IllegalArgumentException("matrix: expected " + n + " × " + n + " counts");
        }
        up = List.copyOf(up);
        down = List.copyOf(down);
    }

    /**
     * Returns the number of villages that went from one status to another.
     *
     * @param from the status in the earlier year, not null
     * @param to the status in the later year, not null
     * @return the count
     */
    public int count(Status from, Status to) {
        return matrix.get(from.ordinal()).get(to.ordinal());
    }

    /**
     * Returns the largest count of the matrix, the darkest cell of the heat map.
     *
     * @return the largest count, 0 for an empty matrix
     */
    public int largest() {
        return matrix.stream().flatMap(List::stream).mapToInt(Integer::intValue).max().orElse(0);
    }
}
