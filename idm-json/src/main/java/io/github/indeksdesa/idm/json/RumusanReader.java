// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.indeksdesa.idm.AgencyLevel;
import io.github.indeksdesa.idm.Agencies;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.VillageScores;
import io.github.indeksdesa.idm.io.Input;
import io.github.indeksdesa.idm.io.InputException;
import io.github.indeksdesa.idm.io.ReadLimits;
import io.github.indeksdesa.idm.report.MinistryReport;
import io.github.indeksdesa.idm.report.RowKind;
import io.github.indeksdesa.idm.verify.PublishedReport;
import io.github.indeksdesa.idm.verify.PublishedReportRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the ministry API's {@code rumusan} JSON (spec §6) into a {@link PublishedReport} that keeps
 * every published value, for verification or faithful rewriting.
 *
 * <p>Accepts the ministry's quirks: a subtotal SKOR that is an integer or a double, KETERANGAN and
 * KEGIATAN {@code false}, {@code null} agency columns, NILAI as a string, the status row in title
 * case, the trailing space in "Skor Bidan ". Strict about structure: 55 rows (for the official
 * model) in the known layout, exactly the ministry's keys in every object, NO, ROW_CELL and
 * indicator labels as the model has them, every value of the expected JSON type. A violation throws {@link IdmJsonException} naming the source, the
 * JSON path ({@code mapData.ROW[36].SKOR}) and what was expected; the error envelope throws
 * {@link MinistryErrorException} with the ministry's message. Published values that are merely
 * inconsistent (a wrong subtotal, a score off its ladder or outside 0..5) are kept, for the
 * {@link io.github.indeksdesa.idm.verify.Verifier} to report.
 *
 * <p>A report is read in one pass of Jackson's streaming parser, without a tree, every rule checked
 * as it goes; only an input that breaks a rule is parsed again as a tree, to name the first
 * violation. A stream is read into memory first (one report at a time), never past
 * {@link ReadLimits#maxReportBytes()}: a longer input, a 2 GB file or an endless standard input, is
 * an {@link IdmJsonException} naming the limit, after reading one byte more than it allows.
 *
 * <p>Example:
 * <pre>{@code
 * PublishedReport report = RumusanReader.official().read(file);
 * VillageResult result = report.villageScores(IdmModel.official()).evaluate();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RumusanReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final List<String> SUMMARY_KEYS = List.of("SKOR_SAAT_INI", "STATUS", "TARGET_STATUS",
            "SKOR_MINIMAL", "PENAMBAHAN", "TAHUN");
    private static final List<String> ROW_KEYS = List.of("NO", "INDIKATOR", "SKOR", "KETERANGAN", "KEGIATAN", "NILAI",
            "PUSAT", "PROV", "KAB", "DESA", "CSR", "LAINNYA", "ROW_CELL");
    private static final List<String> IDENTITY_KEYS = List.of("nama_provinsi", "id_prov", "id_kabupaten",
            "nama_kab_kota", "id_kecamatan", "nama_kecamatan", "id_desa", "nama_desa");

    private final IdmModel model;
    private final RumusanStream stream;
    private final ReadLimits limits;

    private RumusanReader(IdmModel model, ReadLimits limits) {
        this.model = model;
        this.stream = new RumusanStream(model);
        this.limits = limits;
    }

    /**
     * Returns a reader for the official model.
     *
     * @return the reader, not null
     */
    public static RumusanReader official() {
        return of(IdmModel.official());
    }

    /**
     * Returns a reader whose layout and labels come from a model.
     *
     * @param model the model, not null
     * @return the reader, not null
     */
    public static RumusanReader of(IdmModel model) {
        return new RumusanReader(Objects.requireNonNull(model, "model"), ReadLimits.defaults());
    }

    /**
     * Returns a reader like this one that works under other limits (of which it uses
     * {@link ReadLimits#maxReportBytes()}).
     *
     * @param limits the limits, not null
     * @return the reader, not null
     */
    public RumusanReader withLimits(ReadLimits limits) {
        return new RumusanReader(model, Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Returns the limits this reader works under.
     *
     * @return the limits, not null
     */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads a report file; the source name is the file's path.
     *
     * @param file the file, not null
     * @return the published report, not null
     * @throws IdmJsonException if the file is not a report, naming the path and what was expected
     * @throws MinistryErrorException if the file is the ministry's error envelope
     * @throws InputException if the file does not exist ({@code "no such file"})
     * @throws UncheckedIOException if the file cannot be read
     */
    public PublishedReport read(Path file) {
        return read(Input.of(Objects.requireNonNull(file, "file")));
    }

    /**
     * Reads a report from an input: a file, or standard input or another stream (gzip or not); the
     * source name is the input's name.
     *
     * <pre>{@code
     * PublishedReport report = RumusanReader.official().read(Input.stdin());
     * }</pre>
     *
     * @param input the input, not null
     * @return the published report, not null
     * @throws IdmJsonException if the input is not a report, naming it and what was expected
     * @throws MinistryErrorException if the input is the ministry's error envelope
     * @throws InputException if the input is a file that does not exist ({@code "no such file"})
     * @throws UncheckedIOException if the input cannot be read
     */
    public PublishedReport read(Input input) {
        Objects.requireNonNull(input, "input");
        try (InputStream in = input.open()) {
            return read(in, input.name());
        } catch (IOException e) {
            throw new UncheckedIOException(input.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a report from a stream (UTF-8 JSON), which is not closed.
     *
     * @param in the stream, not null
     * @param sourceName the name used in the report and in errors, not null
     * @return the published report, not null
     * @throws IdmJsonException if the input is not a report, naming the path and what was expected,
     *     or is longer than {@link ReadLimits#maxReportBytes()}
     * @throws MinistryErrorException if the input is the ministry's error envelope
     * @throws UncheckedIOException if the stream cannot be read
     */
    public PublishedReport read(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        byte[] json;
        try {
            json = readBounded(in, sourceName);
        } catch (IOException e) {
            throw new UncheckedIOException(sourceName + ": " + e.getMessage(), e);
        }
        PublishedReport report = stream.read(() -> RumusanStream.FACTORY.createParser(json), sourceName);
        return report != null ? report : read(parse(() -> MAPPER.readTree(json), sourceName), sourceName);
    }

    /**
     * Reads a report from a JSON text.
     *
     * @param json the JSON, not null
     * @param sourceName the name used in the report and in errors, not null
     * @return the published report, not null
     * @throws IdmJsonException if the text is not a report, naming the path and what was expected,
     *     or is longer than {@link ReadLimits#maxReportBytes()} characters
     * @throws MinistryErrorException if the text is the ministry's error envelope
     */
    public PublishedReport read(String json, String sourceName) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(sourceName, "sourceName");
        if (json.length() > limits.maxReportBytes()) {
            throw tooLarge(sourceName);
        }
        PublishedReport report = readStreaming(json, sourceName);
        return report != null ? report : readTree(json, sourceName);
    }

    /**
     * Reads only what scoring needs from a {@code rumusan} report held as text: the indicator rows'
     * SKOR, SUMMARIES.TAHUN and IDENTITAS.id_desa, every other value skipped unread (texts are not
     * decoded, labels and ladder texts not compared). Faster than {@link #read(String, String)}
     * followed by {@link PublishedReport#villageScores}, and equal to it on every report that
     * {@code read} accepts; it checks less: a report whose texts break a rule of {@code read} is
     * still scored here. An input that is not a report where this path looks is read in full, and
     * the error is the one {@code read} gives.
     *
     * <p>Example: {@code RumusanReader.official().readScores(json, "6401022004_2024.json").evaluate()}
     *
     * @param json the report, not null
     * @param sourceName the name used in error messages, not null
     * @return the village's scores, code and year, not null
     * @throws IdmJsonException if the text is not a report, as {@link #read(String, String)} throws it
     * @throws MinistryErrorException if the text is the ministry's error envelope
     * @throws IllegalStateException if the published village code is malformed
     * @throws io.github.indeksdesa.idm.InvalidScoreException if a score is off its ladder
     */
    public VillageScores readScores(String json, String sourceName) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(sourceName, "sourceName");
        if (json.length() > limits.maxReportBytes()) {
            throw tooLarge(sourceName);
        }
        VillageScores scores = new RumusanScores(model).read(() -> RumusanStream.FACTORY.createParser(json));
        return scores != null ? scores : read(json, sourceName).villageScores(model);
    }

    /** Reads at most one byte more than the limit allows, so that an endless input stops there. */
    private byte[] readBounded(InputStream in, String sourceName) throws IOException {
        long limit = limits.maxReportBytes();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
        byte[] chunk = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(chunk, 0, (int) Math.min(chunk.length, limit + 1 - total))) > 0; ) {
            buffer.write(chunk, 0, n);
            total += n;
            if (total > limit) {
                throw tooLarge(sourceName);
            }
        }
        return buffer.toByteArray();
    }

    private IdmJsonException tooLarge(String sourceName) {
        return new IdmJsonException(sourceName, "", "a report is at most " + limits.maxReportBytes()
                + " bytes (ReadLimits.maxReportBytes; a ministry report is about 15 KB); this input is longer", null);
    }

    /** The tree path alone: what diagnoses the inputs the streaming pass declines. */
    PublishedReport readTree(String json, String sourceName) {
        return read(parse(() -> MAPPER.readTree(json), sourceName), sourceName);
    }

    /** The streaming pass alone: the report, or null where the input is not a valid report. */
    PublishedReport readStreaming(String json, String sourceName) {
        return stream.read(() -> RumusanStream.FACTORY.createParser(json), sourceName);
    }

    /**
     * Returns the report files below a directory: every regular {@code *.json} file, in path order.
     * Links to directories are followed; entries that cannot be read are left out silently (see
     * {@link #reportFiles(Path, Consumer)} to hear of them).
     *
     * @param directory the directory, not null
     * @return the files, not null
     * @throws UncheckedIOException if the directory itself cannot be listed
     */
    public static List<Path> reportFiles(Path directory) {
        return reportFiles(directory, skipped -> { });
    }

    /**
     * Returns the report files below a directory: every regular {@code *.json} file, in path order,
     * each file once. Links to directories are followed, a link loop is reported once where it
     * closes and not followed. A {@code *.json} entry that is a link to nothing, a FIFO, socket or
     * device, or unreadable, and a sub-directory that cannot be listed, are handed to
     * {@code skipped} (named, with the reason) and left out; the rest of the walk goes on.
     *
     * @param directory the directory, not null
     * @param skipped receives each entry left out, not null
     * @return the files, not null
     * @throws UncheckedIOException if the directory itself cannot be listed
     */
    public static List<Path> reportFiles(Path directory, Consumer<IdmJsonException> skipped) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(skipped, "skipped");
        return ReportWalk.files(directory, skipped);
    }

    /**
     * Returns the files below a directory that {@code accept} takes (by path), walked as
     * {@link #reportFiles(Path, Consumer)} walks for reports: links followed, loops reported once,
     * dangling links, special files and unreadable entries that {@code accept} takes handed to
     * {@code skipped}, each file once, in path order. For callers that take tables beside reports.
     *
     * @param directory the directory, not null
     * @param accept which files to list, by path, not null
     * @param skipped receives each entry left out, not null
     * @return the files, not null
     * @throws UncheckedIOException if the directory itself cannot be listed
     */
    public static List<Path> inputFiles(Path directory, Predicate<Path> accept, Consumer<IdmJsonException> skipped) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(accept, "accept");
        Objects.requireNonNull(skipped, "skipped");
        return ReportWalk.files(directory, accept, skipped);
    }

    /**
     * Reads every report file below a directory, one at a time (memory stays flat however many
     * there are), handing each report or each failure to a consumer; a bad file does not stop the
     * rest. Entries of the directory that are skipped (see {@link #reportFiles(Path, Consumer)}) go
     * to {@code failures} too.
     *
     * @param directory the directory, not null
     * @param reports receives each report read, not null
     * @param failures receives each file that could not be read as a report, not null
     * @return the number of files read successfully
     * @throws UncheckedIOException if the directory cannot be listed
     */
    public int readDirectory(Path directory, Consumer<PublishedReport> reports, Consumer<IdmJsonException> failures) {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(failures, "failures");
        int read = 0;
        for (Path file : reportFiles(directory, failures)) {
            PublishedReport report;
            try {
                report = read(file);
            } catch (IdmJsonException e) {
                failures.accept(e);
                continue;
            } catch (UncheckedIOException e) {
                failures.accept(new IdmJsonException(file.toString(), "", "cannot be read: "
                        + e.getCause().getMessage(), e));
                continue;
            }
            reports.accept(report);
            read++;
        }
        return read;
    }

    private PublishedReport read(JsonNode root, String source) {
        Node top = new Node(source, "", root).object();
        if (root.has("error") && root.get("error").isBoolean() && root.get("error").booleanValue()) {
            Node message = top.field("message");
            String text = message.node == null || message.node.isNull() ? "" : message.node.asText();
            JsonNode status = root.get("status");
            throw new MinistryErrorException(source, status != null && status.canConvertToInt() ? status.intValue() : 0,
                    text);
        }
        top.keys(List.of("status", "error", "mapData"));
        top.field("status").expectInteger(200);
        top.field("error").expectFalse();
        Node mapData = top.field("mapData").object().keys(List.of("SUMMARIES", "ROW", "IDENTITAS"));
        Node summaries = mapData.field("SUMMARIES").object().keys(SUMMARY_KEYS);
        Node identity = mapData.field("IDENTITAS").array(1, 1).element(0).object().keys(IDENTITY_KEYS);
        int year = summaries.field("TAHUN").integer(1, 9999);
        PublishedReport.Builder b = PublishedReport.builder(source)
                .identity(identity.field("nama_provinsi").optionalText(), identity.field("id_prov").optionalText(),
                        identity.field("id_kabupaten").optionalText(), identity.field("nama_kab_kota").optionalText(),
                        identity.field("id_kecamatan").optionalText(), identity.field("nama_kecamatan").optionalText(),
                        identity.field("id_desa").optionalText(), identity.field("nama_desa").optionalText())
                .year(year)
                .currentScore(summaries.field("SKOR_SAAT_INI").number())
                .status(summaries.field("STATUS").text())
                .targetStatus(summaries.field("TARGET_STATUS").text())
                .minimumScore(summaries.field("SKOR_MINIMAL").text())
                .gap(summaries.field("PENAMBAHAN").number());
        int expectedRows = model.indicatorCount() + 5;
        Node rows = mapData.field("ROW").array(expectedRows, expectedRows);
        int r = 0;
        for (Index index : Index.values()) {
            for (Indicator indicator : model.indicators(index)) {
                b.row(indicatorRow(rows.element(r).object().keys(ROW_KEYS), r, indicator));
                r++;
            }
            b.row(valueRow(rows.element(r).object().keys(ROW_KEYS), r, RowKind.SUBTOTAL, index.name() + " "));
            r++;
        }
        b.row(valueRow(rows.element(r).object().keys(ROW_KEYS), r, RowKind.IDM, "IDM "));
        r++;
        Node status = rows.element(r).object().keys(ROW_KEYS);
        noTexts(status, r, "STATUS IDM ");
        b.row(PublishedReportRow.status(MinistryReport.FIRST_ROW_CELL + r, status.field("INDIKATOR").text(),
                status.field("SKOR").text()));
        return b.build();
    }

    private PublishedReportRow indicatorRow(Node row, int r, Indicator indicator) {
        row.field("NO").expectInteger(indicator.number());
        row.field("ROW_CELL").expectInteger(MinistryReport.FIRST_ROW_CELL + r);
        Node label = row.field("INDIKATOR");
        if (!label.text().equals(indicator.label())) {
            throw label.error("expected the label of " + indicator.code() + " \"" + indicator.label() + "\", found \""
                    + label.text() + "\"");
        }
        int score = row.field("SKOR").integer(Integer.MIN_VALUE, Integer.MAX_VALUE);
        Map<AgencyLevel, String> agencies = new EnumMap<>(AgencyLevel.class);
        for (AgencyLevel level : AgencyLevel.values()) {
            Node agency = row.field(level.name());
            String text = agency.optionalText();
            if (text != null && text.isBlank()) {
                throw agency.error("expected agency names or null, found a blank string");
            }
            agencies.put(level, text);
        }
        return PublishedReportRow.indicator(MinistryReport.FIRST_ROW_CELL + r, indicator.number(), indicator.label(),
                score, row.field("KETERANGAN").textOrFalse(), row.field("KEGIATAN").textOrFalse(),
                row.field("NILAI").text(), Agencies.of(agencies));
    }

    private static PublishedReportRow valueRow(Node row, int r, RowKind kind, String labelPrefix) {
        String label = noTexts(row, r, labelPrefix);
        return PublishedReportRow.value(kind, MinistryReport.FIRST_ROW_CELL + r, label, row.field("SKOR").number());
    }

    /** Checks a subtotal, IDM or status row: NO, texts, NILAI and agencies null, ROW_CELL and label prefix. */
    private static String noTexts(Node row, int r, String labelPrefix) {
        row.field("NO").expectNull();
        row.field("ROW_CELL").expectInteger(MinistryReport.FIRST_ROW_CELL + r);
        for (String key : List.of("KETERANGAN", "KEGIATAN", "NILAI")) {
            row.field(key).expectNull();
        }
        for (AgencyLevel level : AgencyLevel.values()) {
            row.field(level.name()).expectNull();
        }
        Node label = row.field("INDIKATOR");
        String text = label.text();
        if (!text.startsWith(labelPrefix)) {
            throw label.error("expected \"" + labelPrefix + "{year}\", found \"" + text + "\"");
        }
        return text;
    }

    /** Reads a JSON tree, naming the source and the place of a syntax error. */
    static JsonNode parse(JsonSource parse, String sourceName) {
        JsonNode root;
        try {
            root = parse.read();
        } catch (JacksonException e) {
            throw new IdmJsonException(sourceName, location(e), "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (java.io.CharConversionException e) {
            // the bytes looked like UTF-16 or UTF-32 to the parser, and are not
            throw new IdmJsonException(sourceName, "", "not readable text (" + e.getMessage() + "); save the report "
                    + "as UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(sourceName + ": " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new IdmJsonException(sourceName, "", "expected a JSON object, found no content", null);
        }
        return root;
    }

    /** Reads a JSON tree from some input. */
    @FunctionalInterface
    interface JsonSource {
        JsonNode read() throws IOException;
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
    }

    /** A JSON node with its path, and checked conversions that name the path when they fail. */
    private static final class Node {
        private final String source;
        private final String path;
        private final JsonNode node;

        Node(String source, String path, JsonNode node) {
            this.source = source;
            this.path = path;
            this.node = node;
        }

        IdmJsonException error(String message) {
            return new IdmJsonException(source, path.isEmpty() ? "$" : path, message, null);
        }

        private String found() {
            if (node == null || node.isMissingNode()) {
                return "nothing";
            }
            if (node.isNull()) {
                return "null";
            }
            String text = node.toString();
            return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " "
                    + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
        }

        Node object() {
            if (node == null || !node.isObject()) {
                throw error("expected an object, found " + found());
            }
            return this;
        }

        /** Checks that the object has exactly these keys (in any order). */
        Node keys(List<String> expected) {
            for (java.util.Iterator<String> names = node.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!expected.contains(name)) {
                    throw field(name).error("unexpected key; expected only " + expected);
                }
            }
            for (String name : expected) {
                if (!node.has(name)) {
                    throw field(name).error("missing; expected the keys " + expected);
                }
            }
            return this;
        }

        void expectFalse() {
            if (node == null || !node.isBoolean() || node.booleanValue()) {
                throw error("expected false, found " + found());
            }
        }

        Node field(String name) {
            return new Node(source, path.isEmpty() ? name : path + "." + name, node.get(name));
        }

        Node array(int min, int max) {
            if (node == null || !node.isArray()) {
                throw error("expected an array, found " + found());
            }
            if (node.size() < min || node.size() > max) {
                throw error("expected " + (min == max ? Integer.toString(min) : min + ".." + max)
                        + (min == 1 && max == 1 ? " element" : " elements") + ", found " + node.size());
            }
            return this;
        }

        Node element(int i) {
            return new Node(source, path + "[" + i + "]", node.get(i));
        }

        String text() {
            if (node == null || !node.isTextual()) {
                throw error("expected a string, found " + found());
            }
            return node.textValue();
        }

        String optionalText() {
            return node == null || node.isNull() ? null : text();
        }

        String textOrFalse() {
            if (node != null && node.isBoolean() && !node.booleanValue()) {
                return null;
            }
            if (node == null || !node.isTextual()) {
                throw error("expected a string or false, found " + found());
            }
            return node.textValue();
        }

        double number() {
            if (node == null || !node.isNumber()) {
                throw error("expected a number, found " + found());
            }
            double value = node.doubleValue();
            if (!Double.isFinite(value)) {
                throw error("expected a finite number, found " + found());
            }
            return value;
        }

        int integer(int min, int max) {
            if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
                throw error("expected an integer, found " + found());
            }
            int value = node.intValue();
            if (value < min || value > max) {
                throw error("expected an integer " + min + ".." + max + ", found " + value);
            }
            return value;
        }

        void expectInteger(int expected) {
            if (integer(Integer.MIN_VALUE, Integer.MAX_VALUE) != expected) {
                throw error("expected " + expected + ", found " + node.intValue());
            }
        }

        void expectNull() {
            if (node == null || !node.isNull()) {
                throw error("expected null, found " + found());
            }
        }
    }
}
