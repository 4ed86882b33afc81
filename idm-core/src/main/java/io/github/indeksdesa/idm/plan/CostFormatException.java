// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.plan;

/**
 * A cost file that cannot be read: the message names the source, the line and what was expected,
 * e.g. {@code costs.csv:4: cost: expected a whole number 0..1000000000000000 or "-", found "1.5"}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CostFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The name of the source that was read. */
    private final String sourceName;
    /** The 1-based line number, or 0 if the error is not on one line. */
    private final int line;

    CostFormatException(String sourceName, int line, String message) {
        super(sourceName + (line > 0 ? ":" + line : "") + ": " + message);
        this.sourceName = sourceName;
        this.line = line;
    }

    /**
     * Returns the name of the source that was read, e.g. a file name.
     *
     * @return the source name, not null
     */
    public String sourceName() {
        return sourceName;
    }

    /**
     * Returns the 1-based number of the offending line.
     *
     * @return the line number, or 0 if the error concerns no single line
     */
    public int line() {
        return line;
    }
}
