// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.html.HtmlReports;
import io.github.indeksdesa.idm.plan.Movement;
import io.github.indeksdesa.idm.plan.RegionLevel;
import io.github.indeksdesa.idm.plan.TransitionMatrix;
import io.github.indeksdesa.idm.plan.VillageValue;
import io.github.indeksdesa.idm.plan.YearComparison;
import io.github.indeksdesa.idm.plan.YearOverYear;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code idm compare}: how villages moved between years. */
@Command(name = "compare", sortOptions = false,
        description = {"Compare two or more years of data for the same villages, each year with the next: the status "
            + "transition matrix, the villages that moved up or down with their IDM change, the villages present in "
            + "one year only (listed, never dropped), per region (--by) and in total.",
            "Given IDM data and Indeks Desa data (from 2025), prints the IDM status of the latest IDM year against the "
                + "Indeks Desa status, with a note that the two come from different indices (table or json).",
            "Reports and scores tables are compared by the recomputation from their 50 scores, bulk tables by their "
                + "published IKS/IKE/IKL (several years side by side, or one file per year)."})
final class CompareCommand extends BaseCommand {

    /** The output formats. */
    enum Format { table, csv, json, html }

    @Option(names = "--by", defaultValue = "provinsi", paramLabel = "LEVEL", converter = LevelConverter.class,
            description = "Region level: provinsi, kabupaten or kecamatan (default: ${DEFAULT-VALUE}).")
    RegionLevel by;

    @Option(names = {"-f", "--format"}, defaultValue = "table",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--lenient", description = "Accept any score 0..5, also off its indicator's ladder.")
    boolean lenient;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Bulk tables (.csv, .csv.gz, .xlsx), rumusan "
            + "JSON reports or directories of them, scores tables, or - for stdin; two or more years in all.")
    List<String> inputs;

    @Mixin
    HtmlOutput html;

    static final List<String> CSV_COLUMNS = List.of("from_year", "to_year", "kode_desa", "nama_desa", "region_kode",
            "region_nama", "status_from", "status_to", "idm_from", "idm_to", "idm_change", "movement");

