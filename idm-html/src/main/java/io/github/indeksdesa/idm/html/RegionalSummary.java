package io.github.indeksdesa.idm.html;

import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageResult;
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

/**
 * Collects villages into the regional dashboard of the IDM edition: per year and region the
 * villages per status, the exact mean IDM (printed with 4 decimals) and the share of MAJU + MANDIRI
 * (percent, 2 decimals, half up); where villages come with their indicator scores, the indicators
 * most villages score {@value HtmlReports#WEAK} or less on.
 *
 * <p>A builder: not thread-safe; {@link #toPage} may be called at any time.
 */
public final class RegionalSummary {

    /** How many of the weakest indicators a section lists. */
    public static final int WEAKEST = 10;

    private final RegionLevel level;
    private final SortedMap<Integer, SortedMap<String, Tally>> years = new TreeMap<>();
    private final Map<Integer, long[]> weak = new HashMap<>();
    private final Map<Integer, Long> scored = new HashMap<>();
    private IdmModel model;

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
     * Adds a village by its status and IDM, e.g. a published row of a bulk table.
     *
     * @param villageCode the village, not null
     * @param year the data year
     * @param regionName the name of the village's region at this level, empty or null where unknown
     * @param status the status, not null
     * @param idm the IDM, not null
     * @return this summary
     */
    public RegionalSummary add(VillageCode villageCode, int year, String regionName, Status status, Fraction idm) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(idm, "idm");
        Tally tally = years.computeIfAbsent(year, y -> new TreeMap<>())
                .computeIfAbsent(level.codeOf(villageCode), c -> new Tally());
        if (tally.name.isEmpty() && regionName != null) {
            tally.name = regionName.strip();
        }
        tally.add(status, idm);
        return this;
    }

    /**
     * Adds a scored village: its status and IDM, and its weak indicators.
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
        long[] counts = weak.computeIfAbsent(result.year(), y -> new long[model.indicatorCount()]);
        List<Indicator> indicators = model.indicators();
        for (int i = 0; i < counts.length; i++) {
            if (result.scores().score(indicators.get(i)) <= HtmlReports.WEAK) {
                counts[i]++;
            }
        }
        scored.merge(result.year(), 1L, Long::sum);
        return this;
    }

    /**
     * Returns the dashboard of the villages added so far: one section per year, in year order.
     *
     * @param title the page title, not null
     * @return the page model, not null
     */
    public SummaryPage toPage(String title) {
        List<SummarySection> sections = new ArrayList<>();
        for (Map.Entry<Integer, SortedMap<String, Tally>> year : years.entrySet()) {
            List<RegionRow> rows = new ArrayList<>();
            Tally total = new Tally();
            year.getValue().forEach((code, tally) -> {
                rows.add(tally.row(code));
                total.add(tally);
            });
            int n = rows.size();
            String heading = "IDM " + year.getKey() + " per " + level.indonesianName() + " (" + n + " wilayah)";
            sections.add(new SummarySection(heading, rows, total.row("TOTAL"), weakest(year.getKey())));
        }
        return new SummaryPage(title, sections);
    }

    private List<WeakIndicatorRow> weakest(int year) {
        long[] counts = weak.get(year);
        if (counts == null) {
            return List.of();
        }
        long villages = scored.get(year);
        List<WeakIndicatorRow> rows = new ArrayList<>();
        List<Indicator> indicators = model.indicators();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                Indicator indicator = indicators.get(i);
                rows.add(new WeakIndicatorRow(indicator.code(), indicator.label().replaceAll("\\s+", " ").strip(),
                        indicator.index().name(), counts[i], villages));
            }
        }
        rows.sort(Comparator.comparingLong(WeakIndicatorRow::villages).reversed());
        return rows.subList(0, Math.min(WEAKEST, rows.size()));
    }

    /** The counts of one region. */
    private static final class Tally {
        String name = "";
        final long[] counts = new long[Status.values().length];
        Fraction idmSum = Fraction.ZERO;

        void add(Status status, Fraction idm) {
            counts[status.ordinal()]++;
            idmSum = idmSum.plus(idm);
        }

        void add(Tally other) {
            for (int i = 0; i < counts.length; i++) {
                counts[i] += other.counts[i];
            }
            idmSum = idmSum.plus(other.idmSum);
        }

        RegionRow row(String code) {
            long total = 0;
            List<Long> list = new ArrayList<>();
            for (long count : counts) {
                list.add(count);
                total += count;
            }
            String mean = total == 0 ? "" : HtmlReports.decimal(idmSum.dividedBy(total));
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
