// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.plan;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.id.Item;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What raising one indicator (IDM) or item (Indeks Desa) from its current score to a higher one
 * costs, for the {@link UpgradePlanner} and the {@link IndeksDesaPlanner}.
 *
 * <p>The {@link #activities() default} counts activities: every changed indicator or item costs 1,
 * so the cheapest plan changes the fewest. Other costs are whole numbers (for example rupiah
 * per activity) given per indicator step, or "impossible" for a step that cannot be taken; the
 * planner then minimises their total. Costs are compared exactly (as {@code long}), never as
 * doubles.
 *
 * <h2>Rules and wildcards</h2>
 * A cost is given by rules {@code (code, from, to) → cost}, where the code may be {@code *} (any
 * indicator) and {@code from} or {@code to} may be {@link #ANY} (written {@code *}: any score). For a
 * step the most specific matching rule wins: a rule naming the code beats one with {@code *}; then
 * one naming {@code from}; then one naming {@code to}. A step no rule matches is impossible; end a
 * file with {@code *,*,*,COST} to give every other step a cost.
 *
 * <h2>Cost file format</h2>
 * A CSV text (UTF-8) with the columns {@code code,from,to,cost}; the header line is optional,
 * blank lines and lines starting with {@code #} are ignored, spaces around a field are ignored:
 * <pre>
 * # rupiah per activity, Kaltim 2024 estimates
 * code,from,to,cost
 * IKL03,3,4,150000000
 * IKL03,*,5,400000000
 * IKS02,*,*,-
 * *,*,*,250000000
 * </pre>
 * {@code code} is an indicator code of the model or {@code *}; {@code from} and {@code to} are
 * scores on the indicator's ladder ({@code from < to}) or {@code *}; for the Indeks Desa the code is
 * an item code (LD01..TK16), {@code from} a score 1..5 and {@code to} a score observed for the item,
 * as in {@code LD01,1,5,300000000}; {@code cost} is a whole
 * number 0 to {@link #MAX_COST} or {@code -} for "impossible". A line that breaks these rules, or
 * repeats the code, from and to of an earlier line, fails with a {@link CostFormatException} naming
 * the source and the line.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanCosts {

    /** Stands for "any score" in {@code from} or {@code to} of a rule. */
    public static final int ANY = -1;
    /** Stands for "any indicator" in the code of a rule. */
    public static final String ANY_CODE = "*";
    /** The highest cost of one step, 10^15, so that a plan's total never overflows. */
    public static final long MAX_COST = 1_000_000_000_000_000L;

    private static final long IMPOSSIBLE = -1;
    private static final PlanCosts ACTIVITIES = new PlanCosts(Map.of(new Key(ANY_CODE, ANY, ANY), 1L), true);

    private final Map<Key, Long> rules;
    private final boolean activities;

    private PlanCosts(Map<Key, Long> rules, boolean activities) {
        this.rules = rules;
        this.activities = activities;
    }

    /**
     * Returns the default costs: every changed indicator (one activity) costs 1.
     *
     * @return the default costs, not null
     */
    public static PlanCosts activities() {
        return ACTIVITIES;
    }

    /**
     * Starts building costs; steps no rule matches are impossible.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads costs from the cost file format described above, checking codes and scores against a
     * model.
     *
     * @param model the model the codes and scores belong to, not null
     * @param sourceName the name to quote in error messages, e.g. the file name, not null
     * @param reader the text, not null; read to the end but not closed
     * @return the costs, not null
     * @throws CostFormatException if a line is malformed, names an unknown indicator or a score
     *     not on its ladder, or repeats an earlier rule
     * @throws UncheckedIOException if the reader fails
     */
    public static PlanCosts parse(IdmModel model, String sourceName, Reader reader) {
        Objects.requireNonNull(model, "model");
        return parse(Vocabulary.of(model), sourceName, reader);
    }

    /**
     * Reads costs of Indeks Desa steps from the cost file format described above, checking codes
     * (LD01..TK16 in the official edition) and scores against a model: {@code from} is a score
     * 1..5, {@code to} a score observed for the item (the planner steps only to those).
     *
     * @param model the Indeks Desa model the codes and scores belong to, not null
     * @param sourceName the name to quote in error messages, e.g. the file name, not null
     * @param reader the text, not null; read to the end but not closed
     * @return the costs, not null
     * @throws CostFormatException if a line is malformed, names an unknown item, a score outside
     *     1..5 or a {@code to} score not observed for the item, or repeats an earlier rule
     * @throws UncheckedIOException if the reader fails
     */
    public static PlanCosts parse(IndeksDesaModel model, String sourceName, Reader reader) {
        Objects.requireNonNull(model, "model");
        return parse(Vocabulary.of(model), sourceName, reader);
    }

    private static PlanCosts parse(Vocabulary vocabulary, String sourceName, Reader reader) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(reader, "reader");
        Map<Key, Long> rules = new HashMap<>();
        Map<Key, Integer> lines = new HashMap<>();
        BufferedReader lineReader = new BufferedReader(reader);
        int lineNumber = 0;
        try {
            for (String line = lineReader.readLine(); line != null; line = lineReader.readLine()) {
                lineNumber++;
                String text = lineNumber == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
                if (text.isBlank() || text.strip().startsWith("#")) {
                    continue;
                }
                String[] fields = text.split(",", -1);
                if (fields.length != 4) {
                    throw new CostFormatException(sourceName, lineNumber,
                            "expected 4 fields code,from,to,cost, found " + fields.length + " in \"" + text + "\"");
                }
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = fields[i].strip();
                }
                if (fields[0].equalsIgnoreCase("code") && fields[3].equalsIgnoreCase("cost")) {
                    continue;
                }
                Key key = parseKey(vocabulary, sourceName, lineNumber, fields);
                long cost = parseCost(sourceName, lineNumber, fields[3]);
                Integer earlier = lines.putIfAbsent(key, lineNumber);
                if (earlier != null) {
                    throw new CostFormatException(sourceName, lineNumber, "the rule " + key
                            + " is already given on line " + earlier);
                }
                rules.put(key, cost);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read costs " + sourceName, e);
        }
        return new PlanCosts(Map.copyOf(rules), false);
    }

    private static Key parseKey(Vocabulary vocabulary, String source, int line, String[] fields) {
        String code = fields[0];
        if (!code.equals(ANY_CODE)) {
            String found = vocabulary.canonical(code);
            if (found == null) {
                throw new CostFormatException(source, line, "code: expected " + vocabulary.codes() + " or *, found \""
                        + code + "\"");
            }
            code = found;
        }
        int from = parseScore(vocabulary, source, line, "from", fields[1], code);
        int to = parseScore(vocabulary, source, line, "to", fields[2], code);
        if (from != ANY && to != ANY && from >= to) {
            throw new CostFormatException(source, line, "to: expected a score above from (" + from + "), found " + to);
        }
        return new Key(code, from, to);
    }

    private static int parseScore(Vocabulary vocabulary, String source, int line, String field, String text, String code) {
        if (text.equals("*")) {
            return ANY;
        }
        int min = vocabulary.minScore();
        int score;
        if (text.length() == 1 && text.charAt(0) >= '0' + min && text.charAt(0) <= '5') {
            score = text.charAt(0) - '0';
        } else {
            throw new CostFormatException(source, line, field + ": expected a score " + min + "..5 or *, found \""
                    + text + "\"");
        }
        String expected = code.equals(ANY_CODE) ? null : vocabulary.unless(code, field.equals("to"), score);
        if (expected != null) {
            throw new CostFormatException(source, line, field + ": expected " + expected + " or *, found " + score);
        }
        return score;
    }

    private static long parseCost(String source, int line, String text) {
        if (text.equals("-")) {
            return IMPOSSIBLE;
        }
        boolean digits = !text.isEmpty() && text.length() <= 16 && text.chars().allMatch(c -> c >= '0' && c <= '9');
        long cost = digits ? Long.parseLong(text) : -1;
        if (cost < 0 || cost > MAX_COST) {
            throw new CostFormatException(source, line, "cost: expected a whole number 0.." + MAX_COST
                    + " or \"-\" (impossible), found \"" + text + "\"");
        }
        return cost;
    }

    /**
     * Returns the cost of raising an indicator from one score to a higher one.
     *
     * @param indicator the indicator, not null
     * @param from the current score
     * @param to the new score, above {@code from}
     * @return the cost, 0 to {@link #MAX_COST}, or empty if the step is impossible
     */
    public OptionalLong cost(Indicator indicator, int from, int to) {
        Objects.requireNonNull(indicator, "indicator");
        return cost(indicator.code(), from, to);
    }

    /**
     * Returns the cost of raising an Indeks Desa item from one score to a higher one.
     *
     * @param item the item, not null
     * @param from the current score
     * @param to the new score, above {@code from}
     * @return the cost, 0 to {@link #MAX_COST}, or empty if the step is impossible
     */
    public OptionalLong cost(Item item, int from, int to) {
        Objects.requireNonNull(item, "item");
        return cost(item.code(), from, to);
    }

    private OptionalLong cost(String code, int from, int to) {
        Long best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Map.Entry<Key, Long> rule : rules.entrySet()) {
            Key key = rule.getKey();
            if (key.matches(code, from, to) && key.rank() < bestRank) {
                best = rule.getValue();
                bestRank = key.rank();
            }
        }
        return best == null || best == IMPOSSIBLE ? OptionalLong.empty() : OptionalLong.of(best);
    }

    /**
     * Returns whether these are the default costs, one per changed indicator.
     *
     * @return true for {@link #activities()}
     */
    public boolean isActivities() {
        return activities;
    }

    /**
     * Returns the rules as lines of the cost file format, most specific first.
     *
     * @return the lines, e.g. {@code IKL03,3,4,150000000}, unmodifiable, not null
     */
    public List<String> rules() {
        List<Map.Entry<Key, Long>> entries = new ArrayList<>(rules.entrySet());
        entries.sort(Map.Entry.comparingByKey());
        List<String> lines = new ArrayList<>();
        for (Map.Entry<Key, Long> e : entries) {
            lines.add(e.getKey() + "," + (e.getValue() == IMPOSSIBLE ? "-" : e.getValue().toString()));
        }
        return Collections.unmodifiableList(lines);
    }

    /**
     * Returns whether the other costs have the same rules.
     *
     * @param other the object to compare, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof PlanCosts && activities == ((PlanCosts) other).activities
                && rules.equals(((PlanCosts) other).rules);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return rules.hashCode() * 31 + Boolean.hashCode(activities);
    }

    /**
     * Returns the rules, e.g. {@code PlanCosts[IKL03,3,4,150000000; *,*,*,-]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return activities ? "PlanCosts[one per activity]" : "PlanCosts[" + String.join("; ", rules()) + "]";
    }

    /** What the codes and scores of a cost file are checked against: one edition's model. */
    private abstract static class Vocabulary {

        /** The lowest score a rule may name: 0 for the IDM, 1 for the Indeks Desa. */
        abstract int minScore();

        /** The codes expected, for messages, e.g. "an item code of model indeks-desa-2025 (LD01 … TK16)". */
        abstract String codes();

        /** The model's spelling of a code, or null if the model has no such indicator or item. */
        abstract String canonical(String code);

        /** What was expected if a rule may not name this score of the code, else null. */
        abstract String unless(String code, boolean to, int score);

        static Vocabulary of(IdmModel model) {
            return new Vocabulary() {
                @Override
                int minScore() {
                    return IdmModel.MIN_SCORE;
                }

                @Override
                String codes() {
                    return "an indicator code of model " + model.name() + " (" + model.indicators().get(0).code()
                            + " … " + model.indicators().get(model.indicatorCount() - 1).code() + ")";
                }

                @Override
                String canonical(String code) {
                    return model.findIndicator(code).map(Indicator::code).orElse(null);
                }

                @Override
                String unless(String code, boolean to, int score) {
                    Indicator indicator = model.indicator(code);
                    return indicator.allows(score) ? null
                            : "a score on the ladder of " + code + " " + indicator.allowedScores();
                }
            };
        }

        static Vocabulary of(IndeksDesaModel model) {
            return new Vocabulary() {
                @Override
                int minScore() {
                    return IndeksDesaModel.MIN_SCORE;
                }

                @Override
                String codes() {
                    return "an item code of model " + model.name() + " (" + model.items().get(0).code() + " … "
                            + model.items().get(model.itemCount() - 1).code() + ")";
                }

                @Override
                String canonical(String code) {
                    return model.findItem(code.toUpperCase(Locale.ROOT)).map(Item::code).orElse(null);
                }

                @Override
                String unless(String code, boolean to, int score) {
                    Item item = model.item(code);
                    return !to || item.isObserved(score) ? null
                            : "a score observed for " + code + " " + item.observedScores();
                }
            };
        }
    }

    /** A rule's left side; fields equal to ANY / ANY_CODE match everything. */
    private static final class Key implements Comparable<Key> {
        final String code;
        final int from;
        final int to;

        Key(String code, int from, int to) {
            this.code = code;
            this.from = from;
            this.to = to;
        }

        boolean matches(String c, int f, int t) {
            return (code.equals(ANY_CODE) || code.equalsIgnoreCase(c)) && (from == ANY || from == f) && (to == ANY || to == t);
        }

        /** Lower is more specific: a named code outranks a named from, which outranks a named to. */
        int rank() {
            return (code.equals(ANY_CODE) ? 4 : 0) + (from == ANY ? 2 : 0) + (to == ANY ? 1 : 0);
        }

        @Override
        public int compareTo(Key o) {
            int c = Integer.compare(rank(), o.rank());
            if (c == 0) {
                c = code.compareTo(o.code);
            }
            if (c == 0) {
                c = Integer.compare(from, o.from);
            }
            return c != 0 ? c : Integer.compare(to, o.to);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && compareTo((Key) other) == 0;
        }

        @Override
        public int hashCode() {
            return Objects.hash(code, from, to);
        }

        @Override
        public String toString() {
            return code + "," + (from == ANY ? "*" : Integer.toString(from)) + "," + (to == ANY ? "*" : Integer.toString(to));
        }
    }

    /**
     * Builds {@link PlanCosts}; a later rule for the same code, from and to replaces an earlier one.
     * Not thread-safe.
     */
    public static final class Builder {
        private final Map<Key, Long> rules = new HashMap<>();

        private Builder() {
        }

        /**
         * Sets the cost of a step.
         *
         * @param code an indicator or item code, or {@link #ANY_CODE} for every one, not null
         * @param from the current score 0..5 (1..5 for the Indeks Desa), or {@link #ANY}
         * @param to the new score 0..5 above {@code from}, or {@link #ANY}
         * @param cost the cost, 0 to {@link #MAX_COST}
         * @return this builder
         * @throws IllegalArgumentException if a score or the cost is out of range
         */
        public Builder step(String code, int from, int to, long cost) {
            if (cost < 0 || cost > MAX_COST) {
                throw new IllegalArgumentException("cost: expected 0.." + MAX_COST + ", found " + cost);
            }
            rules.put(key(code, from, to), cost);
            return this;
        }

        /**
         * Marks a step as impossible.
         *
         * @param code an indicator or item code, or {@link #ANY_CODE} for every one, not null
         * @param from the current score 0..5 (1..5 for the Indeks Desa), or {@link #ANY}
         * @param to the new score 0..5 above {@code from}, or {@link #ANY}
         * @return this builder
         * @throws IllegalArgumentException if a score is out of range
         */
        public Builder impossible(String code, int from, int to) {
            rules.put(key(code, from, to), IMPOSSIBLE);
            return this;
        }

        /**
         * Sets the cost of every step no more specific rule matches.
         *
         * @param cost the cost, 0 to {@link #MAX_COST}
         * @return this builder
         * @throws IllegalArgumentException if the cost is out of range
         */
        public Builder otherwise(long cost) {
            return step(ANY_CODE, ANY, ANY, cost);
        }

        /**
         * Builds the costs.
         *
         * @return the costs, not null
         */
        public PlanCosts build() {
            return new PlanCosts(Map.copyOf(rules), false);
        }

        private static Key key(String code, int from, int to) {
            Objects.requireNonNull(code, "code");
            String c = code.strip().toUpperCase(Locale.ROOT);
            if (c.isEmpty()) {
                throw new IllegalArgumentException("code: expected an indicator code or *, found a blank text");
            }
            checkScore("from", from);
            checkScore("to", to);
            if (from != ANY && to != ANY && from >= to) {
                throw new IllegalArgumentException("to: expected a score above from (" + from + "), found " + to);
            }
            return new Key(c, from, to);
        }

        private static void checkScore(String name, int score) {
            if (score != ANY && (score < IdmModel.MIN_SCORE || score > IdmModel.MAX_SCORE)) {
                throw new IllegalArgumentException(name + ": expected 0..5 or ANY (-1), found " + score);
            }
        }
    }
}
