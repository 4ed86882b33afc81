// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One village's indicator scores for one data year: the input of scoring.
 *
 * <p>Made with {@link #of(IdmModel, VillageCode, int, int...)} from scores in the ministry's order,
 * or with a {@link #builder(IdmModel) builder} by indicator code. Every score is checked when the
 * value is made: it must be 0..5 and, by default, on its indicator's ladder
 * ({@link ScoreValidation#LADDER}); a lenient builder accepts any 0..5.
 *
 * <pre>{@code
 * VillageScores scores = VillageScores.of(IdmModel.official(), VillageCode.of("6401022004"), 2024,
 *     5, 0, 5, 2, 4, 5, 5, 5, 5, 1, 5, 5, 5, 5, 5, 5, 5, 4, 3, 5, 5, 5, 5, 5, 5, 5, 3, 1, 0, 1, 1, 5, 4, 5, 5,
 *     5, 5, 5, 5, 5, 5, 5, 2, 5, 1, 3, 4, 5, 4, 3);
 * VillageResult result = scores.evaluate();       // IDM 5098/6300, MAJU, gap to MANDIRI
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class VillageScores {

    private final IdmModel model;
    private final VillageCode villageCode;
    private final int year;
    private final byte[] scores;
    private final ScoreValidation validation;

    private VillageScores(IdmModel model, VillageCode villageCode, int year, byte[] scores, ScoreValidation validation) {
        this.model = model;
        this.villageCode = villageCode;
        this.year = year;
        this.scores = scores;
        this.validation = validation;
    }

    /**
     * Returns the scores of a village, validated against the ladders.
     *
     * @param model the model, not null
     * @param villageCode the village, not null
     * @param year the data year, 1 to 9999
     * @param scores one score per indicator in the ministry's order, not null
     * @return the scores, not null
     * @throws IllegalArgumentException if the count is not the model's indicator count or the year is
     *     out of range
     * @throws InvalidScoreException if a score is not on its indicator's ladder
     */
    public static VillageScores of(IdmModel model, VillageCode villageCode, int year, int... scores) {
        return builder(model).villageCode(villageCode).year(year).scores(scores).build();
    }

    /**
     * Starts building the scores of a village for a model.
     *
     * @param model the model, not null
     * @return a new builder, not null
     */
    public static Builder builder(IdmModel model) {
        return new Builder(Objects.requireNonNull(model, "model"));
    }

    /**
     * Returns the model the scores belong to.
     *
     * @return the model, not null
     */
    public IdmModel model() {
        return model;
    }

    /**
     * Returns the village.
     *
     * @return the village code, not null
     */
    public VillageCode villageCode() {
        return villageCode;
    }

    /**
     * Returns the data year.
     *
     * @return the year
     */
    public int year() {
        return year;
    }

    /**
     * Returns how the scores were checked.
     *
     * @return the validation, not null
     */
    public ScoreValidation validation() {
        return validation;
    }

    /**
     * Returns the score at a position in the ministry's order.
     *
     * @param position 0-based, less than the model's indicator count
     * @return the score
     * @throws IndexOutOfBoundsException if the position is out of range
     */
    public int score(int position) {
        Objects.checkIndex(position, scores.length);
        return scores[position];
    }

    /**
     * Returns the score of an indicator.
     *
     * @param indicator an indicator of the model, not null
     * @return the score
     * @throws IllegalArgumentException if the indicator is not the model's
     */
    public int score(Indicator indicator) {
        return scores[model.position(indicator)];
    }

    /**
     * Returns the score of an indicator by code.
     *
     * @param code the indicator code, e.g. "IKS02", not null
     * @return the score
     * @throws IllegalArgumentException if the model has no such indicator
     */
    public int score(String code) {
        return score(model.indicator(code));
    }

    /**
     * Returns all scores in the ministry's order.
     *
     * @return a new array, not null
     */
    public int[] toArray() {
        int[] copy = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            copy[i] = scores[i];
        }
        return copy;
    }

    /**
     * Returns the sum of the scores of an index.
     *
     * @param index the index, not null
     * @return the sum, 0 to {@code model().maxSum(index)}
     */
    public int sum(Index index) {
        int start = model.firstPosition(index);
        int end = start + model.indicatorCount(index);
        int sum = 0;
        for (int i = start; i < end; i++) {
            sum += scores[i];
        }
        return sum;
    }

    /**
     * Returns a copy with one indicator's score changed, checked as this value was.
     *
     * @param indicator an indicator of the model, not null
     * @param score the new score
     * @return the changed scores, not null
     * @throws InvalidScoreException if the score is not allowed
     */
    public VillageScores withScore(Indicator indicator, int score) {
        int position = model.position(indicator);
        InvalidScoreException.check(indicator, score, validation);
        byte[] copy = scores.clone();
        copy[position] = (byte) score;
        return new VillageScores(model, villageCode, year, copy, validation);
    }

    /**
     * Returns a copy for another village and year with the same scores.
     *
     * @param villageCode the village, not null
     * @param year the data year, 1 to 9999
     * @return the scores, not null
     */
    public VillageScores withVillage(VillageCode villageCode, int year) {
        return new VillageScores(model, Objects.requireNonNull(villageCode, "villageCode"), checkYear(year), scores,
                validation);
    }

    /**
     * Scores the village: computes the indices, IDM, status, target, minimum score, gap and the gain
     * of each indicator.
     *
     * @return the result, not null
     */
    public VillageResult evaluate() {
        return new VillageResult(this);
    }

    /**
     * Returns whether the other value has the same model, village, year and scores.
     *
     * @param other the object to compare, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof VillageScores)) {
            return false;
        }
        VillageScores o = (VillageScores) other;
        return model == o.model && villageCode.equals(o.villageCode) && year == o.year
                && Arrays.equals(scores, o.scores);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(villageCode, year) * 31 + Arrays.hashCode(scores);
    }

    /**
     * Returns the village, year and scores, e.g. {@code 6401022004/2024 [5, 0, 5, …]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return villageCode + "/" + year + " " + Arrays.toString(toArray());
    }

    static int checkYear(int year) {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year: expected 1..9999, found " + year);
        }
        return year;
    }

    /**
     * Builds {@link VillageScores}. Not thread-safe.
     */
    public static final class Builder {
        private final IdmModel model;
        private final int[] scores;
        private final boolean[] set;
        private VillageCode villageCode;
        private int year;
        private ScoreValidation validation = ScoreValidation.LADDER;

        private Builder(IdmModel model) {
            this.model = model;
            this.scores = new int[model.indicatorCount()];
            this.set = new boolean[scores.length];
        }

        /**
         * Sets the village.
         *
         * @param villageCode the village, not null
         * @return this builder
         */
        public Builder villageCode(VillageCode villageCode) {
            this.villageCode = Objects.requireNonNull(villageCode, "villageCode");
            return this;
        }

        /**
         * Sets the village by its ten digits.
         *
         * @param villageCode the code, e.g. "6401022004", not null
         * @return this builder
         * @throws IllegalArgumentException if the code is not ten digits
         */
        public Builder villageCode(String villageCode) {
            return villageCode(VillageCode.of(villageCode));
        }

        /**
         * Sets the data year.
         *
         * @param year the year, 1 to 9999
         * @return this builder
         * @throws IllegalArgumentException if the year is out of range
         */
        public Builder year(int year) {
            this.year = checkYear(year);
            return this;
        }

        /**
         * Sets how scores are checked; the default is {@link ScoreValidation#LADDER}.
         *
         * @param validation the validation, not null
         * @return this builder
         */
        public Builder validation(ScoreValidation validation) {
            this.validation = Objects.requireNonNull(validation, "validation");
            return this;
        }

        /**
         * Accepts any score 0..5, on the ladder or not: {@code validation(ScoreValidation.RANGE)}.
         *
         * @return this builder
         */
        public Builder lenient() {
            return validation(ScoreValidation.RANGE);
        }

        /**
         * Sets every score, in the ministry's order.
         *
         * @param scores one score per indicator, not null
         * @return this builder
         * @throws IllegalArgumentException if the count is not the model's indicator count
         */
        public Builder scores(int... scores) {
            Objects.requireNonNull(scores, "scores");
            if (scores.length != this.scores.length) {
                throw new IllegalArgumentException("scores: expected " + this.scores.length + " scores (one per indicator of "
                        + model.name() + ", in ministry order), found " + scores.length);
            }
            System.arraycopy(scores, 0, this.scores, 0, scores.length);
            Arrays.fill(set, true);
            return this;
        }

        /**
         * Sets every score from a list in the ministry's order.
         *
         * @param scores one score per indicator, not null, no null element
         * @return this builder
         * @throws IllegalArgumentException if the count is not the model's indicator count
         */
        public Builder scores(List<Integer> scores) {
            Objects.requireNonNull(scores, "scores");
            return scores(scores.stream().mapToInt(s -> Objects.requireNonNull(s, "score")).toArray());
        }

        /**
         * Sets the scores of several indicators by code.
         *
         * @param scoresByCode the score per indicator code, not null
         * @return this builder
         * @throws IllegalArgumentException if a code is unknown
         */
        public Builder scores(Map<String, Integer> scoresByCode) {
            Objects.requireNonNull(scoresByCode, "scoresByCode");
            scoresByCode.forEach((code, score) -> score(code, Objects.requireNonNull(score, "score of " + code)));
            return this;
        }

        /**
         * Sets one indicator's score by code.
         *
         * @param code the indicator code, e.g. "IKS02", not null
         * @param score the score
         * @return this builder
         * @throws IllegalArgumentException if the code is unknown
         */
        public Builder score(String code, int score) {
            return score(model.indicator(code), score);
        }

        /**
         * Sets one indicator's score.
         *
         * @param indicator an indicator of the model, not null
         * @param score the score
         * @return this builder
         * @throws IllegalArgumentException if the indicator is not the model's
         */
        public Builder score(Indicator indicator, int score) {
            int position = model.position(indicator);
            scores[position] = score;
            set[position] = true;
            return this;
        }

        /**
         * Checks every score and builds the value.
         *
         * @return the scores, not null
         * @throws IllegalStateException if the village, the year or a score is missing
         * @throws InvalidScoreException if a score is not allowed
         */
        public VillageScores build() {
            if (villageCode == null) {
                throw new IllegalStateException("village code is missing");
            }
            if (year == 0) {
                throw new IllegalStateException("year is missing");
            }
            StringBuilder missing = new StringBuilder();
            int missingCount = 0;
            for (int i = 0; i < set.length; i++) {
                if (!set[i]) {
                    if (missingCount++ < 10) {
                        missing.append(missingCount == 1 ? "" : ", ").append(model.indicators().get(i).code());
                    }
                }
            }
            if (missingCount > 0) {
                throw new IllegalStateException(missingCount + " of " + set.length + " scores are missing: " + missing
                        + (missingCount > 10 ? ", …" : ""));
            }
            byte[] checked = new byte[scores.length];
            for (int i = 0; i < scores.length; i++) {
                InvalidScoreException.check(model.indicators().get(i), scores[i], validation);
                checked[i] = (byte) scores[i];
            }
            return new VillageScores(model, villageCode, year, checked, validation);
        }
    }
}
