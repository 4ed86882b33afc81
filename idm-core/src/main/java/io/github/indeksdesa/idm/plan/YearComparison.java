// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.plan;

import io.github.indeksdesa.idm.VillageCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * How a set of villages moved from one year to another: the status {@link TransitionMatrix}, each
 * village's {@link Movement}, and the villages present in only one of the two years (listed, never
 * dropped). Made by {@link YearOverYear#compare(int, int)}; {@link #byRegion(RegionLevel)} splits it
 * by province, regency or district.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class YearComparison {

    private final int fromYear;
    private final int toYear;
    private final String region;
    private final List<Movement> movements;
    private final List<VillageValue> onlyInFromYear;
    private final List<VillageValue> onlyInToYear;
    private final TransitionMatrix matrix;

    YearComparison(int fromYear, int toYear, String region, Map<VillageCode, VillageValue> from,
            Map<VillageCode, VillageValue> to) {
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.region = region;
        List<Movement> moved = new ArrayList<>();
        List<VillageValue> onlyFrom = new ArrayList<>();
        List<VillageValue> onlyTo = new ArrayList<>();
        for (Map.Entry<VillageCode, VillageValue> e : new TreeMap<>(from).entrySet()) {
            VillageValue later = to.get(e.getKey());
            if (later == null) {
                onlyFrom.add(e.getValue());
            } else {
                moved.add(new Movement(e.getValue(), later));
            }
        }
        for (Map.Entry<VillageCode, VillageValue> e : new TreeMap<>(to).entrySet()) {
            if (!from.containsKey(e.getKey())) {
                onlyTo.add(e.getValue());
            }
        }
        this.movements = List.copyOf(moved);
        this.onlyInFromYear = List.copyOf(onlyFrom);
        this.onlyInToYear = List.copyOf(onlyTo);
        this.matrix = new TransitionMatrix(movements);
    }

    /**
     * Returns the earlier year.
     *
     * @return the year
     */
    public int fromYear() {
        return fromYear;
    }

    /**
     * Returns the later year.
     *
     * @return the year
     */
    public int toYear() {
        return toYear;
    }

    /**
     * Returns the region code this comparison is limited to, e.g. "6407".
     *
     * @return the region code, or empty for all villages
     */
    public Optional<String> region() {
        return region.isEmpty() ? Optional.empty() : Optional.of(region);
    }

    /**
     * Returns the status transition matrix of the villages present in both years.
     *
     * @return the matrix, not null
     */
    public TransitionMatrix matrix() {
        return matrix;
    }

    /**
     * Returns the movement of every village present in both years, by village code.
     *
     * @return the movements, unmodifiable, not null
     */
    public List<Movement> movements() {
        return movements;
    }

    /**
     * Returns the villages whose status rose, by village code.
     *
     * @return the movements, unmodifiable, not null
     */
    public List<Movement> movedUp() {
        return filter(Movement::isUp);
    }

    /**
     * Returns the villages whose status fell, by village code.
     *
     * @return the movements, unmodifiable, not null
     */
    public List<Movement> movedDown() {
        return filter(Movement::isDown);
    }

    /**
     * Returns the villages whose status stayed, by village code.
     *
     * @return the movements, unmodifiable, not null
     */
    public List<Movement> unchanged() {
        return filter(m -> m.steps() == 0);
    }

    private List<Movement> filter(Predicate<Movement> predicate) {
        return movements.stream().filter(predicate).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the villages present in the earlier year only (e.g. renumbered or merged), by code.
     *
     * @return the values, unmodifiable, not null
     */
    public List<VillageValue> onlyInFromYear() {
        return onlyInFromYear;
    }

    /**
     * Returns the villages present in the later year only, by code.
     *
     * @return the values, unmodifiable, not null
     */
    public List<VillageValue> onlyInToYear() {
        return onlyInToYear;
    }

    /**
     * Splits the comparison by region: one comparison per region code at the level, with the
     * villages of that region (present in both years or in one only).
     *
     * @param level the region level, not null
     * @return the comparisons by region code, sorted, unmodifiable, not null
     */
    public SortedMap<String, YearComparison> byRegion(RegionLevel level) {
        Objects.requireNonNull(level, "level");
        SortedMap<String, Map<VillageCode, VillageValue>> from = new TreeMap<>();
        SortedMap<String, Map<VillageCode, VillageValue>> to = new TreeMap<>();
        for (Movement m : movements) {
            group(from, level, m.from());
            group(to, level, m.to());
        }
        onlyInFromYear.forEach(v -> group(from, level, v));
        onlyInToYear.forEach(v -> group(to, level, v));
        SortedMap<String, YearComparison> regions = new TreeMap<>();
        for (String code : union(from, to)) {
            regions.put(code, new YearComparison(fromYear, toYear, code, from.getOrDefault(code, Map.of()),
                    to.getOrDefault(code, Map.of())));
        }
        return Collections.unmodifiableSortedMap(regions);
    }

    private static void group(Map<String, Map<VillageCode, VillageValue>> groups, RegionLevel level, VillageValue v) {
        groups.computeIfAbsent(level.codeOf(v.villageCode()), k -> new TreeMap<>()).put(v.villageCode(), v);
    }

    private static List<String> union(SortedMap<String, ?> a, SortedMap<String, ?> b) {
        TreeMap<String, Boolean> all = new TreeMap<>();
        a.keySet().forEach(k -> all.put(k, true));
        b.keySet().forEach(k -> all.put(k, true));
        return new ArrayList<>(all.keySet());
    }

    /**
     * Returns a summary, e.g. {@code YearComparison[2023→2024: 5 villages, 1 up, 0 down, 4 unchanged, 0 + 0 in one year only]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "YearComparison[" + (region.isEmpty() ? "" : region + " ") + fromYear + "→" + toYear + ": "
                + movements.size() + " villages, " + matrix.up() + " up, " + matrix.down() + " down, "
                + matrix.unchanged() + " unchanged, " + onlyInFromYear.size() + " + " + onlyInToYear.size()
                + " in one year only]";
    }
}
