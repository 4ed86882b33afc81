// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.indeksdesa.idm.Agencies;
import io.github.indeksdesa.idm.AgencyLevel;
import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.IdmValue;
import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.html.HtmlReports;
import io.github.indeksdesa.idm.html.InterventionsPage;
import io.github.indeksdesa.idm.html.MoverRow;
import io.github.indeksdesa.idm.id.IndeksDesaResult;
import io.github.indeksdesa.idm.plan.IndeksDesaChange;
import io.github.indeksdesa.idm.plan.IndeksDesaPlan;
import io.github.indeksdesa.idm.plan.IndeksDesaPlanner;
import io.github.indeksdesa.idm.plan.IndexPlan;
import io.github.indeksdesa.idm.plan.Interventions;
import io.github.indeksdesa.idm.plan.PlanChange;
import io.github.indeksdesa.idm.plan.UpgradePlan;
import io.github.indeksdesa.idm.plan.UpgradePlanner;
import io.github.indeksdesa.idm.plan.VillageValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code idm plan}: the cheapest way for each village to reach its next (or a given) status. */
@Command(name = "plan", sortOptions = false,
        description = {"Plan the cheapest way for each village to reach its next status (or --target): the "
            + "indicators to raise, from which score to which, the IDM each adds, the ministry's activity "
            + "(KEGIATAN) and the agencies, then the IDM and status after the plan.",
            "Reports and scores tables are planned indicator by indicator (fewest changed indicators, or the "
                + "least total of --costs). Bulk tables give only IKS/IKE/IKL: their plans are the fewest score "
                + "points per index (--costs does not apply).",
            "A village given for several years is planned from its latest year unless --year is given."})
final class PlanCommand extends BaseCommand {

    /** The output formats. */
    enum Format { table, json, html }

    @Mixin
    PlanOptions options;

    @Option(names = {"-f", "--format"}, defaultValue = "table",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "A rumusan JSON report, a directory of them, "
            + "a scores table, a bulk table (.csv, .csv.gz, .xlsx), or - for stdin.")
    List<String> inputs;

    @Mixin
    HtmlOutput html;

    /** One planned village: exactly one of the two plans is set. */
    private record Planned(String source, String name, UpgradePlan plan, IndexPlan indexPlan, VillageValue value) {
    }

    @Override
    public Integer call() throws IOException {
        html.check(spec, format == Format.html);
        PlanInputs reader = new PlanInputs(model, rows(), options.lenient);
        List<Villages.Scored> scored = new ArrayList<>();
        List<PlanInputs.IndexVillage> indexLevel = new ArrayList<>();
        List<IndeksDesaVillages.Scored> indeksDesa = new ArrayList<>();
        forEachSource(inputs, source -> {
            if (IndeksDesaVillages.isIndeksDesa(source, index, limits())) {
                rows().readIndeksDesa(source, indeksDesa::add);
            } else {
                reader.read(source, scored::add, indexLevel::add);
            }
        });
        List<IdPlanned> idPlans = planIndeksDesa(indeksDesa);
        if (idPlans == null) {
            return status(false);
        }
        UpgradePlanner planner = scored.isEmpty() ? UpgradePlanner.official() : options.planner(model, this::error);
        if (planner == null) {
            return status(false);
        }
        List<Planned> plans = new ArrayList<>();
        for (Villages.Scored s : PlanInputs.selectYear(scored, s -> s.result().villageCode(), s -> s.result().year(),
                options.year)) {
            UpgradePlan plan = options.target == null ? planner.plan(s.result())
                    : planner.plan(s.result(), options.target);
            plans.add(new Planned(s.source(), reader.villageName(s.result().villageCode()), plan, null, null));
        }
        for (PlanInputs.IndexVillage v : PlanInputs.selectYear(indexLevel, v -> v.value().villageCode(),
                v -> v.value().year(), options.year)) {
            IdmValue value = v.value().value();
            IndexPlan plan = options.target == null ? IndexPlan.of(value) : IndexPlan.of(value, options.target);
            plans.add(new Planned(v.source(), reader.villageName(v.value().villageCode()), null, plan, v.value()));
        }
        options.checkYear(scored.size() + indexLevel.size() + indeksDesa.size(), plans.size() + idPlans.size(),
                this::error);
        if (format == Format.json) {
            json(plans, idPlans);
        } else if (format == Format.html) {
            if (!idPlans.isEmpty() && !plans.isEmpty()) {
                error(new InputException(idPlans.get(0).source(), "", "IDM and Indeks Desa inputs cannot be mixed "
                        + "in one page; give them to separate runs"));
            } else if (!idPlans.isEmpty()) {
                idHtml(idPlans, indeksDesa.size());
            } else {
                html(plans, reader);
            }
        } else {
            table(plans);
            idTable(idPlans, !plans.isEmpty());
        }
        return status(false);
    }

