// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.ScoreValidation;
import io.github.indeksdesa.idm.io.Input;
import io.github.indeksdesa.idm.io.InputException;
import io.github.indeksdesa.idm.io.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Fuzz targets of the table readers: any input ends in the rows (good and rejected) or in the
 * documented {@link InputException} ({@link IdmTableException} for a table that cannot be read),
 * never another exception. Every input is read from memory. The build replays the corpus in
 * {@code src/test/resources/…/ReaderFuzzTestInputs} (regression mode); {@code docs/limits.md}
 * gives the command of a long run.
 */
class ReaderFuzzTest {

    /**
     * Lowered limits, so that fuzzing reaches them with small inputs, and an input that inflates
     * (gzip, a workbook part) costs at most 64 KiB of reading.
     */
    static final ReadLimits LIMITS = ReadLimits.builder().maxRecordChars(8192).maxCellsPerRow(512)
            .maxRowsPerTable(1000).maxSharedStrings(1000).maxSharedStringChars(1 << 16).maxXlsxPartBytes(1 << 16)
            .maxGzipBytes(1 << 16).build();

    private static final BulkTableReader BULK = BulkTableReader.official().withLimits(LIMITS);
    private static final ScoresTableReader SCORES = ScoresTableReader.official().withLimits(LIMITS);
    private static final ScoresMatrixReader MATRIX = ScoresMatrixReader.of(IdmModel.official(), ScoreValidation.LADDER)
            .withLimits(LIMITS);
    private static final IndeksDesaExportReader EXPORT = IndeksDesaExportReader.official().withLimits(LIMITS);

    /** Each row is looked at, as a caller would. */
    private static final Consumer<Object> ROW = row -> {
        if (row.toString() == null) {
            throw new AssertionError();
        }
    };

    /** Runs a read; the documented InputException is the one allowed failure. */
    private static void read(Runnable read) {
        try {
            read.run();
        } catch (InputException expected) {
            // the documented failure
        }
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A workbook of the input: up to the first NUL the shared strings part, after it the sheet part
     * (each wrapped in its root element unless it starts with {@code <}); an input that starts with
     * {@code PK} is taken as the workbook's own bytes.
     */
    static byte[] workbook(byte[] input) {
        if (input.length > 1 && input[0] == 'P' && input[1] == 'K') {
            return input;
        }
        int nul = 0;
        while (nul < input.length && input[nul] != 0) {
            nul++;
        }
        String shared = new String(input, 0, nul, StandardCharsets.UTF_8);
        String sheet = nul < input.length ? new String(input, nul + 1, input.length - nul - 1, StandardCharsets.UTF_8)
                : "";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            zip.write((shared.startsWith("<") ? shared : "<sst>" + shared + "</sst>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write((sheet.startsWith("<") ? sheet : "<worksheet><sheetData>" + sheet + "</sheetData></worksheet>")
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @FuzzTest(maxDuration = "30s")
    void bulkCsv(byte[] input) {
        read(() -> BULK.readCsv(new StringReader(new String(input, StandardCharsets.UTF_8)), "fuzz.csv", ROW::accept,
                ROW::accept));
    }

    /** Gzip input: the input compressed, or taken as gzip bytes when it starts with the gzip magic. */
    @FuzzTest(maxDuration = "30s")
    void bulkCsvGz(byte[] input) {
        boolean raw = input.length > 1 && (input[0] & 0xFF) == 0x1f && (input[1] & 0xFF) == 0x8b;
        byte[] bytes = raw ? input : gzip(input);
        read(() -> BULK.read(Input.of("fuzz.csv.gz", new ByteArrayInputStream(bytes)), ROW::accept, ROW::accept));
    }

    @FuzzTest(maxDuration = "30s")
    void bulkXlsx(byte[] input) {
        byte[] xlsx = workbook(input);
        read(() -> BULK.read(new ByteArrayInputStream(xlsx), "fuzz.xlsx", ROW::accept, ROW::accept));
    }

    /** A scores table read by both readers: row by row, and as a matrix. */
    @FuzzTest(maxDuration = "30s")
    void scoresTable(byte[] input) {
        read(() -> SCORES.read(new StringReader(new String(input, StandardCharsets.UTF_8)), "fuzz.csv", ROW::accept,
                ROW::accept));
        read(() -> MATRIX.read(Input.of("fuzz.csv", new ByteArrayInputStream(input)), ROW::accept));
    }

    /** An Indeks Desa score export, as CSV text or, starting with PK, as a workbook. */
    @FuzzTest(maxDuration = "30s")
    void idExport(byte[] input) {
        read(() -> EXPORT.read(new ByteArrayInputStream(input), "fuzz.csv", ROW::accept, ROW::accept));
    }
}
