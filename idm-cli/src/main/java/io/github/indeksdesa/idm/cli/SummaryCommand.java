// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.batch.BatchResult;
import io.github.indeksdesa.idm.batch.ScoreMatrix;
import io.github.indeksdesa.idm.html.HtmlReports;
import io.github.indeksdesa.idm.html.RegionalSummary;
import io.github.indeksdesa.idm.io.InputKind;
import io.github.indeksdesa.idm.plan.RegionLevel;
import io.github.indeksdesa.idm.report.VillageIdentity;
import io.github.indeksdesa.idm.verify.MinistryNumbers;
import io.github.indeksdesa.idm.verify.PublishedRow;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code idm summary}: villages per status by region, one block per year. */
@Command(name = "summary", sortOptions = false,
        description = {"Group villages by region (code prefix; names where the input has them) and print per region "
            + "the count per status, total, mean IDM (4 dp) and share of MAJU + MANDIRI (%%), with a total row; "
            + "one block per year.",
            "Bulk tables are summarised as published (status and IDM columns); reports and scores tables by the "
                + "recomputation from their 50 scores."})
final class SummaryCommand extends BaseCommand {

    /** The region levels. */
    enum Level {
        provinsi(2, RegionLevel.PROVINCE), kabupaten(4, RegionLevel.REGENCY), kecamatan(6, RegionLevel.DISTRICT);

        final int digits;
        final RegionLevel region;

        Level(int digits, RegionLevel region) {
            this.digits = digits;
            this.region = region;
        }
    }

    /** The output formats. */
    enum Format { table, csv, json, html }

    @Option(names = "--by", defaultValue = "provinsi",
            description = "Region level: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Level by;

    @Option(names = {"-f", "--format"}, defaultValue = "table",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--lenient", description = "Accept any score 0..5, also off its indicator's ladder.")
    boolean lenient;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "A bulk table (.csv, .csv.gz, .xlsx), "
            + "rumusan JSON reports or a directory of them, a scores table, or - for stdin.")
    List<String> inputs;

    @Mixin
    HtmlOutput html;

    /** The dashboard of --format html, fed the same villages as the tallies. */
    private RegionalSummary dashboard;

    /** Counts of one region. */
    static final class Tally {
        String name = "";
        final long[] counts = new long[Status.values().length];
        long total;
        Fraction idmSum = Fraction.ZERO;

        void add(Status status, Fraction idm) {
            counts[status.ordinal()]++;
            total++;
            idmSum = idmSum.plus(idm);
        }

        void add(Tally other) {
            for (int i = 0; i < counts.length; i++) {
                counts[i] += other.counts[i];
            }
            total += other.total;
            idmSum = idmSum.plus(other.idmSum);
        }

        String mean() {
            return total == 0 ? "" : idmSum.dividedBy(total).toBigDecimal().toPlainString();
        }

        String share() {
            if (total == 0) {
                return "";
            }
            long high = counts[Status.MAJU.ordinal()] + counts[Status.MANDIRI.ordinal()];
            return BigDecimal.valueOf(high * 100).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP)
                    .toPlainString();
        }
    }

    private final Map<Integer, Map<String, Tally>> years = new TreeMap<>();
    /** Whether Indeks Desa inputs were summarised: the mean is then of the Skor ID (0..100). */
    private boolean indeksDesa;

    @Override
    public Integer call() throws IOException {
        html.check(spec, format == Format.html);
        if (format == Format.html) {
            dashboard = RegionalSummary.of(by.region);
            batch = false;
        }
        forEachSource(inputs, source -> {
            if (IndeksDesaVillages.isIndeksDesa(source, index, limits())) {
                indeksDesa = true;
                rows().readIndeksDesa(source, this::indeksDesa);
            } else if (source.kind() == InputKind.BULK_TABLE || source.kind() == InputKind.BULK_XLSX) {
                rows().readBulk(source, this::bulk);
            } else if (batch && source.kind() == InputKind.SCORES_TABLE) {
                new Villages(model, lenient, limits()).readBatch(source, result -> tally(source.name(), result),
                        this::error);
            } else {
                rows().readScored(source, new Villages(model, lenient, limits()), scored -> {
                    tally(scored.result().villageCode().value(), regionName(scored), scored.result().year(),
                            scored.result().status(), scored.result().idm());
                    if (dashboard != null) {
                        dashboard.add(scored.result(), regionName(scored));
                    }
                });
            }
        });
        switch (format) {
            case csv:
                csv();
                break;
            case json:
                json();
                break;
            case html:
                html.write(this, out -> HtmlReports.writeSummary(dashboard.toPage(title()), out));
                break;
            default:
                table();
        }
        return status(false);
    }

