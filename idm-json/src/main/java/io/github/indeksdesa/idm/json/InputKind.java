package io.github.indeksdesa.idm.json;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * The kinds of input file this module reads, told apart by their first bytes and header (not by
 * their names): a ministry report ({@link RumusanReader}), the project's scores table
 * ({@link ScoresTableReader}) or a ministry bulk table ({@link BulkTableReader}).
 */
public enum InputKind {
    /** A JSON document: a ministry {@code rumusan} report (or its error envelope). */
    RUMUSAN_JSON,
    /** A CSV (or gzip-compressed CSV) whose header has kode_desa, tahun and indicator codes. */
    SCORES_TABLE,
    /** Any other table: XLSX, or CSV (or gzip-compressed CSV); its reader checks the header. */
    BULK_TABLE;

    /**
     * Tells what a file holds.
     *
     * @param file the file, not null
     * @return its kind, not null
     * @throws IdmJsonException if the file is empty
     * @throws UncheckedIOException if the file cannot be read
     */
    public static InputKind detect(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            raw.mark(4);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            if (b0 == 'P' && b1 == 'K') {
                return BULK_TABLE;
            }
            InputStream in = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(raw, 1 << 16) : raw;
            CsvRecords records = new CsvRecords(new InputStreamReader(in, StandardCharsets.UTF_8));
            TableRows.Row header = records.next();
            while (header != null && header.isBlank()) {
                header = records.next();
            }
            if (header == null) {
                throw new IdmJsonException(file.toString(), "", "the file is empty", null);
            }
            String first = header.cells.get(0).strip();
            if (first.startsWith("{") || first.startsWith("[")) {
                return RUMUSAN_JSON;
            }
            boolean code = false;
            boolean year = false;
            boolean indicator = false;
            for (String cell : header.cells) {
                String name = cell.strip().toUpperCase(Locale.ROOT);
                code |= name.equals("KODE_DESA");
                year |= name.equals("TAHUN");
                indicator |= name.matches("IK[SEL]\\d\\d");
            }
            return code && year && indicator ? SCORES_TABLE : BULK_TABLE;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
