// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.id;

import io.github.indeksdesa.idm.ModelFormatException;
import io.github.indeksdesa.idm.Status;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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
import java.util.regex.Pattern;

/**
 * An edition of the Indeks Desa (ID): its items in official order, grouped into the six
 * {@link Dimension dimensions}, and the status thresholds in points. The entry point of the ID
 * edition of this library, as {@code IdmModel} is of the IDM edition.
 *
 * <p>The {@link #official() official edition} is the model of Permendesa PDTT 9/2024, with which
 * Kepmendesa 343/2025 set every village's 2025 status: 127 items scored 1..5, so a village has
 * {@code P} = 127..635 points and {@code Skor ID = 100·P/635} ({@link SkorId}). Its status is decided
 * by the integer P: SANGAT TERTINGGAL up to 314 points, TERTINGGAL up to 364, BERKEMBANG up to 440,
 * MAJU up to 505, MANDIRI above. It ships as a data file inside this library; other editions are made
 * with {@link #builder(String)} or read from the same text format with {@link #parse(String, Reader)}.
 *
 * <p>The item codes (LD01..TK16) are this project's: the ministry publishes none and names items by
 * their text. {@link #findByHeader(String)} finds an item by the ministry's column header.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndeksDesaModel {

    /** The lowest score of an item. */
    public static final int MIN_SCORE = 1;
    /** The highest score of an item: fully met, no recommendation. */
    public static final int MAX_SCORE = 5;

    private static final String OFFICIAL_RESOURCE = "indeks-desa-2025.tsv";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.\\-]*");
    private static final Status[] STATUSES = Status.values();

    private final String name;
    private final List<String> aliases;
    private final String title;
    private final String legalBasis;
    private final String source;
    private final int firstYear;
    private final int lastYear;
    private final List<Item> items;
    private final int[] lastPoints;
    private final BigDecimal[] publishedUpper;

    private final Map<String, Integer> positionByCode = new HashMap<>();
    private final Map<Dimension, List<Item>> byDimension = new EnumMap<>(Dimension.class);
    private final Map<String, List<Item>> bySubDimension = new LinkedHashMap<>();
    private final Map<String, Item> byHeader = new HashMap<>();

    private IndeksDesaModel(Builder b) {
        this.name = b.name;
        this.aliases = List.copyOf(b.aliases);
        this.title = b.title;
        this.legalBasis = b.legalBasis;
        this.source = b.source;
        this.firstYear = b.firstYear;
        this.lastYear = b.lastYear;
        this.items = List.copyOf(b.items);
        this.lastPoints = b.lastPoints.clone();
        this.publishedUpper = b.publishedUpper.clone();
        Map<String, Dimension> subDimensionOwner = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (positionByCode.put(item.code(), i) != null) {
                throw new IllegalArgumentException("item " + item.code() + " is defined twice");
            }
            byDimension.computeIfAbsent(item.dimension(), d -> new ArrayList<>()).add(item);
            Dimension owner = subDimensionOwner.putIfAbsent(item.subDimension(), item.dimension());
            if (owner != null && owner != item.dimension()) {
                throw new IllegalArgumentException("item " + item.code() + ": sub-dimension \"" + item.subDimension()
                        + "\" belongs to dimension " + owner + ", not " + item.dimension());
            }
            bySubDimension.computeIfAbsent(item.subDimension(), s -> new ArrayList<>()).add(item);
        }
        byDimension.replaceAll((d, list) -> List.copyOf(list));
        bySubDimension.replaceAll((s, list) -> List.copyOf(list));
        indexHeaders();
    }

    /**
     * Headers are found in three tiers: the export header, then the item name, then an alias. A
     * text claimed by two items within the first tier that claims it is ambiguous and rejected.
     */
    private void indexHeaders() {
        List<Map<String, List<Item>>> tiers = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
        for (Item item : items) {
            addKey(tiers.get(0), item.header(), item);
            addKey(tiers.get(1), item.name(), item);
            for (String alias : item.headerAliases()) {
                addKey(tiers.get(2), alias, item);
            }
        }
        for (Map<String, List<Item>> tier : tiers) {
            for (Map.Entry<String, List<Item>> e : tier.entrySet()) {
                if (byHeader.containsKey(e.getKey())) {
                    continue;
                }
                if (e.getValue().size() > 1) {
                    throw new IllegalArgumentException("header \"" + e.getKey() + "\" would name both "
                            + e.getValue().get(0).code() + " and " + e.getValue().get(1).code());
                }
                byHeader.put(e.getKey(), e.getValue().get(0));
            }
        }
    }

    private static void addKey(Map<String, List<Item>> tier, String text, Item item) {
        List<Item> list = tier.computeIfAbsent(normaliseHeader(text), k -> new ArrayList<>(1));
        if (!list.contains(item)) {
            list.add(item);
        }
    }

    /**
     * Returns the official edition: the 127-item Indeks Desa of Permendesa PDTT 9/2024, as used by
     * Kepmendesa 343/2025 for the 2025 statuses.
     *
     * @return the official model, not null
     */
    public static IndeksDesaModel official() {
        return Registry.OFFICIAL;
    }

    /**
     * Finds a shipped edition by its name or an alias, ignoring case: "indeks-desa-2025",
     * "official", "id", "permendesa-9-2024".
     *
     * @param name the name or alias, not null
     * @return the model, not null
     * @throws IllegalArgumentException if no shipped edition has that name; the message lists the
     *     known names
     */
    public static IndeksDesaModel of(String name) {
        Objects.requireNonNull(name, "name");
        IndeksDesaModel model = Registry.BY_NAME.get(name.strip().toLowerCase(Locale.ROOT));
        if (model == null) {
            throw new IllegalArgumentException("Indeks Desa model: unknown name \"" + name + "\"; known: "
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
    public static IndeksDesaModel parse(String sourceName, Reader reader) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(reader, "reader");
        try {
            return IndeksDesaModelReader.read(sourceName, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + sourceName, e);
        }
    }

    /**
     * Starts building a model.
     *
     * @param name the stable name, lower-case letters, digits, '.' and '-', not null
     * @return a new builder, not null
     * @throws IllegalArgumentException if the name does not have that form
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * Collapses each run of whitespace ({@code \\s}: space, tab, line breaks, vertical tab, form
     * feed) to one space and drops a space next to a slash: what the regular expressions
     * {@code \\s+ → " "} then {@code " ?/ ?" → "/"} do, in one pass (a score export's header has
     * 133 long cells, and is normalised for every table read).
     */
    private static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        boolean afterSlash = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
                continue;
            }
            if (c == '/') {
                out.append('/');
                afterSlash = true;
            } else {
                if (space && !afterSlash) {
                    out.append(' ');
                }
                out.append(c);
                afterSlash = false;
            }
            space = false;
        }
        if (space && !afterSlash) {
            out.append(' ');
        }
        return out.toString();
    }

    /**
     * Normalises a column header for matching: surrounding and repeated white space (including
     * no-break spaces) become nothing or one space, spaces around '/' are dropped ("PAUD/ TK" is
     * "PAUD/TK"), a trailing '?' and a leading "SKOR " are dropped, and case is ignored.
     *
     * @param header the header as written, not null
     * @return the key two headers share when they name the same item, not null
     */
    public static String normaliseHeader(String header) {
        Objects.requireNonNull(header, "header");
        String s = collapse(header.replace('\u00A0', ' ').replace("\uFEFF", "").strip());
        while (s.endsWith("?")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.regionMatches(true, 0, "SKOR ", 0, 5)) {
            s = s.substring(5).strip();
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the stable name, e.g. "indeks-desa-2025".
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the other names {@link #of(String)} finds this edition by.
     *
     * @return the aliases, unmodifiable, not null
     */
    public List<String> aliases() {
        return aliases;
    }

    /**
     * Returns the title, e.g. "Indeks Desa (ID), 127 items in 6 dimensions".
     *
     * @return the title, not null
     */
    public String title() {
        return title;
    }

    /**
     * Returns the regulation that defines the model (Permendesa PDTT 9/2024 for the official one).
     *
     * @return the text, not null
     */
    public String legalBasis() {
        return legalBasis;
    }

    /**
     * Returns where the figures come from (for the official edition: Kepmendesa 343/2025 and the
     * ministry's item table).
     *
     * @return the text, not null
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
     * Returns the last data year the model is known to apply to.
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
     * Returns the items in official order.
     *
     * @return the items, unmodifiable, not null
     */
    public List<Item> items() {
        return items;
    }

    /**
     * Returns the items of a dimension in official order.
     *
     * @param dimension the dimension, not null
     * @return the items, unmodifiable, empty if the model has none there, not null
     */
    public List<Item> items(Dimension dimension) {
        return byDimension.getOrDefault(Objects.requireNonNull(dimension, "dimension"), List.of());
    }

    /**
     * Returns the sub-dimensions in official order with their items.
     *
     * @return the items per sub-dimension name, unmodifiable, not null
     */
    public Map<String, List<Item>> subDimensions() {
        return Collections.unmodifiableMap(bySubDimension);
    }

    /**
     * Returns the number of items (127 in the official edition).
     *
     * @return the count
     */
    public int itemCount() {
        return items.size();
    }

    /**
     * Returns the number of items of a dimension.
     *
     * @param dimension the dimension, not null
     * @return the count
     */
    public int itemCount(Dimension dimension) {
        return items(dimension).size();
    }

    /**
     * Returns the lowest total points, every item at 1 (127 in the official edition).
     *
     * @return the points
     */
    public int minPoints() {
        return MIN_SCORE * items.size();
    }

    /**
     * Returns the highest total points, every item at 5 (635 in the official edition).
     *
     * @return the points
     */
    public int maxPoints() {
        return MAX_SCORE * items.size();
    }

    /**
     * Returns the highest points of a dimension (e.g. 170 for LD in the official edition).
     *
     * @param dimension the dimension, not null
     * @return 5 × the dimension's items
     */
    public int maxPoints(Dimension dimension) {
        return MAX_SCORE * itemCount(dimension);
    }

    /**
     * Finds an item by code.
     *
     * @param code the code, e.g. "LD01", not null
     * @return the item, or empty if the model has none with that code
     */
    public Optional<Item> findItem(String code) {
        Integer position = positionByCode.get(Objects.requireNonNull(code, "code"));
        return position == null ? Optional.empty() : Optional.of(items.get(position));
    }

    /**
     * Returns an item by code.
     *
     * @param code the code, e.g. "LD01", not null
     * @return the item, not null
     * @throws IllegalArgumentException if the model has no such item; the message names the range
     */
    public Item item(String code) {
        return findItem(code).orElseThrow(() -> new IllegalArgumentException("item: unknown code \"" + code
                + "\" in " + name + "; expected one of " + items.get(0).code() + ".."
                + items.get(items.size() - 1).code()));
    }

    /**
     * Returns an item's 0-based place in the official order.
     *
     * @param item an item of this model, not null
     * @return the position
     * @throws IllegalArgumentException if the item is not this model's
     */
    public int position(Item item) {
        Objects.requireNonNull(item, "item");
        Integer position = positionByCode.get(item.code());
        if (position == null || !items.get(position).equals(item)) {
            throw new IllegalArgumentException("item " + item.code() + " is not an item of model " + name);
        }
        return position;
    }

    /**
     * Finds an item by a column header of a score export: its export header, its official name or
     * one of its aliases, compared after {@link #normaliseHeader(String)}. An export header wins
     * over another item's name or alias, and a name over an alias.
     *
     * @param header the header as written, not null
     * @return the item, or empty if no item has that header
     */
    public Optional<Item> findByHeader(String header) {
        return Optional.ofNullable(byHeader.get(normaliseHeader(header)));
    }

    /**
     * Returns the status of a number of points: the number of thresholds the points exceed.
     *
     * @param points the total points, {@link #minPoints()} to {@link #maxPoints()}
     * @return the status, not null
     * @throws IllegalArgumentException if the points are out of range
     */
    public Status status(int points) {
        checkPoints(points);
        int above = 0;
        while (above < lastPoints.length && points > lastPoints[above]) {
            above++;
        }
        return STATUSES[above];
    }

    /**
     * Returns the lowest points of a status (315 for TERTINGGAL in the official edition).
     *
     * @param status the status, not null
     * @return the points; {@link #minPoints()} for SANGAT TERTINGGAL
     */
    public int firstPoints(Status status) {
        int i = Objects.requireNonNull(status, "status").ordinal();
        return i == 0 ? minPoints() : lastPoints[i - 1] + 1;
    }

    /**
     * Returns the highest points of a status (314 for SANGAT TERTINGGAL in the official edition).
     *
     * @param status the status, not null
     * @return the points; {@link #maxPoints()} for MANDIRI
     */
    public int lastPoints(Status status) {
        int i = Objects.requireNonNull(status, "status").ordinal();
        return i == lastPoints.length ? maxPoints() : lastPoints[i];
    }

    /**
     * Returns the published lowest Skor ID of a status: 20.00, 49.49, 57.39, 69.35 and 79.63 in the
     * official edition. A published 2-decimal score is of the status if and only if it is at least
     * this and below the next status's minimum, the same answer the points give.
     *
     * @param status the status, not null
     * @return the score with two decimals, not null
     */
    public BigDecimal minimumScore(Status status) {
        int i = Objects.requireNonNull(status, "status").ordinal();
        return i == 0 ? SkorId.of(minPoints(), this).toBigDecimal()
                : publishedUpper[i - 1].add(new BigDecimal("0.01"));
    }

    /**
     * Returns the published highest Skor ID of a status: 49.48, 57.38, 69.34 and 79.62 in the
     * official edition; empty for MANDIRI.
     *
     * @param status the status, not null
     * @return the score with two decimals
     */
    public Optional<BigDecimal> maximumScore(Status status) {
        int i = Objects.requireNonNull(status, "status").ordinal();
        return i == lastPoints.length ? Optional.empty() : Optional.of(publishedUpper[i]);
    }

    void checkPoints(int points) {
        if (points < minPoints() || points > maxPoints()) {
            throw new IllegalArgumentException("points: expected " + minPoints() + ".." + maxPoints() + " (" + name
                    + "), found " + points);
        }
    }

    /**
     * Returns the name and item count, e.g. {@code indeks-desa-2025 (127 items)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return name + " (" + items.size() + " items)";
    }

    private static final class Registry {
        static final IndeksDesaModel OFFICIAL = IndeksDesaModelReader.readResource(OFFICIAL_RESOURCE);
        static final Map<String, IndeksDesaModel> BY_NAME;

        static {
            Map<String, IndeksDesaModel> byName = new HashMap<>();
            byName.put(OFFICIAL.name(), OFFICIAL);
            for (String alias : OFFICIAL.aliases()) {
                byName.put(alias, OFFICIAL);
            }
            BY_NAME = Collections.unmodifiableMap(byName);
        }
    }

    /**
     * Builds an {@link IndeksDesaModel}. Not thread-safe.
     */
    public static final class Builder {
        private final String name;
        private final List<String> aliases = new ArrayList<>();
        private String title;
        private String legalBasis = "";
        private String source = "";
        private int firstYear = 1;
        private int lastYear = 9999;
        private final List<Item> items = new ArrayList<>();
        private final int[] lastPoints = new int[STATUSES.length - 1];
        private final BigDecimal[] publishedUpper = new BigDecimal[STATUSES.length - 1];
        private final boolean[] thresholdSet = new boolean[STATUSES.length - 1];

        private Builder(String name) {
            Objects.requireNonNull(name, "name");
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("model name: expected lower-case letters, digits, '.' and '-', found \""
                        + name + "\"");
            }
            this.name = name;
            this.title = name;
        }

        /**
         * Adds another name {@link IndeksDesaModel#of(String)} finds the edition by.
         *
         * @param alias the alias, lower-case letters, digits, '.' and '-', not null
         * @return this builder
         */
        public Builder alias(String alias) {
            Objects.requireNonNull(alias, "alias");
            if (!NAME.matcher(alias).matches()) {
                throw new IllegalArgumentException("model alias: expected lower-case letters, digits, '.' and '-', found \""
                        + alias + "\"");
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
         * Sets the regulation that defines the model.
         *
         * @param legalBasis the text, not null
         * @return this builder
         */
        public Builder legalBasis(String legalBasis) {
            this.legalBasis = Objects.requireNonNull(legalBasis, "legalBasis");
            return this;
        }

        /**
         * Sets where the figures come from.
         *
         * @param source the text, not null
         * @return this builder
         */
        public Builder source(String source) {
            this.source = Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * Sets the data years the model applies to; the default is 1..9999.
         *
         * @param firstYear the first year, 1..9999
         * @param lastYear the last year, firstYear..9999
         * @return this builder
         * @throws IllegalArgumentException if the years are out of range or reversed
         */
        public Builder years(int firstYear, int lastYear) {
            if (firstYear < 1 || lastYear > 9999 || firstYear > lastYear) {
                throw new IllegalArgumentException("years: expected 1 <= first <= last <= 9999, found " + firstYear
                        + ".." + lastYear);
            }
            this.firstYear = firstYear;
            this.lastYear = lastYear;
            return this;
        }

        /**
         * Adds the next item in official order.
         *
         * @param item the item, not null
         * @return this builder
         */
        public Builder item(Item item) {
            items.add(Objects.requireNonNull(item, "item"));
            return this;
        }

        /**
         * Sets the highest points of a status below MANDIRI; its published highest score is then the
         * score of those points to 2 decimals.
         *
         * @param status the status, not MANDIRI, not null
         * @param lastPoints the highest points of the status
         * @return this builder
         */
        public Builder threshold(Status status, int lastPoints) {
            return threshold(status, lastPoints, null);
        }

        /**
         * Sets the highest points of a status below MANDIRI and the highest score published for it
         * (49.48 for SANGAT TERTINGGAL in the official edition); {@link #build()} checks that the
         * score lies between the scores of {@code lastPoints} and {@code lastPoints + 1}.
         *
         * @param status the status, not MANDIRI, not null
         * @param lastPoints the highest points of the status
         * @param publishedUpper the published highest score with at most 2 decimals; null to use the
         *     score of {@code lastPoints}
         * @return this builder
         * @throws IllegalArgumentException if the status is MANDIRI
         */
        public Builder threshold(Status status, int lastPoints, BigDecimal publishedUpper) {
            Objects.requireNonNull(status, "status");
            if (status == Status.MANDIRI) {
                throw new IllegalArgumentException("MANDIRI has no upper threshold; give those of the four lower statuses");
            }
            this.lastPoints[status.ordinal()] = lastPoints;
            this.publishedUpper[status.ordinal()] = publishedUpper;
            this.thresholdSet[status.ordinal()] = true;
            return this;
        }

        /**
         * Checks the model and builds it.
         *
         * @return the model, not null
         * @throws IllegalArgumentException if there are no items, a code or header repeats, a
         *     sub-dimension spans two dimensions, or the thresholds are missing, not increasing,
         *     outside the points range or inconsistent with their published scores
         */
        public IndeksDesaModel build() {
            if (items.isEmpty()) {
                throw new IllegalArgumentException("model " + name + " has no items");
            }
            int min = MIN_SCORE * items.size();
            int max = MAX_SCORE * items.size();
            int previous = min - 1;
            for (int i = 0; i < lastPoints.length; i++) {
                if (!thresholdSet[i]) {
                    throw new IllegalArgumentException("no threshold for " + STATUSES[i]);
                }
                if (lastPoints[i] <= previous || lastPoints[i] >= max) {
                    throw new IllegalArgumentException("threshold of " + STATUSES[i].name() + ": expected highest points above "
                            + previous + " and below " + max + ", found " + lastPoints[i]);
                }
                previous = lastPoints[i];
                BigDecimal at = SkorId.round(lastPoints[i], max);
                BigDecimal above = SkorId.round(lastPoints[i] + 1, max);
                if (publishedUpper[i] == null) {
                    publishedUpper[i] = at;
                } else if (publishedUpper[i].stripTrailingZeros().scale() > 2 || publishedUpper[i].compareTo(at) < 0
                        || publishedUpper[i].compareTo(above) >= 0) {
                    throw new IllegalArgumentException("threshold of " + STATUSES[i].name() + ": the published highest score "
                            + publishedUpper[i].toPlainString() + " must have at most 2 decimals and lie from " + at
                            + " (" + lastPoints[i] + " points) to below " + above + " (" + (lastPoints[i] + 1)
                            + " points)");
                } else {
                    publishedUpper[i] = publishedUpper[i].setScale(2);
                }
            }
            return new IndeksDesaModel(this);
        }
    }
}
