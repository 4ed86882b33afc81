// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** What the CSV table writers share: writing records to an output they own. */
abstract class CsvTableWriter implements Closeable, Flushable {

    private final Writer out;

    CsvTableWriter(Writer out) {
        this.out = out;
    }

    final void record(List<String> fields) {
        try {
            CsvRecords.write(out, fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Flushes the output.
     *
     * @throws IOException if flushing fails
     */
    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /**
     * Closes the output.
     *
     * @throws IOException if closing fails
     */
    @Override
    public void close() throws IOException {
        out.close();
    }
}