    /** Converts --by, so that an unknown level is a usage error. */
    static final class LevelConverter implements CommandLine.ITypeConverter<RegionLevel> {
        @Override
        public RegionLevel convert(String value) {
            try {
                return RegionLevel.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    private PlanInputs reader;

    @Override
    public Integer call() throws IOException {
        html.check(spec, format == Format.html);
        reader = new PlanInputs(model, rows(), lenient);
        List<VillageValue> values = new ArrayList<>();
        List<IndeksDesaVillages.Scored> id = new ArrayList<>();
        forEachSource(inputs, source -> {
            if (IndeksDesaVillages.isIndeksDesa(source, index, limits())) {
                rows().readIndeksDesa(source, id::add);
                return;
            }
            reader.read(source, s -> values.add(VillageValue.of(s.result())), v -> values.add(v.value()));
        });
        if (!id.isEmpty()) {
            return acrossIndices(values, id);
        }
        YearOverYear years = YearOverYear.of(values);
        if (years.years().size() < 2) {
            err().println("idm compare: expected data of two or more years for the same villages, found "
                    + (years.years().isEmpty() ? "none" : "only " + years.years().first()));
            unreadable++;
            return status(false);
        }
        List<YearComparison> comparisons = years.consecutive();
        switch (format) {
            case csv:
                csv(comparisons);
                break;
            case json:
                json(comparisons);
                break;
            case html:
                YearComparison latest = comparisons.get(comparisons.size() - 1);
                if (comparisons.size() > 1) {
                    err().println("idm compare: the html page compares the two latest years, " + latest.fromYear()
                            + " and " + latest.toYear());
                }
                html.write(this, out -> HtmlReports.writeCompare(HtmlReports.compare(latest, reader::villageName),
                        out));
                break;
            default:
                table(comparisons);
        }
        return status(false);
    }

    /** Compares IDM statuses with Indeks Desa statuses: one cross-tabulation, said plainly to span two indices. */
    private Integer acrossIndices(List<VillageValue> values, List<IndeksDesaVillages.Scored> id) throws IOException {
        if (values.isEmpty()) {
            err().println("idm compare: the inputs hold Indeks Desa data only; comparing across the change of index "
                    + "needs an IDM input (up to 2024) too");
            unreadable++;
            return status(false);
        }
        if (format != Format.table && format != Format.json) {
            err().println("idm compare: comparing IDM with Indeks Desa writes --format table or json");
            unreadable++;
            return status(false);
        }
        CrossIndexCompare c = CrossIndexCompare.of(values, id);
        if (format == Format.json) {
            JsonGenerator g = Json.pretty(out());
            c.json(g);
            Json.endLine(g);
            g.flush();
        } else {
            c.table(out());
        }
        return status(false);
    }

    private static String fourDp(Fraction f) {
        return f.toBigDecimal().toPlainString();
    }

    private static String signed(Fraction f) {
        return (f.signum() >= 0 ? "+" : "") + fourDp(f);
    }

    /** The mean IDM change of the villages present in both years, or "" if none. */
    private static String meanChange(YearComparison c) {
        if (c.movements().isEmpty()) {
            return "";
        }
        Fraction sum = Fraction.ZERO;
        for (Movement m : c.movements()) {
            sum = sum.plus(m.idmChange());
        }
        return signed(sum.dividedBy(c.movements().size()));
    }

    private void table(List<YearComparison> comparisons) {
        boolean first = true;
        for (YearComparison c : comparisons) {
            if (!first) {
                out().println();
            }
            first = false;
            int from = c.fromYear();
            int to = c.toYear();
            TransitionMatrix m = c.matrix();
            out().println("IDM " + from + " → " + to + ": " + m.total() + " villages in both years, " + m.up()
                    + " up, " + m.down() + " down, " + m.unchanged() + " unchanged; " + c.onlyInFromYear().size()
                    + " only in " + from + ", " + c.onlyInToYear().size() + " only in " + to);
            out().println();
            out().println("Status " + from + " (rows) → " + to + " (columns)");
            List<String> header = new ArrayList<>(List.of(from + " \\ " + to));
            for (Status s : Status.values()) {
                header.add(s.officialName());
            }
            header.add("TOTAL");
            TextTable matrix = new TextTable(header, false, true, true, true, true, true, true);
            for (Status f : Status.values()) {
                List<String> row = new ArrayList<>(List.of(f.officialName()));
                for (Status t : Status.values()) {
                    row.add(Integer.toString(m.count(f, t)));
                }
                row.add(Integer.toString(m.fromTotal(f)));
                matrix.add(row);
            }
            List<String> totals = new ArrayList<>(List.of("TOTAL"));
            for (Status t : Status.values()) {
                totals.add(Integer.toString(m.toTotal(t)));
            }
            totals.add(Integer.toString(m.total()));
            matrix.add(totals);
            matrix.print(out());
            movements("Moved up", c.movedUp(), from, to);
            movements("Moved down", c.movedDown(), from, to);
            onlyIn(c.onlyInFromYear(), from);
            onlyIn(c.onlyInToYear(), to);
            out().println();
            out().println("By " + by.indonesianName());
            TextTable regions = new TextTable(List.of("KODE", "NAMA", "BOTH YEARS", "UP", "DOWN", "UNCHANGED",
                    "ONLY " + from, "ONLY " + to, "MEAN IDM CHANGE"), false, false, true, true, true, true, true, true,
                    true);
            for (Map.Entry<String, YearComparison> e : c.byRegion(by).entrySet()) {
                regions.add(regionCells(e.getKey(), reader.regionName(by, e.getKey()), e.getValue()));
            }
            regions.add(regionCells("TOTAL", "", c));
            regions.print(out());
        }
    }

    private static List<String> regionCells(String code, String name, YearComparison c) {
        TransitionMatrix m = c.matrix();
        return List.of(code, name, Integer.toString(m.total()), Integer.toString(m.up()), Integer.toString(m.down()),
                Integer.toString(m.unchanged()), Integer.toString(c.onlyInFromYear().size()),
                Integer.toString(c.onlyInToYear().size()), meanChange(c));
    }

    private void movements(String title, List<Movement> movements, int from, int to) {
        out().println();
        if (movements.isEmpty()) {
            out().println(title + ": none");
            return;
        }
        out().println(title + " (" + movements.size() + ")");
        TextTable table = new TextTable(List.of("KODE_DESA", "DESA", "STATUS " + from, "STATUS " + to, "IDM " + from,
                "IDM " + to, "CHANGE"), false, false, false, false, true, true, true);
        for (Movement mv : movements) {
            table.add(List.of(mv.villageCode().value(), reader.villageName(mv.villageCode()),
                    mv.fromStatus().officialName(), mv.toStatus().officialName(), fourDp(mv.from().idm()),
                    fourDp(mv.to().idm()), signed(mv.idmChange())));
        }
        table.print(out());
    }

    private void onlyIn(List<VillageValue> values, int year) {
        out().println();
        if (values.isEmpty()) {
            out().println("Only in " + year + ": none");
            return;
        }
        out().println("Only in " + year + " (" + values.size() + ")");
        TextTable table = new TextTable(List.of("KODE_DESA", "DESA", "STATUS", "IDM"), false, false, false, true);
        for (VillageValue v : values) {
            table.add(List.of(v.villageCode().value(), reader.villageName(v.villageCode()),
                    v.status().officialName(), fourDp(v.idm())));
        }
        table.print(out());
    }

    private void csv(List<YearComparison> comparisons) {
        out().println(String.join(",", CSV_COLUMNS));
        for (YearComparison c : comparisons) {
            List<List<String>> rows = new ArrayList<>();
            for (Movement mv : c.movements()) {
                rows.add(csvRow(c, mv.from(), mv.to(), signed(mv.idmChange()),
                        mv.isUp() ? "up" : mv.isDown() ? "down" : "unchanged"));
            }
            c.onlyInFromYear().forEach(v -> rows.add(csvRow(c, v, null, "", "only_from_year")));
            c.onlyInToYear().forEach(v -> rows.add(csvRow(c, null, v, "", "only_to_year")));
            rows.sort((a, b) -> a.get(2).compareTo(b.get(2)));
            rows.forEach(row -> out().println(Csv.line(row)));
        }
    }

    private List<String> csvRow(YearComparison c, VillageValue from, VillageValue to, String change, String movement) {
        VillageValue any = from != null ? from : to;
        String region = by.codeOf(any.villageCode());
        return List.of(Integer.toString(c.fromYear()), Integer.toString(c.toYear()), any.villageCode().value(),
                reader.villageName(any.villageCode()), region, reader.regionName(by, region),
                from == null ? "" : from.status().officialName(), to == null ? "" : to.status().officialName(),
                from == null ? "" : fourDp(from.idm()), to == null ? "" : fourDp(to.idm()), change, movement);
    }

    private void json(List<YearComparison> comparisons) throws IOException {
        JsonGenerator g = Json.pretty(out());
        g.writeStartArray();
        for (YearComparison c : comparisons) {
            g.writeStartObject();
            g.writeNumberField("fromYear", c.fromYear());
            g.writeNumberField("toYear", c.toYear());
            g.writeStringField("by", by.indonesianName());
            g.writeFieldName("total");
            jsonCounts(g, c);
            jsonMovements(g, "movedUp", c.movedUp());
            jsonMovements(g, "movedDown", c.movedDown());
            jsonValues(g, "onlyInFromYear", c.onlyInFromYear());
            jsonValues(g, "onlyInToYear", c.onlyInToYear());
            g.writeArrayFieldStart("regions");
            for (Map.Entry<String, YearComparison> e : c.byRegion(by).entrySet()) {
                g.writeStartObject();
                g.writeStringField("kode", e.getKey());
                String name = reader.regionName(by, e.getKey());
                g.writeStringField("nama", name.isEmpty() ? null : name);
                g.writeFieldName("counts");
                jsonCounts(g, e.getValue());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        Json.endLine(g);
        g.flush();
    }

    private static void jsonCounts(JsonGenerator g, YearComparison c) throws IOException {
        TransitionMatrix m = c.matrix();
        g.writeStartObject();
        g.writeNumberField("bothYears", m.total());
        g.writeNumberField("up", m.up());
        g.writeNumberField("down", m.down());
        g.writeNumberField("unchanged", m.unchanged());
        g.writeNumberField("onlyInFromYear", c.onlyInFromYear().size());
        g.writeNumberField("onlyInToYear", c.onlyInToYear().size());
        String mean = meanChange(c);
        if (mean.isEmpty()) {
            g.writeNullField("meanIdmChange");
        } else {
            g.writeFieldName("meanIdmChange");
            g.writeNumber(mean.startsWith("+") ? mean.substring(1) : mean);
        }
        g.writeObjectFieldStart("matrix");
        for (Status f : Status.values()) {
            g.writeObjectFieldStart(f.officialName());
            for (Status t : Status.values()) {
                g.writeNumberField(t.officialName(), m.count(f, t));
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private void jsonMovements(JsonGenerator g, String field, List<Movement> movements) throws IOException {
        g.writeArrayFieldStart(field);
        for (Movement mv : movements) {
            g.writeStartObject();
            village(g, mv.from());
            g.writeStringField("statusFrom", mv.fromStatus().officialName());
            g.writeStringField("statusTo", mv.toStatus().officialName());
            g.writeNumberField("idmFrom", mv.from().idm().doubleValue());
            g.writeNumberField("idmTo", mv.to().idm().doubleValue());
            g.writeNumberField("idmChange", mv.idmChange().doubleValue());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void jsonValues(JsonGenerator g, String field, List<VillageValue> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (VillageValue v : values) {
            g.writeStartObject();
            village(g, v);
            g.writeStringField("status", v.status().officialName());
            g.writeNumberField("idm", v.idm().doubleValue());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void village(JsonGenerator g, VillageValue v) throws IOException {
        String name = reader.villageName(v.villageCode());
        g.writeStringField("kodeDesa", v.villageCode().value());
        g.writeStringField("namaDesa", name.isEmpty() ? null : name);
    }
}
