// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One indicator of the model: its stable code ({@code IKS02}), the index it belongs to, its number
 * within the index, the exact ministry label ("Skor Dokter"), its dimension, an English name, the
 * ladder of allowed scores and the agencies that can act on it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Indicator {

    private final String code;
    private final Index index;
    private final int number;
    private final String dimension;
    private final String label;
    private final String englishName;
    private final List<LadderStep> ladder;
    private final Agencies agencies;
    private final LadderStep[] stepByScore;

    private Indicator(Builder b) {
        this.code = b.code;
        this.index = b.index;
        this.number = b.number;
        this.dimension = b.dimension;
        this.label = b.label;
        this.englishName = b.englishName;
        this.ladder = List.copyOf(b.ladder);
        this.agencies = b.agencies;
        this.stepByScore = new LadderStep[IdmModel.MAX_SCORE + 1];
        for (LadderStep step : ladder) {
            stepByScore[step.score()] = step;
        }
    }

    /**
     * Starts building an indicator.
     *
     * @param code the stable code, e.g. "IKS02"; letters, digits, '-' and '_' only, not null
     * @param index the index the indicator belongs to, not null
     * @return a new builder, not null
     */
    public static Builder builder(String code, Index index) {
        return new Builder(code, index);
    }

    /**
     * Returns the stable code, e.g. "IKS02".
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the index this indicator counts towards.
     *
     * @return the index, not null
     */
    public Index index() {
        return index;
    }

    /**
     * Returns the 1-based number within its index, as in the report's NO column.
     *
     * @return the number, 1 or more
     */
    public int number() {
        return number;
    }

    /**
     * Returns the dimension, e.g. "Kesehatan".
     *
     * @return the dimension, not null
     */
    public String dimension() {
        return dimension;
    }

    /**
     * Returns the label exactly as the ministry's report writes it, spaces included ("Skor Bidan "
     * ends with a space).
     *
     * @return the label, not null
     */
    public String label() {
        return label;
    }

    /**
     * Returns an English name, e.g. "Doctor available".
     *
     * @return the name, not null
     */
    public String englishName() {
        return englishName;
    }

    /**
     * Returns the allowed scores in ascending order, with their texts.
     *
     * @return the ladder, unmodifiable, not empty
     */
    public List<LadderStep> ladder() {
        return ladder;
    }

    /**
     * Returns the allowed scores in ascending order.
     *
     * @return the scores, unmodifiable, not empty
     */
    public List<Integer> allowedScores() {
        return ladder.stream().map(LadderStep::score).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns whether {@code score} is on this indicator's ladder.
     *
     * @param score any number
     * @return true if allowed
     */
    public boolean allows(int score) {
        return score >= 0 && score < stepByScore.length && stepByScore[score] != null;
    }

    /**
     * Returns the ladder step of a score.
     *
     * @param score the score
     * @return the step; empty if the score is not on the ladder
     */
    public Optional<LadderStep> step(int score) {
        return allows(score) ? Optional.of(stepByScore[score]) : Optional.empty();
    }

    /**
     * Returns the lowest allowed score.
     *
     * @return the first score of the ladder
     */
    public int lowestScore() {
        return ladder.get(0).score();
    }

    /**
     * Returns the highest allowed score.
     *
     * @return the last score of the ladder
     */
    public int highestScore() {
        return ladder.get(ladder.size() - 1).score();
    }

    /**
     * Returns the agencies that can act on this indicator.
     *
     * @return the agencies, not null
     */
    public Agencies agencies() {
        return agencies;
    }

    /**
     * Returns the code and label for messages: {@code IKS02 "Skor Dokter"}.
     *
     * @return the text, not null
     */
    public String describe() {
        return code + " \"" + label + "\"";
    }

    /**
     * Returns whether the other indicator has the same code, index, number, texts, ladder and
     * agencies.
     *
     * @param other the object to compare, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Indicator)) {
            return false;
        }
        Indicator o = (Indicator) other;
        return code.equals(o.code) && index == o.index && number == o.number && dimension.equals(o.dimension)
                && label.equals(o.label) && englishName.equals(o.englishName) && ladder.equals(o.ladder)
                && agencies.equals(o.agencies);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(code, index, number, label);
    }

    /**
     * Returns {@link #describe()}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return describe();
    }

    /**
     * Builds an {@link Indicator}. Not thread-safe.
     */
    public static final class Builder {
        private final String code;
        private final Index index;
        private int number;
        private String dimension;
        private String label;
        private String englishName;
        private final List<LadderStep> ladder = new ArrayList<>();
        private Agencies agencies = Agencies.none();

        private Builder(String code, Index index) {
            this.code = Objects.requireNonNull(code, "code");
            this.index = Objects.requireNonNull(index, "index");
            if (!code.matches("[A-Za-z0-9_\\-]+")) {
                throw new IllegalArgumentException("code: expected letters, digits, '-' or '_', found \"" + code + "\"");
            }
        }

        /**
         * Sets the 1-based number within the index.
         *
         * @param number the number, 1 or more
         * @return this builder
         * @throws IllegalArgumentException if {@code number} is less than 1
         */
        public Builder number(int number) {
            if (number < 1) {
                throw new IllegalArgumentException(code + ": number: expected 1 or more, found " + number);
            }
            this.number = number;
            return this;
        }

        /**
         * Sets the dimension.
         *
         * @param dimension the dimension, e.g. "Kesehatan", not null
         * @return this builder
         */
        public Builder dimension(String dimension) {
            this.dimension = Objects.requireNonNull(dimension, "dimension");
            return this;
        }

        /**
         * Sets the ministry label, kept exactly as given.
         *
         * @param label the label, not null
         * @return this builder
         */
        public Builder label(String label) {
            this.label = Objects.requireNonNull(label, "label");
            return this;
        }

        /**
         * Sets the English name.
         *
         * @param englishName the name, not null
         * @return this builder
         */
        public Builder englishName(String englishName) {
            this.englishName = Objects.requireNonNull(englishName, "englishName");
            return this;
        }

        /**
         * Adds an allowed score; scores must be added in ascending order.
         *
         * @param score the score, 0 to 5, above the previous one
         * @param meaning the KETERANGAN text, or null
         * @param activity the KEGIATAN text, or null
         * @return this builder
         * @throws IllegalArgumentException if the score is outside 0..5 or not above the previous one
         */
        public Builder step(int score, String meaning, String activity) {
            return step(LadderStep.of(score, meaning, activity));
        }

        /**
         * Adds an allowed score; scores must be added in ascending order.
         *
         * @param step the step, not null
         * @return this builder
         * @throws IllegalArgumentException if the score is not above the previous one
         */
        public Builder step(LadderStep step) {
            Objects.requireNonNull(step, "step");
            if (!ladder.isEmpty() && ladder.get(ladder.size() - 1).score() >= step.score()) {
                throw new IllegalArgumentException(code + ": ladder scores must ascend; score " + step.score()
                        + " comes after " + ladder.get(ladder.size() - 1).score());
            }
            ladder.add(step);
            return this;
        }

        /**
         * Sets the agencies.
         *
         * @param agencies the agencies, not null
         * @return this builder
         */
        public Builder agencies(Agencies agencies) {
            this.agencies = Objects.requireNonNull(agencies, "agencies");
            return this;
        }

        /**
         * Builds the indicator.
         *
         * @return the indicator, not null
         * @throws IllegalStateException if number, dimension, label or english name is missing, or
         *     the ladder is empty
         */
        public Indicator build() {
            StringBuilder missing = new StringBuilder();
            if (number == 0) {
                missing.append(" number");
            }
            if (dimension == null) {
                missing.append(" dimension");
            }
            if (label == null) {
                missing.append(" label");
            }
            if (englishName == null) {
                missing.append(" englishName");
            }
            if (ladder.isEmpty()) {
                missing.append(" ladder (at least one step)");
            }
            if (missing.length() > 0) {
                throw new IllegalStateException("indicator " + code + " is missing:" + missing);
            }
            return new Indicator(this);
        }
    }
}
