// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.batch.IndeksDesaMatrix;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.id.IndeksDesaScores;
import io.github.indeksdesa.idm.id.Item;
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
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads the ministry's Indeks Desa score export (CSV, gzip-compressed CSV or XLSX, told apart by
 * their first bytes): one header row of the official item texts, then one village per row. The
 * identity columns are {@code Provinsi}, {@code Kabupaten/ Kota}, {@code Kecamatan},
 * {@code Kode Wilayah Administrasi Desa} and {@code Desa}, optionally {@code TAHUN DATA} (without
 * it every row has the reader's {@link #year(int) year}, by default the model's first year) and
 * {@code Status ID} or {@code STATUS ID 25}. The item columns may come in any order and are found
 * through {@link IndeksDesaModel#findByHeader(String)}: export header, official name or an alias,
 * compared with whitespace normalised, {@code "/ "} as {@code "/"}, a trailing {@code ?} and a
 * leading {@code SKOR } dropped. A header that names no column, an item missing or named twice is
 * an {@link IdmTableException} naming the header cell.
 *
 * <p>Every data row is either handed over or rejected with its line (or sheet row) and reason,
 * none lost: {@link ReadSummary#rowsRead()} is accepted plus rejected. {@link #read(Input, Consumer,
 * Consumer) read} hands rows over as published, for {@link io.github.indeksdesa.idm.verify.IndeksDesaVerifier
 * verification}, rejecting only rows that cannot be split into the header's cells or have no
 * readable year; {@link #readScores(Input, Consumer, Consumer) readScores} and
 * {@link #readMatrices(Input, int, Consumer, Consumer) readMatrices} also reject rows with a
 * malformed village code or an item score that is not a whole number 1..5, naming the item.
 *
 * <pre>{@code
 * List<RejectedRow> rejected = new ArrayList<>();
 * IndeksDesaExportReader.official().readScores(Input.of(Path.of("skor-2025.csv.gz")),
 *     scores -> System.out.println(scores.evaluate().status()), rejected::add);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndeksDesaExportReader {

    /** The identity columns, by their normalised header. */
    enum Identity {
        PROVINCE("provinsi"), REGENCY("kabupaten/kota"), DISTRICT("kecamatan"),
        CODE("kode wilayah administrasi desa"), VILLAGE("desa"), YEAR("tahun data"), STATUS("status id");

        final String header;

        Identity(String header) {
            this.header = header;
        }

        static Identity of(String normalised) {
            if (normalised.equals("status id 25")) {
                return STATUS;
            }
            for (Identity i : values()) {
                if (i.header.equals(normalised)) {
                    return i;
                }
            }
            return null;
        }
    }

    private final IndeksDesaModel model;
    private final int year;
    private final ReadLimits limits;

    private IndeksDesaExportReader(IndeksDesaModel model, int year, ReadLimits limits) {
        this.model = model;
        this.year = year;
        this.limits = limits;
    }

    /**
     * Returns a reader for the official model.
     *
     * @return the reader, not null
     */
    public static IndeksDesaExportReader official() {
        return of(IndeksDesaModel.official());
    }

    /**
     * Returns a reader for a model; rows of a table without {@code TAHUN DATA} get the model's
     * first year.
     *
     * @param model the model, not null
     * @return the reader, not null
     */
    public static IndeksDesaExportReader of(IndeksDesaModel model) {
        return new IndeksDesaExportReader(Objects.requireNonNull(model, "model"), model.firstYear(),
                ReadLimits.defaults());
    }

    /**
     * Returns a reader that gives the rows of a table without {@code TAHUN DATA} this year.
     *
     * @param year the data year, 1 to 9999
     * @return the reader, not null
     * @throws IllegalArgumentException if the year is out of range
     */
    public IndeksDesaExportReader year(int year) {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year: expected 1..9999, found " + year);
        }
        return new IndeksDesaExportReader(model, year, limits);
    }

    /**
     * Returns a reader that reads under other limits (see docs/limits.md): {@code maxRecordChars},
     * {@code maxCellsPerRow} and {@code maxRowsPerTable} for CSV records and worksheet rows, the
     * shared-string and part limits for XLSX, {@code maxGzipBytes} and {@code minInflateRatio} for
     * gzip. A table over one throws {@link IdmTableException} (or, for gzip, {@link InputException})
     * naming the input, the place and the limit.
     *
     * @param limits the limits, not null
     * @return the reader, not null
     */
    public IndeksDesaExportReader withLimits(ReadLimits limits) {
        return new IndeksDesaExportReader(model, year, Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Returns the model.
     *
     * @return the model, not null
     */
    public IndeksDesaModel model() {
        return model;
    }

    /**
     * Tells whether a header row is a score export's: it has the column
     * {@code Kode Wilayah Administrasi Desa} and at least one item column.
     *
     * @param model the model whose items are looked for, not null
     * @param header the header cells, not null
     * @return true for a score export header
     */
    public static boolean isExportHeader(IndeksDesaModel model, List<String> header) {
        boolean code = false;
        boolean item = false;
        for (String h : header) {
            String n = IndeksDesaModel.normaliseHeader(h);
            code |= Identity.of(n) == Identity.CODE;
            item |= Identity.of(n) == null && model.findByHeader(h).isPresent();
        }
        return code && item;
    }

    /**
     * Reads the rows as published (item scores as text), for verification.
     *
     * @param input the input: a file, or standard input or another stream, not null
     * @param rows receives each row, not null
     * @param rejected receives each row that could not be split or has no readable year, not null
     * @return the counts, not null
     * @throws IdmTableException if the header is not a score export's
     * @throws InputException if the input is a file that does not exist ({@code "no such file"})
     * @throws UncheckedIOException if the input cannot be read
     */
    public ReadSummary read(Input input, Consumer<PublishedIndeksDesaRow> rows, Consumer<RejectedRow> rejected) {
        Objects.requireNonNull(rows, "rows");
        return readRows(input, (row, cells) -> rows.accept(row), rejected);
    }

    /**
     * Reads the rows as published from a stream (XLSX, gzip-compressed CSV or CSV), not closed.
     *
     * @param in the stream, not null
     * @param source the name used in rows and errors, not null
     * @param rows receives each row, not null
     * @param rejected receives each row that could not be split or has no readable year, not null
     * @return the counts, not null
     * @throws IdmTableException if the header is not a score export's
     * @throws UncheckedIOException if the stream cannot be read
     */
    public ReadSummary read(InputStream in, String source, Consumer<PublishedIndeksDesaRow> rows,
            Consumer<RejectedRow> rejected) {
        Objects.requireNonNull(rows, "rows");
        return readRows(in, source, (row, cells) -> rows.accept(row), rejected);
    }

    /**
     * Reads a file's rows as published; see {@link #read(Input, Consumer, Consumer)}.
     *
     * @param file the file, not null
     * @param rows receives each row, not null
     * @param rejected receives each row that could not be read, not null
     * @return the counts, not null
     * @throws IdmTableException if the header is not a score export's
     * @throws InputException if the file does not exist ({@code "no such file"})
     * @throws UncheckedIOException if the file cannot be read
     */
    public ReadSummary read(Path file, Consumer<PublishedIndeksDesaRow> rows, Consumer<RejectedRow> rejected) {
        return read(Input.of(Objects.requireNonNull(file, "file")), rows, rejected);
    }

    /**
     * Reads the rows as scores: a row with a malformed village code or an item score that is not
     * a whole number 1..5 is rejected, its reason naming the item code and header.
     *
     * @param input the input, not null
     * @param scores receives each village's scores, not null
     * @param rejected receives each row that could not be read, not null
     * @return the counts, not null
     * @throws IdmTableException if the header is not a score export's
     * @throws InputException if the input is a file that does not exist ({@code "no such file"})
     * @throws UncheckedIOException if the input cannot be read
     */
    public ReadSummary readScores(Input input, Consumer<IndeksDesaScores> scores, Consumer<RejectedRow> rejected) {
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(rejected, "rejected");
        long[] bad = new long[1];
        ReadSummary summary = readRows(input, (row, cells) -> {
            try {
                scores.accept(scores(row));
            } catch (IllegalArgumentException e) {
                bad[0]++;
                rejected.accept(new RejectedRow(row.source(), row.location(), e.getMessage()));
            }
        }, rejected);
        return recount(summary, bad[0]);
    }

    /**
     * Reads the rows straight into {@link IndeksDesaMatrix checked matrices} of at most
     * {@code batchSize} villages each, with their codes and years, for
     * {@link io.github.indeksdesa.idm.batch.IndeksDesaBatchScorer batch scoring}; rows are rejected
     * as by {@link #readScores(Input, Consumer, Consumer)}, and the villages are in table order.
     *
     * @param input the input, not null
     * @param batchSize the most villages a matrix holds, at least 1
     * @param matrices receives each matrix, not null
     * @param rejected receives each row that could not be read, not null
     * @return the counts, not null
     * @throws IdmTableException if the header is not a score export's
     * @throws InputException if the input is a file that does not exist ({@code "no such file"})
     * @throws UncheckedIOException if the input cannot be read
     */
    public ReadSummary readMatrices(Input input, int batchSize, Consumer<IndeksDesaMatrix> matrices,
            Consumer<RejectedRow> rejected) {
        Objects.requireNonNull(matrices, "matrices");
        Objects.requireNonNull(rejected, "rejected");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize: expected at least 1, found " + batchSize);
        }
        long[] bad = new long[1];
        IndeksDesaMatrix.Builder[] builder = {IndeksDesaMatrix.builder(model)};
        int[] scores = new int[model.itemCount()];
        ReadSummary summary = readRows(input, (row, cells) -> {
            try {
                VillageCode code = villageCode(row.villageCode());
                parseScores(cells, scores);
                builder[0].add(code, row.year(), scores);
            } catch (IllegalArgumentException e) {
                bad[0]++;
                rejected.accept(new RejectedRow(row.source(), row.location(), e.getMessage()));
                return;
            }
            if (builder[0].size() == batchSize) {
                matrices.accept(builder[0].build().check());
                builder[0] = IndeksDesaMatrix.builder(model);
            }
        }, rejected);
        if (builder[0].size() > 0) {
            matrices.accept(builder[0].build().check());
        }
        return recount(summary, bad[0]);
    }

    /**
     * Returns the scores of a row as published: its village code, year and item scores parsed.
     *
     * @param row a row with item scores in this reader's model order, not null
     * @return the scores, not null
     * @throws IllegalArgumentException if the row has no item scores, its village code is not 10
     *     digits or an item score is not a whole number 1..5; the message names the item
     */
    public IndeksDesaScores scores(PublishedIndeksDesaRow row) {
        List<String> cells = row.itemScores().orElseThrow(() -> new IllegalArgumentException(
                "the row has no item scores"));
        int[] scores = new int[model.itemCount()];
        VillageCode code = villageCode(row.villageCode());
        parseScores(cells, scores);
        return IndeksDesaScores.of(model, code, row.year(), scores);
    }

    private static VillageCode villageCode(String text) {
        String code = text.strip();
        if (!VillageCode.isValid(code)) {
            throw new IllegalArgumentException("Kode Wilayah Administrasi Desa: expected 10 digits, found \""
                    + code + "\"");
        }
        return VillageCode.of(code);
    }

    private void parseScores(List<String> cells, int[] scores) {
        if (cells.size() != scores.length) {
            throw new IllegalArgumentException("expected " + scores.length + " item scores, found " + cells.size());
        }
        for (int i = 0; i < scores.length; i++) {
            String s = cells.get(i).strip();
            int value = s.length() == 1 ? s.charAt(0) - '0' : -1;
            if (value < IndeksDesaModel.MIN_SCORE || value > IndeksDesaModel.MAX_SCORE) {
                Item item = model.items().get(i);
                throw new IllegalArgumentException(item.code() + " (" + item.header() + "): expected a whole score "
                        + IndeksDesaModel.MIN_SCORE + ".." + IndeksDesaModel.MAX_SCORE + ", found \"" + s + "\"");
            }
            scores[i] = value;
        }
    }

    private static ReadSummary recount(ReadSummary summary, long bad) {
        long rejected = summary.rowsRejected() + bad;
        return new ReadSummary(summary.source(), List.of(), summary.rowsRead(), rejected,
                summary.rowsRead() - rejected);
    }

    /** Receives an accepted row and its item cells in model order. */
    private interface RowSink {
        void accept(PublishedIndeksDesaRow row, List<String> itemCells);
    }

    private ReadSummary readRows(Input input, RowSink rows, Consumer<RejectedRow> rejected) {
        Objects.requireNonNull(input, "input");
        try (InputStream in = input.open(limits)) {
            return readRows(in, input.name(), rows, rejected);
        } catch (IOException e) {
            throw new UncheckedIOException(input.name() + ": " + e.getMessage(), e);
        }
    }

    private ReadSummary readRows(InputStream in, String source, RowSink rows, Consumer<RejectedRow> rejected) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rejected, "rejected");
        try {
            return TableInput.rows(in, source, limits, table -> readRows(table, source, rows, rejected));
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
    }

    private ReadSummary readRows(TableRows table, String source, RowSink rows, Consumer<RejectedRow> rejected)
            throws IOException {
        TableRows.Row header = TableInput.header(table);
        if (header == null) {
            throw new IdmTableException(source, "", "expected a header row, found no content", null);
        }
        Columns columns = new Columns(source, header);
        long read = 0;
        long bad = 0;
        String[] cells = new String[model.itemCount()];
        for (TableRows.Row r = table.next(); r != null; r = table.next()) {
            if (r.isBlank() && r.problem == null) {
                continue;
            }
            read++;
            String problem = TableInput.problem(r, header);
            int rowYear = year;
            if (problem == null && columns.identity[Identity.YEAR.ordinal()] >= 0) {
                String y = r.cells.get(columns.identity[Identity.YEAR.ordinal()]);
                rowYear = TableInput.year(y);
                if (rowYear < 1) {
                    problem = "TAHUN DATA: expected a year 1..9999, found \"" + y.strip() + "\"";
                }
            }
            if (problem != null) {
                bad++;
                rejected.accept(new RejectedRow(source, r.location, problem));
                continue;
            }
            for (int i = 0; i < cells.length; i++) {
                cells[i] = r.cells.get(columns.items[i]);
            }
            List<String> itemCells = Arrays.asList(cells.clone());
            PublishedIndeksDesaRow.Builder b = PublishedIndeksDesaRow.builder(source, r.location,
                    columns.cell(r, Identity.CODE).strip(), rowYear)
                    .names(columns.name(r, Identity.VILLAGE), columns.name(r, Identity.DISTRICT),
                            columns.name(r, Identity.REGENCY), columns.name(r, Identity.PROVINCE))
                    .itemScores(itemCells);
            String status = columns.name(r, Identity.STATUS);
            if (status != null) {
                b.status(status);
            }
            rows.accept(b.build(), itemCells);
        }
        return new ReadSummary(source, List.of(), read, bad, read - bad);
    }

    /** Where each identity column and each item (in model order) is. */
    private final class Columns {
        final int[] identity = new int[Identity.values().length];
        final int[] items = new int[model.itemCount()];

        Columns(String source, TableRows.Row header) {
            Arrays.fill(identity, -1);
            Arrays.fill(items, -1);
            List<String> unknown = new ArrayList<>();
            for (int c = 0; c < header.cells.size(); c++) {
                String text = header.cells.get(c);
                Identity id = Identity.of(IndeksDesaModel.normaliseHeader(text));
                if (id != null) {
                    place(identity, id.ordinal(), c, source, header, text);
                    continue;
                }
                Item item = model.findByHeader(text).orElse(null);
                if (item == null) {
                    unknown.add(text.strip());
                } else {
                    place(items, model.position(item), c, source, header, text);
                }
            }
            List<String> missing = new ArrayList<>();
            if (identity[Identity.CODE.ordinal()] < 0) {
                missing.add("Kode Wilayah Administrasi Desa");
            }
            for (int i = 0; i < items.length; i++) {
                if (items[i] < 0) {
                    missing.add(model.items().get(i).code() + " \"" + model.items().get(i).header() + "\"");
                }
            }
            if (!missing.isEmpty() || !unknown.isEmpty()) {
                throw new IdmTableException(source, header.location, "expected an Indeks Desa score export header "
                        + "(Kode Wilayah Administrasi Desa and the " + items.length + " item texts); missing "
                        + missing + ", unknown " + unknown, null);
            }
        }

        private void place(int[] at, int slot, int column, String source, TableRows.Row header, String text) {
            if (at[slot] >= 0) {
                throw new IdmTableException(source, header.location, "columns " + (at[slot] + 1) + " and "
                        + (column + 1) + " both name \"" + text.strip() + "\"", null);
            }
            at[slot] = column;
        }

        String cell(TableRows.Row r, Identity id) {
            int c = identity[id.ordinal()];
            return c < 0 ? "" : r.cells.get(c);
        }

        String name(TableRows.Row r, Identity id) {
            int c = identity[id.ordinal()];
            return c < 0 || r.cells.get(c).isBlank() ? null : r.cells.get(c).strip();
        }
    }
}
