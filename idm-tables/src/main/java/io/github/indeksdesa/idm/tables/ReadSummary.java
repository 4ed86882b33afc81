// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import java.util.List;
import java.util.Objects;

/**
 * What a table reader did with a source: the data rows it read, accepted and rejected (every
 * rejected row was also handed to the caller with its place and reason), the records it produced
 * (one per village and year) and the years its header holds.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReadSummary {

    private final String source;
    private final List<Integer> years;
    private final long rowsRead;
    private final long rowsRejected;
    private final long records;

    ReadSummary(String source, List<Integer> years, long rowsRead, long rowsRejected, long records) {
        this.source = source;
        this.years = List.copyOf(years);
        this.rowsRead = rowsRead;
        this.rowsRejected = rowsRejected;
        this.records = records;
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
     * Returns the years the table's header holds, in column order (empty for a scores table, whose
     * year is a column).
     *
     * @return the years, not null
     */
    public List<Integer> years() {
        return years;
    }

    /**
     * Returns the number of data rows read (the header and blank lines not counted).
     *
     * @return the count
     */
    public long rowsRead() {
        return rowsRead;
    }

    /**
     * Returns the number of data rows accepted.
     *
     * @return rows read minus rows rejected
     */
    public long rowsAccepted() {
        return rowsRead - rowsRejected;
    }

    /**
     * Returns the number of data rows rejected.
     *
     * @return the count
     */
    public long rowsRejected() {
        return rowsRejected;
    }

    /**
     * Returns the number of records handed to the caller: one per accepted row and year.
     *
     * @return the count
     */
    public long records() {
        return records;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ReadSummary)) {
            return false;
        }
        ReadSummary o = (ReadSummary) other;
        return source.equals(o.source) && years.equals(o.years) && rowsRead == o.rowsRead
                && rowsRejected == o.rowsRejected && records == o.records;
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, years, rowsRead, rowsRejected, records);
    }

    /**
     * Returns the counts in one line.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return source + ": " + rowsRead + " rows read, " + rowsAccepted() + " accepted, " + rowsRejected
                + " rejected, " + records + " records";
    }
}
