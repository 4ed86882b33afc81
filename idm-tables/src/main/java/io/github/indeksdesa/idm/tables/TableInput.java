// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import io.github.indeksdesa.idm.io.Input;
import io.github.indeksdesa.idm.io.ReadLimits;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Opens the rows of a table stream, whichever form it has: XLSX, gzip-compressed CSV or CSV. */
final class TableInput {

    private TableInput() {
    }

    /** Hands the rows of the stream (not closed) to the handler, read under the default limits. */
    static <T> T rows(InputStream in, String source, XlsxRows.Handler<T> handler) throws IOException {
        return rows(in, source, ReadLimits.defaults(), handler);
    }

    /**
     * Hands the rows of the stream (not closed) to the handler, told apart by their first bytes; gzip
     * is inflated under {@code maxGzipBytes} and {@code minInflateRatio}, CSV records are read under
     * the record, cell and row limits.
     */
    static <T> T rows(InputStream in, String source, ReadLimits limits, XlsxRows.Handler<T> handler)
            throws IOException {
        InputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(4);
        int b0 = buffered.read();
        int b1 = buffered.read();
        buffered.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            return handler.handle(new CsvRecords(new InputStreamReader(Input.of(source, buffered).open(limits),
                    StandardCharsets.UTF_8), source, limits));
        }
        if (b0 == 'P' && b1 == 'K') {
            return XlsxRows.read(buffered, source, limits, handler);
        }
        return handler.handle(new CsvRecords(new InputStreamReader(buffered, StandardCharsets.UTF_8), source, limits));
    }

    /** The first row with content, or null. */
    static TableRows.Row header(TableRows rows) throws IOException {
        TableRows.Row header = rows.next();
        while (header != null && header.isBlank()) {
            header = rows.next();
        }
        return header;
    }

    /** Why a data row cannot be read as a row of the header's width: its own problem, a cell count, or null. */
    static String problem(TableRows.Row row, TableRows.Row header) {
        return row.problem != null ? row.problem : row.cells.size() != header.cells.size() ? "expected "
                + header.cells.size() + " cells as in the header, found " + row.cells.size() : null;
    }

    /** A year cell as a year 1..9999, or 0 if it is not one. */
    static int year(String cell) {
        String y = cell.strip();
        int year = y.length() <= 4 ? asciiInteger(y) : -1;
        return year > 0 ? year : 0;
    }

    /**
     * A whole number of at most nine ASCII digits (no sign, no other digits: {@code Integer.parseInt}
     * would take Arabic-Indic or full-width digits), or -1 if the text is not one.
     */
    static int asciiInteger(String text) {
        if (text.isEmpty() || text.length() > 9) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Whether the text is one or more ASCII digits. */
    static boolean isAsciiDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !text.isEmpty();
    }
}