    /** Tallies an Indeks Desa village; the dashboard also counts its weak items where it has item scores. */
    private void indeksDesa(IndeksDesaVillages.Scored v) {
        String name = regionName(v.identity());
        tally(v.identity().villageCode().value(), name, v.year(), v.status(), v.skor().value());
        if (dashboard != null) {
            if (v.result().isPresent()) {
                dashboard.add(v.result().get(), name);
            } else {
                dashboard.add(v.identity().villageCode(), v.year(), name, v.status(), v.skor());
            }
        }
    }

    /** The dashboard's title, naming the editions summarised. */
    private String title() {
        Set<String> editions = new java.util.LinkedHashSet<>();
        dashboard.toPage("").sections().forEach(section -> editions.add(section.edition()));
        return "Ringkasan " + (editions.isEmpty() ? "IDM" : String.join(" dan ", editions)) + " per " + by;
    }

    private String regionName(Villages.Scored scored) {
        return regionName(scored.identity());
    }

    private String regionName(VillageIdentity identity) {
        switch (by) {
            case provinsi:
                return identity.provinceName().orElse("");
            case kabupaten:
                return identity.regencyName().orElse("");
            default:
                return identity.districtName().orElse("");
        }
    }

    /** Tallies a bulk row the shared rule accepts (code, status and IDM readable). */
    private void bulk(PublishedRow row) {
        Status status = VectorCheck.parseStatus(row.status()).orElseThrow();
        // The published IDM as the ministry displays it (4 decimals): a spreadsheet's
        // 0.61760000000000004 counts as 0.6176.
        Fraction idm = Fraction.of(MinistryNumbers.unitDecimal(row.idm()).orElseThrow()
                .setScale(Fraction.DISPLAY_SCALE, RoundingMode.HALF_UP));
        Optional<String> name = by == Level.provinsi ? row.provinceName() : by == Level.kabupaten
                ? row.regencyName() : row.districtName();
        tally(row.villageCode(), name.orElse(""), row.year(), status, idm);
        if (dashboard != null) {
            dashboard.add(VillageCode.of(row.villageCode()), row.year(), name.orElse(""), status, idm);
        }
    }

    private void tally(String code, String name, int year, Status status, Fraction idm) {
        region(year, code, name).add(status, idm);
    }

    /** Tallies a scored batch (scores tables carry no names): N summed per region, one exact mean. */
    private void tally(String source, BatchResult result) {
        ScoreMatrix matrix = result.matrix();
        int statuses = Status.values().length;
        // Per year and region: the count per status, then the sum of the grid numerators N.
        Map<Integer, Map<String, long[]>> sums = new HashMap<>();
        for (int v = 0; v < result.villageCount(); v++) {
            if (!rows().first(source, "", matrix.villageCode(v).value(), matrix.year(v))) {
                continue;
            }
            long[] sum = sums.computeIfAbsent(matrix.year(v), y -> new HashMap<>())
                    .computeIfAbsent(matrix.villageCode(v).value().substring(0, by.digits), c -> new long[statuses + 1]);
            sum[result.status(v).ordinal()]++;
            sum[statuses] += result.gridNumerator(v);
        }
        sums.forEach((year, regions) -> regions.forEach((code, sum) -> {
            Tally part = new Tally();
            for (int s = 0; s < statuses; s++) {
                part.counts[s] = sum[s];
                part.total += sum[s];
            }
            part.idmSum = Fraction.of(sum[statuses], model.gridDenominator());
            region(year, code, "").add(part);
        }));
    }

