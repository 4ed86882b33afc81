// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageResult;
import io.github.indeksdesa.idm.html.HtmlReports;
import io.github.indeksdesa.idm.html.InterventionsPage;
import io.github.indeksdesa.idm.io.InputKind;
import io.github.indeksdesa.idm.plan.AgencyTask;
import io.github.indeksdesa.idm.plan.AgencyWork;
import io.github.indeksdesa.idm.plan.IndeksDesaChange;
import io.github.indeksdesa.idm.plan.IndeksDesaPlan;
import io.github.indeksdesa.idm.plan.IndeksDesaPlanner;
import io.github.indeksdesa.idm.plan.Interventions;
import io.github.indeksdesa.idm.plan.PlanStep;
import io.github.indeksdesa.idm.plan.UpgradePlan;
import io.github.indeksdesa.idm.plan.UpgradePlanner;
import java.io.IOException;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code idm interventions}: the work per agency for the villages of the inputs. */
@Command(name = "interventions", sortOptions = false,
        description = {"List the work per agency (OPD) for the villages of the inputs: for every agency the "
            + "ministry names (PUSAT, PROV, KAB, DESA, CSR, LAINNYA), which village needs which activity (KEGIATAN) "
            + "for which indicator, with the IDM it adds, and totals per agency.",
            "Without --plan every indicator below the top of its ladder is raised to the top (the ministry's "
                + "report view); with --plan only the changes of each village's plan (see idm plan).",
            "Agency names spelled several ways (case, spaces, punctuation) are merged; the spellings are kept. "
                + "Needs indicator scores: rumusan reports or scores tables."})
final class InterventionsCommand extends BaseCommand {

    /** The output formats. */
    enum Format { table, csv, json, html }

    @Option(names = "--plan", description = "Only the changes of each village's cheapest plan to its next "
            + "status (or --target).")
    boolean plan;

    @Mixin
    PlanOptions options;

    @Option(names = {"-f", "--format"}, defaultValue = "table",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "A rumusan JSON report, a directory of them, a scores table, or - for stdin.")
    List<String> inputs;

    @Mixin
    HtmlOutput html;

    static final List<String> CSV_COLUMNS = List.of("level", "agency", "spelling", "kode_desa", "tahun",
            "nama_desa", "code", "from", "to", "gain", "kegiatan");