    /** One planned Indeks Desa village. */
    private record IdPlanned(String source, String name, IndeksDesaPlan plan) {
    }

    /**
     * Plans the Indeks Desa villages read (their latest or --year year); a village of a dimension
     * table has no item scores to plan and is reported. Null if the cost file cannot be read.
     */
    private List<IdPlanned> planIndeksDesa(List<IndeksDesaVillages.Scored> villages) {
        List<IdPlanned> plans = new ArrayList<>();
        if (villages.isEmpty()) {
            return plans;
        }
        IndeksDesaPlanner planner = options.indeksDesaPlanner(IndeksDesaVillages.MODEL, this::error);
        if (planner == null) {
            return null;
        }
        for (IndeksDesaVillages.Scored v : PlanInputs.selectYear(villages, s -> s.identity().villageCode(),
                IndeksDesaVillages.Scored::year, options.year)) {
            if (v.result().isEmpty()) {
                error(new InputException(v.source(), v.identity().villageCode().value(), "a dimension table gives "
                        + "only the six point sums; planning needs the 127 item scores of a score export"));
                continue;
            }
            IndeksDesaResult result = v.result().get();
            IndeksDesaPlan plan = options.target == null ? planner.plan(result) : planner.plan(result, options.target);
            plans.add(new IdPlanned(v.source(), v.identity().villageName().orElse(""), plan));
        }
        return plans;
    }

    private void idTable(List<IdPlanned> plans, boolean after) {
        boolean first = !after;
        for (IdPlanned p : plans) {
            if (!first) {
                out().println();
            }
            first = false;
            IndeksDesaPlan plan = p.plan();
            out().println(plan.villageCode() + " " + p.name() + " " + plan.year() + " (" + p.source() + ")");
            String head = "  Skor ID " + plan.skorId().toPublishedString() + " (" + plan.before().points()
                    + " points) " + plan.status().officialName() + ", target " + plan.target().officialName() + ": ";
            if (!stepsHead(head, plan.isReachable(), plan.changes().size(), plan.gain(), plan.cost())) {
                continue;
            }
            TextTable table = stepsTable();
            for (IndeksDesaChange c : plan.changes()) {
                table.add(List.of("  " + c.code(), Integer.toString(c.from()), Integer.toString(c.to()),
                        Integer.toString(c.points()), Long.toString(c.cost()), c.activity().orElse(""),
                        agencies(c.agencies())));
            }
            table.print(out());
            out().println("  after: Skor ID " + plan.skorIdAfter().toPublishedString() + " (" + plan.pointsAfter()
                    + " points) " + plan.statusAfter().officialName());
        }
    }

    /** The plans as the annex of a planning meeting: the work per agency, the expected status changes. */
    private void html(List<Planned> plans, PlanInputs reader) throws IOException {
        List<UpgradePlan> upgrades = new ArrayList<>();
        plans.stream().filter(p -> p.plan() != null).forEach(p -> upgrades.add(p.plan()));
        InterventionsPage page = HtmlReports.interventions("Rencana kenaikan status desa", scope(options),
                Interventions.ofPlans(upgrades), reader::villageName, plans.size(), upgrades);
        List<MoverRow> rows = new ArrayList<>(page.plans());
        for (Planned p : plans) {
            if (p.indexPlan() != null) {
                rows.add(HtmlReports.planRow(p.value().villageCode(), p.name(), p.indexPlan()));
            }
        }
        InterventionsPage all = new InterventionsPage(page.title(), page.scope(), page.villages(), page.agencies(),
                rows);
        html.write(this, out -> HtmlReports.writeInterventions(all, out));
    }

    /** The Indeks Desa plans as the annex of a planning meeting: the work per agency, the expected changes. */
    private void idHtml(List<IdPlanned> planned, int villages) throws IOException {
        Map<VillageCode, String> names = new HashMap<>();
        List<IndeksDesaPlan> plans = new ArrayList<>();
        for (IdPlanned p : planned) {
            names.put(p.plan().villageCode(), p.name());
            plans.add(p.plan());
        }
        InterventionsPage page = HtmlReports.interventions("Rencana kenaikan status desa, Indeks Desa",
                scope(options), plans, code -> names.getOrDefault(code, ""), villages);
        html.write(this, out -> HtmlReports.writeInterventions(page, out));
    }

