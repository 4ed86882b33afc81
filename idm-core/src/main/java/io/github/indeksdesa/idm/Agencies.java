// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who can act on an indicator: the text of each of the ministry's six agency columns (PUSAT, PROV,
 * KAB, DESA, CSR, LAINNYA), exactly as written ("DINKES", "Dinkes, PU", "BUMDES/ Koperasi").
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Agencies {

    private static final Agencies NONE = new Agencies(new EnumMap<>(AgencyLevel.class));

    private final Map<AgencyLevel, String> byLevel;

    private Agencies(EnumMap<AgencyLevel, String> byLevel) {
        this.byLevel = Collections.unmodifiableMap(byLevel);
    }

    /**
     * Returns the empty set of agencies.
     *
     * @return no agency at any level, not null
     */
    public static Agencies none() {
        return NONE;
    }

    /**
     * Returns agencies from a map of column texts. Null, empty or blank texts are left out.
     *
     * @param byLevel the text per level, not null
     * @return the agencies, not null
     */
    public static Agencies of(Map<AgencyLevel, String> byLevel) {
        Objects.requireNonNull(byLevel, "byLevel");
        EnumMap<AgencyLevel, String> copy = new EnumMap<>(AgencyLevel.class);
        byLevel.forEach((level, text) -> {
            Objects.requireNonNull(level, "level");
            if (text != null && !text.isBlank()) {
                copy.put(level, text);
            }
        });
        return copy.isEmpty() ? NONE : new Agencies(copy);
    }

    /**
     * Returns the text of one column.
     *
     * @param level the column, not null
     * @return the text as written; empty where the column is empty (the ministry writes null)
     */
    public Optional<String> get(AgencyLevel level) {
        return Optional.ofNullable(byLevel.get(Objects.requireNonNull(level, "level")));
    }

    /**
     * Returns the non-empty columns in column order.
     *
     * @return an unmodifiable map, not null
     */
    public Map<AgencyLevel, String> asMap() {
        return byLevel;
    }

    /**
     * Returns each agency named in a column, split at commas and trimmed: KAB "Dinkes, PU" gives
     * "Dinkes" and "PU".
     *
     * @param level the column, not null
     * @return the names in the order written, not null
     */
    public List<String> names(AgencyLevel level) {
        List<String> names = new ArrayList<>();
        get(level).ifPresent(text -> {
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    names.add(part.strip());
                }
            }
        });
        return List.copyOf(names);
    }

    /**
     * Returns whether no column names an agency.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return byLevel.isEmpty();
    }

    /**
     * Returns whether the other value has the same column texts.
     *
     * @param other the object to compare, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Agencies && byLevel.equals(((Agencies) other).byLevel);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return byLevel.hashCode();
    }

    /**
     * Returns the columns as text, e.g. {@code {KAB=Dinkes, PU}}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return byLevel.toString();
    }
}
