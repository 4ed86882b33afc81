// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.id;

import io.github.indeksdesa.idm.Agencies;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One of the Indeks Desa's items: a village is scored 1..5 on it, 5 meaning fully met.
 *
 * <p>The {@linkplain #code() code} (LD01..TK16 in the official edition: the dimension's code and the
 * item's place within the dimension) is <em>this project's</em>: the ministry publishes no item
 * codes and names items by their text. The texts are the ministry's, exactly as published:
 * the {@linkplain #name() item name}, the {@linkplain #header() column header} of the 2025 score
 * export and other headers seen for it ({@linkplain #headerAliases() aliases}), the recommendation
 * ({@code rekomendasi}) and the activity ({@code kegiatan}) for a village at each score 1..4 (none
 * at 5), and the agencies that carry the item's activities at each government level.
 *
 * <p>{@linkplain #observedScores() Observed scores} are the scores that occur in real 2025 data,
 * not a published rule: any score 1..5 is valid, one outside the observed set is suspicious.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Item {

    private static final Pattern CODE = Pattern.compile("[A-Z]{2}[0-9]{2}");

    private final String code;
    private final Dimension dimension;
    private final String subDimension;
    private final String indicator;
    private final String name;
    private final String header;
    private final List<String> headerAliases;
    private final List<Integer> observedScores;
    private final String[] recommendations;
    private final String[] activities;
    private final Agencies agencies;

    private Item(Builder b) {
        this.code = b.code;
        this.dimension = b.dimension;
        this.subDimension = b.subDimension;
        this.indicator = b.indicator;
        this.name = b.name;
        this.header = b.header;
        this.headerAliases = List.copyOf(b.headerAliases);
        this.observedScores = List.copyOf(b.observedScores);
        this.recommendations = b.recommendations.clone();
        this.activities = b.activities.clone();
        this.agencies = b.agencies;
    }

    /**
     * Starts building an item.
     *
     * @param code the code: two capital letters equal to the dimension's code and two digits,
     *     e.g. "LD01", not null
     * @param dimension the dimension, not null
     * @return a new builder, not null
     * @throws IllegalArgumentException if the code does not have that form
     */
    public static Builder builder(String code, Dimension dimension) {
        return new Builder(code, dimension);
    }

    /**
     * Returns the code, e.g. "LD01": this project's, not the ministry's (it publishes none).
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the dimension.
     *
     * @return the dimension, not null
     */
    public Dimension dimension() {
        return dimension;
    }

    /**
     * Returns the official name of the sub-dimension, e.g. "SUB-DIMENSI PENDIDIKAN".
     *
     * @return the name, not null
     */
    public String subDimension() {
        return subDimension;
    }

    /**
     * Returns the official name of the indicator the item belongs to, e.g. "AKSES TERHADAP
     * PAUD/TK/Sederajat".
     *
     * @return the name, not null
     */
    public String indicator() {
        return indicator;
    }

    /**
     * Returns the official name of the item, e.g. "Keberadaan PAUD/TK/Sederajat di Desa".
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the item's column header in the 2025 village score export, as written there, e.g.
     * "Ketersediaan PAUD/ TK/ Sederajat di Desa".
     *
     * @return the header, not null
     */
    public String header() {
        return header;
    }

    /**
     * Returns other column headers seen for the item, as written.
     *
     * @return the aliases, unmodifiable, possibly empty, not null
     */
    public List<String> headerAliases() {
        return headerAliases;
    }

    /**
     * Returns the scores that occur for this item in real data, ascending (e.g. [1, 5]).
     *
     * @return the observed scores, unmodifiable, not empty, not null
     */
    public List<Integer> observedScores() {
        return observedScores;
    }

    /**
     * Returns whether a score occurs for this item in real data.
     *
     * @param score the score
     * @return true if observed
     */
    public boolean isObserved(int score) {
        return observedScores.contains(score);
    }

    /**
     * Returns the ministry's recommendation for a village at a score.
     *
     * @param score the score, 1..5
     * @return the text as published; empty at 5 and where the ministry gives none
     * @throws IllegalArgumentException if the score is outside 1..5
     */
    public Optional<String> recommendation(int score) {
        return Optional.ofNullable(recommendations[checkScore(score)]);
    }

    /**
     * Returns the ministry's activity (kegiatan) for a village at a score.
     *
     * @param score the score, 1..5
     * @return the text as published; empty at 5 and where the ministry gives none
     * @throws IllegalArgumentException if the score is outside 1..5
     */
    public Optional<String> activity(int score) {
        return Optional.ofNullable(activities[checkScore(score)]);
    }

    /**
     * Returns the agencies that carry the item's activities, by government level (PUSAT, PROV,
     * KAB, DESA, LAINNYA; the Indeks Desa has no CSR column).
     *
     * @return the agencies, not null
     */
    public Agencies agencies() {
        return agencies;
    }

    /**
     * Returns the code and name for messages, e.g. {@code LD01 "Keberadaan PAUD/TK/Sederajat di Desa"}.
     *
     * @return the text, not null
     */
    public String describe() {
        return code + " \"" + name + "\"";
    }

    /**
     * Returns whether the other item has the same code, names, texts, scores and agencies.
     *
     * @param other the object to compare, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Item)) {
            return false;
        }
        Item o = (Item) other;
        return code.equals(o.code) && dimension == o.dimension && subDimension.equals(o.subDimension)
                && indicator.equals(o.indicator) && name.equals(o.name) && header.equals(o.header)
                && headerAliases.equals(o.headerAliases) && observedScores.equals(o.observedScores)
                && Arrays.equals(recommendations, o.recommendations) && Arrays.equals(activities, o.activities)
                && agencies.equals(o.agencies);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(code, name, header);
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

    static int checkScore(int score) {
        if (score < IndeksDesaModel.MIN_SCORE || score > IndeksDesaModel.MAX_SCORE) {
            throw new IllegalArgumentException("score: expected 1..5, found " + score);
        }
        return score;
    }

    /**
     * Builds an {@link Item}. Not thread-safe.
     */
    public static final class Builder {
        private final String code;
        private final Dimension dimension;
        private String subDimension;
        private String indicator;
        private String name;
        private String header;
        private final List<String> headerAliases = new ArrayList<>();
        private final List<Integer> observedScores = new ArrayList<>();
        private final String[] recommendations = new String[IndeksDesaModel.MAX_SCORE + 1];
        private final String[] activities = new String[IndeksDesaModel.MAX_SCORE + 1];
        private Agencies agencies = Agencies.none();

        private Builder(String code, Dimension dimension) {
            Objects.requireNonNull(code, "code");
            this.dimension = Objects.requireNonNull(dimension, "dimension");
            if (!CODE.matcher(code).matches() || !code.startsWith(dimension.code())) {
                throw new IllegalArgumentException("item code: expected " + dimension.code()
                        + " and two digits (e.g. " + dimension.code() + "01), found \"" + code + "\"");
            }
            this.code = code;
        }

        /**
         * Sets the sub-dimension's official name.
         *
         * @param subDimension the name, not blank
         * @return this builder
         */
        public Builder subDimension(String subDimension) {
            this.subDimension = text(subDimension, "sub-dimension");
            return this;
        }

        /**
         * Sets the indicator's official name.
         *
         * @param indicator the name, not blank
         * @return this builder
         */
        public Builder indicator(String indicator) {
            this.indicator = text(indicator, "indicator");
            return this;
        }

        /**
         * Sets the item's official name.
         *
         * @param name the name, not blank
         * @return this builder
         */
        public Builder name(String name) {
            this.name = text(name, "name");
            return this;
        }

        /**
         * Sets the column header of the score export.
         *
         * @param header the header as written, not blank
         * @return this builder
         */
        public Builder header(String header) {
            this.header = text(header, "header");
            return this;
        }

        /**
         * Adds another header seen for the item.
         *
         * @param alias the header as written, not blank
         * @return this builder
         */
        public Builder headerAlias(String alias) {
            headerAliases.add(text(alias, "header alias"));
            return this;
        }

        /**
         * Sets the scores observed in real data.
         *
         * @param scores distinct scores 1..5 in ascending order, at least one
         * @return this builder
         * @throws IllegalArgumentException if a score is outside 1..5, repeated or out of order
         */
        public Builder observedScores(int... scores) {
            Objects.requireNonNull(scores, "scores");
            if (scores.length == 0) {
                throw new IllegalArgumentException(code + ": observed scores: expected at least one score");
            }
            List<Integer> list = new ArrayList<>();
            for (int s : scores) {
                if (s < IndeksDesaModel.MIN_SCORE || s > IndeksDesaModel.MAX_SCORE
                        || (!list.isEmpty() && s <= list.get(list.size() - 1))) {
                    throw new IllegalArgumentException(code + ": observed scores: expected distinct scores 1..5 in "
                            + "ascending order, found " + Arrays.toString(scores));
                }
                list.add(s);
            }
            observedScores.clear();
            observedScores.addAll(list);
            return this;
        }

        /**
         * Sets the recommendation and activity texts for a score below 5.
         *
         * @param score the score, 1..4
         * @param recommendation the recommendation as published, null or blank for none
         * @param activity the activity as published, null or blank for none
         * @return this builder
         * @throws IllegalArgumentException if the score is outside 1..4
         */
        public Builder step(int score, String recommendation, String activity) {
            if (score < IndeksDesaModel.MIN_SCORE || score >= IndeksDesaModel.MAX_SCORE) {
                throw new IllegalArgumentException(code + ": texts are given for scores 1..4 (5 needs none), found "
                        + score);
            }
            recommendations[score] = recommendation == null || recommendation.isBlank() ? null : recommendation;
            activities[score] = activity == null || activity.isBlank() ? null : activity;
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
         * Builds the item.
         *
         * @return the item, not null
         * @throws IllegalStateException if a name, the header or the observed scores are missing
         */
        public Item build() {
            List<String> missing = new ArrayList<>();
            if (subDimension == null) {
                missing.add("sub-dimension");
            }
            if (indicator == null) {
                missing.add("indicator");
            }
            if (name == null) {
                missing.add("name");
            }
            if (header == null) {
                missing.add("header");
            }
            if (observedScores.isEmpty()) {
                missing.add("observed scores");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("item " + code + ": missing " + String.join(", ", missing));
            }
            return new Item(this);
        }

        private String text(String text, String what) {
            Objects.requireNonNull(text, what);
            if (text.isBlank()) {
                throw new IllegalArgumentException(code + ": " + what + ": expected a text, found an empty field");
            }
            return text;
        }
    }
}
