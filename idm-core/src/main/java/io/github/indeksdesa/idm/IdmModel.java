// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An edition of the IDM model: its indicators grouped into the three {@link Index indices}, each
 * with a ladder of allowed scores, the status thresholds, and where the edition comes from.
 *
 * <p>The {@link #official() official edition} is the ministry's 50-indicator operational model
 * (Permendesa PDTT 2/2016, data years 2017–2024: IKS 35, IKE 12, IKL 3 indicators). It ships as a
 * data file inside this library and is found by name with {@link #of(String)}. Other editions (a
 * province's variant, a future revision) are made with {@link #builder(String)} or read from the same
 * text format with {@link #parse(String, Reader)}.
 *
 * <p>Every index value is {@code Σ scores / (5 · indicators)} and the IDM is their mean, so every
 * IDM of a model is a whole multiple of {@code 1 /} {@link #gridDenominator()} (6300 in the
 * official model): {@code IDM = (12·ΣIKS + 35·ΣIKE + 140·ΣIKL) / 6300}.
 *
 * <p>Example:
 * <pre>{@code
 * IdmModel model = IdmModel.official();
 * System.out.println(model.indicatorCount() + " indicators, " + model.indicator("IKL03").label());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IdmModel {

    /** The lowest score any indicator can have. */
    public static final int MIN_SCORE = 0;
    /** The highest score any indicator can have; an index's maximum is 5 × its indicators. */
    public static final int MAX_SCORE = 5;

    private static final String OFFICIAL_RESOURCE = "permendesa-pdtt-2-2016.tsv";

    private final String name;
    private final List<String> aliases;
    private final String title;
    private final String legalBasis;
    private final String source;
    private final int firstYear;
    private final int lastYear;
    private final List<Indicator> indicators;
    private final StatusThresholds thresholds;

    private final Map<String, Integer> positionByCode;
    private final Map<Index, List<Indicator>> byIndex;
    private final int[] indexStart = new int[3];
    private final int[] indexCount = new int[3];
    private final long[] weight = new long[3];
    private final long gridDenominator;

    private IdmModel(Builder b) {
        this.name = b.name;
        this.aliases = List.copyOf(b.aliases);
        this.title = b.title;
        this.legalBasis = b.legalBasis;
        this.source = b.source;
        this.firstYear = b.firstYear;
        this.lastYear = b.lastYear;
        this.indicators = List.copyOf(b.indicators);
        this.thresholds = b.thresholds;
        Map<String, Integer> positions = new HashMap<>();
        EnumMap<Index, List<Indicator>> groups = new EnumMap<>(Index.class);
        for (Index index : Index.values()) {
            groups.put(index, new ArrayList<>());
        }
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            // Keyed in upper case: codes are unique ignoring case, and lookups ignore case.
            positions.put(indicator.code().toUpperCase(Locale.ROOT), i);
            List<Indicator> group = groups.get(indicator.index());
            if (group.isEmpty()) {
                indexStart[indicator.index().ordinal()] = i;
            }
            group.add(indicator);
        }
        this.positionByCode = Map.copyOf(positions);
        EnumMap<Index, List<Indicator>> frozen = new EnumMap<>(Index.class);
        groups.forEach((index, list) -> frozen.put(index, List.copyOf(list)));
        this.byIndex = Collections.unmodifiableMap(frozen);
        // IDM = mean of Σ_i / (5·n_i); over the common denominator 3·lcm(5·n_i) each sum has a whole weight.
        long lcm = 1;
        for (Index index : Index.values()) {
            indexCount[index.ordinal()] = groups.get(index).size();
            lcm = lcm(lcm, (long) MAX_SCORE * indexCount[index.ordinal()]);
        }
        this.gridDenominator = 3 * lcm;
        for (Index index : Index.values()) {
            weight[index.ordinal()] = lcm / ((long) MAX_SCORE * indexCount[index.ordinal()]);
        }
    }

    /**
     * Returns the official edition: the ministry's 50-indicator model of Permendesa PDTT 2/2016.
     *
     * @return the official model, not null
     */
    public static IdmModel official() {
        return Registry.OFFICIAL;
    }

    /**
     * Finds a shipped edition by its name or an alias, ignoring case: "permendesa-pdtt-2-2016",
     * "official", "idm-50".
     *
     * @param name the name or alias, not null
     * @return the model, not null
     * @throws IllegalArgumentException if no shipped edition has that name; the message lists the
     *     known names
     */
    public static IdmModel of(String name) {
        Objects.requireNonNull(name, "name");
        IdmModel model = Registry.BY_NAME.get(name.strip().toLowerCase(Locale.ROOT));
        if (model == null) {
            throw new IllegalArgumentException("model: unknown name \"" + name + "\"; known: "
                    + String.join(", ", availableNames()));
        }
        return model;
    }

    /**
     * Returns the names and aliases of the shipped editions, sorted.
     *
     * @return the names, not null
     */
    public static Set<String> availableNames() {
        return Collections.unmodifiableSet(new TreeSet<>(Registry.BY_NAME.keySet()));
    }

    /**
     * Reads a model from its text format (the format of the shipped edition, described in
     * {@code docs/model-format.md}). Parsing is strict: a malformed line fails with
     * {@code sourceName}, the line number and what was expected.
     *
     * @param sourceName the name to quote in error messages, e.g. a file name, not null
     * @param reader the text, not null; it is read to the end but not closed
     * @return the model, not null
     * @throws ModelFormatException if the text is malformed or the model breaks an invariant
     * @throws UncheckedIOException if the reader fails
     */
    public static IdmModel parse(String sourceName, Reader reader) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(reader, "reader");
        try {
            return ModelReader.read(sourceName, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + sourceName, e);
        }
    }

    /**
     * Starts building a model.
     *
     * @param name the stable name, lower-case letters, digits, '.' and '-', not null
     * @return a new builder, not null
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * Returns the stable name, e.g. "permendesa-pdtt-2-2016".
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns other names this edition is known by.
     *
     * @return the aliases, unmodifiable, not null
     */
    public List<String> aliases() {
        return aliases;
    }

    /**
     * Returns the title.
     *
     * @return the title, not null
     */
    public String title() {
        return title;
    }

    /**
     * Returns the legal basis, e.g. the regulation that defines the model.
     *
     * @return the legal basis, not null
     */
    public String legalBasis() {
        return legalBasis;
    }

    /**
     * Returns where the model's figures come from.
     *
     * @return the source, not null
     */
    public String source() {
        return source;
    }

    /**
     * Returns the first data year the model applies to.
     *
     * @return the year
     */
    public int firstYear() {
        return firstYear;
    }

    /**
     * Returns the last data year the model applies to.
     *
     * @return the year
     */
    public int lastYear() {
        return lastYear;
    }

    /**
     * Returns whether the model applies to a data year.
     *
     * @param year the data year
     * @return true if {@code firstYear() <= year <= lastYear()}
     */
    public boolean appliesTo(int year) {
        return year >= firstYear && year <= lastYear;
    }

    /**
     * Returns every indicator in the ministry's order: IKS, then IKE, then IKL.
     *
     * @return the indicators, unmodifiable, not null
     */
    public List<Indicator> indicators() {
        return indicators;
    }

    /**
     * Returns the indicators of one index, in order.
     *
     * @param index the index, not null
     * @return the indicators, unmodifiable, not empty
     */
    public List<Indicator> indicators(Index index) {
        return byIndex.get(Objects.requireNonNull(index, "index"));
    }

    /**
     * Returns the number of indicators.
     *
     * @return 50 in the official model
     */
    public int indicatorCount() {
        return indicators.size();
    }

    /**
     * Returns the number of indicators of one index.
     *
     * @param index the index, not null
     * @return 35, 12 or 3 in the official model
     */
    public int indicatorCount(Index index) {
        return indexCount[Objects.requireNonNull(index, "index").ordinal()];
    }

    /**
     * Returns the highest possible sum of scores of one index: 5 × its indicators.
     *
     * @param index the index, not null
     * @return 175, 60 or 15 in the official model
     */
    public int maxSum(Index index) {
        return MAX_SCORE * indicatorCount(index);
    }

    /**
     * Returns the position (0-based, in ministry order) of the first indicator of an index.
     *
     * @param index the index, not null
     * @return the position
     */
    public int firstPosition(Index index) {
        return indexStart[Objects.requireNonNull(index, "index").ordinal()];
    }

    /**
     * Returns the denominator that every IDM of this model is a whole multiple of.
     *
     * @return 6300 in the official model
     */
    public long gridDenominator() {
        return gridDenominator;
    }

    /**
     * Returns how many units of {@code 1/gridDenominator()} one score point of an index adds to
     * the IDM.
     *
     * @param index the index, not null
     * @return 12 (IKS), 35 (IKE) or 140 (IKL) in the official model
     */
    public long weight(Index index) {
        return weight[Objects.requireNonNull(index, "index").ordinal()];
    }

    /**
     * Returns the smallest IDM numerator on the grid whose status is at least {@code status}: 3774
     * (0.599048) for BERKEMBANG in the official model, 0 for SANGAT TERTINGGAL.
     *
     * @param status the status, not null
     * @return the least N with N / {@link #gridDenominator()} of status {@code status} or above
     */
    public long lowestGridNumerator(Status status) {
        Objects.requireNonNull(status, "status");
        return thresholds.lowerBound(status)
                .map(bound -> bound.multiply(BigDecimal.valueOf(gridDenominator))
                        .setScale(0, RoundingMode.FLOOR).longValueExact() + 1)
                .orElse(0L);
    }

    /**
     * Returns the status thresholds.
     *
     * @return the thresholds, not null
     */
    public StatusThresholds thresholds() {
        return thresholds;
    }

    /**
     * Finds an indicator by code, ignoring case.
     *
     * @param code the code, e.g. "IKS02", not null
     * @return the indicator, or empty if the model has none with that code
     */
    public Optional<Indicator> findIndicator(String code) {
        Integer position = positionByCode.get(Objects.requireNonNull(code, "code").strip().toUpperCase(Locale.ROOT));
        return position == null ? Optional.empty() : Optional.of(indicators.get(position));
    }

    /**
     * Returns an indicator by code, ignoring case.
     *
     * @param code the code, e.g. "IKS02", not null
     * @return the indicator, not null
     * @throws IllegalArgumentException if the model has no such indicator
     */
    public Indicator indicator(String code) {
        return findIndicator(code).orElseThrow(() -> new IllegalArgumentException("indicator: unknown code \""
                + code + "\" in model " + name + "; expected " + indicators.get(0).code() + " … "
                + indicators.get(indicators.size() - 1).code()));
    }

    /**
     * Returns the 0-based position of an indicator in the ministry's order.
     *
     * @param indicator an indicator of this model, not null
     * @return the position
     * @throws IllegalArgumentException if the indicator is not this model's
     */
    public int position(Indicator indicator) {
        Objects.requireNonNull(indicator, "indicator");
        Integer position = positionByCode.get(indicator.code().toUpperCase(Locale.ROOT));
        if (position == null || !indicators.get(position).equals(indicator)) {
            throw new IllegalArgumentException("indicator " + indicator.describe() + " is not part of model " + name);
        }
        return position;
    }

    /**
     * Returns the dimensions in order of first appearance, with their indicators.
     *
     * @return an unmodifiable map from dimension to indicators, not null
     */
    public Map<String, List<Indicator>> dimensions() {
        Map<String, List<Indicator>> map = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            map.computeIfAbsent(indicator.dimension(), d -> new ArrayList<>()).add(indicator);
        }
        map.replaceAll((d, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(map);
    }

    /**
     * Returns the name and the indicator counts, e.g.
     * {@code IdmModel[permendesa-pdtt-2-2016: IKS 35, IKE 12, IKL 3]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "IdmModel[" + name + ": " + java.util.Arrays.stream(Index.values())
                .map(i -> i + " " + indicatorCount(i)).collect(Collectors.joining(", ")) + "]";
    }

    private static long lcm(long a, long b) {
        return a / Fraction.gcd(a, b) * b;
    }

    /** The shipped editions, loaded on first use. */
    private static final class Registry {
        static final IdmModel OFFICIAL = ModelReader.readResource(OFFICIAL_RESOURCE);
        static final Map<String, IdmModel> BY_NAME;

        static {
            Map<String, IdmModel> byName = new HashMap<>();
            for (IdmModel model : List.of(OFFICIAL)) {
                byName.put(model.name().toLowerCase(Locale.ROOT), model);
                model.aliases().forEach(alias -> byName.put(alias.toLowerCase(Locale.ROOT), model));
            }
            BY_NAME = Map.copyOf(byName);
        }

        private Registry() {
        }
    }

    /**
     * Builds an {@link IdmModel}; {@link #build()} checks the invariants. Not thread-safe.
     */
    public static final class Builder {
        private final String name;
        private final List<String> aliases = new ArrayList<>();
        private String title;
        private String legalBasis = "";
        private String source = "";
        private int firstYear = 0;
        private int lastYear = 9999;
        private final List<Indicator> indicators = new ArrayList<>();
        private StatusThresholds thresholds = StatusThresholds.official();

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
            if (!name.matches("[a-z0-9][a-z0-9.\\-]*")) {
                throw new IllegalArgumentException("name: expected lower-case letters, digits, '.' and '-', found \""
                        + name + "\"");
            }
            this.title = name;
        }

        /**
         * Adds another name for the model.
         *
         * @param alias the alias, not blank
         * @return this builder
         */
        public Builder alias(String alias) {
            Objects.requireNonNull(alias, "alias");
            if (alias.isBlank()) {
                throw new IllegalArgumentException("alias: expected a name, found a blank text");
            }
            aliases.add(alias);
            return this;
        }

        /**
         * Sets the title; the default is the name.
         *
         * @param title the title, not null
         * @return this builder
         */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /**
         * Sets the legal basis; the default is empty.
         *
         * @param legalBasis the legal basis, not null
         * @return this builder
         */
        public Builder legalBasis(String legalBasis) {
            this.legalBasis = Objects.requireNonNull(legalBasis, "legalBasis");
            return this;
        }

        /**
         * Sets the source of the figures; the default is empty.
         *
         * @param source the source, not null
         * @return this builder
         */
        public Builder source(String source) {
            this.source = Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * Sets the data years the model applies to; the default is all years.
         *
         * @param firstYear the first year
         * @param lastYear the last year, not before {@code firstYear}
         * @return this builder
         * @throws IllegalArgumentException if {@code lastYear < firstYear}
         */
        public Builder years(int firstYear, int lastYear) {
            if (lastYear < firstYear) {
                throw new IllegalArgumentException("years: the last year " + lastYear + " is before the first year "
                        + firstYear);
            }
            this.firstYear = firstYear;
            this.lastYear = lastYear;
            return this;
        }

        /**
         * Adds an indicator. Indicators are added in the ministry's order: all of IKS, then IKE,
         * then IKL, each index numbered from 1.
         *
         * @param indicator the indicator, not null
         * @return this builder
         */
        public Builder indicator(Indicator indicator) {
            indicators.add(Objects.requireNonNull(indicator, "indicator"));
            return this;
        }

        /**
         * Sets the status thresholds; the default is {@link StatusThresholds#official()}.
         *
         * @param thresholds the thresholds, not null
         * @return this builder
         */
        public Builder thresholds(StatusThresholds thresholds) {
            this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
            return this;
        }

        /**
         * Checks the invariants and builds the model.
         *
         * @return the model, not null
         * @throws IllegalArgumentException if codes repeat, an index has no indicator, indicators
         *     are not grouped IKS, IKE, IKL or not numbered 1, 2, … within their index; the
         *     message names the offending indicator
         */
        public IdmModel build() {
            Map<String, Indicator> seen = new HashMap<>();
            int[] next = new int[Index.values().length];
            Index previous = null;
            for (Indicator indicator : indicators) {
                Indicator clash = seen.put(indicator.code().toUpperCase(Locale.ROOT), indicator);
                if (clash != null) {
                    throw new IllegalArgumentException("model " + name + ": indicator code " + indicator.code()
                            + " is used twice (" + clash.describe() + " and " + indicator.describe() + ")");
                }
                if (previous != null && indicator.index().compareTo(previous) < 0) {
                    throw new IllegalArgumentException("model " + name + ": indicator " + indicator.describe() + " of "
                            + indicator.index() + " comes after indicators of " + previous
                            + "; add all IKS, then all IKE, then all IKL indicators");
                }
                previous = indicator.index();
                int expected = ++next[indicator.index().ordinal()];
                if (indicator.number() != expected) {
                    throw new IllegalArgumentException("model " + name + ": indicator " + indicator.describe()
                            + " has number " + indicator.number() + " but is indicator " + expected + " of "
                            + indicator.index());
                }
            }
            for (Index index : Index.values()) {
                if (next[index.ordinal()] == 0) {
                    throw new IllegalArgumentException("model " + name + ": index " + index
                            + " has no indicator; every index needs at least one");
                }
            }
            Set<String> names = new TreeSet<>();
            names.add(name.toLowerCase(Locale.ROOT));
            for (String alias : aliases) {
                if (!names.add(alias.toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("model " + name + ": alias \"" + alias + "\" is given twice");
                }
            }
            return new IdmModel(this);
        }
    }
}
