// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.batch;

import java.util.List;

/**
 * Thrown when a {@link ScoreMatrix} holds scores that are not allowed. The message names the first
 * problems (village row, indicator, value, allowed scores) and how many there are in all.
 */
public final class InvalidBatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The problems listed, at most {@link ScoreMatrix#problems(io.github.indeksdesa.idm.ScoreValidation, int)}'s limit. */
    private final ScoreProblem[] problems;
    /** How many scores are not allowed in all. */
    private final long problemCount;

    InvalidBatchException(List<ScoreProblem> problems, long problemCount) {
        super(message(problems, problemCount));
        this.problems = problems.toArray(new ScoreProblem[0]);
        this.problemCount = problemCount;
    }

    private static String message(List<ScoreProblem> problems, long problemCount) {
        StringBuilder text = new StringBuilder().append(problemCount).append(problemCount == 1 ? " score is" : " scores are")
                .append(" not allowed");
        int shown = Math.min(problems.size(), 5);
        for (int i = 0; i < shown; i++) {
            text.append(i == 0 ? ": " : "; ").append(problems.get(i));
        }
        if (problemCount > shown) {
            text.append("; …");
        }
        return text.toString();
    }

    /**
     * Returns the problems found, in village and indicator order; at most the limit the check was
     * made with.
     *
     * @return the problems, not null, not empty
     */
    public List<ScoreProblem> problems() {
        return List.of(problems);
    }

    /**
     * Returns how many scores are not allowed in all, listed or not.
     *
     * @return the count, at least 1
     */
    public long problemCount() {
        return problemCount;
    }
}
