// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.indeksdesa.idm.IdmValue;
import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.VillageResult;
import io.github.indeksdesa.idm.batch.BatchResult;
import io.github.indeksdesa.idm.batch.ScoreMatrix;
import io.github.indeksdesa.idm.id.Dimension;
import io.github.indeksdesa.idm.io.InputKind;
import io.github.indeksdesa.idm.json.RumusanWriter;
import io.github.indeksdesa.idm.report.MinistryReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code idm score}: recomputes IKS, IKE, IKL, IDM and status from the 50 indicator scores. */
@Command(name = "score", sortOptions = false,
        description = {"Recompute IKS, IKE, IKL, IDM, status, target, minimum and gap from the 50 indicator scores;",
            "for Indeks Desa (a score export or a dimension table) the dimension sums, points, Skor ID, status, "
                + "target and points to it.",
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
            description = "A rumusan JSON report, a scores table (CSV), an Indeks Desa score export or dimension "
                + "table, a directory of them, or - for stdin.")
    List<String> inputs;

    private static final RumusanWriter WRITER = RumusanWriter.official();

    static final List<String> COLUMNS = List.of("kode_desa", "tahun", "nama_desa", "iks", "ike", "ikl", "idm",
            "status", "target_status", "minimum_score", "gap");

    /** The batch path's figures per distinct (IKS, IKE, IKL) sum triple, made on first use. */
    private BatchFigures batchFigures;

    @Override
    Set<InputKind> directoryKinds() {
        return EnumSet.of(InputKind.RUMUSAN_JSON, InputKind.SCORES_TABLE, InputKind.ID_SCORE_EXPORT,
                InputKind.ID_SCORE_EXPORT_XLSX, InputKind.ID_DIMENSION_TABLE);
    }

    @Override
    public Integer call() throws IOException {
        Villages villages = new Villages(model, lenient, limits());
        List<List<String>> all = new ArrayList<>();
        JsonGenerator g = format == Format.ndjson || format == Format.rumusan ? Json.lines(out())
                : format == Format.json ? Json.pretty(out()) : null;
        if (format == Format.json) {
            g.writeStartArray();
        }
        boolean[] csvHeader = new boolean[2];
        // Every format but rumusan prints only what the index sums decide, so it can take the batch path.
        boolean indexLevel = format != Format.rumusan;
        Consumer<Villages.Scored> each = scored -> {
            try {
                emit(scored, g, all);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        List<List<String>> allId = new ArrayList<>();
        forEachSource(inputs, source -> {
            if (IndeksDesaVillages.isIndeksDesa(source, index, limits())) {
                if (format == Format.rumusan) {
                    throw new InputException(source.name(), "", "--format rumusan writes IDM reports; an Indeks Desa "
                            + "input takes table, csv, json or ndjson");
                }
                if (format == Format.csv && !csvHeader[1]) {
                    csvHeader[1] = true;
                    out().println(String.join(",", ID_COLUMNS));
                }
                rows().readIndeksDesa(source, v -> {
                    try {
                        emitId(v, g, allId);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                return;
            }
            if (format == Format.csv && !csvHeader[0]) {
                csvHeader[0] = true;
                out().println("source," + String.join(",", COLUMNS));
            }
            if (batch && indexLevel && source.kind() == InputKind.SCORES_TABLE) {
                villages.readBatch(source, result -> {
                    try {
                        emit(source.name(), result, g, all);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, this::error);
            } else {
                rows().readScored(source, villages, each);
            }
        });
        if (format == Format.json) {
            g.writeEndArray();
            Json.endLine(g);
        }
        if (g != null) {
            g.flush();
        }
        if (format == Format.table) {
            table(all);
            if (!allId.isEmpty()) {
                TextTable table = new TextTable(List.of("KODE_DESA", "TAHUN", "DESA", "LD", "SO", "EK", "LI", "AK",
                        "TK", "POINTS", "SKOR ID", "STATUS", "TARGET", "TO TARGET"), false, true, false, true, true,
                        true, true, true, true, true, true, false, false, true);
                allId.forEach(table::add);
                table.print(out());
            }
        }
        return status(false);
    }

    /** The columns of {@code --format csv} for Indeks Desa. */
    static final List<String> ID_COLUMNS = List.of("source", "kode_desa", "tahun", "nama_desa", "LD", "SO", "EK",
            "LI", "AK", "TK", "points", "skor_id", "status", "target_status", "points_to_target");

    /** Emits one Indeks Desa village in the chosen format. */
    private void emitId(IndeksDesaVillages.Scored v, JsonGenerator g, List<List<String>> all) throws IOException {
        List<String> cells = new ArrayList<>(List.of(v.identity().villageCode().value(), Integer.toString(v.year()),
                v.identity().villageName().orElse("")));
        for (Dimension d : Dimension.values()) {
            cells.add(v.dimensions().get(d).toString());
        }
        cells.addAll(List.of(Integer.toString(v.points()), v.skor().toPublishedString(), v.status().officialName(),
                v.target().officialName(), Integer.toString(v.pointsToTarget())));
        switch (format) {
            case table:
                all.add(cells);
                break;
            case csv:
                List<String> line = new ArrayList<>();
                line.add(v.source());
                line.addAll(cells);
                out().println(Csv.line(line));
                break;
            default:
                g.writeStartObject();
                g.writeStringField("source", v.source());
                g.writeStringField("kodeDesa", v.identity().villageCode().value());
                g.writeNumberField("tahun", v.year());
                if (format == Format.json) {
                    g.writeStringField("namaDesa", v.identity().villageName().orElse(null));
                }
                g.writeNumberField("points", v.points());
                g.writeStringField("skor", v.skor().toPublishedString());
                g.writeStringField("status", v.status().officialName());
                g.writeStringField("targetStatus", v.target().officialName());
                g.writeNumberField("pointsToTarget", v.pointsToTarget());
                g.writeObjectFieldStart("dimensions");
                for (Dimension d : Dimension.values()) {
                    g.writeNumberField(d.code(), v.dimensions().get(d));
                }
                g.writeEndObject();
                g.writeEndObject();
                if (format == Format.ndjson) {
                    Json.endLine(g);
                }
        }
    }

    private void emit(Villages.Scored scored, JsonGenerator g, List<List<String>> all) throws IOException {
        VillageResult r = scored.result();
        switch (format) {
            case table:
                all.add(cells(scored, 4));
                break;
            case csv:
                List<String> cells = new ArrayList<>();
                cells.add(scored.source());
                cells.addAll(cells(scored, 8));
                out().println(Csv.line(cells));
                break;
            case ndjson:
                g.writeStartObject();
                ndjsonFields(g, scored.source(), r.villageCode().value(), r.year(), r.value());
                g.writeEndObject();
                Json.endLine(g);
                break;
            case json:
                jsonObject(g, scored.source(), r.villageCode().value(), r.year(),
                        scored.identity().villageName().orElse(null), r.value());
                break;
            default:
                g.flush();
                WRITER.write(MinistryReport.of(r, scored.identity()), out());
                out().println();
        }
    }

    /**
     * Emits the villages of a scored batch in an index-level format (table, csv, ndjson, json). The
     * figures depend only on the three index sums, and a batch holds few distinct sum triples, so
     * each triple's value and cells are made once, by the same code as the per-village path.
     */
    private void emit(String source, BatchResult result, JsonGenerator g, List<List<String>> all) throws IOException {
        ScoreMatrix matrix = result.matrix();
        byte[] scores = matrix.toArray();
        int width = matrix.indicatorCount();
        int[] index = new int[width];
        for (int p = 0; p < width; p++) {
            index[p] = model.indicators().get(p).index().ordinal();
        }
        if (batchFigures == null) {
            batchFigures = new BatchFigures();
        }
        int[] sums = new int[Index.values().length];
        for (int v = 0, at = 0; v < result.villageCount(); v++) {
            Arrays.fill(sums, 0);
            for (int p = 0; p < width; p++, at++) {
                sums[index[p]] += scores[at];
            }
            String code = matrix.villageCode(v).value();
            if (!rows().first(source, "", code, matrix.year(v))) {
                continue;
            }
            int key = batchFigures.key(sums);
            String year = Integer.toString(matrix.year(v));
            switch (format) {
                case table:
                    List<String> row = new ArrayList<>(List.of(code, year, ""));
                    row.addAll(batchFigures.tableCells(key, sums));
                    all.add(row);
                    break;
                case csv:
                    out().println(Csv.line(List.of(source, code, year, "")) + "," + batchFigures.csv(key, sums));
                    break;
                case json:
                    jsonObject(g, source, code, matrix.year(v), null, batchFigures.value(key, sums));
                    break;
                default:
                    g.writeStartObject();
                    ndjsonFields(g, source, code, matrix.year(v), batchFigures.value(key, sums));
                    g.writeEndObject();
                    Json.endLine(g);
            }
        }
    }

    /** Values and cells per sum triple, each made once by the per-village path's code. */
    private final class BatchFigures {
        private final int[] radix = new int[Index.values().length];
        private final IdmValue[] values;
        private final String[][] cells;
        private final String[] csv;

        BatchFigures() {
            int size = 1;
            for (Index i : Index.values()) {
                radix[i.ordinal()] = model.maxSum(i) + 1;
                size *= radix[i.ordinal()];
            }
            values = new IdmValue[size];
            cells = new String[size][];
            csv = new String[size];
        }

        int key(int[] sums) {
            int key = 0;
            for (int i = 0; i < sums.length; i++) {
                key = key * radix[i] + sums[i];
            }
            return key;
        }

        IdmValue value(int key, int[] sums) {
            IdmValue value = values[key];
            if (value == null) {
                value = IdmValue.ofSums(model, sums[0], sums[1], sums[2]);
                values[key] = value;
            }
            return value;
        }

        /** The eight index-level cells of the table (gap to 4 dp). */
        List<String> tableCells(int key, int[] sums) {
            if (cells[key] == null) {
                cells[key] = figures(value(key, sums), 4).toArray(new String[0]);
            }
            return Arrays.asList(cells[key]);
        }

        String csv(int key, int[] sums) {
            if (csv[key] == null) {
                csv[key] = Csv.line(figures(value(key, sums), 8));
            }
            return csv[key];
        }
    }

    /** One object of {@code --format json}: the ndjson keys, the name, exact fractions and index sums. */
    private static void jsonObject(JsonGenerator g, String source, String villageCode, int year, String name,
            IdmValue r) throws IOException {
        g.writeStartObject();
        ndjsonFields(g, source, villageCode, year, r);
        g.writeStringField("namaDesa", name);
        g.writeObjectFieldStart("exact");
        for (Index index : Index.values()) {
            g.writeStringField(index.name().toLowerCase(), r.index(index).toString());
        }
        g.writeStringField("idm", r.idm().toString());
        g.writeStringField("gap", r.gap().toString());
        g.writeEndObject();
        g.writeObjectFieldStart("sums");
        for (Index index : Index.values()) {
            g.writeNumberField(index.name().toLowerCase(), r.sum(index));
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** The keys of {@code --format ndjson}, also the start of each {@code json} object. */
    static void ndjsonFields(JsonGenerator g, String source, String villageCode, int year, IdmValue r)
            throws IOException {
        g.writeStringField("source", source);
        g.writeStringField("kodeDesa", villageCode);
        g.writeNumberField("tahun", year);
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
        List<String> cells = new ArrayList<>(List.of(r.villageCode().value(), Integer.toString(r.year()),
                scored.identity().villageName().orElse("")));
        cells.addAll(figures(r.value(), gapScale));
        return cells;
    }

    /** The index-level cells: iks, ike, ikl, idm (4 dp), status, target, minimum, gap (given decimals). */
    private static List<String> figures(IdmValue r, int gapScale) {
        return List.of(r.iks().toBigDecimal().toPlainString(),
                r.ike().toBigDecimal().toPlainString(), r.ikl().toBigDecimal().toPlainString(),
                r.idm().toBigDecimal().toPlainString(), r.status().officialName(), r.targetStatus().officialName(),
                r.minimumScore().toPlainString(), r.gap().toBigDecimal(gapScale, RoundingMode.HALF_UP).toPlainString());
    }

    private void table(List<List<String>> all) {
        TextTable table = new TextTable(List.of("KODE_DESA", "TAHUN", "DESA", "IKS", "IKE", "IKL", "IDM", "STATUS",
                "TARGET", "MINIMUM", "GAP"), false, true, false, true, true, true, true, false, false, true, true);
        all.forEach(table::add);
        if (!all.isEmpty()) {
            table.print(out());
        }
    }
}
