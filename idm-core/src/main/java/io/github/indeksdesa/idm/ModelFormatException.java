// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

/**
 * Thrown when a model's text is malformed or describes a model that breaks an invariant. The
 * message names the source, the line and what was expected.
 */
public final class ModelFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The name of the source, e.g. a resource or file name. */
    private final String sourceName;
    /** The 1-based line, or 0 when the problem concerns the whole model. */
    private final int line;

    /**
     * Makes the exception; the message becomes {@code sourceName:line: message} ({@code sourceName:
     * message} when the line is 0).
     *
     * @param sourceName the name of the source, e.g. a resource or file name, not null
     * @param line the 1-based line, or 0 when the problem concerns the whole model
     * @param message what is wrong and what was expected, not null
     * @param cause the underlying error, may be null
     */
    public ModelFormatException(String sourceName, int line, String message, Throwable cause) {
        super(sourceName + (line > 0 ? ":" + line : "") + ": " + message, cause);
        this.sourceName = sourceName;
        this.line = line;
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
     * Returns the 1-based line of the problem.
     *
     * @return the line, or 0 when the problem concerns the whole model
     */
    public int line() {
        return line;
    }
}
