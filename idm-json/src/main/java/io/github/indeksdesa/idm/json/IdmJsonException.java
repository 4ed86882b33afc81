// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.json;

import io.github.indeksdesa.idm.io.InputException;

/**
 * Thrown when input in one of the formats of this module cannot be read. The message names the
 * source, the place (a JSON path such as {@code mapData.ROW[36].SKOR}, or a line) and what was
 * expected.
 */
public class IdmJsonException extends InputException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param sourceName the source, e.g. a file name, not null
     * @param location the JSON path or line, not null
     * @param message what was expected and found, not null
     * @param cause the underlying cause, or null
     */
    public IdmJsonException(String sourceName, String location, String message, Throwable cause) {
        super(sourceName, location, message, cause);
    }
}
