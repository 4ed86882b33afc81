package io.github.indeksdesa.idm.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.VillageResult;
import io.github.indeksdesa.idm.json.RumusanWriter;
import io.github.indeksdesa.idm.report.MinistryReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code idm score}: recomputes IKS, IKE, IKL, IDM and status from the 50 indicator scores. */
@Command(name = "score", sortOptions = false,
        description = {"Recompute IKS, IKE, IKL, IDM, status, target, minimum and gap from the 50 indicator scores.",
            "Published figures in the input are ignored: use verify to compare them."})
final class ScoreCommand extends BaseCommand {

    /** The output formats. */
    enum Format { table, json, ndjson, csv, rumusan }

    @Option(names = {"-f", "--format"}, defaultValue = "table",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--lenient", description = "Accept any score 0..5, also off its indicator's ladder.")
    boolean lenient;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "A rumusan JSON report, a directory of them, a scores table (CSV), or - for stdin.")
    List<String> inputs;

    private static final RumusanWriter WRITER = RumusanWriter.create();

    static final List<String> COLUMNS = List.of("kode_desa", "tahun", "nama_desa", "iks", "ike", "ikl", "idm",
            "status", "target_status", "minimum_score", "gap");

    @Override
    public Integer call() throws IOException {
        Villages villages = new Villages(model, lenient);
        List<Villages.Scored> all = new ArrayList<>();
        JsonGenerator g = format == Format.ndjson || format == Format.rumusan ? Json.lines(out())
                : format == Format.json ? Json.pretty(out()) : null;
        if (format == Format.json) {
            g.writeStartArray();
        }
        if (format == Format.csv) {
            out().println("source," + String.join(",", COLUMNS));
        }
        forEachSource(inputs, source -> villages.read(source, scored -> {
            try {
                emit(scored, g, all);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, this::error));
        if (format == Format.json) {
            g.writeEndArray();
            Json.endLine(g);
        }
        if (g != null) {
            g.flush();
        }
        if (format == Format.table) {
            table(all);
        }
        return status(false);
    }

    private void emit(Villages.Scored scored, JsonGenerator g, List<Villages.Scored> all) throws IOException {
        VillageResult r = scored.result();
        switch (format) {
            case table:
                all.add(scored);
                break;
            case csv:
                List<String> cells = new ArrayList<>();
                cells.add(scored.source());
                cells.addAll(cells(scored, 8));
                out().println(Csv.line(cells));
                break;
            case ndjson:
                g.writeStartObject();
                ndjsonFields(g, scored);
                g.writeEndObject();
                Json.endLine(g);
                break;
            case json:
                g.writeStartObject();
                ndjsonFields(g, scored);
                g.writeStringField("namaDesa", scored.identity().villageName().orElse(null));
                g.writeObjectFieldStart("exact");
                for (Index index : Index.values()) {
                    g.writeStringField(index.name().toLowerCase(), r.index(index).toString());
                }
                g.writeStringField("idm", r.idm().toString());
                g.writeStringField("gap", r.gap().toString());
                g.writeEndObject();
                g.writeObjectFieldStart("sums");
                for (Index index : Index.values()) {
                    g.writeNumberField(index.name().toLowerCase(), r.scores().sum(index));
                }
                g.writeEndObject();
                g.writeEndObject();
                break;
            default:
                g.flush();
                WRITER.write(MinistryReport.of(r, scored.identity()), out());
                out().println();
        }
    }

    /** The keys of {@code --format ndjson}, also the start of each {@code json} object. */
    static void ndjsonFields(JsonGenerator g, Villages.Scored scored) throws IOException {
        VillageResult r = scored.result();
        g.writeStringField("source", scored.source());
        g.writeStringField("kodeDesa", r.villageCode().value());
        g.writeNumberField("tahun", r.year());
        g.writeNumberField("iks", r.iks().doubleValue());
        g.writeNumberField("ike", r.ike().doubleValue());
        g.writeNumberField("ikl", r.ikl().doubleValue());
        g.writeNumberField("idm", r.idm().doubleValue());
        g.writeStringField("status", r.status().officialName());
        g.writeStringField("targetStatus", r.targetStatus().officialName());
        g.writeStringField("minimumScore", r.minimumScore().toPlainString());
        g.writeNumberField("gap", r.gap().doubleValue());
    }

    /** The cells of one village, gap with the given decimals. */
    static List<String> cells(Villages.Scored scored, int gapScale) {
        VillageResult r = scored.result();
        return List.of(r.villageCode().value(), Integer.toString(r.year()),
                scored.identity().villageName().orElse(""), r.iks().toBigDecimal().toPlainString(),
                r.ike().toBigDecimal().toPlainString(), r.ikl().toBigDecimal().toPlainString(),
                r.idm().toBigDecimal().toPlainString(), r.status().officialName(), r.targetStatus().officialName(),
                r.minimumScore().toPlainString(), r.gap().toBigDecimal(gapScale, RoundingMode.HALF_UP).toPlainString());
    }

    private void table(List<Villages.Scored> all) {
        TextTable table = new TextTable(List.of("KODE_DESA", "TAHUN", "DESA", "IKS", "IKE", "IKL", "IDM", "STATUS",
                "TARGET", "MINIMUM", "GAP"), false, true, false, true, true, true, true, false, false, true, true);
        for (Villages.Scored scored : all) {
            table.add(cells(scored, 4));
        }
        if (!all.isEmpty()) {
            table.print(out());
        }
    }
}
