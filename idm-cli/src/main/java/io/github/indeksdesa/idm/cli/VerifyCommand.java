// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.io.Input;
import io.github.indeksdesa.idm.json.RumusanReader;
import io.github.indeksdesa.idm.tables.CsvRecord;
import io.github.indeksdesa.idm.verify.Check;
import io.github.indeksdesa.idm.verify.IndeksDesaVerifier;
import io.github.indeksdesa.idm.verify.PublishedReport;
import io.github.indeksdesa.idm.verify.Verifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code idm verify}: checks published data against the model and reports every inconsistency. */
@Command(name = "verify", sortOptions = false,
        description = {"Check published data against the model and report every inconsistency.",
            "Reports: each published subtotal, IDM, status, target, minimum, gap, NILAI, text and agency against "
                + "the recomputation, and scores off their indicator's ladder. Bulk tables: parts off their 1/175, "
                + "1/60, 1/15 grid, IDM not the mean of the exact parts, status not matching IDM, missing values, "
                + "malformed codes. Conformance results (idm vectors shape, IDM or Indeks Desa): every disagreement.",
            "Exit status 1 when anything is found."})
final class VerifyCommand extends BaseCommand {

    /** The output formats. */
    enum Format { text, ndjson }

    @Option(names = {"-f", "--format"}, defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "A rumusan JSON report, a directory of them, "
            + "a bulk table (.csv, .csv.gz, .xlsx), conformance results (JSON or CSV), a scores table, or - for stdin.")
    List<String> inputs;

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private JsonGenerator json;
    private String lastSource;
    private int findings;
    private final Set<String> statusChanges = new HashSet<>();
    private int checked;
    private final Set<String> flagged = new HashSet<>();

    @Override
    public Integer call() throws IOException {
        VectorCheck vectors = new VectorCheck(model);
        VectorCheck idVectors = VectorCheck.indeksDesa(IndeksDesaVillages.MODEL);
        Verifier reports = Verifier.of(model);
        RumusanReader rumusan = RumusanReader.of(model).withLimits(limits());
        if (format == Format.ndjson) {
            json = Json.lines(out());
        }
        IndeksDesaVerifier indeksDesa = IndeksDesaVerifier.of(IndeksDesaVillages.MODEL);
        Villages scoring = new Villages(model, true, limits());
        InputRows rows = rows();
        forEachSource(inputs, source -> {
            if (IndeksDesaVillages.isIndeksDesa(source, index, limits())) {
                rows.readIndeksDesaRows(source, (row, usable) -> {
                    checked++;
                    indeksDesa.verify(row).forEach(f -> found(Finding.of(f, row.location())));
                });
                return;
            }
            switch (source.kind()) {
                case RUMUSAN_JSON:
                    PublishedReport report = Villages.readReport(rumusan, source);
                    // the rule every command reads a report by: a malformed code or a score outside 0..5
                    try {
                        Villages.Scored scored = scoring.scored(source, report);
                        if (!rows.first(source.name(), "", scored.result().villageCode().value(),
                                scored.result().year())) {
                            break;
                        }
                    } catch (InputException e) {
                        error(e);
                    }
                    checked++;
                    reports.verify(report).forEach(f -> found(Finding.of(f, "")));
                    break;
                case BULK_TABLE:
                case BULK_XLSX:
                    rows.readBulk(source, (row, usable) -> {
                        checked++;
                        reports.verify(row).forEach(f -> found(Finding.of(f, row.location())));
                    });
                    break;
                case SCORES_TABLE:
                    rows.readScored(source, scoring, scored -> {
                        checked++;
                        for (Indicator indicator : model.indicators()) {
                            int score = scored.result().scores().score(indicator);
                            if (!indicator.allows(score)) {
                                found(new Finding(source.name(), scored.result().villageCode().value(),
                                        scored.result().year(), Check.SCORE_OFF_LADDER.name(), indicator.code(),
                                        Integer.toString(score), "one of " + indicator.allowedScores(), false, ""));
                            }
                        }
                    });
                    break;
                case VECTORS_JSON:
                    vectorsJson(source, vectors, idVectors);
                    break;
                default:
                    vectorsCsv(source, vectors, idVectors);
            }
        });
        if (json != null) {
            json.flush();
        } else {
            out().printf("%d finding%s in %d of %d record%s checked (%d with a changed status)%s%n", findings,
                    findings == 1 ? "" : "s", flagged.size(), checked, checked == 1 ? "" : "s", statusChanges.size(),
                    unreadable > 0 ? "; " + unreadable + " input" + (unreadable == 1 ? "" : "s")
                            + " could not be read" : "");
        }
        return status(findings > 0);
    }

