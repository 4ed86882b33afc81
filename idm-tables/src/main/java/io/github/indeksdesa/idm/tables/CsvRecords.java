// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordType;
import io.github.indeksdesa.idm.io.ReadLimits;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Splits CSV text (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes, CRLF, LF or
 * CR) into records, one at a time, remembering the lines each spans, with FastCSV. A leading UTF-8
 * BOM is skipped; a line break inside a quoted field comes as {@code \n}. A record that cannot be
 * split (an unterminated quote, text after a closing quote) is returned with its problem rather
 * than thrown, so that the caller can reject it and go on.
 *
 * <p>A quoted field may span lines, but a stray quote must not swallow the rows after it: when a
 * quoted field runs to the end of the input unclosed, or a record spanning several lines is
 * malformed or has not as many cells as the header (the first record with content), that record is
 * returned as one problem located "lines a–b", and reading resumes on the line after its first, so
 * every later well-formed row is still read. For that the text FastCSV has read is kept from the
 * first line of the last record returned ({@link Tape}), and FastCSV starts again on that text.
 */
final class CsvRecords implements TableRows {

    /** Follows the input, so that a quoted field still open at the end shows: it swallows this. */
    private static final String END = "\uFFFF\uFFFEend of input";
    private static final String AFTER_QUOTE = "Unexpected character after closing quote";
    private static final String BUFFER = "The maximum buffer size";

    private final Tape tape;
    private final ReadLimits limits;
    private final String source;
    private final Cells cells = new Cells();
    private Iterator<Row> parsed;
    /** The lines before the text the current FastCSV reader started on. */
    private long linesBefore;
    private long records;
    private int width = -1;

    CsvRecords(Reader in, String source, ReadLimits limits) {
        this(in, 0, source, limits);
    }

    /**
     * Reads records whose first line is line {@code linesBefore + 1} of the source, under the
     * limits {@code maxRecordChars}, {@code maxCellsPerRow} and {@code maxRowsPerTable}: a record
     * is never held beyond {@code maxRecordChars} and a few buffers of characters.
     */
    CsvRecords(Reader in, long linesBefore, String source, ReadLimits limits) {
        this.tape = new Tape(in, linesBefore + 1, linesBefore == 0);
        this.source = source;
        this.limits = limits;
        start(linesBefore + 1);
    }

    /** Starts FastCSV on line {@code line}. */
    private void start(long line) {
        linesBefore = line - 1;
        parsed = builder().build(cells, tape.from(line)).iterator();
    }