    /** What the steps of the plans are, one sentence. */
    static String scope(PlanOptions options) {
        return "Langkah rencana tiap desa ke status " + (options.target == null ? "berikutnya"
                : options.target.officialName()) + ".";
    }

    /** Prints the head line of a village's plan; false if it has no steps to list. */
    private boolean stepsHead(String head, boolean reachable, int changes, int points, long cost) {
        if (!reachable) {
            out().println(head + "unreachable (even every allowed step falls short)");
            return false;
        }
        if (changes == 0) {
            out().println(head + "reached already, nothing to do");
            return false;
        }
        out().println(head + changes + " change" + (changes == 1 ? "" : "s") + ", " + points + " point"
                + (points == 1 ? "" : "s") + ", cost " + cost);
        return true;
    }

    private static TextTable stepsTable() {
        return new TextTable(List.of("  CODE", "FROM", "TO", "GAIN", "COST", "KEGIATAN", "AGENCIES"), false, true,
                true, true, true, false, false);
    }

    static String fourDp(Fraction f) {
        return f.toBigDecimal().toPlainString();
    }

    /** The agencies of an indicator on one line: "KAB Dinkes, PU; DESA Pemdes". */
    static String agencies(Agencies agencies) {
        List<String> parts = new ArrayList<>();
        for (AgencyLevel level : AgencyLevel.values()) {
            agencies.get(level).ifPresent(names -> parts.add(level + " " + names));
        }
        return String.join("; ", parts);
    }

    private void table(List<Planned> plans) {
        boolean first = true;
        for (Planned p : plans) {
            if (p.plan() == null) {
                continue;
            }
            if (!first) {
                out().println();
            }
            first = false;
            UpgradePlan plan = p.plan();
            out().println(plan.villageCode() + " " + p.name() + " " + plan.year() + " (" + p.source() + ")");
            String head = "  IDM " + fourDp(plan.idm()) + " " + plan.status().officialName() + ", target "
                    + plan.target().officialName() + ": ";
            if (!stepsHead(head, plan.isReachable(), plan.changes().size(), plan.points(), plan.cost())) {
                continue;
            }
            TextTable table = stepsTable();
            for (PlanChange c : plan.changes()) {
                table.add(List.of("  " + c.code(), Integer.toString(c.from()), Integer.toString(c.to()),
                        c.gain().toBigDecimal(6, java.math.RoundingMode.HALF_UP).toPlainString(),
                        Long.toString(c.cost()), c.activity().orElse(""), agencies(c.agencies())));
            }
            table.print(out());
            out().println("  after: IDM " + fourDp(plan.idmAfter()) + " " + plan.statusAfter().officialName());
        }
        List<Planned> indexPlans = plans.stream().filter(p -> p.indexPlan() != null).toList();
        if (indexPlans.isEmpty()) {
            return;
        }
        if (!first) {
            out().println();
        }
        out().println("Index-level plans (bulk tables give only IKS/IKE/IKL: score points per index; "
                + "which indicators carry them is not known" + (options.costs != null ? "; --costs does not apply"
                : "") + ")");
        TextTable table = new TextTable(List.of("KODE_DESA", "TAHUN", "DESA", "IDM", "STATUS", "TARGET", "+IKS",
                "+IKE", "+IKL", "IDM AFTER", "STATUS AFTER"), false, true, false, true, false, false, true, true, true,
                true, false);
        for (Planned p : indexPlans) {
            IndexPlan plan = p.indexPlan();
            List<String> row = new ArrayList<>(List.of(p.value().villageCode().value(),
                    Integer.toString(p.value().year()), p.name(), fourDp(plan.value().idm()),
                    plan.status().officialName(), plan.target().officialName()));
            for (Index index : Index.values()) {
                row.add(plan.isReachable() ? Integer.toString(plan.points(index)) : "-");
            }
            row.add(plan.isReachable() ? fourDp(plan.idmAfter()) : "-");
            row.add(plan.isReachable() ? plan.statusAfter().officialName() : "unreachable");
            table.add(row);
        }
        table.print(out());
    }

