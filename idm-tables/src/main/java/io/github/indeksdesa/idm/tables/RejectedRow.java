// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import java.util.Objects;

/**
 * A row of a table that could not be read: the source, where it is (a line or a sheet cell) and
 * why. The table readers report every such row and go on with the rest.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RejectedRow {

    private final String source;
    private final String location;
    private final String reason;

    /**
     * Creates a rejected row.
     *
     * @param source the source, e.g. a file name, not null
     * @param location where, e.g. "line 12", not null
     * @param reason why the row was rejected, not null
     */
    public RejectedRow(String source, String location, String reason) {
        this.source = Objects.requireNonNull(source, "source");
        this.location = Objects.requireNonNull(location, "location");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Returns the source.
     *
     * @return the source, not null
     */
    public String source() {
        return source;
    }

    /**
     * Returns where the row is.
     *
     * @return e.g. "line 12", not null
     */
    public String location() {
        return location;
    }

    /**
     * Returns why the row was rejected.
     *
     * @return the reason, not null
     */
    public String reason() {
        return reason;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RejectedRow && source.equals(((RejectedRow) other).source)
                && location.equals(((RejectedRow) other).location) && reason.equals(((RejectedRow) other).reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, location, reason);
    }

    /**
     * Returns "source at location: reason".
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return source + " at " + location + ": " + reason;
    }
}