    private Tally region(int year, String code, String name) {
        Tally tally = years.computeIfAbsent(year, y -> new TreeMap<>())
                .computeIfAbsent(code.substring(0, by.digits), c -> new Tally());
        if (tally.name.isEmpty() && name != null) {
            tally.name = name;
        }
        return tally;
    }

    private static Tally total(Map<String, Tally> regions) {
        Tally total = new Tally();
        regions.values().forEach(total::add);
        return total;
    }

    private List<String> cells(String code, Tally t) {
        List<String> cells = new ArrayList<>();
        cells.add(code);
        cells.add(t.name);
        for (long count : t.counts) {
            cells.add(Long.toString(count));
        }
        cells.add(Long.toString(t.total));
        cells.add(t.mean());
        cells.add(t.share());
        return cells;
    }

    private void table() {
        boolean firstBlock = true;
        for (Map.Entry<Integer, Map<String, Tally>> year : years.entrySet()) {
            if (!firstBlock) {
                out().println();
            }
            firstBlock = false;
            int regions = year.getValue().size();
            out().println((indeksDesa ? "Indeks Desa " : "IDM ") + year.getKey() + " by " + by + " (" + regions + (regions == 1 ? " region)" : " regions)"));
            List<String> header = new ArrayList<>(List.of("KODE", "NAMA"));
            for (Status s : Status.values()) {
                header.add(s.officialName());
            }
            header.addAll(List.of("TOTAL", indeksDesa ? "MEAN SKOR ID" : "MEAN IDM", "MAJU+MANDIRI %"));
            TextTable table = new TextTable(header, false, false, true, true, true, true, true, true, true, true);
            year.getValue().forEach((code, t) -> table.add(cells(code, t)));
            table.add(cells("TOTAL", total(year.getValue())));
            table.print(out());
        }
    }

    private void csv() {
        List<String> header = new ArrayList<>(List.of("tahun", "level", "kode", "nama"));
        for (Status s : Status.values()) {
            header.add(s.name().toLowerCase(Locale.ROOT));
        }
        header.addAll(List.of("total", indeksDesa ? "mean_skor_id" : "mean_idm", "maju_mandiri_pct"));
        out().println(String.join(",", header));
        for (Map.Entry<Integer, Map<String, Tally>> year : years.entrySet()) {
            year.getValue().forEach((code, t) -> csvLine(year.getKey(), code, t));
            csvLine(year.getKey(), "TOTAL", total(year.getValue()));
        }
    }

    private void csvLine(int year, String code, Tally t) {
        List<String> cells = new ArrayList<>(List.of(Integer.toString(year), by.name()));
        cells.addAll(cells(code, t));
        out().println(Csv.line(cells));
    }

    private void json() throws IOException {
        JsonGenerator g = Json.pretty(out());
        g.writeStartArray();
        for (Map.Entry<Integer, Map<String, Tally>> year : years.entrySet()) {
            g.writeStartObject();
            g.writeNumberField("tahun", year.getKey());
            g.writeStringField("by", by.name());
            g.writeArrayFieldStart("regions");
            for (Map.Entry<String, Tally> region : year.getValue().entrySet()) {
                jsonTally(g, region.getKey(), region.getValue());
            }
            g.writeEndArray();
            g.writeFieldName("total");
            jsonTally(g, null, total(year.getValue()));
            g.writeEndObject();
        }
        g.writeEndArray();
        Json.endLine(g);
        g.flush();
    }

    private void jsonTally(JsonGenerator g, String code, Tally t) throws IOException {
        g.writeStartObject();
        if (code != null) {
            g.writeStringField("kode", code);
            g.writeStringField("nama", t.name.isEmpty() ? null : t.name);
        }
        g.writeObjectFieldStart("counts");
        for (Status s : Status.values()) {
            g.writeNumberField(s.officialName(), t.counts[s.ordinal()]);
        }
        g.writeEndObject();
        g.writeNumberField("total", t.total);
        g.writeFieldName(indeksDesa ? "meanSkorId" : "meanIdm");
        g.writeNumber(t.mean());
        g.writeFieldName("majuMandiriPercent");
        g.writeNumber(t.share());
        g.writeEndObject();
    }
}