    private void found(Finding f) {
        findings++;
        String record = f.source() + "|" + f.kodeDesa() + "|" + f.tahun() + (f.kodeDesa() == null ? "|"
                + f.field().substring(0, Math.max(0, f.field().indexOf('/'))) : "");
        flagged.add(record);
        if (f.statusChanged()) {
            statusChanges.add(record);
        }
        try {
            if (json != null) {
                json.writeStartObject();
                json.writeStringField("source", f.source());
                json.writeStringField("kodeDesa", f.kodeDesa());
                if (f.tahun() == null) {
                    json.writeNullField("tahun");
                } else {
                    json.writeNumberField("tahun", f.tahun());
                }
                json.writeStringField("check", f.check());
                json.writeStringField("field", f.field());
                json.writeStringField("published", f.published());
                json.writeStringField("expected", f.expected());
                json.writeBooleanField("statusChanged", f.statusChanged());
                json.writeEndObject();
                Json.endLine(json);
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!f.source().equals(lastSource)) {
            out().println(f.source());
            lastSource = f.source();
        }
        out().printf("  %s%s%s  %s  %s: published %s, expected %s%s%n", f.place().isEmpty() ? "" : f.place() + "  ",
                f.kodeDesa() == null ? "" : f.kodeDesa() + " ", f.tahun() == null ? "" : f.tahun(), f.check(),
                f.field(), shown(f.published()), shown(f.expected()),
                f.statusChanged() ? "  [status changes]" : "");
    }

    /** A value as text output shows it: an absent one as (missing), an empty one (the ministry's null) as (none). */
    private static String shown(String value) {
        return value == null ? "(missing)" : value.isEmpty() ? "(none)" : value;
    }

    private void vectorsJson(Input source, VectorCheck idm, VectorCheck id) throws IOException {
        JsonNode root;
        try (InputStream in = source.open(limits())) {
            root = MAPPER.readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InputException(source.name(), e.getLocation() == null ? "" : "line "
                    + e.getLocation().getLineNr(), "not valid JSON: " + e.getOriginalMessage(), e);
        }
        VectorCheck verifier = root.has(IndeksDesaVectors.KIT_KEY) ? id : idm;
        List<String> fields = verifier.resultFields();
        int width = verifier.kit().scoreCodes().size();
        JsonNode vectors = root.path("vectors");
        if (!vectors.isArray()) {
            throw new InputException(source.name(), "vectors", "expected an array of vectors");
        }
        boolean anyResult = false;
        for (JsonNode v : vectors) {
            anyResult |= fields.stream().anyMatch(v::has);
        }
        if (!anyResult && !vectors.isEmpty()) {
            throw new InputException(source.name(), "vectors", "expected the results of each vector ("
                    + String.join(", ", fields) + "), found none");
        }
        for (int k = 0; k < vectors.size(); k++) {
            JsonNode v = vectors.get(k);
            String path = "vectors[" + k + "]";
            JsonNode scores = v.path("scores");
            if (!v.path("id").isTextual() || !scores.isArray() || scores.size() != width) {
                error(new InputException(source.name(), path, "expected an id and " + width + " scores"));
                continue;
            }
            int[] s = new int[scores.size()];
            boolean ok = true;
            for (int i = 0; i < s.length; i++) {
                JsonNode score = scores.get(i);
                if (!score.canConvertToInt() || !score.isIntegralNumber() || !verifier.kit().readable(score.asInt())) {
                    error(new InputException(source.name(), path + ".scores[" + i + "]",
                            "expected " + verifier.kit().readableText() + ", found " + score));
                    ok = false;
                    break;
                }
                s[i] = score.asInt();
            }
            if (!ok) {
                continue;
            }
            Map<String, String> results = new HashMap<>();
            for (String field : fields) {
                JsonNode value = v.get(field);
                if (value != null && !value.isNull()) {
                    results.put(field, value.asText());
                }
            }
            checked++;
            verifier.vector(source.name(), v.get("id").asText(), s, results, this::found);
        }
    }

    private void vectorsCsv(Input source, VectorCheck idm, VectorCheck id) throws IOException {
        try (Reader reader = source.reader(limits())) {
            Iterator<CsvRecord> records = CsvRecord.read(reader);
            CsvRecord head = null;
            while (records.hasNext() && (head == null || head.isBlank())) {
                head = records.next();
            }
            if (head == null || head.isBlank()) {
                throw new InputException(source.name(), "line 1", "expected the header id,category,IKS01,…; "
                        + "the input is empty");
            }
            if (head.problem().isPresent()) {
                throw new InputException(source.name(), head.location(), head.problem().get());
            }
            List<String> header = head.cells();
            Map<String, Integer> columns = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                columns.put(header.get(i).strip(), i);
            }
            VectorCheck verifier = columns.containsKey(id.kit().scoreCodes().get(0)) ? id : idm;
            List<String> codes = verifier.kit().scoreCodes();
            int[] positions = new int[codes.size()];
            for (int i = 0; i < positions.length; i++) {
                Integer c = columns.get(codes.get(i));
                if (c == null) {
                    throw new InputException(source.name(), head.location(), "expected a column " + codes.get(i));
                }
                positions[i] = c;
            }
            List<String> missing = verifier.resultFields().stream().filter(f -> !columns.containsKey(f)).toList();
            if (!missing.isEmpty()) {
                throw new InputException(source.name(), head.location(), "expected the result column"
                        + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + " after the scores");
            }
            while (records.hasNext()) {
                CsvRecord record = records.next();
                if (record.isBlank() && record.problem().isEmpty()) {
                    continue;
                }
                String line = record.location();
                try {
                    if (record.problem().isPresent()) {
                        throw new InputException(source.name(), line, record.problem().get());
                    }
                    List<String> cells = record.cells();
                    int[] s = new int[positions.length];
                    for (int i = 0; i < s.length; i++) {
                        s[i] = score(source.name(), line + ", " + codes.get(i),
                                positions[i] < cells.size() ? cells.get(positions[i]).strip() : "", verifier.kit());
                    }
                    Map<String, String> results = new HashMap<>();
                    for (String field : verifier.resultFields()) {
                        Integer c = columns.get(field);
                        if (c < cells.size() && !cells.get(c).isBlank()) {
                            results.put(field, cells.get(c));
                        }
                    }
                    checked++;
                    String vectorId = cells.get(columns.getOrDefault("id", 0));
                    verifier.vector(source.name(), vectorId.isEmpty() ? line : vectorId, s, results, this::found);
                } catch (InputException e) {
                    error(e);
                }
            }
        }
    }

    private static int score(String source, String place, String text, VectorCheck.Kit kit) {
        try {
            int value = Integer.parseInt(text);
            if (kit.readable(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException(source, place, "expected " + kit.readableText() + ", found \"" + text + "\"");
    }
}
