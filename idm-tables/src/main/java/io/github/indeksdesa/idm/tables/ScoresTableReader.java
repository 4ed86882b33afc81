// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.ScoreValidation;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageScores;
import io.github.indeksdesa.idm.io.Input;
import io.github.indeksdesa.idm.io.InputException;
import io.github.indeksdesa.idm.io.ReadLimits;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads the project's indicator-level scores table: CSV (optionally gzip-compressed) with the
 * columns {@code kode_desa, tahun} and the model's 50 indicator codes ({@code IKS01} …
 * {@code IKL03}, in any order, names case-insensitive), one village and year per row, into
 * {@link VillageScores}. Rows are read one at a time. A row with a malformed code, year or score
 * (by default a score off its indicator's ladder too; see {@link #lenient()}) is handed to the
 * rejection consumer with its line and reason naming the column; the rest are read.
 *
 * <p>Example:
 * <pre>{@code
 * List<VillageScores> villages = new ArrayList<>();
 * ScoresTableReader.official().read(table, villages::add, System.err::println);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScoresTableReader {

    private final IdmModel model;
    private final ScoreValidation validation;
    private final ReadLimits limits;

    private ScoresTableReader(IdmModel model, ScoreValidation validation, ReadLimits limits) {
        this.model = model;
        this.validation = validation;
        this.limits = limits;
    }

    /**
     * Returns a reader for the official model.
     *
     * @return the reader, not null
     */
    public static ScoresTableReader official() {
        return of(IdmModel.official());
    }

    /**
     * Returns a reader for a model.
     *
     * @param model the model, not null
     * @return the reader, not null
     */
    public static ScoresTableReader of(IdmModel model) {
        return new ScoresTableReader(Objects.requireNonNull(model, "model"), ScoreValidation.LADDER,
                ReadLimits.defaults());
    }

    /**
     * Returns a reader that accepts any whole score 0..5, on its indicator's ladder or not.
     *
     * @return the reader, not null
     */
    public ScoresTableReader lenient() {
        return new ScoresTableReader(model, ScoreValidation.RANGE, limits);
    }

    /**
     * Returns a reader that reads under other limits ({@code maxRecordChars}, {@code maxCellsPerRow},
     * {@code maxRowsPerTable}; see docs/limits.md); a table over one throws
     * {@link IdmTableException} naming the place and the limit.
     *
     * @param limits the limits, not null
     * @return the reader, not null
     */
    public ScoresTableReader withLimits(ReadLimits limits) {
        return new ScoresTableReader(model, validation, Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Reads a scores table file (CSV or gzip-compressed CSV, UTF-8).
     *
     * @param file the file, not null
     * @param scores receives each row's scores, not null
     * @param rejected receives each row that could not be read, not null
     * @return the counts, not null
     * @throws IdmTableException if the header is not a scores table's
     * @throws InputException if the file does not exist ({@code "no such file"})
     * @throws UncheckedIOException if the file cannot be read
     */
    public ReadSummary read(Path file, Consumer<VillageScores> scores, Consumer<RejectedRow> rejected) {
        return read(Input.of(Objects.requireNonNull(file, "file")), scores, rejected);
    }

    /**
     * Reads a scores table from an input: a file, or standard input or another stream (CSV or
     * gzip-compressed CSV, UTF-8); rows and errors name the input.
     *
     * <pre>{@code
     * ScoresTableReader.official().read(Input.stdin(), scores::add, System.err::println);
     * }</pre>
     *
     * @param input the input, not null
     * @param scores receives each row's scores, not null
     * @param rejected receives each row that could not be read, not null
     * @return the counts, not null
     * @throws IdmTableException if the header is not a scores table's
     * @throws InputException if the input is a file that does not exist ({@code "no such file"})
     * @throws UncheckedIOException if the input cannot be read
     */
    public ReadSummary read(Input input, Consumer<VillageScores> scores, Consumer<RejectedRow> rejected) {
        Objects.requireNonNull(input, "input");
        try (Reader reader = input.reader(limits)) {
            return read(reader, input.name(), scores, rejected);
        } catch (IOException e) {
            throw new UncheckedIOException(input.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a scores table from CSV text; the reader is not closed.
     *
     * @param in the CSV, not null
     * @param source the name used in errors, not null
     * @param scores receives each row's scores, not null
     * @param rejected receives each row that could not be read, not null
     * @return the counts, not null
     * @throws IdmTableException if the header is not a scores table's
     * @throws UncheckedIOException if the reader fails
     */
    public ReadSummary read(Reader in, String source, Consumer<VillageScores> scores, Consumer<RejectedRow> rejected) {
        return read(in, source, 0, scores, rejected);
    }

    /** As {@link #read(Reader, String, Consumer, Consumer)}, the text's first line being line {@code linesBefore + 1}. */
    ReadSummary read(Reader in, String source, long linesBefore, Consumer<VillageScores> scores,
            Consumer<RejectedRow> rejected) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(rejected, "rejected");
        try {
            TableRows records = new CsvRecords(in, linesBefore, source, limits);
            TableRows.Row header = records.next();
            while (header != null && header.isBlank()) {
                header = records.next();
            }
            if (header == null) {
                throw new IdmTableException(source, "", "expected a header row, found no content", null);
            }
            int[] positions = positions(source, header);
            long read = 0;
            long bad = 0;
            for (TableRows.Row r = records.next(); r != null; r = records.next()) {
                if (r.isBlank() && r.problem == null) {
                    continue;
                }
                read++;
                String problem = TableInput.problem(r, header);
                VillageScores row = null;
                if (problem == null) {
                    try {
                        row = row(r.cells, positions);
                    } catch (IllegalArgumentException | IllegalStateException e) {
                        problem = e.getMessage();
                    }
                }
                if (problem != null) {
                    bad++;
                    rejected.accept(new RejectedRow(source, r.location, problem));
                } else {
                    scores.accept(row);
                }
            }
            return new ReadSummary(source, List.of(), read, bad, read - bad);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
    }

    /** Where kode_desa (0), tahun (1) and each indicator in model order (2..) are in the header. */
    private int[] positions(String source, TableRows.Row header) {
        List<String> names = new ArrayList<>();
        for (String h : header.cells) {
            names.add(h.strip().toUpperCase(Locale.ROOT));
        }
        List<String> expected = new ArrayList<>(List.of("KODE_DESA", "TAHUN"));
        model.indicators().forEach(i -> expected.add(i.code()));
        int[] positions = new int[expected.size()];
        List<String> missing = new ArrayList<>();
        for (int k = 0; k < expected.size(); k++) {
            positions[k] = names.indexOf(expected.get(k));
            if (positions[k] < 0) {
                missing.add(expected.get(k));
            } else if (names.lastIndexOf(expected.get(k)) != positions[k]) {
                throw new IdmTableException(source, header.location, "column " + expected.get(k)
                        + " appears twice", null);
            }
        }
        List<String> unknown = new ArrayList<>(names);
        unknown.removeAll(expected);
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new IdmTableException(source, header.location, "expected the columns kode_desa, tahun and "
                    + "the " + model.indicatorCount() + " indicator codes; missing " + missing + ", unknown "
                    + unknown, null);
        }
        return positions;
    }

    private VillageScores row(List<String> cells, int[] positions) {
        String code = cells.get(positions[0]).strip();
        if (!VillageCode.isValid(code)) {
            throw new IllegalArgumentException("kode_desa: expected 10 digits, found \"" + code + "\"");
        }
        int year = integer(cells.get(positions[1]), "tahun", 1, 9999);
        int[] scores = new int[model.indicatorCount()];
        for (int i = 0; i < scores.length; i++) {
            Indicator indicator = model.indicators().get(i);
            scores[i] = integer(cells.get(positions[i + 2]), indicator.code(), IdmModel.MIN_SCORE, IdmModel.MAX_SCORE);
        }
        return VillageScores.builder(model).villageCode(code).year(year).validation(validation).scores(scores).build();
    }

    private static int integer(String text, String column, int min, int max) {
        String s = text.strip();
        int value = TableInput.asciiInteger(s);
        if (value >= min && value <= max) {
            return value;
        }
        throw new IllegalArgumentException(column + ": expected a whole number " + min + ".." + max + ", found \""
                + s + "\"");
    }
}
