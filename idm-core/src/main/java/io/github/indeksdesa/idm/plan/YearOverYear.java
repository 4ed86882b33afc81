// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.plan;

import io.github.indeksdesa.idm.VillageCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Values of villages over two or more years, keyed by village code and year, to compare years:
 * {@link #compare(int, int)} one pair, {@link #consecutive()} each year with the next.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class YearOverYear {

    private final Map<Integer, Map<VillageCode, VillageValue>> byYear;

    private YearOverYear(Map<Integer, Map<VillageCode, VillageValue>> byYear) {
        this.byYear = byYear;
    }

    /**
     * Collects village values of any years.
     *
     * @param values the values, not null, no null element
     * @return the collection, not null
     * @throws IllegalArgumentException if a village has two values for the same year
     */
    public static YearOverYear of(Collection<VillageValue> values) {
        Objects.requireNonNull(values, "values");
        Map<Integer, Map<VillageCode, VillageValue>> byYear = new TreeMap<>();
        for (VillageValue value : values) {
            Objects.requireNonNull(value, "value");
            VillageValue clash = byYear.computeIfAbsent(value.year(), y -> new TreeMap<>())
                    .putIfAbsent(value.villageCode(), value);
            if (clash != null) {
                throw new IllegalArgumentException("values: village " + value.villageCode() + " has two values for "
                        + value.year() + " (" + clash + " and " + value + "); expected one per village and year");
            }
        }
        byYear.replaceAll((year, map) -> Collections.unmodifiableMap(map));
        return new YearOverYear(Collections.unmodifiableMap(byYear));
    }

    /**
     * Returns the years present.
     *
     * @return the years, ascending, unmodifiable, not null
     */
    public SortedSet<Integer> years() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(byYear.keySet()));
    }

    /**
     * Returns the values of one year, by village code.
     *
     * @param year the year
     * @return the values, unmodifiable, empty if the year is absent, not null
     */
    public List<VillageValue> values(int year) {
        return List.copyOf(byYear.getOrDefault(year, Map.of()).values());
    }

    /**
     * Compares two years.
     *
     * @param fromYear the earlier year, present
     * @param toYear the later year, present, after {@code fromYear}
     * @return the comparison of all villages, not null
     * @throws IllegalArgumentException if a year is absent or {@code toYear <= fromYear}
     */
    public YearComparison compare(int fromYear, int toYear) {
        for (int year : new int[] {fromYear, toYear}) {
            if (!byYear.containsKey(year)) {
                throw new IllegalArgumentException("year: expected one of " + years() + ", found " + year);
            }
        }
        if (toYear <= fromYear) {
            throw new IllegalArgumentException("toYear: expected a year after " + fromYear + ", found " + toYear);
        }
        return new YearComparison(fromYear, toYear, "", byYear.get(fromYear), byYear.get(toYear));
    }

    /**
     * Compares each year with the next one present.
     *
     * @return one comparison per consecutive pair of years, empty if fewer than two years, not null
     */
    public List<YearComparison> consecutive() {
        List<Integer> years = new ArrayList<>(byYear.keySet());
        List<YearComparison> comparisons = new ArrayList<>();
        for (int i = 1; i < years.size(); i++) {
            comparisons.add(compare(years.get(i - 1), years.get(i)));
        }
        return List.copyOf(comparisons);
    }

    /**
     * Returns the years and village counts, e.g. {@code YearOverYear[2023: 5, 2024: 5]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        byYear.forEach((year, map) -> text.append(text.length() == 0 ? "" : ", ").append(year).append(": ")
                .append(map.size()));
        return "YearOverYear[" + text + "]";
    }
}
