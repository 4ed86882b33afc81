// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.io.Input;
import io.github.indeksdesa.idm.io.InputException;
import io.github.indeksdesa.idm.io.ReadLimits;
import io.github.indeksdesa.idm.verify.PublishedRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the ministry's yearly bulk tables (spec §7) from CSV, gzip-compressed CSV or XLSX, one row
 * at a time (memory does not grow with the table), into {@link PublishedRow}s for verification
 * or summaries.
 *
 * <p>Header variants: {@code IKS_2024} or {@code IKS 2024}; {@code NILAI_IDM_2024} or
 * {@code IDM_2024}; {@code STATUS_IDM_2024} or {@code STATUS_2024}; {@code KODE_DESA} or
 * {@code KODE_DESA_DAGRI}; the 2024 name columns ({@code NAMA_DESA}, {@code NAMA_KECAMATAN},
 * {@code NAMA_KABUPATEN}, {@code NAMA_PROVINSI}) and the 2023 ones ({@code DESA},
 * {@code KABUPATEN_KOTA}); any number of years side by side (one PublishedRow per village and
 * year); other columns are ignored. Codes stored as numbers ({@code 3.604052001E9}) are restored
 * to their digits; empty cells and text in numeric cells are kept as published, for the
 * {@link io.github.indeksdesa.idm.verify.Verifier} to report. A row that cannot be a row (a
 * different number of cells than the header, no village code, broken quoting) is handed to the
 * rejection consumer with its line and reason, and the rest are read.
 *
 * <p>A header that is not a bulk table throws {@link IdmTableException} naming the source.
 *
 * <p>Example:
 * <pre>{@code
 * Verifier verifier = Verifier.official();
 * BulkTableReader.official().read(bulk, row -> verifier.verify(row).forEach(System.out::println),
 *     System.err::println);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BulkTableReader {

    private static final Pattern PART = Pattern.compile("(IKS|IKE|IKL)_(\\d{4})");
    private static final Pattern IDM = Pattern.compile("(?:NILAI_)?IDM_(\\d{4})");
    private static final Pattern STATUS = Pattern.compile("STATUS(?:_IDM)?_(\\d{4})");
    private static final List<String> CODE = List.of("KODE_DESA", "KODE_DESA_DAGRI", "KODE_DESA_KEMENDAGRI",
            "KODE_DAGRI", "ID_DESA");
    private static final List<String> VILLAGE = List.of("NAMA_DESA", "DESA");
    private static final List<String> DISTRICT = List.of("NAMA_KECAMATAN", "KECAMATAN");
    private static final List<String> REGENCY = List.of("NAMA_KABUPATEN", "NAMA_KAB_KOTA", "NAMA_KABUPATEN_KOTA",
            "KABUPATEN_KOTA", "KABUPATEN");
    private static final List<String> PROVINCE = List.of("NAMA_PROVINSI", "PROVINSI");

    private final ReadLimits limits;

    private BulkTableReader(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * Returns the reader of the ministry's bulk table (the published layout of every edition year).
     *
     * @return the reader, not null
     */
    public static BulkTableReader official() {
        return new BulkTableReader(ReadLimits.defaults());
    }

    /**
     * Returns a reader that reads under other limits (see docs/limits.md): {@code maxRecordChars},
     * {@code maxCellsPerRow} and {@code maxRowsPerTable} for every table, the shared-string and
     * part limits for XLSX, {@code maxGzipBytes} and {@code minInflateRatio} for gzip. A table over
     * one throws {@link IdmTableException} naming the place and the limit.
     *
     * @param limits the limits, not null
     * @return the reader, not null
     */
    public BulkTableReader withLimits(ReadLimits limits) {
        return new BulkTableReader(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Reads a table file: XLSX, gzip-compressed CSV or CSV (UTF-8), told apart by their first bytes.
     *
     * @param file the file, not null
     * @param rows receives each row (one per village and year), not null
     * @param rejected receives each row that could not be read, not null
     * @return the counts, not null
     * @throws IdmTableException if the header is not a bulk table's
     * @throws InputException if the file does not exist ({@code "no such file"})
     * @throws UncheckedIOException if the file cannot be read
     */
    public ReadSummary read(Path file, Consumer<PublishedRow> rows, Consumer<RejectedRow> rejected) {
        return read(Input.of(Objects.requireNonNull(file, "file")), rows, rejected);
    }

    /**
     * Reads a table from an input: a file, or standard input or another stream (XLSX,
     * gzip-compressed CSV or CSV, told apart by their first bytes); rows and errors name the input.
     *
     * <pre>{@code
     * BulkTableReader.official().read(Input.stdin(), rows::add, System.err::println);
     * }</pre>
     *
     * @param input the input, not null
     * @param rows receives each row (one per village and year), not null
     * @param rejected receives each row that could not be read, not null
     * @return the counts, not null
     * @throws IdmTableException if the header is not a bulk table's
     * @throws InputException if the input is a file that does not exist ({@code "no such file"})
     * @throws UncheckedIOException if the input cannot be read
     */
    public ReadSummary read(Input input, Consumer<PublishedRow> rows, Consumer<RejectedRow> rejected) {
        Objects.requireNonNull(input, "input");
        try (InputStream in = input.open(limits)) {
            return read(in, input.name(), rows, rejected);
        } catch (IOException e) {
            throw new UncheckedIOException(input.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a table from a stream (XLSX, gzip-compressed CSV or CSV), which is not closed.
     *
     * @param in the stream, not null
     * @param source the name used in rows and errors, not null
     * @param rows receives each row (one per village and year), not null
     * @param rejected receives each row that could not be read, not null
     * @return the counts, not null
     * @throws IdmTableException if the header is not a bulk table's
     * @throws UncheckedIOException if the stream cannot be read
     */
    public ReadSummary read(InputStream in, String source, Consumer<PublishedRow> rows,
            Consumer<RejectedRow> rejected) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        try {
            return TableInput.rows(in, source, limits, table -> read(table, source, rows, rejected));
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a CSV table from a reader, which is not closed.
     *
     * @param in the reader, not null
     * @param source the name used in rows and errors, not null
     * @param rows receives each row (one per village and year), not null
     * @param rejected receives each row that could not be read, not null
     * @return the counts, not null
     * @throws IdmTableException if the header is not a bulk table's
     * @throws UncheckedIOException if the reader fails
     */
    public ReadSummary readCsv(Reader in, String source, Consumer<PublishedRow> rows, Consumer<RejectedRow> rejected) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        try {
            return read(new CsvRecords(in, source, limits), source, rows, rejected);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
    }

    private static ReadSummary read(TableRows table, String source, Consumer<PublishedRow> rows,
            Consumer<RejectedRow> rejected) throws IOException {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(rejected, "rejected");
        TableRows.Row header = table.next();
        while (header != null && header.isBlank()) {
            header = table.next();
        }
        if (header == null) {
            throw new IdmTableException(source, "", "expected a header row, found no content", null);
        }
        Columns columns = Columns.of(source, header);
        long read = 0;
        long rejectedCount = 0;
        long records = 0;
        for (TableRows.Row row = table.next(); row != null; row = table.next()) {
            if (row.isBlank() && row.problem == null) {
                continue;
            }
            read++;
            String problem = row.problem;
            if (problem == null && row.cells.size() != columns.width) {
                problem = "expected " + columns.width + " cells as in the header, found " + row.cells.size();
            }
            String code = problem == null ? villageCode(row.cells.get(columns.code)) : "";
            if (problem == null && code.isEmpty()) {
                problem = "no village code in " + header.cells.get(columns.code).strip();
            }
            if (problem != null) {
                rejectedCount++;
                rejected.accept(new RejectedRow(source, row.location, problem));
                continue;
            }
            for (Map.Entry<Integer, int[]> year : columns.years.entrySet()) {
                int[] c = year.getValue();
                rows.accept(PublishedRow.builder(source, row.location, code, year.getKey())
                        .names(cell(row, columns.village), cell(row, columns.district), cell(row, columns.regency),
                                cell(row, columns.province))
                        .part(Index.IKS, row.cells.get(c[0])).part(Index.IKE, row.cells.get(c[1]))
                        .part(Index.IKL, row.cells.get(c[2])).idm(row.cells.get(c[3])).status(row.cells.get(c[4]))
                        .build());
                records++;
            }
        }
        return new ReadSummary(source, new ArrayList<>(columns.years.keySet()), read, rejectedCount, records);
    }

    private static String cell(TableRows.Row row, int column) {
        return column < 0 ? null : row.cells.get(column);
    }

    /**
     * Restores a code a spreadsheet stored as a number ({@code 3.604052001E9}, {@code 3604052001.0})
     * to its digits; any other text is returned stripped, as published.
     */
    static String villageCode(String text) {
        String s = text.strip();
        if (s.isEmpty() || TableInput.isAsciiDigits(s)) {
            return s;
        }
        if (s.matches("[0-9]+(\\.[0-9]*)?([eE][+]?[0-9]{1,2})?")) {
            BigDecimal d = new BigDecimal(s).stripTrailingZeros();
            if (d.scale() <= 0 && d.precision() - d.scale() <= 19) {
                return d.toBigIntegerExact().toString();
            }
        }
        return s;
    }

    static String normalise(String header) {
        return header.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-./]+", "_");
    }

    /** Where each column of interest is. */
    private static final class Columns {
        int width;
        int code = -1;
        int village = -1;
        int district = -1;
        int regency = -1;
        int province = -1;
        /** Year to the columns of IKS, IKE, IKL, IDM and status, in header order. */
        final Map<Integer, int[]> years = new LinkedHashMap<>();

        static Columns of(String source, TableRows.Row header) {
            Columns c = new Columns();
            c.width = header.cells.size();
            List<String> names = new ArrayList<>();
            header.cells.forEach(h -> names.add(normalise(h)));
            c.code = first(names, CODE);
            c.village = first(names, VILLAGE);
            c.district = first(names, DISTRICT);
            c.regency = first(names, REGENCY);
            c.province = first(names, PROVINCE);
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                Matcher m;
                if ((m = PART.matcher(name)).matches()) {
                    c.put(source, header, i, Integer.parseInt(m.group(2)), Index.valueOf(m.group(1)).ordinal());
                } else if ((m = IDM.matcher(name)).matches()) {
                    c.put(source, header, i, Integer.parseInt(m.group(1)), 3);
                } else if ((m = STATUS.matcher(name)).matches()) {
                    c.put(source, header, i, Integer.parseInt(m.group(1)), 4);
                }
            }
            if (c.code < 0) {
                throw new IdmTableException(source, header.location, "expected a village code column (one of "
                        + CODE + "), found " + header.cells, null);
            }
            if (c.years.isEmpty()) {
                throw new IdmTableException(source, header.location, "expected columns IKS_{year}, IKE_{year}, "
                        + "IKL_{year}, NILAI_IDM_{year} and STATUS_IDM_{year}, found " + header.cells, null);
            }
            c.years.forEach((year, columns) -> {
                List<String> missing = new ArrayList<>();
                String[] kinds = {"IKS_", "IKE_", "IKL_", "NILAI_IDM_", "STATUS_IDM_"};
                for (int k = 0; k < columns.length; k++) {
                    if (columns[k] < 0) {
                        missing.add(kinds[k] + year);
                    }
                }
                if (!missing.isEmpty()) {
                    throw new IdmTableException(source, header.location, "the columns of " + year + " are incomplete: "
                            + "missing " + String.join(", ", missing), null);
                }
            });
            return c;
        }

        private void put(String source, TableRows.Row header, int column, int year, int kind) {
            int[] columns = years.computeIfAbsent(year, y -> new int[] {-1, -1, -1, -1, -1});
            if (columns[kind] >= 0) {
                throw new IdmTableException(source, header.location, "columns \"" + header.cells.get(columns[kind])
                        + "\" and \"" + header.cells.get(column) + "\" hold the same value", null);
            }
            columns[kind] = column;
        }

        private static int first(List<String> names, List<String> candidates) {
            for (String candidate : candidates) {
                int i = names.indexOf(candidate);
                if (i >= 0) {
                    return i;
                }
            }
            return -1;
        }
    }
}
