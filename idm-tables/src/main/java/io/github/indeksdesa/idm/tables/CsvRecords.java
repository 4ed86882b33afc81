// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import io.github.indeksdesa.idm.io.ReadLimits;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits CSV text (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes, CRLF, LF or
 * CR) into records, one at a time, remembering the lines each spans. A leading UTF-8 BOM is
 * skipped. A record that cannot be split (an unterminated quote, text after a closing quote) is
 * returned with its problem rather than thrown, so that the caller can reject it and go on.
 *
 * <p>A quoted field may span lines, but a stray quote must not swallow the rows after it: when a
 * quoted field runs to the end of the input unclosed, or a record spanning several lines is
 * malformed or has not as many cells as the header (the first record with content), that record is
 * returned as one problem located "lines a–b", and reading resumes on the line after its first, so every later
 * well-formed row is still read.
 */
final class CsvRecords implements TableRows {

    /** One physical line of the input, without its line break. */
    private record Line(long number, String text) {
    }

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int end;
    private final ReadLimits limits;
    private final String source;
    private long records;
    /** Lines read ahead of a record that was given up, read again before the input. */
    private final Deque<Line> again = new ArrayDeque<>();
    private long lines;
    private int width = -1;

    CsvRecords(Reader in, String source, ReadLimits limits) {
        this(in, 0, source, limits);
    }

    /**
     * Reads records whose first line is line {@code linesBefore + 1} of the source, under the
     * limits {@code maxRecordChars}, {@code maxCellsPerRow} and {@code maxRowsPerTable}: a line is
     * never held beyond {@code maxRecordChars + 1} characters.
     */
    CsvRecords(Reader in, long linesBefore, String source, ReadLimits limits) {
        this.in = in;
        this.lines = linesBefore;
        this.source = source;
        this.limits = limits;
    }

    /** Reads one line without its break (CR, LF or CRLF), or null at the end; stops past the limit. */
    private String readLine() throws IOException {
        StringBuilder line = null;
        while (true) {
            if (position >= end) {
                end = in.read(buffer, 0, buffer.length);
                position = 0;
                if (end <= 0) {
                    end = 0;
                    return line == null ? null : line.toString();
                }
            }
            if (line == null) {
                line = new StringBuilder();
            }
            int start = position;
            while (position < end && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            line.append(buffer, start, position - start);
            if (line.length() > limits.maxRecordChars()) {
                throw overLimit("line " + (lines + 1), "a line is longer than " + limits.maxRecordChars()
                        + " characters", "maxRecordChars");
            }
            if (position < end) {
                char brk = buffer[position++];
                if (brk == '\r') {
                    if (position >= end) {
                        end = in.read(buffer, 0, buffer.length);
                        position = 0;
                        end = Math.max(end, 0);
                    }
                    if (position < end && buffer[position] == '\n') {
                        position++;
                    }
                }
                return line.toString();
            }
        }
    }

    private IdmTableException overLimit(String place, String what, String limit) {
        return overLimit(source, place, what, limit);
    }

    /** The error for a table limit exceeded: the input, the place, and the limit to raise. */
    static IdmTableException overLimit(String source, String place, String what, String limit) {
        return new IdmTableException(source, place, what + " (ReadLimits." + limit + "); if the table is genuine, "
                + "raise the limit (idm --limit " + limit + "=…)", null);
    }

    private Line line() throws IOException {
        if (!again.isEmpty()) {
            return again.pollFirst();
        }
        String text = readLine();
        if (text == null) {
            return null;
        }
        if (lines == 0 && text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new Line(++lines, text);
    }

    /** Returns the next record, located by the lines it spans, or null at the end of the input. */
    @Override
    public Row next() throws IOException {
        Line first = line();
        if (first == null) {
            return null;
        }
        List<Line> spanned = new ArrayList<>(List.of(first));
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        String problem = null;
        boolean quoted = false;
        boolean afterQuote = false;
        String text = first.text();
        long chars = text.length();
        while (true) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c != '"') {
                        field.append(c);
                    } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else if (c == ',') {
                    if (fields.size() >= limits.maxCellsPerRow()) {
                        throw overLimit("line " + first.number(), "a row has more than " + limits.maxCellsPerRow()
                                + " cells", "maxCellsPerRow");
                    }
                    fields.add(field.toString());
                    field.setLength(0);
                    afterQuote = false;
                } else if (c == '"' && field.length() == 0 && !afterQuote) {
                    quoted = true;
                } else {
                    if (afterQuote && problem == null) {
                        problem = "text after the closing quote of field " + (fields.size() + 1);
                    }
                    field.append(c);
                }
            }
            if (!quoted) {
                break;
            }
            Line more = line();
            if (more == null) {
                fields.add(field.toString());
                return givenUp(spanned, fields, "a quoted field opened on line " + first.number()
                        + " is not closed before the end of the input");
            }
            spanned.add(more);
            field.append('\n');
            text = more.text();
            chars += text.length() + 1;
            if (chars > limits.maxRecordChars()) {
                throw overLimit("lines " + first.number() + "\u2013" + more.number(), "a record is longer than "
                        + limits.maxRecordChars() + " characters", "maxRecordChars");
            }
        }
        fields.add(field.toString());
        if (spanned.size() > 1 && (problem != null || width >= 0 && fields.size() != width)) {
            String span = "a quoted field opened on line " + first.number() + " runs to line "
                    + spanned.get(spanned.size() - 1).number();
            return givenUp(spanned, fields, problem != null ? span + " and then " + problem
                    : span + " and the record has " + fields.size() + " cells, expected " + width + " as in the header");
        }
        Row row = new Row(location(spanned), fields, problem);
        if (!row.isBlank() && ++records > limits.maxRowsPerTable()) {
            // blank lines are not rows; a table of them is bounded by time alone (and gzip by its limits)
            throw overLimit("line " + first.number(), "the table has more than " + limits.maxRowsPerTable() + " rows",
                    "maxRowsPerTable");
        }
        if (width < 0 && problem == null && !row.isBlank()) {
            width = fields.size();
        }
        return row;
    }

    /** Returns the record as a problem and reads the lines after its first again. */
    private Row givenUp(List<Line> spanned, List<String> fields, String problem) {
        for (int i = spanned.size() - 1; i > 0; i--) {
            again.addFirst(spanned.get(i));
        }
        return new Row(location(spanned), fields, problem);
    }

    private static String location(List<Line> spanned) {
        long first = spanned.get(0).number();
        long last = spanned.get(spanned.size() - 1).number();
        return first == last ? "line " + first : "lines " + first + "\u2013" + last;
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
