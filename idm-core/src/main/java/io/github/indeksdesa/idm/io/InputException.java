// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.io;

import java.util.Objects;

/**
 * Thrown when an input cannot be read. The message names the source (a file name, or
 * {@code <stdin>}), the place in it (a JSON path such as {@code mapData.ROW[36].SKOR}, a line, a
 * sheet) and what was expected. The readers of idm-json and idm-tables throw subclasses of it, so
 * one {@code catch} handles both.
 *
 * <pre>{@code
 * try {
 *     InputKind kind = Input.of(Path.of("scores.csv")).kind();
 * } catch (InputException e) {
 *     System.err.println(e.sourceName() + ": " + e.reason());   // "scores.csv: no such file"
 * }
 * }</pre>
 */
public class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The name of the source, e.g. a file name. */
    private final String sourceName;
    /** Where in the source: a JSON path, a line, a sheet; empty for the whole source. */
    private final String location;
    /** What was expected and found. */
    private final String reason;

    /**
     * Creates the exception; its message is {@code "source at location: reason"}, or
     * {@code "source: reason"} when the location is empty.
     *
     * @param sourceName the source, e.g. a file name, not null
     * @param location the place in the source, empty when it concerns the whole source, not null
     * @param reason what was expected and found, not null
     * @param cause the underlying cause, or null
     */
    public InputException(String sourceName, String location, String reason, Throwable cause) {
        super(Objects.requireNonNull(sourceName, "sourceName")
                + (Objects.requireNonNull(location, "location").isEmpty() ? "" : " at " + location)
                + ": " + Objects.requireNonNull(reason, "reason"), cause);
        this.sourceName = sourceName;
        this.location = location;
        this.reason = reason;
    }

    /**
     * Returns the name of the source that was read.
     *
     * @return the source name, not null
     */
    public String sourceName() {
        return sourceName;
    }

    /**
     * Returns where in the source the problem is: a JSON path, a line or a sheet.
     *
     * @return the location, empty when it concerns the whole source, not null
     */
    public String location() {
        return location;
    }

    /**
     * Returns what was expected and found, without the source and the place.
     *
     * @return the reason, not null
     */
    public String reason() {
        return reason;
    }
}
