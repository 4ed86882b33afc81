package io.github.indeksdesa.idm.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader and writer: comma separated, double quotes around fields that hold
 * commas, quotes or line breaks, a UTF-8 byte order mark ignored. Streaming: one record at a time.
 */
final class Csv {

    private final Reader in;
    private final String source;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private int line = 1;
    private int recordLine;
    private boolean first = true;

    /** Reads from {@code in}; errors name {@code source}. */
    Csv(Reader in, String source) {
        this.in = in;
        this.source = source;
    }

    /** Returns the line on which the last record returned started (1-based). */
    int recordLine() {
        return recordLine;
    }

    private int read() {
        if (position == limit) {
            try {
                limit = in.read(buffer, 0, buffer.length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    private void unread() {
        position--;
    }

    /**
     * Returns the next record, or null at the end of the input. Blank lines are skipped.
     *
     * @throws InputException on an unterminated quoted field, naming the source and the line
     */
    List<String> next() {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int c = read();
        if (first) {
            first = false;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        while (c == '\r' || c == '\n') {
            if (c == '\n') {
                line++;
            }
            c = read();
        }
        if (c == -1) {
            return null;
        }
        recordLine = line;
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new InputException(source, "line " + recordLine,
                            "a quoted field is not closed before the end of the input");
                }
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (d != -1) {
                            unread();
                        }
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r' || c == -1) {
                fields.add(field.toString());
                if (c == '\r') {
                    int d = read();
                    if (d != '\n' && d != -1) {
                        unread();
                    }
                }
                if (c != -1) {
                    line++;
                }
                return fields;
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    /**
     * Reads the header record.
     *
     * @throws InputException naming line 1 if the input is empty or malformed
     */
    List<String> header(String expected) {
        List<String> header = next();
        if (header == null) {
            throw new InputException(source, "line 1", "expected " + expected + "; the input is empty");
        }
        return header;
    }

    /** Appends one field, quoted where needed. */
    static void appendField(StringBuilder out, String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        if (!quote) {
            out.append(value);
            return;
        }
        out.append('"').append(value.replace("\"", "\"\"")).append('"');
    }

    /** Returns one CSV line (without the line break) of the given fields. */
    static String line(List<String> values) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            appendField(out, values.get(i));
        }
        return out.toString();
    }
}
