// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.io;

import java.util.Objects;

/**
 * The limits a reader works under, so that hostile or careless input (a 2 GB report, a gzip that
 * expands to one 3 GiB line, an XLSX holding 190 million shared strings) ends in a clean error
 * naming the input, the place and the limit, with memory bounded, instead of an
 * {@link OutOfMemoryError}. Like Jackson's {@code StreamReadConstraints}: {@link #defaults()} is
 * safe for every file the ministry publishes, and {@link #builder()} raises (or lowers) single
 * limits. {@code docs/limits.md} lists every limit with its default and the reasoning behind it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReadLimits {

    private static final long MIB = 1L << 20;

    private static final ReadLimits DEFAULTS = new Builder().build();

    private final long maxReportBytes;
    private final int maxRecordChars;
    private final int maxCellsPerRow;
    private final int maxSharedStrings;
    private final long maxSharedStringChars;
    private final long maxXlsxPartBytes;
    private final double minInflateRatio;
    private final long maxGzipBytes;
    private final long maxRowsPerTable;

    private ReadLimits(Builder b) {
        this.maxReportBytes = b.maxReportBytes;
        this.maxRecordChars = b.maxRecordChars;
        this.maxCellsPerRow = b.maxCellsPerRow;
        this.maxSharedStrings = b.maxSharedStrings;
        this.maxSharedStringChars = b.maxSharedStringChars;
        this.maxXlsxPartBytes = b.maxXlsxPartBytes;
        this.minInflateRatio = b.minInflateRatio;
        this.maxGzipBytes = b.maxGzipBytes;
        this.maxRowsPerTable = b.maxRowsPerTable;
    }

    /**
     * Returns the default limits, safe for every file the ministry publishes.
     *
     * @return the defaults, not null
     */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a builder that starts from the {@link #defaults()}.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder that starts from these limits.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxReportBytes = maxReportBytes;
        b.maxRecordChars = maxRecordChars;
        b.maxCellsPerRow = maxCellsPerRow;
        b.maxSharedStrings = maxSharedStrings;
        b.maxSharedStringChars = maxSharedStringChars;
        b.maxXlsxPartBytes = maxXlsxPartBytes;
        b.minInflateRatio = minInflateRatio;
        b.maxGzipBytes = maxGzipBytes;
        b.maxRowsPerTable = maxRowsPerTable;
        return b;
    }

    /**
     * Returns the largest JSON report read, in bytes (default 16 MiB; a ministry report is about
     * 15 KB). A longer input is not read past this size.
     *
     * @return the limit, positive
     */
    public long maxReportBytes() {
        return maxReportBytes;
    }

    /**
     * Returns the longest line or record of a table, in characters (default 1 Mi characters): of a
     * CSV table a line or quoted record, of an XLSX worksheet a row (its cells' text together) and
     * each shared string, so that it bounds the largest cell too.
     *
     * @return the limit, positive
     */
    public int maxRecordChars() {
        return maxRecordChars;
    }

    /**
     * Returns the most cells in one table row (default 16,384, the column count of a spreadsheet).
     *
     * @return the limit, positive
     */
    public int maxCellsPerRow() {
        return maxCellsPerRow;
    }

    /**
     * Returns the most shared strings in an XLSX workbook (default 2,000,000).
     *
     * @return the limit, positive
     */
    public int maxSharedStrings() {
        return maxSharedStrings;
    }

    /**
     * Returns the most characters in all shared strings of an XLSX workbook together (default
     * 64 Mi characters).
     *
     * @return the limit, positive
     */
    public long maxSharedStringChars() {
        return maxSharedStringChars;
    }

    /**
     * Returns the largest part of an XLSX file once inflated, in bytes (default 1 GiB).
     *
     * @return the limit, positive
     */
    public long maxXlsxPartBytes() {
        return maxXlsxPartBytes;
    }

    /**
     * Returns the least ratio of compressed to inflated size of an XLSX part or a gzip input
     * (default 0.01, Apache POI's {@code ZipSecureFile} rule: a part that inflates more than 100
     * times is a bomb). The ratio is checked once 1 MiB has been inflated, as POI does.
     *
     * @return the ratio, from 0 (no check) to 1
     */
    public double minInflateRatio() {
        return minInflateRatio;
    }

    /**
     * Returns the largest decompressed size of a gzip input, in bytes (default 4 GiB; the 2024 national
     * bulk table is 5.2 MB).
     *
     * @return the limit, positive
     */
    public long maxGzipBytes() {
        return maxGzipBytes;
    }

    /**
     * Returns the most rows in one table (default 2,000,000; Indonesia has about 84,000 villages).
     *
     * @return the limit, positive
     */
    public long maxRowsPerTable() {
        return maxRowsPerTable;
    }

    /**
     * Returns whether {@code other} holds the same limits.
     *
     * @param other the object to compare, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ReadLimits)) {
            return false;
        }
        ReadLimits o = (ReadLimits) other;
        return maxReportBytes == o.maxReportBytes && maxRecordChars == o.maxRecordChars
                && maxCellsPerRow == o.maxCellsPerRow && maxSharedStrings == o.maxSharedStrings
                && maxSharedStringChars == o.maxSharedStringChars && maxXlsxPartBytes == o.maxXlsxPartBytes
                && Double.compare(minInflateRatio, o.minInflateRatio) == 0 && maxGzipBytes == o.maxGzipBytes
                && maxRowsPerTable == o.maxRowsPerTable;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(maxReportBytes, maxRecordChars, maxCellsPerRow, maxSharedStrings, maxSharedStringChars,
                maxXlsxPartBytes, minInflateRatio, maxGzipBytes, maxRowsPerTable);
    }

    /**
     * Returns every limit by name.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "ReadLimits[maxReportBytes=" + maxReportBytes + ", maxRecordChars=" + maxRecordChars
                + ", maxCellsPerRow=" + maxCellsPerRow + ", maxSharedStrings=" + maxSharedStrings
                + ", maxSharedStringChars=" + maxSharedStringChars + ", maxXlsxPartBytes=" + maxXlsxPartBytes
                + ", minInflateRatio=" + minInflateRatio + ", maxGzipBytes=" + maxGzipBytes
                + ", maxRowsPerTable=" + maxRowsPerTable + "]";
    }

    /** Builds {@link ReadLimits}; starts from the defaults. Not thread-safe. */
    public static final class Builder {

        private long maxReportBytes = 16 * MIB;
        private int maxRecordChars = (int) MIB;
        private int maxCellsPerRow = 16_384;
        private int maxSharedStrings = 2_000_000;
        private long maxSharedStringChars = 64 * MIB;
        private long maxXlsxPartBytes = 1024 * MIB;
        private double minInflateRatio = 0.01;
        private long maxGzipBytes = 4096 * MIB;
        private long maxRowsPerTable = 2_000_000;

        private Builder() {
        }

        private static long positive(long value, String name) {
            if (value <= 0) {
                throw new IllegalArgumentException(name + ": expected a positive number, found " + value);
            }
            return value;
        }

        /**
         * Sets {@link ReadLimits#maxReportBytes()}.
         *
         * @param bytes the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if {@code bytes} is not positive
         */
        public Builder maxReportBytes(long bytes) {
            this.maxReportBytes = positive(bytes, "maxReportBytes");
            return this;
        }

        /**
         * Sets {@link ReadLimits#maxRecordChars()}.
         *
         * @param chars the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if {@code chars} is not positive
         */
        public Builder maxRecordChars(int chars) {
            this.maxRecordChars = (int) positive(chars, "maxRecordChars");
            return this;
        }

        /**
         * Sets {@link ReadLimits#maxCellsPerRow()}.
         *
         * @param cells the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if {@code cells} is not positive
         */
        public Builder maxCellsPerRow(int cells) {
            this.maxCellsPerRow = (int) positive(cells, "maxCellsPerRow");
            return this;
        }

        /**
         * Sets {@link ReadLimits#maxSharedStrings()}.
         *
         * @param count the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if {@code count} is not positive
         */
        public Builder maxSharedStrings(int count) {
            this.maxSharedStrings = (int) positive(count, "maxSharedStrings");
            return this;
        }

        /**
         * Sets {@link ReadLimits#maxSharedStringChars()}.
         *
         * @param chars the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if {@code chars} is not positive
         */
        public Builder maxSharedStringChars(long chars) {
            this.maxSharedStringChars = positive(chars, "maxSharedStringChars");
            return this;
        }

        /**
         * Sets {@link ReadLimits#maxXlsxPartBytes()}.
         *
         * @param bytes the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if {@code bytes} is not positive
         */
        public Builder maxXlsxPartBytes(long bytes) {
            this.maxXlsxPartBytes = positive(bytes, "maxXlsxPartBytes");
            return this;
        }

        /**
         * Sets {@link ReadLimits#minInflateRatio()}.
         *
         * @param ratio the ratio, from 0 (no check) to 1
         * @return this builder
         * @throws IllegalArgumentException if {@code ratio} is not from 0 to 1
         */
        public Builder minInflateRatio(double ratio) {
            if (!(ratio >= 0 && ratio <= 1)) {
                throw new IllegalArgumentException("minInflateRatio: expected a ratio from 0 to 1, found " + ratio);
            }
            this.minInflateRatio = ratio;
            return this;
        }

        /**
         * Sets {@link ReadLimits#maxGzipBytes()}.
         *
         * @param bytes the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if {@code bytes} is not positive
         */
        public Builder maxGzipBytes(long bytes) {
            this.maxGzipBytes = positive(bytes, "maxGzipBytes");
            return this;
        }

        /**
         * Sets {@link ReadLimits#maxRowsPerTable()}.
         *
         * @param rows the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if {@code rows} is not positive
         */
        public Builder maxRowsPerTable(long rows) {
            this.maxRowsPerTable = positive(rows, "maxRowsPerTable");
            return this;
        }

        /**
         * Returns the limits.
         *
         * @return the limits, not null
         */
        public ReadLimits build() {
            return new ReadLimits(this);
        }
    }
}