    private void json(List<Planned> plans, List<IdPlanned> idPlans) throws IOException {
        JsonGenerator g = Json.pretty(out());
        g.writeStartArray();
        for (IdPlanned p : idPlans) {
            IndeksDesaPlan plan = p.plan();
            g.writeStartObject();
            g.writeStringField("source", p.source());
            g.writeStringField("kodeDesa", plan.villageCode().value());
            g.writeStringField("namaDesa", p.name().isEmpty() ? null : p.name());
            g.writeNumberField("tahun", plan.year());
            g.writeStringField("index", "ID");
            g.writeNumberField("points", plan.before().points());
            g.writeStringField("skor", plan.skorId().toPublishedString());
            g.writeStringField("status", plan.status().officialName());
            g.writeStringField("target", plan.target().officialName());
            g.writeBooleanField("reachable", plan.isReachable());
            g.writeArrayFieldStart("changes");
            for (IndeksDesaChange c : plan.changes()) {
                g.writeStartObject();
                g.writeStringField("code", c.code());
                g.writeNumberField("from", c.from());
                g.writeNumberField("to", c.to());
                g.writeNumberField("gain", c.points());
                g.writeStringField("rekomendasi", c.recommendation().orElse(null));
                g.writeStringField("kegiatan", c.activity().orElse(null));
                agencies(g, c.agencies());
                g.writeNumberField("cost", c.cost());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("pointsAfter", plan.pointsAfter());
            g.writeStringField("skorAfter", plan.skorIdAfter().toPublishedString());
            g.writeStringField("statusAfter", plan.statusAfter().officialName());
            g.writeNumberField("cost", plan.cost());
            g.writeEndObject();
        }
        for (Planned p : plans) {
            g.writeStartObject();
            g.writeStringField("source", p.source());
            if (p.plan() != null) {
                UpgradePlan plan = p.plan();
                head(g, plan.villageCode().value(), p.name(), plan.year(), "indicator", plan.idm(),
                        plan.status().officialName(), plan.target().officialName(), plan.isReachable());
                g.writeArrayFieldStart("changes");
                for (PlanChange c : plan.changes()) {
                    g.writeStartObject();
                    g.writeStringField("code", c.code());
                    g.writeNumberField("from", c.from());
                    g.writeNumberField("to", c.to());
                    g.writeNumberField("gain", c.gain().doubleValue());
                    g.writeStringField("kegiatan", c.activity().orElse(null));
                    agencies(g, c.agencies());
                    g.writeNumberField("cost", c.cost());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeNumberField("points", plan.points());
                g.writeNumberField("idmAfter", plan.idmAfter().doubleValue());
                g.writeStringField("statusAfter", plan.statusAfter().officialName());
                g.writeNumberField("cost", plan.cost());
            } else {
                IndexPlan plan = p.indexPlan();
                head(g, p.value().villageCode().value(), p.name(), p.value().year(), "index", plan.value().idm(),
                        plan.status().officialName(), plan.target().officialName(), plan.isReachable());
                g.writeArrayFieldStart("changes");
                for (Index index : Index.values()) {
                    int points = plan.points(index);
                    if (points > 0) {
                        int sum = plan.value().sum(index);
                        g.writeStartObject();
                        g.writeStringField("index", index.name());
                        g.writeNumberField("from", sum);
                        g.writeNumberField("to", sum + points);
                        g.writeNumberField("points", points);
                        g.writeNumberField("gain", Fraction.of(model.weight(index) * points, model.gridDenominator())
                                .doubleValue());
                        g.writeEndObject();
                    }
                }
                g.writeEndArray();
                g.writeNumberField("points", plan.totalPoints());
                g.writeNumberField("idmAfter", plan.idmAfter().doubleValue());
                g.writeStringField("statusAfter", plan.statusAfter().officialName());
                g.writeNullField("cost");
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        Json.endLine(g);
        g.flush();
    }

    /** The agencies of a step as an object of level to names. */
    private static void agencies(JsonGenerator g, Agencies agencies) throws IOException {
        g.writeObjectFieldStart("agencies");
        for (AgencyLevel level : AgencyLevel.values()) {
            List<String> names = agencies.names(level);
            if (!names.isEmpty()) {
                g.writeArrayFieldStart(level.name());
                for (String name : names) {
                    g.writeString(name);
                }
                g.writeEndArray();
            }
        }
        g.writeEndObject();
    }

    private static void head(JsonGenerator g, String code, String name, int year, String level, Fraction idm,
            String status, String target, boolean reachable) throws IOException {
        g.writeStringField("kodeDesa", code);
        g.writeStringField("namaDesa", name.isEmpty() ? null : name);
        g.writeNumberField("tahun", year);
        g.writeStringField("level", level);
        g.writeNumberField("idm", idm.doubleValue());
        g.writeStringField("status", status);
        g.writeStringField("target", target);
        g.writeBooleanField("reachable", reachable);
    }
}
