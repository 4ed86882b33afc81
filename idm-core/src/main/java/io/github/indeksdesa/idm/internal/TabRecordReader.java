// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.internal;

import io.github.indeksdesa.idm.ModelFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The strict line reading both model formats share: one record per line, a keyword and fields
 * separated by one TAB each, taken exactly as written; empty lines and {@code #} comments skipped;
 * a leading byte-order mark ignored; every error a {@link ModelFormatException} naming the source
 * and the line. Not part of the API (the package is not exported).
 */
public abstract class TabRecordReader {

    private final String sourceName;
    private int lineNo;

    /**
     * Makes a reader.
     *
     * @param sourceName the name to quote in errors, not null
     */
    protected TabRecordReader(String sourceName) {
        this.sourceName = sourceName;
    }

    /**
     * Reads a model that ships as a resource beside a class.
     *
     * @param <T> the model type
     * @param anchor the class the resource lies beside, not null
     * @param resource the resource name, not null
     * @param read reads the model from the source name and the text
     * @return the model, not null
     * @throws IllegalStateException if the resource is missing
     * @throws UncheckedIOException if it cannot be read
     */
    public static <T> T readResource(Class<?> anchor, String resource, ModelRead<T> read) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("model resource " + resource + " is missing from the idm-core jar");
            }
            return read.read(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model resource " + resource, e);
        }
    }

    /**
     * Reads a model from a named text.
     *
     * @param <T> the model type
     */
    @FunctionalInterface
    public interface ModelRead<T> {
        /**
         * Reads the model.
         *
         * @param sourceName the name to quote in errors
         * @param reader the text
         * @return the model
         * @throws IOException if reading fails
         */
        T read(String sourceName, Reader reader) throws IOException;
    }

    /**
     * Reads every record and hands it to {@link #record(String[])}; afterwards the current line is
     * 0 (errors about the whole model name no line).
     *
     * @param in the text, not null
     * @throws IOException if reading fails
     */
    protected final void readRecords(BufferedReader in) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            record(line.split("\t", -1));
        }
        lineNo = 0;
    }

    /**
     * Handles one record.
     *
     * @param fields the keyword and its fields
     */
    protected abstract void record(String[] fields);

    /**
     * Returns the current 1-based line, 0 after the last.
     *
     * @return the line
     */
    protected final int lineNo() {
        return lineNo;
    }

    /**
     * Sets the line later errors name (e.g. the line that defined a unit found incomplete at the end).
     *
     * @param lineNo the 1-based line, or 0 for none
     */
    protected final void lineNo(int lineNo) {
        this.lineNo = lineNo;
    }

    /**
     * Checks a record's field count.
     *
     * @param f the record
     * @param count the expected number of fields, keyword included
     * @param expected the form to quote, e.g. {@code "years<TAB>FIRST<TAB>LAST"}
     */
    protected final void fields(String[] f, int count, String expected) {
        if (f.length != count) {
            throw fail("expected " + count + " TAB-separated fields '" + expected + "', found " + f.length);
        }
    }

    /**
     * Parses a whole number.
     *
     * @param text the field
     * @param what what it is, for the error
     * @return the number
     */
    protected final int parseInt(String text, String what) {
        try {
            return Integer.parseInt(AsciiNumbers.isAscii(text) ? text : "?");
        } catch (NumberFormatException e) {
            throw fail(what + ": expected a whole number, found '" + text + "'", e);
        }
    }

    /**
     * Returns an error at the current line.
     *
     * @param message what is wrong and what was expected
     * @return the error to throw
     */
    protected final ModelFormatException fail(String message) {
        return fail(message, null);
    }

    /**
     * Returns an error at the current line with its cause.
     *
     * @param message what is wrong and what was expected
     * @param cause the underlying error, may be null
     * @return the error to throw
     */
    protected final ModelFormatException fail(String message, Throwable cause) {
        return new ModelFormatException(sourceName, lineNo, message, cause);
    }
}
