// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import io.github.indeksdesa.idm.id.Dimension;
import io.github.indeksdesa.idm.io.Input;
import io.github.indeksdesa.idm.io.InputException;
import io.github.indeksdesa.idm.io.ReadLimits;
import io.github.indeksdesa.idm.verify.PublishedIndeksDesaRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads an Indeks Desa dimension table, the form in which regional dashboards publish results:
 * {@code kode_desa, tahun}, the six dimension point sums {@code LD, SO, EK, LI, AK, TK}, and
 * optionally {@code nama_desa}, {@code kecamatan}, {@code kabupaten}, {@code provinsi},
 * {@code skor_id} (as published, e.g. {@code 68.98}) and {@code status_id}; columns found by header
 * name (case-insensitive) in any order; CSV, gzip-compressed CSV or XLSX. Each row becomes a
 * {@link PublishedIndeksDesaRow} with its cells as published, for
 * {@link io.github.indeksdesa.idm.verify.IndeksDesaVerifier verification}; a row that cannot be
 * split into the header's cells or has no readable {@code tahun} is rejected with its line and
 * reason, and read = accepted + rejected. {@link DimensionTableWriter} writes the form.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DimensionTableReader {

    /** The columns other than the six dimensions, in the order the writer writes them. */
    enum Column {
        KODE_DESA(true), TAHUN(true), NAMA_DESA(false), KECAMATAN(false), KABUPATEN(false), PROVINSI(false),
        SKOR_ID(false), STATUS_ID(false);

        final boolean required;

        Column(boolean required) {
            this.required = required;
        }

        String header() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final DimensionTableReader INSTANCE = new DimensionTableReader(ReadLimits.defaults());

    private final ReadLimits limits;

    private DimensionTableReader(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * Returns the reader.
     *
     * @return the reader, not null
     */
    public static DimensionTableReader create() {
        return INSTANCE;
    }

    /**
     * Returns a reader that reads under other limits (see docs/limits.md): {@code maxRecordChars},
     * {@code maxCellsPerRow} and {@code maxRowsPerTable} for CSV, {@code maxGzipBytes} and
     * {@code minInflateRatio} for gzip. A table over one throws {@link IdmTableException} naming the
     * place and the limit.
     *
     * @param limits the limits, not null
     * @return the reader, not null
     */
    public DimensionTableReader withLimits(ReadLimits limits) {
        return new DimensionTableReader(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Tells whether a header row is a dimension table's: it has {@code kode_desa}, {@code tahun} and
     * the six dimension codes.
     *
     * @param header the header cells, not null
     * @return true for a dimension table header
     */
    public static boolean isDimensionHeader(List<String> header) {
        List<String> names = new ArrayList<>();
        header.forEach(h -> names.add(h.strip().toLowerCase(Locale.ROOT)));
        if (!names.contains("kode_desa") || !names.contains("tahun")) {
            return false;
        }
        return Arrays.stream(Dimension.values()).allMatch(d -> names.contains(d.code().toLowerCase(Locale.ROOT)));
    }

    /**
     * Reads a dimension table.
     *
     * @param input the input: a file, or standard input or another stream, not null
     * @param rows receives each row as published, not null
     * @param rejected receives each row that could not be read, not null
     * @return the counts, not null
     * @throws IdmTableException if the header is not a dimension table's
     * @throws InputException if the input is a file that does not exist ({@code "no such file"})
     * @throws UncheckedIOException if the input cannot be read
     */
    public ReadSummary read(Input input, Consumer<PublishedIndeksDesaRow> rows, Consumer<RejectedRow> rejected) {
        Objects.requireNonNull(input, "input");
        try (InputStream in = input.open(limits)) {
            return read(in, input.name(), rows, rejected);
        } catch (IOException e) {
            throw new UncheckedIOException(input.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a dimension table file; see {@link #read(Input, Consumer, Consumer)}.
     *
     * @param file the file, not null
     * @param rows receives each row as published, not null
     * @param rejected receives each row that could not be read, not null
     * @return the counts, not null
     * @throws IdmTableException if the header is not a dimension table's
     * @throws InputException if the file does not exist ({@code "no such file"})
     * @throws UncheckedIOException if the file cannot be read
     */
    public ReadSummary read(Path file, Consumer<PublishedIndeksDesaRow> rows, Consumer<RejectedRow> rejected) {
        return read(Input.of(Objects.requireNonNull(file, "file")), rows, rejected);
    }

    /**
     * Reads a dimension table from a stream (XLSX, gzip-compressed CSV or CSV), which is not closed.
     *
     * @param in the stream, not null
     * @param source the name used in rows and errors, not null
     * @param rows receives each row as published, not null
     * @param rejected receives each row that could not be read, not null
     * @return the counts, not null
     * @throws IdmTableException if the header is not a dimension table's
     * @throws UncheckedIOException if the stream cannot be read
     */
    public ReadSummary read(InputStream in, String source, Consumer<PublishedIndeksDesaRow> rows,
            Consumer<RejectedRow> rejected) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(rejected, "rejected");
        try {
            return TableInput.rows(in, source, limits, table -> read(table, source, rows, rejected));
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
    }

    private static ReadSummary read(TableRows table, String source, Consumer<PublishedIndeksDesaRow> rows,
            Consumer<RejectedRow> rejected) throws IOException {
        TableRows.Row header = TableInput.header(table);
        if (header == null) {
            throw new IdmTableException(source, "", "expected a header row, found no content", null);
        }
        int[] columns = new int[Column.values().length];
        int[] dimensions = new int[Dimension.values().length];
        positions(source, header, columns, dimensions);
        long read = 0;
        long bad = 0;
        for (TableRows.Row r = table.next(); r != null; r = table.next()) {
            if (r.isBlank() && r.problem == null) {
                continue;
            }
            read++;
            String problem = TableInput.problem(r, header);
            int year = 0;
            if (problem == null) {
                String y = r.cells.get(columns[Column.TAHUN.ordinal()]);
                year = TableInput.year(y);
                if (year < 1) {
                    problem = "tahun: expected a year 1..9999, found \"" + y.strip() + "\"";
                }
            }
            if (problem != null) {
                bad++;
                rejected.accept(new RejectedRow(source, r.location, problem));
                continue;
            }
            PublishedIndeksDesaRow.Builder b = PublishedIndeksDesaRow.builder(source, r.location,
                    r.cells.get(columns[Column.KODE_DESA.ordinal()]).strip(), year)
                    .names(name(r, columns, Column.NAMA_DESA), name(r, columns, Column.KECAMATAN),
                            name(r, columns, Column.KABUPATEN), name(r, columns, Column.PROVINSI));
            for (Dimension d : Dimension.values()) {
                b.dimension(d, r.cells.get(dimensions[d.ordinal()]).strip());
            }
            if (columns[Column.SKOR_ID.ordinal()] >= 0) {
                b.skorId(r.cells.get(columns[Column.SKOR_ID.ordinal()]).strip());
            }
            if (columns[Column.STATUS_ID.ordinal()] >= 0) {
                b.status(r.cells.get(columns[Column.STATUS_ID.ordinal()]).strip());
            }
            rows.accept(b.build());
        }
        return new ReadSummary(source, List.of(), read, bad, read - bad);
    }

    private static String name(TableRows.Row r, int[] columns, Column column) {
        int c = columns[column.ordinal()];
        return c < 0 || r.cells.get(c).isBlank() ? null : r.cells.get(c).strip();
    }

    private static void positions(String source, TableRows.Row header, int[] columns, int[] dimensions) {
        Arrays.fill(columns, -1);
        Arrays.fill(dimensions, -1);
        List<String> unknown = new ArrayList<>();
        for (int c = 0; c < header.cells.size(); c++) {
            String name = header.cells.get(c).strip().toLowerCase(Locale.ROOT);
            int[] at = null;
            int slot = -1;
            for (Column column : Column.values()) {
                if (column.header().equals(name)) {
                    at = columns;
                    slot = column.ordinal();
                }
            }
            for (Dimension d : Dimension.values()) {
                if (d.code().equalsIgnoreCase(name)) {
                    at = dimensions;
                    slot = d.ordinal();
                }
            }
            if (at == null) {
                unknown.add(header.cells.get(c).strip());
            } else if (at[slot] >= 0) {
                throw new IdmTableException(source, header.location, "column " + name + " appears twice", null);
            } else {
                at[slot] = c;
            }
        }
        List<String> missing = new ArrayList<>();
        for (Column column : Column.values()) {
            if (column.required && columns[column.ordinal()] < 0) {
                missing.add(column.header());
            }
        }
        for (Dimension d : Dimension.values()) {
            if (dimensions[d.ordinal()] < 0) {
                missing.add(d.code());
            }
        }
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new IdmTableException(source, header.location, "expected a dimension table header (kode_desa, "
                    + "tahun, LD, SO, EK, LI, AK, TK; optionally nama_desa, kecamatan, kabupaten, provinsi, skor_id, "
                    + "status_id); missing " + missing + ", unknown " + unknown, null);
        }
    }
}