    private CsvReader.CsvReaderBuilder builder() {
        // a field is held whole in FastCSV's buffer: one past the limit fails there, any shorter in Cells
        int buffer = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(1 << 15, limits.maxRecordChars() + (1L << 14)));
        return CsvReader.builder().skipEmptyLines(false).allowExtraFields(true).allowMissingFields(true)
                .maxBufferSize(buffer);
    }

    private IdmTableException overLimit(String place, String what, String limit) {
        return overLimit(source, place, what, limit);
    }

    /** The error for a table limit exceeded: the input, the place, and the limit to raise. */
    static IdmTableException overLimit(String source, String place, String what, String limit) {
        return new IdmTableException(source, place, what + " (ReadLimits." + limit + "); if the table is genuine, "
                + "raise the limit (idm --limit " + limit + "=…)", null);
    }

    private IdmTableException tooLong(long first, long last) {
        return first == last
                ? overLimit("line " + first, "a line is longer than " + limits.maxRecordChars() + " characters",
                        "maxRecordChars")
                : overLimit(location(first, last), "a record is longer than " + limits.maxRecordChars()
                        + " characters", "maxRecordChars");
    }

    /** Returns the next record, located by the lines it spans, or null at the end of the input. */
    @Override
    public Row next() throws IOException {
        Row row;
        long first;
        long last;
        try {
            row = parsed.hasNext() ? parsed.next() : null;
            if (row == null || cells.end) {
                return null;
            }
            first = cells.first;
            last = cells.last();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (CsvParseException e) {
            first = cells.first;
            Throwable cause = cause(e);
            if (!String.valueOf(cause.getMessage()).startsWith(AFTER_QUOTE)) {
                if (cause instanceof IOException io) {
                    throw io;
                }
                throw new IdmTableException(source, "line " + first, "not CSV: " + cause.getMessage(), e);
            }
            row = afterQuote(first, cells.size() + 1);
            last = lastLine;
        }
        if (cells.unclosed) {
            return givenUp(first, new Row(location(first, last), row.cells, "a quoted field opened on line " + first
                    + " is not closed before the end of the input"));
        }
        if (last > first && (row.problem != null || width >= 0 && row.cells.size() != width)) {
            String span = "a quoted field opened on line " + first + " runs to line " + last;
            return givenUp(first, new Row(row.location, row.cells, row.problem != null ? span + " and then "
                    + row.problem : span + " and the record has " + row.cells.size() + " cells, expected " + width
                    + " as in the header"));
        }
        if (!row.isBlank() && ++records > limits.maxRowsPerTable()) {
            // blank lines are not rows; a table of them is bounded by time alone (and gzip by its limits)
            throw overLimit("line " + first, "the table has more than " + limits.maxRowsPerTable() + " rows",
                    "maxRowsPerTable");
        }
        if (width < 0 && row.problem == null && !row.isBlank()) {
            width = row.cells.size();
        }
        if (row.problem != null) {
            start(first + 1);
        } else {
            tape.forget(first);
        }
        return row;
    }

    /**
     * The first cause that is not FastCSV's wrapping: ours (a limit passed) thrown, FastCSV's full
     * buffer thrown as the limit of a record, reading failures returned.
     */
    private Throwable cause(CsvParseException e) {
        Throwable t = e;
        while (t instanceof CsvParseException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof RuntimeException unchecked && !(t instanceof CsvParseException)
                && !(t instanceof UncheckedIOException)) {
            throw unchecked; // ours (a limit passed) or the input's own
        }
        if (t instanceof UncheckedIOException io) {
            return io.getCause();
        }
        if (String.valueOf(t.getMessage()).startsWith(BUFFER)) {
            throw tooLong(cells.first, cells.last());
        }
        return t;
    }

    /** Returns the record as a problem and reads the lines after its first again. */
    private Row givenUp(long first, Row row) {
        start(first + 1);
        return row;
    }

    /** The last line of the record {@link #afterQuote} returned. */
    private long lastLine;

    /**
     * The record starting on line {@code first} with text after the closing quote of field
     * {@code field}: its last line is the first at which FastCSV, reading the record's lines
     * alone, stops at that text; its cells are as FastCSV reads those lines when it keeps the text.
     */
    private Row afterQuote(long first, int field) throws IOException {
        String text = tape.text(first, limits.maxRecordChars());
        if (text == null) {
            throw tooLong(first, first);
        }
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                ends.add(i);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            }
        }
        ends.add(text.length());
        int low = 0;
        int high = ends.size() - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (stopsAfterQuote(text.substring(0, ends.get(mid)))) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        lastLine = first + low;
        de.siegmar.fastcsv.reader.CsvRecord record = CsvReader.builder().allowExtraCharsAfterClosingQuote(true)
                .ofSingleCsvRecord(text.substring(0, ends.get(low)));
        List<String> found = new ArrayList<>(record.getFieldCount());
        if (record.getFieldCount() > limits.maxCellsPerRow()) {
            throw overLimit("line " + first, "a row has more than " + limits.maxCellsPerRow() + " cells",
                    "maxCellsPerRow");
        }
        for (String cell : record.getFields()) {
            found.add(cell.indexOf('\r') < 0 ? cell : cell.replace("\r\n", "\n").replace('\r', '\n'));
        }
        return new Row(location(first, lastLine), found, "text after the closing quote of field " + field);
    }

    private static boolean stopsAfterQuote(String text) {
        try {
            CsvReader.builder().ofSingleCsvRecord(text);
            return false;
        } catch (CsvParseException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (String.valueOf(t.getMessage()).startsWith(AFTER_QUOTE)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static String location(long first, long last) {
        return first == last ? "line " + first : "lines " + first + "\u2013" + last;
    }

    /** Builds each record's cells as FastCSV finds them, counting lines and checking the limits. */
    private final class Cells extends CsvCallbackHandler<Row> {
        private List<String> list = new ArrayList<>();
        private long first;
        private long breaks;
        private long chars;
        private boolean empty;
        private boolean unclosed;
        private boolean end;

        long last() {
            return first + breaks;
        }

        int size() {
            return list.size();
        }

        @Override
        protected RecordType getRecordType() {
            return empty ? RecordType.EMPTY : RecordType.DATA;
        }

        @Override
        protected int getFieldCount() {
            return list.size();
        }

        @Override
        protected void beginRecord(long line) {
            list = new ArrayList<>(Math.max(width, 4));
            first = linesBefore + line;
            breaks = 0;
            chars = -1;
            empty = false;
            unclosed = false;
        }

        @Override
        protected void addField(char[] buf, int offset, int len, boolean quoted) {
            if (list.size() >= limits.maxCellsPerRow()) {
                throw overLimit("line " + first, "a row has more than " + limits.maxCellsPerRow() + " cells",
                        "maxCellsPerRow");
            }
            String cell = new String(buf, offset, len);
            chars += len + 1;
            if (quoted) {
                chars += 2;
                cell = lines(cell);
                if (cell.endsWith(END)) {
                    unclosed = true;
                    breaks--;
                    cell = cell.substring(0, cell.length() - END.length() - 1);
                }
            }
            if (chars > limits.maxRecordChars()) {
                throw tooLong(first, last());
            }
            list.add(cell);
        }

        /** Counts the line breaks of a quoted cell and makes each one {@code \n}. */
        private String lines(String cell) {
            int lf = cell.indexOf('\n');
            int cr = cell.indexOf('\r');
            if (lf < 0 && cr < 0) {
                return cell;
            }
            if (cr >= 0) {
                cell = cell.replace("\r\n", "\n").replace('\r', '\n');
            }
            for (int i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) {
                breaks++;
            }
            return cell;
        }

        @Override
        protected void setComment(char[] buf, int offset, int len) {
            throw new IllegalStateException("comments are not read");
        }

        @Override
        protected void setEmpty() {
            empty = true;
        }

        @Override
        protected Row buildRecord() {
            end = !unclosed && list.size() == 1 && END.equals(list.get(0));
            List<String> found = empty ? List.of("") : list;
            return new Row(location(first, last()), found, null);
        }
    }

    /**
     * The text as FastCSV reads it, kept from the start of a line on ({@link #forget(long)} moves
     * that line on), so that FastCSV can start again on a later line ({@link #from(long)}); the
     * input is followed by a line break where it has none and {@link #END}.
     */
    private static final class Tape extends Reader {
        private final Reader in;
        private boolean bom;
        /** Text to read before the rest of {@code in}: kept text read again, or the end. */
        private char[] again = new char[0];
        private int read;
        private char[] kept = new char[1 << 15];
        private int length;
        /** The number of the line {@code kept} starts with. */
        private long line;
        private boolean ended;
        private char lastChar = '\n';

        Tape(Reader in, long line, boolean bom) {
            this.in = in;
            this.line = line;
            this.bom = bom;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            int n;
            if (read < again.length) {
                n = Math.min(len, again.length - read);
                System.arraycopy(again, read, cbuf, off, n);
                read += n;
            } else if (ended) {
                return -1;
            } else {
                n = in.read(cbuf, off, len);
                if (n > 0 && bom) {
                    bom = false;
                    if (cbuf[off] == '\uFEFF') {
                        System.arraycopy(cbuf, off + 1, cbuf, off, --n);
                    }
                }
                if (n < 0) {
                    ended = true;
                    again = (lastChar == '\n' || lastChar == '\r' ? END : '\n' + END).toCharArray();
                    read = 0;
                    return read(cbuf, off, len);
                }
                if (n > 0) {
                    lastChar = cbuf[off + n - 1];
                }
            }
            if (length + n > kept.length) {
                kept = Arrays.copyOf(kept, Math.max(kept.length * 2, length + n));
            }
            System.arraycopy(cbuf, off, kept, length, n);
            length += n;
            return n;
        }

        /**
         * Returns where line {@code target} starts in the kept text, reading on as far as needed,
         * or -1 if that is not known yet (the kept text ends in a CR) and {@code readOn} is false;
         * the end of the text if it has no such line.
         */
        private int start(long target, boolean readOn) throws IOException {
            int i = 0;
            char[] one = new char[1];
            for (long n = line; n < target; n++) {
                while (true) {
                    if (i >= length && (!readOn || read(one, 0, 1) < 0)) {
                        return readOn ? length : -1;
                    }
                    char c = kept[i++];
                    if (c == '\n') {
                        break;
                    }
                    if (c == '\r') {
                        if (i >= length && (!readOn || read(one, 0, 1) < 0)) {
                            return readOn ? length : -1;
                        }
                        if (kept[i] == '\n') {
                            i++;
                        }
                        break;
                    }
                }
            }
            return i;
        }

        /** Lets the text before line {@code target} go, if much is kept. */
        void forget(long target) throws IOException {
            if (length < kept.length / 2 || target <= line) {
                return;
            }
            int at = start(target, false);
            if (at > 0) {
                System.arraycopy(kept, at, kept, 0, length - at);
                length -= at;
                line = target;
            }
        }

        /**
         * Returns the kept text from the start of line {@code target} to the end of the line after
         * what has been read (or the end of the input, without {@link #END}), or null if that is
         * longer than {@code max} characters.
         */
        String text(long target, int max) throws IOException {
            int at = start(target, true);
            char[] one = new char[1];
            int from = length;
            while (read(one, 0, 1) > 0 && one[0] != '\n' && one[0] != '\r') {
                from = length;
                if (from - at > max) {
                    return null;
                }
            }
            String text = new String(kept, at, Math.max(at, from) - at);
            return ended && text.endsWith(END) ? text.substring(0, text.length() - END.length()) : text;
        }

        /** Returns this tape, to be read again from the start of line {@code target}. */
        Reader from(long target) {
            if (target > line) {
                try {
                    int at = start(target, true);
                    char[] rest = new char[length - at + again.length - read];
                    System.arraycopy(kept, at, rest, 0, length - at);
                    System.arraycopy(again, read, rest, length - at, again.length - read);
                    again = rest;
                    read = 0;
                    length = 0;
                    line = target;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (target == line && length > 0) {
                char[] rest = new char[length + again.length - read];
                System.arraycopy(kept, 0, rest, 0, length);
                System.arraycopy(again, read, rest, length, again.length - read);
                again = rest;
                read = 0;
                length = 0;
            }
            return this;
        }

        @Override
        public void close() throws IOException {
            // the caller closes the input
        }
    }

    /** Returns a field quoted for CSV where it needs to be. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0
                && (field.isEmpty() || !Character.isWhitespace(field.charAt(0)))) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** Writes one record and a line break. */
    static void write(Appendable out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(fields.get(i)));
        }
        out.append('\n');
    }
}
