// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.indeksdesa.idm.tables.BulkTableReader;
import io.github.indeksdesa.idm.json.RumusanReader;
import io.github.indeksdesa.idm.verify.PublishedReport;
import io.github.indeksdesa.idm.io.ReadLimits;
import io.github.indeksdesa.idm.verify.Verifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.GZIPInputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The readers on the real ministry data in {@code ../shared/data} (found as {@link SharedFiles}
 * says; the benchmarks fail in set-up, naming the path, without it): every {@code rumusan} report of
 * {@code data/ministry-api} (295, held in memory as text, so only parsing is measured), and the
 * 75,261-row national table {@code data/bulk/idm-2024-national.csv.gz} read from disk.
 *
 * <p>Run: {@code java -jar idm-benchmarks/target/benchmarks.jar ReaderBenchmark} from the
 * repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ReaderBenchmark {

    /** Indicator rows of a report's 55 ROW objects: all but the subtotals, IDM and status rows. */
    private static final int[] INDICATOR_ROWS = indicatorRows();

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonFactory factory = new JsonFactory();
    private final RumusanReader reader = RumusanReader.official();
    private final Verifier verifier = Verifier.official();
    private String[] reports;
    private String[] names;
    private Path bulkTable;
    private final CsvFactory csvFactory = new CsvFactory();
    /** idm-tables' CSV parser (package-private): its constructor, {@code next()} and a row's cells. */
    private Constructor<?> csvRecords;
    private Method nextRow;
    private Field rowCells;

    private static int[] indicatorRows() {
        int[] rows = new int[50];
        int i = 0;
        for (int row = 0; row < 55; row++) {
            if (row != 35 && row != 48 && row < 52) {
                rows[i++] = row;
            }
        }
        return rows;
    }

    /**
     * Loads the reports into memory and finds the table; not measured.
     *
     * @throws IOException if a file cannot be read
     */
    @Setup
    public void setUp() throws IOException {
        List<Path> files = RumusanReader.reportFiles(SharedFiles.require("data/ministry-api"));
        reports = new String[files.size()];
        names = new String[files.size()];
        for (int i = 0; i < reports.length; i++) {
            reports[i] = Files.readString(files.get(i), StandardCharsets.UTF_8);
            names[i] = files.get(i).getFileName().toString();
        }
        bulkTable = SharedFiles.require("data/bulk/idm-2024-national.csv.gz");
        try {
            Class<?> records = Class.forName("io.github.indeksdesa.idm.tables.CsvRecords");
            csvRecords = records.getDeclaredConstructor(Reader.class, String.class, ReadLimits.class);
            csvRecords.setAccessible(true);
            nextRow = records.getDeclaredMethod("next");
            nextRow.setAccessible(true);
            rowCells = Class.forName("io.github.indeksdesa.idm.tables.TableRows$Row").getDeclaredField("cells");
            rowCells.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("idm-tables' CsvRecords is not where this benchmark expects it", e);
        }
    }

    /** The national table's text, decompressed as every CSV benchmark reads it. */
    private InputStream gunzipped() throws IOException {
        return new GZIPInputStream(Files.newInputStream(bulkTable), 1 << 16);
    }

    private Reader text() throws IOException {
        return new InputStreamReader(gunzipped(), StandardCharsets.UTF_8);
    }

    /**
     * Our reader: every report into a {@code PublishedReport} (structure checked, every field kept),
     * then its 50 scores. Per op: all 295 reports.
     *
     * <p>Run: {@code java -jar idm-benchmarks/target/benchmarks.jar 'ReaderBenchmark.rumusanRead'}
     *
     * @return the sum of all scores
     */
    @Benchmark
    public long rumusanRead() {
        long sum = 0;
        for (int i = 0; i < reports.length; i++) {
            PublishedReport report = reader.read(reports[i], names[i]);
            for (int score : report.scores()) {
                sum += score;
            }
        }
        return sum;
    }

    /**
     * The scores-only path ({@code RumusanReader.readScores}): the 50 SKOR, TAHUN and id_desa of
     * every report, every other value skipped unread, into {@code VillageScores}. Per op: all 295
     * reports.
     *
     * <p>Run: {@code java -jar idm-benchmarks/target/benchmarks.jar 'ReaderBenchmark.scoresOnly'}
     *
     * @return the sum of all scores
     */
    @Benchmark
    public long scoresOnly() {
        long sum = 0;
        for (int i = 0; i < reports.length; i++) {
            for (int score : reader.readScores(reports[i], names[i]).toArray()) {
                sum += score;
            }
        }
        return sum;
    }

    /**
     * The baseline a Jackson user would write: {@code ObjectMapper.readTree}, then the 50 SKOR
     * values picked from {@code mapData.ROW} by hand, nothing checked. Per op: all 295 reports.
     *
     * <p>Run: {@code java -jar idm-benchmarks/target/benchmarks.jar 'ReaderBenchmark.readTree'}
     *
     * @return the sum of all scores
     * @throws IOException if a report is not JSON
     */
    @Benchmark
    public long readTree() throws IOException {
        long sum = 0;
        for (String json : reports) {
            JsonNode rows = mapper.readTree(json).path("mapData").path("ROW");
            for (int row : INDICATOR_ROWS) {
                sum += rows.get(row).path("SKOR").asInt();
            }
        }
        return sum;
    }

    /**
     * The least any reader built on Jackson does: every token of the same 295 reports walked with
     * {@code JsonParser.nextToken}, nothing read, checked or built. Per op: all 295 reports.
     *
     * <p>Run: {@code java -jar idm-benchmarks/target/benchmarks.jar 'ReaderBenchmark.tokens'}
     *
     * @return the number of tokens
     * @throws IOException if a report is not JSON
     */
    @Benchmark
    public long tokens() throws IOException {
        long count = 0;
        for (String json : reports) {
            try (JsonParser parser = factory.createParser(json)) {
                while (parser.nextToken() != null) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * Reading and verifying the national 2024 table: every row read from the gzip CSV and checked
     * by the verifier (grid, mean, status). Per op: the whole table, 75,261 rows.
     *
     * <p>Run: {@code java -jar idm-benchmarks/target/benchmarks.jar 'ReaderBenchmark.bulkTable'}
     *
     * @return the number of findings plus rejected rows
     */
    @Benchmark
    public long bulkTable() {
        LongAdder findings = new LongAdder();
        BulkTableReader.official().read(bulkTable, row -> findings.add(verifier.verify(row).size()),
                rejected -> findings.increment());
        return findings.sum();
    }

    /**
     * Decompressing the national table alone: every byte of the gzip CSV inflated, nothing parsed.
     *
     * <p>Run: {@code java -jar idm-benchmarks/target/benchmarks.jar 'ReaderBenchmark.csvGunzip'}
     *
     * @return the number of bytes
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public long csvGunzip() throws IOException {
        long bytes = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = gunzipped()) {
            for (int n; (n = in.read(buffer)) > 0;) {
                bytes += n;
            }
        }
        return bytes;
    }

    /**
     * The floor of any CSV reader of the national table: decompress it and find every field's
     * boundaries (commas and line breaks outside quotes) in the bytes, with no characters decoded
     * and no string made.
     *
     * <p>Run: {@code java -jar idm-benchmarks/target/benchmarks.jar 'ReaderBenchmark.csvFloor'}
     *
     * @return the number of fields plus rows
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public long csvFloor() throws IOException {
        long boundaries = 0;
        boolean quoted = false;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = gunzipped()) {
            for (int n; (n = in.read(buffer)) > 0;) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '"') {
                        quoted = !quoted;
                    } else if (!quoted && (b == ',' || b == '\n')) {
                        boundaries++;
                    }
                }
            }
        }
        return boundaries;
    }

    /**
     * idm-tables' CSV reader ({@code CsvRecords}, our wrapper over FastCSV, as {@code BulkTableReader}
     * uses it) over the national table: every record's cells as strings, nothing checked or built
     * from them.
     *
     * <p>Run: {@code java -jar idm-benchmarks/target/benchmarks.jar 'ReaderBenchmark.csvRecords'}
     *
     * @return the total length of all cells
     * @throws Exception if the file cannot be read
     */
    @Benchmark
    public long csvRecords() throws Exception {
        long length = 0;
        try (Reader in = text()) {
            Object records = csvRecords.newInstance(in, bulkTable.toString(), ReadLimits.defaults());
            for (Object row; (row = nextRow.invoke(records)) != null;) {
                for (Object cell : (List<?>) rowCells.get(row)) {
                    length += ((String) cell).length();
                }
            }
        }
        return length;
    }

    /**
     * The peer FastCSV ({@code de.siegmar:fastcsv}) over the same text: every record's fields as
     * strings.
     *
     * <p>Run: {@code java -jar idm-benchmarks/target/benchmarks.jar 'ReaderBenchmark.fastCsv'}
     *
     * @return the total length of all fields
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public long fastCsv() throws IOException {
        long length = 0;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(text())) {
            for (CsvRecord record : csv) {
                for (int i = 0; i < record.getFieldCount(); i++) {
                    length += record.getField(i).length();
                }
            }
        }
        return length;
    }

    /**
     * The peer jackson-dataformat-csv over the same text, through its streaming parser (the
     * fastest way it reads untyped rows): every field as a string.
     *
     * <p>Run: {@code java -jar idm-benchmarks/target/benchmarks.jar 'ReaderBenchmark.jacksonCsv'}
     *
     * @return the total length of all fields
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public long jacksonCsv() throws IOException {
        long length = 0;
        try (JsonParser csv = csvFactory.createParser(text())) {
            for (JsonToken token; (token = csv.nextToken()) != null;) {
                if (token == JsonToken.VALUE_STRING) {
                    length += csv.getText().length();
                }
            }
        }
        return length;
    }
}
