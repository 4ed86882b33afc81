// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a score is not allowed for its indicator. The message names the indicator, the value
 * and what is allowed: {@code IKS02 "Skor Dokter": score 3 is not on the indicator's ladder;
 * allowed: {0, 5}}.
 */
public final class InvalidScoreException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The code of the indicator. */
    private final String indicatorCode;
    /** The rejected value. */
    private final int value;
    /** The allowed scores, ascending (an array: the exception stays serializable). */
    private final int[] allowed;

    InvalidScoreException(Indicator indicator, int value, List<Integer> allowed, String reason) {
        super(indicator.describe() + ": score " + value + " " + reason + "; allowed: "
                + allowed.stream().map(String::valueOf).collect(Collectors.joining(", ", "{", "}")));
        this.indicatorCode = indicator.code();
        this.value = value;
        this.allowed = allowed.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Returns the code of the indicator whose score was rejected.
     *
     * @return the code, e.g. "IKS02", not null
     */
    public String indicatorCode() {
        return indicatorCode;
    }

    /**
     * Returns the rejected value.
     *
     * @return the value
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

    static void check(Indicator indicator, int value, ScoreValidation validation) {
        Objects.requireNonNull(validation, "validation");
        if (value < IdmModel.MIN_SCORE || value > IdmModel.MAX_SCORE) {
            throw new InvalidScoreException(indicator, value,
                    validation == ScoreValidation.RANGE ? List.of(0, 1, 2, 3, 4, 5) : indicator.allowedScores(),
                    "is outside 0..5");
        }
        if (validation == ScoreValidation.LADDER && !indicator.allows(value)) {
            throw new InvalidScoreException(indicator, value, indicator.allowedScores(), "is not on the indicator's ladder");
        }
    }
}
