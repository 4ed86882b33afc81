// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import io.github.indeksdesa.idm.io.ReadLimits;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * One record of a CSV text, as the table readers of this module split it (RFC 4180: quoted fields,
 * doubled quotes, line breaks inside quotes, CRLF, LF or CR; a leading UTF-8 BOM skipped), for
 * tools that read CSV shapes of their own. A record that cannot be split (a quote not closed, text
 * after a closing quote) comes with its {@link #problem() problem} instead of an exception, and a
 * stray quote does not swallow the records after it: see {@link #read(Reader)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvRecord {

    private final String location;
    private final List<String> cells;
    private final String problem;

    private CsvRecord(TableRows.Row row) {
        this.location = row.location;
        this.cells = List.copyOf(row.cells);
        this.problem = row.problem;
    }

    /**
     * Reads the records of a CSV text lazily, one per call of the iterator's {@code next()}; blank
     * lines come as records whose cells are all blank. A quoted field may span lines; where one
     * runs unclosed to the end of the input, or a record spanning several lines is malformed or
     * has not as many cells as the first record with content (the header), that record comes with
     * its problem, located "lines a–b", and reading resumes on the line after its first. The
     * reader is not closed; the iterator is for one thread, and its {@code hasNext()} and
     * {@code next()} throw {@link UncheckedIOException} if the reader fails, and
     * {@link IdmTableException} past a limit of {@link ReadLimits#defaults()} (a line of more than
     * {@code maxRecordChars} characters, more than {@code maxCellsPerRow} cells or
     * {@code maxRowsPerTable} records), never holding more than the limit and a few buffers in memory.
     *
     * @param in the text, not null
     * @return the records in order, not null
     * @throws NullPointerException if {@code in} is null
     */
    public static Iterator<CsvRecord> read(Reader in) {
        CsvRecords records = new CsvRecords(Objects.requireNonNull(in, "in"), "CSV text", ReadLimits.defaults());
        return new Iterator<>() {
            private TableRows.Row next;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    try {
                        next = records.next();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    done = next == null;
                }
                return next != null;
            }

            @Override
            public CsvRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no more records");
                }
                CsvRecord record = new CsvRecord(next);
                next = null;
                return record;
            }
        };
    }

    /**
     * Returns where the record is in the text.
     *
     * @return "line 7", or "lines 3–5" for a record spanning lines, not null
     */
    public String location() {
        return location;
    }

    /**
     * Returns the cells, as far as they could be split.
     *
     * @return the cells in order, unmodifiable, at least one, not null
     */
    public List<String> cells() {
        return cells;
    }

    /**
     * Returns whether every cell is blank (a blank line).
     *
     * @return true if every cell is blank
     */
    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }

    /**
     * Returns why the record could not be split properly, if it could not.
     *
     * @return the problem, e.g. "text after the closing quote of field 3", or empty, not null
     */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    @Override
    public String toString() {
        return location + ": " + cells + (problem == null ? "" : " (" + problem + ")");
    }
}
