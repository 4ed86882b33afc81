// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import io.github.indeksdesa.idm.io.InputException;

/**
 * Thrown when a table (CSV, gzip-compressed CSV or XLSX) cannot be read as a whole: its header is
 * not the expected one, or the workbook or sheet is unreadable. The message names the source, the
 * place (a line, a sheet or a workbook part) and what was expected. A single bad row is not an
 * exception: it is handed to the reader's {@link RejectedRow} consumer.
 */
public class IdmTableException extends InputException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param sourceName the source, e.g. a file name, not null
     * @param location the line, sheet or workbook part, empty for the whole source, not null
     * @param message what was expected and found, not null
     * @param cause the underlying cause, or null
     */
    public IdmTableException(String sourceName, String location, String message, Throwable cause) {
        super(sourceName, location, message, cause);
    }
}
