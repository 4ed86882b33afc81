// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.html;

import io.github.indeksdesa.idm.Agencies;
import io.github.indeksdesa.idm.AgencyLevel;
import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.LadderStep;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageResult;
import io.github.indeksdesa.idm.html.internal.Pages;
import io.github.indeksdesa.idm.id.Dimension;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.id.IndeksDesaResult;
import io.github.indeksdesa.idm.id.Item;
import io.github.indeksdesa.idm.plan.AgencyTask;
import io.github.indeksdesa.idm.plan.AgencyWork;
import io.github.indeksdesa.idm.plan.IndeksDesaChange;
import io.github.indeksdesa.idm.plan.IndeksDesaPlan;
import io.github.indeksdesa.idm.plan.IndeksDesaPlanner;
import io.github.indeksdesa.idm.plan.IndexPlan;
import io.github.indeksdesa.idm.plan.Interventions;
import io.github.indeksdesa.idm.plan.Movement;
import io.github.indeksdesa.idm.plan.PlanChange;
import io.github.indeksdesa.idm.plan.TransitionMatrix;
import io.github.indeksdesa.idm.plan.UpgradePlan;
import io.github.indeksdesa.idm.plan.YearComparison;
import io.github.indeksdesa.idm.report.VillageIdentity;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Self-contained HTML pages with inline SVG charts: the entry point of idm-html.
 *
 * <p>Two steps: build a page model from the library's results ({@link #village},
 * {@link #interventions}, {@link #compare}, {@link RegionalSummary}), then write it
 * ({@link #writeVillages}, {@link #writeSummary}, {@link #writeInterventions},
 * {@link #writeCompare}) to any {@link Appendable} or {@link OutputStream} (UTF-8). Each page is
 * one file: style and the optional table sorting are inline, charts are inline SVG, nothing is
 * fetched when it is viewed. Every number on a page is the one the model carries; the builders here
 * take them from the library and print them as the command line's JSON does.
 *
 * <p>All methods are static and thread-safe.
 */
public final class HtmlReports {

    /** Scores up to this one are weak: listed on the village page and counted on the dashboard. */
    public static final int WEAK = 2;

    /**
     * How many weak items an Indeks Desa village page lists at most, weakest first; it counts the
     * others in a line of their own.
     */
    public static final int WEAK_LISTED = 25;

    private static final String GENERATOR = "idm-java";

    private HtmlReports() {
    }

    // ---------------------------------------------------------------- writing

    /**
     * Writes the report of one or more villages: one section per village, a contents list when
     * there are several, a page break between villages in print.
     *
     * @param title the page title, not null
     * @param pages the villages, not null
     * @param out where to write, not null
     * @throws UncheckedIOException if writing fails
     */
    public static void writeVillages(String title, List<VillagePage> pages, Appendable out) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(out, "out");
        Pages.render("village.jte", Map.of("title", title, "generator", GENERATOR, "pages", List.copyOf(pages)), out);
    }

    /**
     * Writes the report of villages as UTF-8.
     *
     * @param title the page title, not null
     * @param pages the villages, not null
     * @param out where to write, not null; flushed, not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void writeVillages(String title, List<VillagePage> pages, OutputStream out) {
        utf8(out, w -> writeVillages(title, pages, w));
    }

    /**
     * Writes a regional dashboard.
     *
     * @param page the dashboard, not null
     * @param out where to write, not null
     * @throws UncheckedIOException if writing fails
     */
    public static void writeSummary(SummaryPage page, Appendable out) {
        write("summary.jte", page, out);
    }

    /**
     * Writes a regional dashboard as UTF-8.
     *
     * @param page the dashboard, not null
     * @param out where to write, not null; flushed, not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void writeSummary(SummaryPage page, OutputStream out) {
        utf8(out, w -> writeSummary(page, w));
    }

    /**
     * Writes the work per agency.
     *
     * @param page the work, not null
     * @param out where to write, not null
     * @throws UncheckedIOException if writing fails
     */
    public static void writeInterventions(InterventionsPage page, Appendable out) {
        write("interventions.jte", page, out);
    }

    /**
     * Writes the work per agency as UTF-8.
     *
     * @param page the work, not null
     * @param out where to write, not null; flushed, not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void writeInterventions(InterventionsPage page, OutputStream out) {
        utf8(out, w -> writeInterventions(page, w));
    }

    /**
     * Writes a comparison of two years.
     *
     * @param page the comparison, not null
     * @param out where to write, not null
     * @throws UncheckedIOException if writing fails
     */
    public static void writeCompare(ComparePage page, Appendable out) {
        write("compare.jte", page, out);
    }

    /**
     * Writes a comparison of two years as UTF-8.
     *
     * @param page the comparison, not null
     * @param out where to write, not null; flushed, not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void writeCompare(ComparePage page, OutputStream out) {
        utf8(out, w -> writeCompare(page, w));
    }

    private static void write(String template, Object page, Appendable out) {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(out, "out");
        Pages.render(template, Map.of("generator", GENERATOR, "page", page), out);
    }

    private interface Body {
        void write(Writer writer);
    }

    private static void utf8(OutputStream out, Body body) {
        Objects.requireNonNull(out, "out");
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        body.write(writer);
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- the IDM edition's page models

    /**
     * The report page of one village of the IDM edition: IKS, IKE, IKL and IDM against 1, the
     * indicators scoring {@value #WEAK} or less with the ministry's texts, the plan to the next status
     * and the agencies that act on it.
     *
     * @param identity the village's identity, names where known, not null
     * @param result the village's result, not null
     * @param plan the plan of the village to its next status ({@code UpgradePlanner.plan(result)}), not null
     * @return the page model, not null
     * @throws IllegalArgumentException if the plan is of another village or year
     */
    public static VillagePage village(VillageIdentity identity, VillageResult result, UpgradePlan plan) {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(plan, "plan");
        if (!plan.villageCode().equals(result.villageCode()) || plan.year() != result.year()) {
            throw new IllegalArgumentException("plan: expected the plan of " + result.villageCode() + " "
                    + result.year() + ", found " + plan.villageCode() + " " + plan.year());
        }
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("IDM", decimal(result.idm())));
        if (result.targetStatus() != result.status()) {
            figures.add(new Figure("Batas bawah " + result.targetStatus().officialName(),
                    result.minimumScore().toPlainString()));
            figures.add(new Figure("Kekurangan", result.gap().signum() <= 0 ? "0"
                    : result.gap().toBigDecimal(4, RoundingMode.UP).toPlainString()));
        }

        List<Bar> bars = new ArrayList<>();
        for (Index index : Index.values()) {
            bars.add(new Bar(index.name(), index.indonesianName(), result.index(index), Fraction.ONE,
                    decimal(result.index(index))));
        }
        bars.add(new Bar("IDM", "Indeks Desa Membangun", result.idm(), Fraction.ONE, decimal(result.idm())));

        List<WeakUnit> weak = new ArrayList<>();
        for (Indicator indicator : result.model().indicators()) {
            int score = result.scores().score(indicator);
            if (score <= WEAK) {
                weak.add(new WeakUnit(indicator.code(), clean(indicator.label()), indicator.index().name(), score,
                        indicator.highestScore(), text(indicator, score, true), text(indicator, score, false),
                        agencies(indicator)));
            }
        }

        List<PlanStep> steps = new ArrayList<>();
        for (PlanChange change : plan.changes()) {
            steps.add(new PlanStep(change.code(), clean(change.indicator().label()), change.from(), change.to(),
                    "+" + decimal(change.gain(), 6), clean(change.activity().orElse("")),
                    agencies(change.indicator())));
        }
        return new VillagePage(Edition.IDM, result.year(), result.villageCode().value(),
                identity.villageName().orElse(""), place(identity), result.status(),
                result.targetStatus(), figures, bars, weak, weak.size(), result.model().indicatorCount(),
                planSummary(plan), steps, agencyRows(Interventions.ofPlans(List.of(plan)), code -> "", false,
                        HtmlReports::decimal));
    }

    private static String place(VillageIdentity identity) {
        List<String> place = new ArrayList<>();
        identity.districtName().ifPresent(n -> place.add("Kec. " + n));
        identity.regencyName().ifPresent(place::add);
        identity.provinceName().ifPresent(place::add);
        return String.join(", ", place);
    }

    // ---------------------------------------------------------------- the Indeks Desa edition's page model

    /**
     * The report page of one village of the Indeks Desa edition with the official planner's plan to
     * its next status: {@code village(identity, result, IndeksDesaPlanner.official().plan(result))}.
     *
     * @param identity the village's identity, names where known, not null
     * @param result the village's result, not null
     * @return the page model, not null
     * @throws IllegalArgumentException if the identity is of another village
     */
    public static VillagePage village(VillageIdentity identity, IndeksDesaResult result) {
        Objects.requireNonNull(result, "result");
        return village(identity, result, IndeksDesaPlanner.official().plan(result));
    }

    /**
     * The report page of one village of the Indeks Desa edition: Skor ID as published (2 decimals),
     * the points P of the model's maximum (635), the points still needed to the target status, a bar
     * per dimension against its maximum points (170, 85, 160, 90, 50 and 80 in the official edition),
     * the weak items with the ministry's recommendation (rekomendasi) and activity (kegiatan) and
     * the agencies that carry them, and the plan's steps with the agencies that act on them.
     *
     * <p>The weak items are those scoring {@value #WEAK} or less, or where there are none, the items
     * at the village's lowest score below 5; weakest first (then in the model's order), at most
     * {@value #WEAK_LISTED} of them, the others counted in {@link VillagePage#weakCount()}.
     *
     * @param identity the village's identity, names where known, not null
     * @param result the village's result, not null
     * @param plan the plan of the village to its target ({@code IndeksDesaPlanner.plan(result)}), not null
     * @return the page model, not null
     * @throws IllegalArgumentException if the identity or the plan is of another village, or the plan
     *     of another year or starting from other scores
     */
    public static VillagePage village(VillageIdentity identity, IndeksDesaResult result, IndeksDesaPlan plan) {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(plan, "plan");
        if (!identity.villageCode().equals(result.villageCode())) {
            throw new IllegalArgumentException("identity: expected village " + result.villageCode() + ", found "
                    + identity.villageCode());
        }
        if (!plan.before().equals(result)) {
            throw new IllegalArgumentException("plan: expected the plan of " + result.villageCode() + " "
                    + result.year() + " from its " + result.points() + " points, found that of "
                    + plan.villageCode() + " " + plan.year() + " from " + plan.points() + " points");
        }
        IndeksDesaModel model = result.model();
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("Skor ID", result.skorId().toPublishedString()));
        figures.add(new Figure("Poin", result.points() + " / " + model.maxPoints()));
        if (result.targetStatus() != result.status()) {
            figures.add(new Figure("Batas bawah " + result.targetStatus().officialName(),
                    result.minimumScore().toPlainString() + " (" + result.targetPoints() + " poin)"));
            figures.add(new Figure("Kekurangan poin", Integer.toString(result.pointsToTarget())));
        }

        List<Bar> bars = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            int points = result.points(dimension);
            int max = model.maxPoints(dimension);
            bars.add(new Bar(dimension.code(), dimension.label(), Fraction.of(points), Fraction.of(max),
                    points + " / " + max));
        }

        int lowest = IndeksDesaModel.MAX_SCORE;
        for (Item item : model.items()) {
            lowest = Math.min(lowest, result.scores().score(item));
        }
        int weakAt = lowest <= WEAK ? WEAK : lowest < IndeksDesaModel.MAX_SCORE ? lowest : 0;
        List<Item> weakItems = new ArrayList<>();
        for (Item item : model.items()) {
            if (result.scores().score(item) <= weakAt) {
                weakItems.add(item);
            }
        }
        weakItems.sort(java.util.Comparator.comparingInt(item -> result.scores().score(item)));
        List<WeakUnit> weak = new ArrayList<>();
        for (Item item : weakItems.subList(0, Math.min(WEAK_LISTED, weakItems.size()))) {
            int score = result.scores().score(item);
            weak.add(new WeakUnit(item.code(), clean(item.name()), item.dimension().code(), score,
                    IndeksDesaModel.MAX_SCORE, text(item.recommendation(score)), text(item.activity(score)),
                    agencies(item.agencies())));
        }

        List<PlanStep> steps = new ArrayList<>();
        for (IndeksDesaChange change : plan.changes()) {
            steps.add(new PlanStep(change.code(), clean(change.item().name()), change.from(), change.to(),
                    "+" + change.points() + " poin", text(change.activity()), agencies(change.agencies())));
        }
        return new VillagePage(Edition.INDEKS_DESA, result.year(), result.villageCode().value(),
                identity.villageName().orElse(""), place(identity), result.status(), result.targetStatus(), figures,
                bars, weak, weakItems.size(), model.itemCount(), planSummary(plan), steps,
                agencyRows(Interventions.ofIndeksDesaPlans(List.of(plan)), code -> "", false, HtmlReports::points));
    }

    private static String planSummary(IndeksDesaPlan plan) {
        if (plan.status() == Status.MANDIRI && plan.target() == Status.MANDIRI) {
            return "Desa sudah berstatus MANDIRI, status tertinggi.";
        }
        if (!plan.isReachable()) {
            return "Status " + plan.target().officialName() + " tidak tercapai dengan menaikkan skor item.";
        }
        if (plan.changes().isEmpty()) {
            return "Status " + plan.target().officialName() + " sudah tercapai.";
        }
        return plan.changes().size() + " langkah (+" + plan.gain() + " poin) menaikkan Skor ID dari " + plan.skorId().toPublishedString() + " (" + plan.points()
                + " poin) ke " + plan.skorIdAfter().toPublishedString() + " (" + plan.pointsAfter()
                + " poin): status menjadi " + plan.statusAfter().officialName() + ".";
    }

    /** Points as whole numbers: an Indeks Desa step's gain. */
    private static String points(Fraction value) {
        return value.toBigDecimal().stripTrailingZeros().toPlainString() + " poin";
    }

    private static String text(java.util.Optional<String> text) {
        return text.map(HtmlReports::clean).filter(t -> !t.equals("-")).orElse("");
    }

    private static String planSummary(UpgradePlan plan) {
        if (plan.status() == Status.MANDIRI && plan.target() == Status.MANDIRI) {
            return "Desa sudah berstatus MANDIRI, status tertinggi.";
        }
        if (!plan.isReachable()) {
            return "Status " + plan.target().officialName() + " tidak tercapai dengan menaikkan skor indikator.";
        }
        if (plan.changes().isEmpty()) {
            return "Status " + plan.target().officialName() + " sudah tercapai.";
        }
        return plan.changes().size() + " langkah (" + plan.points() + " poin skor) menaikkan IDM dari "
                + decimal(plan.idm()) + " ke " + decimal(plan.idmAfter()) + ": status menjadi "
                + plan.statusAfter().officialName() + ".";
    }

    /**
     * The work per agency: each agency's tasks with the villages they are in.
     *
     * @param title the page title, not null
     * @param scope what the tasks are, one sentence, not null
     * @param work the work, from {@link Interventions#ofPlans} or {@link Interventions#ofResults}, not null
     * @param villageNames the village names by code; villages without one are shown by code only; not null
     * @param villages how many villages were read
     * @param plans the plans behind the work, for the table of expected status changes; empty for none; not null
     * @return the page model, not null
     */
    public static InterventionsPage interventions(String title, String scope, Interventions work,
            Function<VillageCode, String> villageNames, int villages, Collection<UpgradePlan> plans) {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(villageNames, "villageNames");
        List<MoverRow> rows = new ArrayList<>();
        for (UpgradePlan plan : plans) {
            String name = villageNames.apply(plan.villageCode());
            rows.add(new MoverRow(plan.villageCode().value(), name == null ? "" : name, plan.status(),
                    plan.statusAfter(), decimal(plan.idm()), decimal(plan.idmAfter()),
                    signed(plan.idmAfter().minus(plan.idm()))));
        }
        return new InterventionsPage(title, scope, villages, agencyRows(work, villageNames, true,
                HtmlReports::decimal), rows);
    }

    /**
     * The work per agency of Indeks Desa plans: each agency's tasks with the villages they are in,
     * gains in points, and the expected change of each village's status and Skor ID.
     *
     * @param title the page title, not null
     * @param scope what the tasks are, one sentence, not null
     * @param plans the plans, not null
     * @param villageNames the village names by code; villages without one are shown by code only; not null
     * @param villages how many villages were read
     * @return the page model, not null
     */
    public static InterventionsPage interventions(String title, String scope, Collection<IndeksDesaPlan> plans,
            Function<VillageCode, String> villageNames, int villages) {
        Objects.requireNonNull(plans, "plans");
        Objects.requireNonNull(villageNames, "villageNames");
        List<MoverRow> rows = new ArrayList<>();
        for (IndeksDesaPlan plan : plans) {
            String name = villageNames.apply(plan.villageCode());
            int change = plan.pointsAfter() - plan.points();
            rows.add(new MoverRow(plan.villageCode().value(), name == null ? "" : name, plan.status(),
                    plan.statusAfter(), plan.skorId().toPublishedString(), plan.skorIdAfter().toPublishedString(),
                    change > 0 ? "+" + change + " poin" : change + " poin"));
        }
        return new InterventionsPage(title, scope, villages, agencyRows(Interventions.ofIndeksDesaPlans(
                List.copyOf(plans)), villageNames, true, HtmlReports::points), rows);
    }

    /**
     * The expected status change of a village whose plan is at index level only (a bulk table gives no
     * indicator scores), for the table of an {@link InterventionsPage}.
     *
     * @param villageCode the village, not null
     * @param villageName its name, empty where unknown, not null
     * @param plan its index-level plan, not null
     * @return the row, not null
     */
    public static MoverRow planRow(VillageCode villageCode, String villageName, IndexPlan plan) {
        Objects.requireNonNull(villageCode, "villageCode");
        Objects.requireNonNull(plan, "plan");
        Fraction before = plan.value().idm();
        return new MoverRow(villageCode.value(), villageName, plan.status(), plan.statusAfter(), decimal(before),
                decimal(plan.idmAfter()), signed(plan.idmAfter().minus(before)));
    }

    private static List<AgencyRow> agencyRows(Interventions work, Function<VillageCode, String> names,
            boolean withVillages, Function<Fraction, String> total) {
        List<AgencyRow> rows = new ArrayList<>();
        for (AgencyWork agency : work.agencies()) {
            List<TaskRow> tasks = new ArrayList<>();
            for (AgencyTask task : agency.tasks()) {
                io.github.indeksdesa.idm.plan.PlanStep c = task.change();
                String name = withVillages ? names.apply(task.villageCode()) : "";
                String gain = c instanceof IndeksDesaChange ? points(c.gain()) : decimal(c.gain(), 6);
                tasks.add(new TaskRow(task.villageCode().value(), name == null ? "" : name, task.year(), c.code(),
                        c.from(), c.to(), "+" + gain, clean(c.activity().orElse(""))));
            }
            rows.add(new AgencyRow(agency.level().name(), agency.name(), agency.villages().size(),
                    "+" + total.apply(agency.totalGain()), tasks, agency.taskCount()));
        }
        return rows;
    }

    /**
     * The comparison of two years: the transition matrix and the villages that moved.
     *
     * @param comparison the comparison, not null
     * @param villageNames the village names by code; villages without one are shown by code only; not null
     * @return the page model, not null
     */
    public static ComparePage compare(YearComparison comparison, Function<VillageCode, String> villageNames) {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(villageNames, "villageNames");
        TransitionMatrix m = comparison.matrix();
        List<List<Integer>> matrix = new ArrayList<>();
        for (Status from : Status.values()) {
            List<Integer> row = new ArrayList<>();
            for (Status to : Status.values()) {
                row.add(m.count(from, to));
            }
            matrix.add(row);
        }
        String title = "Perbandingan IDM " + comparison.fromYear() + "–" + comparison.toYear()
                + comparison.region().map(r -> ", wilayah " + r).orElse("");
        return new ComparePage(title, comparison.fromYear(), comparison.toYear(), matrix,
                movers(comparison.movedUp(), villageNames), movers(comparison.movedDown(), villageNames),
                m.unchanged());
    }

    private static List<MoverRow> movers(List<Movement> movements, Function<VillageCode, String> names) {
        List<MoverRow> rows = new ArrayList<>();
        for (Movement mv : movements) {
            String name = names.apply(mv.villageCode());
            rows.add(new MoverRow(mv.villageCode().value(), name == null ? "" : name, mv.fromStatus(),
                    mv.toStatus(), decimal(mv.from().idm()), decimal(mv.to().idm()), signed(mv.idmChange())));
        }
        return rows;
    }

    // ---------------------------------------------------------------- formatting

    /** A value as the library prints it: 4 decimals, half up. */
    static String decimal(Fraction value) {
        return value.toBigDecimal().toPlainString();
    }

    static String decimal(Fraction value, int scale) {
        return value.toBigDecimal(scale, RoundingMode.HALF_UP).toPlainString();
    }

    private static String signed(Fraction value) {
        String text = decimal(value);
        return value.signum() > 0 ? "+" + text : text;
    }

    private static String clean(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String text(Indicator indicator, int score, boolean meaning) {
        return text(indicator.step(score).flatMap(meaning ? LadderStep::meaning : LadderStep::activity));
    }

    /** The agencies of an indicator by level: "KAB Dinas Kesehatan; DESA Pemdes". */
    static String agencies(Indicator indicator) {
        return agencies(indicator.agencies());
    }

    private static String agencies(Agencies agencies) {
        List<String> parts = new ArrayList<>();
        for (AgencyLevel level : AgencyLevel.values()) {
            agencies.get(level).ifPresent(name -> parts.add(level + " " + clean(name)));
        }
        return String.join("; ", parts);
    }
}
