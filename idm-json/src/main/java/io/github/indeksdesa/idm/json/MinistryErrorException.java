// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.json;

/**
 * Thrown when a ministry API response is the error envelope
 * ({@code {"status":400,"error":true,"message":"ID Desa tidak ditemukan"}}) rather than a report.
 */
public class MinistryErrorException extends IdmJsonException {

    private static final long serialVersionUID = 1L;

    /** The status the envelope gives, e.g. 400. */
    private final int status;
    /** The ministry's message, e.g. "ID Desa tidak ditemukan". */
    private final String ministryMessage;

    /**
     * Creates the exception.
     *
     * @param sourceName the source, not null
     * @param status the envelope's status, e.g. 400
     * @param ministryMessage the envelope's message, not null
     */
    public MinistryErrorException(String sourceName, int status, String ministryMessage) {
        super(sourceName, "", "the ministry answered with an error (status " + status + "): \"" + ministryMessage
                + "\"", null);
        this.status = status;
        this.ministryMessage = ministryMessage;
    }

    /**
     * Returns the status the envelope gives.
     *
     * @return the status, e.g. 400
     */
    public int status() {
        return status;
    }

    /**
     * Returns the ministry's message.
     *
     * @return the message, e.g. "ID Desa tidak ditemukan", not null
     */
    public String ministryMessage() {
        return ministryMessage;
    }
}
