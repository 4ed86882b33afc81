// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.batch;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One score of a {@link ScoreMatrix} or an {@link IndeksDesaMatrix} that is not allowed: which
 * village (its row), which indicator (or Indeks Desa item), the value found and the scores that
 * would have been accepted.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScoreProblem implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The village's row in the matrix. */
    private final int village;
    /** The code of the indicator. */
    private final String indicatorCode;
    /** The score found. */
    private final int value;
    /** The allowed scores, ascending (an array: the value stays serializable). */
    private final int[] allowed;

    ScoreProblem(int village, String indicatorCode, int value, List<Integer> allowed) {
        this.village = village;
        this.indicatorCode = indicatorCode;
        this.value = value;
        this.allowed = allowed.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Returns the row of the village in the matrix.
     *
     * @return the 0-based village index
     */
    public int village() {
        return village;
    }

    /**
     * Returns the code of the indicator (or Indeks Desa item) whose score is not allowed.
     *
     * @return the code, e.g. "IKS02" or "LD01", not null
     */
    public String indicatorCode() {
        return indicatorCode;
    }

    /**
     * Returns the value found.
     *
     * @return the value, as a signed byte
     */
    public int value() {
        return value;
    }

    /**
     * Returns the scores that would have been accepted.
     *
     * @return the allowed scores, ascending, not null
     */
    public List<Integer> allowed() {
        return Arrays.stream(allowed).boxed().toList();
    }

    /**
     * Returns whether the other value names the same village, indicator, value and allowed scores.
     *
     * @param other the object to compare, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ScoreProblem)) {
            return false;
        }
        ScoreProblem o = (ScoreProblem) other;
        return village == o.village && value == o.value && indicatorCode.equals(o.indicatorCode)
                && Arrays.equals(allowed, o.allowed);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(village, indicatorCode, value, Arrays.hashCode(allowed));
    }

    /**
     * Returns the problem as a sentence, e.g.
     * {@code village 17: IKS02 score 3 is not allowed; allowed: {0, 5}}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "village " + village + ": " + indicatorCode + " score " + value + " is not allowed; allowed: "
                + Arrays.stream(allowed).mapToObj(String::valueOf).collect(Collectors.joining(", ", "{", "}"));
    }
}
