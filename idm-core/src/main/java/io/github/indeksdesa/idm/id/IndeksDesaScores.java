// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.id;

import io.github.indeksdesa.idm.VillageCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One village's Indeks Desa item scores for one data year: the input of scoring.
 *
 * <p>Made with {@link #of(IndeksDesaModel, VillageCode, int, int...)} from the scores in official
 * item order, or with a {@link #builder(IndeksDesaModel) builder} by item code. Every score must be
 * 1..5 ({@link InvalidItemScoreException} otherwise, naming the item and the value); a score the item
 * never shows in real data is accepted ({@link #unobserved()} lists those items, verification reports
 * them).
 *
 * <pre>{@code
 * IndeksDesaScores scores = IndeksDesaScores.builder(IndeksDesaModel.official())
 *     .villageCode("3301012001").year(2025)
 *     .scores(5, 5, 4, 3, ...)          // all 127, in official order
 *     .build();
 * IndeksDesaResult result = scores.evaluate();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndeksDesaScores {

    private final IndeksDesaModel model;
    private final VillageCode villageCode;
    private final int year;
    private final byte[] scores;

    private IndeksDesaScores(IndeksDesaModel model, VillageCode villageCode, int year, byte[] scores) {
        this.model = model;
        this.villageCode = villageCode;
        this.year = year;
        this.scores = scores;
    }

    /**
     * Returns the scores of a village.
     *
     * @param model the model, not null
     * @param villageCode the village, not null
     * @param year the data year, 1 to 9999
     * @param scores one score per item in official order, not null
     * @return the scores, not null
     * @throws IllegalArgumentException if the count is not the model's item count or the year is out
     *     of range
     * @throws InvalidItemScoreException if a score is outside 1..5
     */
    public static IndeksDesaScores of(IndeksDesaModel model, VillageCode villageCode, int year, int... scores) {
        return builder(model).villageCode(villageCode).year(year).scores(scores).build();
    }

    /**
     * Starts building the scores of a village for a model.
     *
     * @param model the model, not null
     * @return a new builder, not null
     */
    public static Builder builder(IndeksDesaModel model) {
        return new Builder(Objects.requireNonNull(model, "model"));
    }

    /**
     * Returns the model the scores belong to.
     *
     * @return the model, not null
     */
    public IndeksDesaModel model() {
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
     * Returns the score at a position in official order.
     *
     * @param position 0-based, less than the model's item count
     * @return the score, 1..5
     * @throws IndexOutOfBoundsException if the position is out of range
     */
    public int score(int position) {
        Objects.checkIndex(position, scores.length);
        return scores[position];
    }

    /**
     * Returns the score of an item.
     *
     * @param item an item of the model, not null
     * @return the score, 1..5
     * @throws IllegalArgumentException if the item is not the model's
     */
    public int score(Item item) {
        return scores[model.position(item)];
    }

    /**
     * Returns the score of an item by code.
     *
     * @param code the item code, e.g. "LD01", not null
     * @return the score, 1..5
     * @throws IllegalArgumentException if the model has no such item
     */
    public int score(String code) {
        return score(model.item(code));
    }

    /**
     * Returns all scores in official order.
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
     * Returns the total points P: the sum of all scores.
     *
     * @return the points, {@code model().minPoints()..model().maxPoints()}
     */
    public int points() {
        int sum = 0;
        for (byte s : scores) {
            sum += s;
        }
        return sum;
    }

    /**
     * Returns the items whose score is outside the scores real data shows for them (in 1..5, yet
     * suspicious), in official order.
     *
     * @return the items, unmodifiable, usually empty, not null
     */
    public List<Item> unobserved() {
        List<Item> found = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            Item item = model.items().get(i);
            if (!item.isObserved(scores[i])) {
                found.add(item);
            }
        }
        return Collections.unmodifiableList(found);
    }

    /**
     * Returns a copy with one item's score changed.
     *
     * @param item an item of the model, not null
     * @param score the new score, 1..5
     * @return the changed scores, not null
     * @throws InvalidItemScoreException if the score is outside 1..5
     */
    public IndeksDesaScores withScore(Item item, int score) {
        int position = model.position(item);
        InvalidItemScoreException.check(item, score);
        byte[] copy = scores.clone();
        copy[position] = (byte) score;
        return new IndeksDesaScores(model, villageCode, year, copy);
    }

    /**
     * Returns a copy with one item's score changed, by code.
     *
     * @param code the item code, not null
     * @param score the new score, 1..5
     * @return the changed scores, not null
     * @throws IllegalArgumentException if the model has no such item
     * @throws InvalidItemScoreException if the score is outside 1..5
     */
    public IndeksDesaScores withScore(String code, int score) {
        return withScore(model.item(code), score);
    }

    /**
     * Returns a copy for another village and year with the same scores.
     *
     * @param villageCode the village, not null
     * @param year the data year, 1 to 9999
     * @return the scores, not null
     */
    public IndeksDesaScores withVillage(VillageCode villageCode, int year) {
        return new IndeksDesaScores(model, Objects.requireNonNull(villageCode, "villageCode"), checkYear(year), scores);
    }

    /**
     * Scores the village: points per item, sub-dimension and dimension, total, Skor ID, status,
     * target and the points to it.
     *
     * @return the result, not null
     */
    public IndeksDesaResult evaluate() {
        return new IndeksDesaResult(this);
    }

    /**
     * Returns whether the other value has the same model, village, year and scores.
     *
     * @param other the object to compare, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof IndeksDesaScores)) {
            return false;
        }
        IndeksDesaScores o = (IndeksDesaScores) other;
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
     * Returns the village, year and scores, e.g. {@code 3301012001/2025 [5, 5, 4, …]}.
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
     * Builds {@link IndeksDesaScores}. Not thread-safe.
     */
    public static final class Builder {
        private final IndeksDesaModel model;
        private final int[] scores;
        private final boolean[] set;
        private VillageCode villageCode;
        private int year;

        private Builder(IndeksDesaModel model) {
            this.model = model;
            this.scores = new int[model.itemCount()];
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
         * @param villageCode the code, e.g. "3301012001", not null
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
         * Sets every score, in official order.
         *
         * @param scores one score per item, not null
         * @return this builder
         * @throws IllegalArgumentException if the count is not the model's item count
         */
        public Builder scores(int... scores) {
            Objects.requireNonNull(scores, "scores");
            if (scores.length != this.scores.length) {
                throw new IllegalArgumentException("scores: expected " + this.scores.length + " scores (one per item of "
                        + model.name() + ", in official order), found " + scores.length);
            }
            System.arraycopy(scores, 0, this.scores, 0, scores.length);
            Arrays.fill(set, true);
            return this;
        }

        /**
         * Sets every score from a list in official order.
         *
         * @param scores one score per item, not null, no null element
         * @return this builder
         * @throws IllegalArgumentException if the count is not the model's item count
         */
        public Builder scores(List<Integer> scores) {
            Objects.requireNonNull(scores, "scores");
            return scores(scores.stream().mapToInt(s -> Objects.requireNonNull(s, "score")).toArray());
        }

        /**
         * Sets the scores of several items by code.
         *
         * @param scoresByCode the score per item code, not null
         * @return this builder
         * @throws IllegalArgumentException if a code is unknown
         */
        public Builder scores(Map<String, Integer> scoresByCode) {
            Objects.requireNonNull(scoresByCode, "scoresByCode");
            scoresByCode.forEach((code, score) -> score(code, Objects.requireNonNull(score, "score of " + code)));
            return this;
        }

        /**
         * Sets one item's score by code.
         *
         * @param code the item code, e.g. "LD01", not null
         * @param score the score
         * @return this builder
         * @throws IllegalArgumentException if the code is unknown
         */
        public Builder score(String code, int score) {
            return score(model.item(code), score);
        }

        /**
         * Sets one item's score.
         *
         * @param item an item of the model, not null
         * @param score the score
         * @return this builder
         * @throws IllegalArgumentException if the item is not the model's
         */
        public Builder score(Item item, int score) {
            int position = model.position(item);
            scores[position] = score;
            set[position] = true;
            return this;
        }

        /**
         * Checks every score and builds the value.
         *
         * @return the scores, not null
         * @throws IllegalStateException if the village, the year or a score is missing
         * @throws InvalidItemScoreException if a score is outside 1..5
         */
        public IndeksDesaScores build() {
            if (villageCode == null) {
                throw new IllegalStateException("village code is missing");
            }
            if (year == 0) {
                throw new IllegalStateException("year is missing");
            }
            StringBuilder missing = new StringBuilder();
            int missingCount = 0;
            for (int i = 0; i < set.length; i++) {
                if (!set[i] && missingCount++ < 10) {
                    missing.append(missingCount == 1 ? "" : ", ").append(model.items().get(i).code());
                }
            }
            if (missingCount > 0) {
                throw new IllegalStateException(missingCount + " of " + set.length + " scores are missing: " + missing
                        + (missingCount > 10 ? ", …" : ""));
            }
            byte[] checked = new byte[scores.length];
            for (int i = 0; i < scores.length; i++) {
                InvalidItemScoreException.check(model.items().get(i), scores[i]);
                checked[i] = (byte) scores[i];
            }
            return new IndeksDesaScores(model, villageCode, year, checked);
        }
    }
}
