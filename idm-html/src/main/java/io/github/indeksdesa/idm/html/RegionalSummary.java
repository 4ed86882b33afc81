// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.html;

import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageResult;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.id.IndeksDesaResult;
import io.github.indeksdesa.idm.id.SkorId;
import io.github.indeksdesa.idm.plan.RegionLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Collects villages into the regional dashboard, of either edition: per edition, year and region
 * the villages per status, the exact mean index and the share of MAJU + MANDIRI (percent, 2
 * decimals, half up); where villages come with their scores, the indicators (IDM) or items (Indeks
 * Desa) most villages score {@value HtmlReports#WEAK} or less on.
 *
 * <p>The IDM edition's mean IDM is printed with 4 decimals, the Indeks Desa edition's mean Skor ID
 * with 2 (half up), as the ministry publishes Skor ID. Each edition and year is a section of its
 * own, headed "IDM 2024 …" or "Indeks Desa 2025 …"; IDM sections come first.
 *
 * <p>A builder: not thread-safe; {@link #toPage} may be called at any time.
 */
public final class RegionalSummary {

    /** How many of the weakest indicators a section lists. */
    public static final int WEAKEST = 10;

    private static final String IDM = "IDM";
    private static final String ID = "Indeks Desa";

    private final RegionLevel level;
    private final SortedMap<Key, SortedMap<String, Tally>> sections = new TreeMap<>();
    private final Map<Key, Weak> weak = new HashMap<>();
    private IdmModel model;
    private IndeksDesaModel idModel;

    private RegionalSummary(RegionLevel level) {
        this.level = level;
    }

    /**
     * Starts an empty summary.
     *
     * @param level the region level the villages are grouped by, not null
     * @return the summary, not null
     */
    public static RegionalSummary of(RegionLevel level) {
        return new RegionalSummary(Objects.requireNonNull(level, "level"));
    }

    /**
     * Adds a village of the IDM edition by its status and IDM, e.g. a published row of a bulk table.
     *
     * @param villageCode the village, not null
     * @param year the data year
     * @param regionName the name of the village's region at this level, empty or null where unknown
     * @param status the status, not null
     * @param idm the IDM, not null
     * @return this summary
     */
    public RegionalSummary add(VillageCode villageCode, int year, String regionName, Status status, Fraction idm) {
        Objects.requireNonNull(idm, "idm");
        tally(new Key(0, year), villageCode, regionName).add(status, idm);
        return this;
    }

    /**
     * Adds a village of the Indeks Desa edition by its status and Skor ID, e.g. a row of a score export.
     *
     * @param villageCode the village, not null
     * @param year the data year
     * @param regionName the name of the village's region at this level, empty or null where unknown
     * @param status the status, not null
     * @param skorId the Skor ID, not null
     * @return this summary
     */
    public RegionalSummary add(VillageCode villageCode, int year, String regionName, Status status, SkorId skorId) {
        Objects.requireNonNull(skorId, "skorId");
        tally(new Key(1, year), villageCode, regionName).add(status, skorId.value());
        return this;
    }

    private Tally tally(Key key, VillageCode villageCode, String regionName) {
        Objects.requireNonNull(villageCode, "villageCode");
        Tally tally = sections.computeIfAbsent(key, y -> new TreeMap<>())
                .computeIfAbsent(level.codeOf(villageCode), c -> new Tally(key.scale()));
        if (tally.name.isEmpty() && regionName != null) {
            tally.name = regionName.strip();
        }
        return tally;
    }

    /**
     * Adds a scored village of the IDM edition: its status and IDM, and its weak indicators.
     *
     * @param result the village's result, not null
     * @param regionName the name of the village's region at this level, empty or null where unknown
     * @return this summary
     * @throws IllegalArgumentException if the result is of another model than the villages added before
     */
    public RegionalSummary add(VillageResult result, String regionName) {
        Objects.requireNonNull(result, "result");
        if (model == null) {
            model = result.model();
        } else if (!model.equals(result.model())) {
            throw new IllegalArgumentException("result: expected a result of model " + model.name() + ", found "
                    + result.model().name());
        }
        add(result.villageCode(), result.year(), regionName, result.status(), result.idm());
        countWeak(new Key(0, result.year()), model.indicators(),
                i -> new String[] {i.code(), i.label(), i.index().name()}, result.scores()::score);
        return this;
    }

    /**
     * Adds a scored village of the Indeks Desa edition: its status and Skor ID, and its weak items.
     *
     * @param result the village's result, not null
     * @param regionName the name of the village's region at this level, empty or null where unknown
     * @return this summary
     * @throws IllegalArgumentException if the result is of another model than the Indeks Desa villages added before
     */
    public RegionalSummary add(IndeksDesaResult result, String regionName) {
        Objects.requireNonNull(result, "result");
        if (idModel == null) {
            idModel = result.model();
        } else if (!idModel.equals(result.model())) {
            throw new IllegalArgumentException("result: expected a result of model " + idModel.name() + ", found "
                    + result.model().name());
        }
        add(result.villageCode(), result.year(), regionName, result.status(), result.skorId());
        countWeak(new Key(1, result.year()), idModel.items(),
                i -> new String[] {i.code(), i.name(), i.dimension().code()}, result.scores()::score);
        return this;
    }

    /** Counts a village's weak units: {@code describe} gives code, name and group, {@code score} the score. */
    private <U> void countWeak(Key key, List<U> units, Function<U, String[]> describe, ToIntFunction<U> score) {
        Weak counts = weak.computeIfAbsent(key, k -> {
            Weak w = new Weak(units.size());
            units.forEach(u -> w.units.add(describe.apply(u)));
            return w;
        });
        for (int i = 0; i < units.size(); i++) {
            if (score.applyAsInt(units.get(i)) <= HtmlReports.WEAK) {
                counts.counts[i]++;
            }
        }
        counts.scored++;
    }

    /**
     * Returns the dashboard of the villages added so far: one section per edition and year, IDM
     * first, in year order.
     *
     * @param title the page title, not null
     * @return the page model, not null
     */
    public SummaryPage toPage(String title) {
        List<SummarySection> list = new ArrayList<>();
        for (Map.Entry<Key, SortedMap<String, Tally>> section : sections.entrySet()) {
            Key key = section.getKey();
            List<RegionRow> rows = new ArrayList<>();
            Tally total = new Tally(key.scale());
            section.getValue().forEach((code, tally) -> {
                rows.add(tally.row(code));
                total.add(tally);
            });
            int n = rows.size();
            String heading = key.edition() + " " + key.year() + " per " + level.indonesianName() + " (" + n
                    + " wilayah)";
            Weak counts = weak.get(key);
            list.add(new SummarySection(key.edition(), heading, rows, total.row("TOTAL"),
                    counts == null ? List.of() : counts.weakest()));
        }
        return new SummaryPage(title, list);
    }

    /** A section: the edition (0 IDM, 1 Indeks Desa) and the year. */
    private record Key(int kind, int year) implements Comparable<Key> {
        String edition() {
            return kind == 0 ? IDM : ID;
        }

        int scale() {
            return kind == 0 ? Fraction.DISPLAY_SCALE : SkorId.PUBLISHED_SCALE;
        }

        @Override
        public int compareTo(Key other) {
            return kind != other.kind ? Integer.compare(kind, other.kind) : Integer.compare(year, other.year);
        }
    }

    /** The villages scoring weak on each indicator or item of one section. */
    private static final class Weak {
        final long[] counts;
        final List<String[]> units = new ArrayList<>();
        long scored;

        Weak(int size) {
            counts = new long[size];
        }

        List<WeakIndicatorRow> weakest() {
            List<WeakIndicatorRow> rows = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0) {
                    String[] unit = units.get(i);
                    rows.add(new WeakIndicatorRow(unit[0], unit[1].replaceAll("\\s+", " ").strip(), unit[2], counts[i],
                            scored));
                }
            }
            rows.sort(Comparator.comparingLong(WeakIndicatorRow::villages).reversed());
            return rows.subList(0, Math.min(WEAKEST, rows.size()));
        }
    }

    /** The counts of one region. */
    private static final class Tally {
        final int scale;
        String name = "";
        final long[] counts = new long[Status.values().length];
        Fraction sum = Fraction.ZERO;

        Tally(int scale) {
            this.scale = scale;
        }

        void add(Status status, Fraction value) {
            counts[Objects.requireNonNull(status, "status").ordinal()]++;
            sum = sum.plus(value);
        }

        void add(Tally other) {
            for (int i = 0; i < counts.length; i++) {
                counts[i] += other.counts[i];
            }
            sum = sum.plus(other.sum);
        }

        RegionRow row(String code) {
            long total = 0;
            List<Long> list = new ArrayList<>();
            for (long count : counts) {
                list.add(count);
                total += count;
            }
            String mean = total == 0 ? "" : HtmlReports.decimal(sum.dividedBy(total), scale);
            String share = "";
            if (total > 0) {
                long high = counts[Status.MAJU.ordinal()] + counts[Status.MANDIRI.ordinal()];
                share = BigDecimal.valueOf(high * 100).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP)
                        .toPlainString();
            }
            return new RegionRow(code, name, list, mean, share);
        }
    }
}
