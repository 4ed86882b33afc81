package io.github.indeksdesa.idm.json;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF)
 * into records, one at a time, remembering the line each starts on. A leading UTF-8 BOM is
 * skipped. A record that cannot be split (an unterminated quote, text after a closing quote) is
 * returned with its problem rather than thrown, so that the caller can reject it and go on.
 */
final class CsvRecords implements TableRows {

    private final Reader in;
    private long line = 1;
    private int pushedBack = -2;
    private boolean started;

    CsvRecords(Reader in) {
        this.in = in;
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    /** Returns the next record, located by the line it starts on, or null at the end of the input. */
    @Override
    public Row next() throws IOException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c == -1) {
            return null;
        }
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        String problem = null;
        boolean quoted = false;
        boolean afterQuote = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    problem = "a quoted field is not closed before the end of the input";
                    fields.add(field.toString());
                    return new Row("line " + start, fields, problem);
                }
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        afterQuote = true;
                        c = d;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
                c = read();
                continue;
            }
            if (c == -1 || c == '\n' || c == '\r') {
                if (c == '\r') {
                    int d = read();
                    if (d != '\n') {
                        pushedBack = d;
                    }
                }
                if (c != -1) {
                    line++;
                }
                fields.add(field.toString());
                return new Row("line " + start, fields, problem);
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
            } else if (c == '"' && field.length() == 0 && !afterQuote) {
                quoted = true;
            } else if (afterQuote) {
                if (problem == null) {
                    problem = "text after the closing quote of field " + (fields.size() + 1);
                }
                field.append((char) c);
            } else {
                field.append((char) c);
            }
            c = read();
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