    @Override
    public Integer call() throws IOException {
        html.check(spec, format == Format.html);
        if (!plan && (options.target != null || options.costs != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--target and --costs need --plan");
        }
        PlanInputs reader = new PlanInputs(model, rows(), options.lenient);
        List<Villages.Scored> scored = new ArrayList<>();
        List<IndeksDesaVillages.Scored> indeksDesa = new ArrayList<>();
        forEachSource(inputs, source -> {
            if (IndeksDesaVillages.isIndeksDesa(source, index, limits())) {
                if (!plan) {
                    throw new InputException(source.name(), "", "Indeks Desa villages need --plan: the work per "
                            + "agency is that of each village's plan");
                }
                rows().readIndeksDesa(source, indeksDesa::add);
                return;
            }
            if (source.kind() == InputKind.BULK_TABLE || source.kind() == InputKind.BULK_XLSX) {
                throw new InputException(source.name(), "", "a bulk table has only IKS/IKE/IKL, no indicator "
                        + "scores: give rumusan reports or a scores table (idm plan gives index-level plans)");
            }
            reader.read(source, scored::add, v -> { });
        });
        if (!indeksDesa.isEmpty()) {
            return indeksDesa(indeksDesa, !scored.isEmpty());
        }
        UpgradePlanner planner = options.planner(model, this::error);
        if (planner == null) {
            return status(false);
        }
        List<VillageResult> results = new ArrayList<>();
        for (Villages.Scored s : PlanInputs.selectYear(scored, s -> s.result().villageCode(), s -> s.result().year(),
                options.year)) {
            results.add(s.result());
        }
        options.checkYear(scored.size(), results.size(), this::error);
        Interventions work;
        List<UpgradePlan> plans = new ArrayList<>();
        if (plan) {
            for (VillageResult r : results) {
                plans.add(options.target == null ? planner.plan(r) : planner.plan(r, options.target));
            }
            work = Interventions.ofPlans(plans);
        } else {
            work = Interventions.ofResults(results);
        }
        switch (format) {
            case csv:
                csv(work, reader::villageName);
                break;
            case json:
                json(work, reader::villageName);
                break;
            case html:
                InterventionsPage page = HtmlReports.interventions("Pekerjaan per pelaksana (OPD)", plan
                        ? "Langkah rencana tiap desa ke status berikutnya." : "Setiap indikator di bawah skor "
                        + "tertingginya, dinaikkan ke skor tertinggi.", work, reader::villageName, results.size(),
                        plans);
                html.write(this, out -> HtmlReports.writeInterventions(page, out));
                break;
            default:
                table(work, reader::villageName, results.size(), "IDM");
        }
        return status(false);
    }

    /** The work per agency of the plans of Indeks Desa villages (item scores; points as gains). */
    private int indeksDesa(List<IndeksDesaVillages.Scored> villages, boolean alsoIdm) throws IOException {
        if (alsoIdm) {
            error(new InputException(villages.get(0).source(), "", "IDM and Indeks Desa inputs cannot be mixed in "
                    + "one list of work; give them to separate runs"));
            return status(false);
        }
        IndeksDesaPlanner planner = options.indeksDesaPlanner(IndeksDesaVillages.MODEL, this::error);
        if (planner == null) {
            return status(false);
        }
        List<IndeksDesaVillages.Scored> kept = PlanInputs.selectYear(villages, v -> v.identity().villageCode(),
                IndeksDesaVillages.Scored::year, options.year);
        options.checkYear(villages.size(), kept.size(), this::error);
        Map<VillageCode, String> names = new HashMap<>();
        List<IndeksDesaPlan> plans = new ArrayList<>();
        for (IndeksDesaVillages.Scored v : kept) {
            if (v.result().isEmpty()) {
                error(new InputException(v.source(), v.identity().villageCode().value(), "a dimension table gives "
                        + "only the six point sums; planning needs the 127 item scores of a score export"));
                continue;
            }
            names.put(v.identity().villageCode(), v.identity().villageName().orElse(""));
            plans.add(options.target == null ? planner.plan(v.result().get())
                    : planner.plan(v.result().get(), options.target));
        }
        Interventions work = Interventions.ofIndeksDesaPlans(plans);
        Function<VillageCode, String> name = code -> names.getOrDefault(code, "");
        switch (format) {
            case csv -> csv(work, name);
            case json -> json(work, name);
            case html -> {
                InterventionsPage page = HtmlReports.interventions("Pekerjaan per pelaksana (OPD), Indeks Desa",
                        PlanCommand.scope(options), plans, name, kept.size());
                html.write(this, out -> HtmlReports.writeInterventions(page, out));
            }
            default -> table(work, name, plans.size(), "points");
        }
        return status(false);
    }

    private static String gain(PlanStep change, int scale) {
        return change instanceof IndeksDesaChange ? Integer.toString(change.points())
                : change.gain().toBigDecimal(scale, RoundingMode.HALF_UP).toPlainString();
    }

    private void table(Interventions work, Function<VillageCode, String> names, int villages, String measure) {
        Set<String> touched = new TreeSet<>();
        for (AgencyWork agency : work.agencies()) {
            out().println(agency.level() + " " + agency.name() + (agency.spellings().size() > 1
                    ? " (spelled " + String.join(", ", agency.spellings()) + ")" : "") + ": " + agency.taskCount()
                    + " task" + (agency.taskCount() == 1 ? "" : "s") + " in " + agency.villages().size()
                    + " village" + (agency.villages().size() == 1 ? "" : "s") + ", " + measure + " +"
                    + ("IDM".equals(measure) ? agency.totalGain().toBigDecimal()
                            : agency.totalGain().toBigDecimal().stripTrailingZeros()).toPlainString());
            TextTable table = new TextTable(List.of("  KODE_DESA", "TAHUN", "DESA", "CODE", "FROM", "TO", "GAIN",
                    "KEGIATAN"), false, true, false, false, true, true, true, false);
            for (AgencyTask task : agency.tasks()) {
                PlanStep c = task.change();
                touched.add(task.villageCode().value());
                table.add(List.of("  " + task.villageCode().value(), Integer.toString(task.year()),
                        names.apply(task.villageCode()), c.code(), Integer.toString(c.from()),
                        Integer.toString(c.to()), gain(c, 6), c.activity().orElse("")));
            }
            table.print(out());
            out().println();
        }
        out().println(work.agencies().size() + " agencies, " + work.tasks().size() + " tasks, "
                + touched.size() + " of " + villages + " villages with work" + (plan ? " (planned changes only)"
                : " (every indicator below the top of its ladder)"));
    }

    private void csv(Interventions work, Function<VillageCode, String> names) {
        out().println(String.join(",", CSV_COLUMNS));
        for (AgencyWork agency : work.agencies()) {
            for (AgencyTask task : agency.tasks()) {
                PlanStep c = task.change();
                out().println(Csv.line(List.of(agency.level().name(), agency.name(), task.agency(),
                        task.villageCode().value(), Integer.toString(task.year()),
                        names.apply(task.villageCode()), c.code(), Integer.toString(c.from()),
                        Integer.toString(c.to()), gain(c, 8), c.activity().orElse(""))));
            }
        }
    }

    private void json(Interventions work, Function<VillageCode, String> names) throws IOException {
        JsonGenerator g = Json.pretty(out());
        g.writeStartArray();
        for (AgencyWork agency : work.agencies()) {
            g.writeStartObject();
            g.writeStringField("level", agency.level().name());
            g.writeStringField("agency", agency.name());
            g.writeArrayFieldStart("spellings");
            for (String spelling : agency.spellings()) {
                g.writeString(spelling);
            }
            g.writeEndArray();
            g.writeNumberField("taskCount", agency.taskCount());
            g.writeNumberField("villageCount", agency.villages().size());
            g.writeNumberField("totalGain", agency.totalGain().doubleValue());
            g.writeArrayFieldStart("tasks");
            for (AgencyTask task : agency.tasks()) {
                PlanStep c = task.change();
                String name = names.apply(task.villageCode());
                g.writeStartObject();
                g.writeStringField("kodeDesa", task.villageCode().value());
                g.writeStringField("namaDesa", name.isEmpty() ? null : name);
                g.writeNumberField("tahun", task.year());
                g.writeStringField("code", c.code());
                g.writeNumberField("from", c.from());
                g.writeNumberField("to", c.to());
                g.writeNumberField("gain", c.gain().doubleValue());
                g.writeStringField("kegiatan", c.activity().orElse(null));
                g.writeStringField("spelling", task.agency());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        Json.endLine(g);
        g.flush();
    }
}
