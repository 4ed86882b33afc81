// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import java.util.Objects;
import java.util.Optional;

/**
 * One allowed score of an indicator, with what it means (the ministry's KETERANGAN) and the
 * activity the ministry recommends to a village at that score (KEGIATAN; "-" at the top score).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LadderStep {

    private final int score;
    private final String meaning;
    private final String activity;

    private LadderStep(int score, String meaning, String activity) {
        this.score = score;
        this.meaning = meaning;
        this.activity = activity;
    }

    /**
     * Returns a ladder step.
     *
     * @param score the score, 0 to 5
     * @param meaning the KETERANGAN text, or null where the ministry has none
     * @param activity the KEGIATAN text, or null where the ministry has none
     * @return the step, not null
     * @throws IllegalArgumentException if {@code score} is outside 0..5
     */
    public static LadderStep of(int score, String meaning, String activity) {
        if (score < IdmModel.MIN_SCORE || score > IdmModel.MAX_SCORE) {
            throw new IllegalArgumentException("score: expected 0..5, found " + score);
        }
        return new LadderStep(score, meaning, activity);
    }

    /**
     * Returns the score.
     *
     * @return the score, 0 to 5
     */
    public int score() {
        return score;
    }

    /**
     * Returns what the score means (KETERANGAN), exactly as the ministry writes it.
     *
     * @return the text; empty where the ministry has none (it then emits {@code false})
     */
    public Optional<String> meaning() {
        return Optional.ofNullable(meaning);
    }

    /**
     * Returns the recommended activity (KEGIATAN), exactly as the ministry writes it.
     *
     * @return the text; empty where the ministry has none (it then emits {@code false})
     */
    public Optional<String> activity() {
        return Optional.ofNullable(activity);
    }

    /**
     * Returns whether the other step has the same score and texts.
     *
     * @param other the object to compare, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof LadderStep)) {
            return false;
        }
        LadderStep o = (LadderStep) other;
        return score == o.score && Objects.equals(meaning, o.meaning) && Objects.equals(activity, o.activity);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(score, meaning, activity);
    }

    /**
     * Returns the score and texts, for debugging.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "LadderStep[" + score + ", " + meaning + ", " + activity + "]";
    }
}
