package io.github.indeksdesa.idm.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stops a decompressing stream at {@link ReadLimits#maxGzipBytes()} and when it inflates more than
 * {@link ReadLimits#minInflateRatio()} allows (checked once 1 MiB has been inflated, as Apache POI's
 * {@code ZipSecureFile} does), with an {@link InputException} naming the input and the limit.
 */
final class InflationGuard extends FilterInputStream {

    /** How much is inflated before the ratio is checked. */
    static final long GRACE = 1L << 20;

    /** Counts the compressed bytes read from below. */
    static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    private final Counting compressed;
    private final String name;
    private final ReadLimits limits;
    private long inflated;

    InflationGuard(InputStream inflating, Counting compressed, String name, ReadLimits limits) {
        super(inflating);
        this.compressed = compressed;
        this.name = name;
        this.limits = limits;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) {
        inflated += n;
        if (inflated > limits.maxGzipBytes()) {
            throw new InputException(name, "", "decompresses to more than " + limits.maxGzipBytes()
                    + " bytes (ReadLimits.maxGzipBytes)", null);
        }
        if (inflated > GRACE && (double) compressed.count / inflated < limits.minInflateRatio()) {
            throw new InputException(name, "", "decompresses " + inflated / Math.max(1, compressed.count)
                    + " times its compressed size, more than ReadLimits.minInflateRatio " + limits.minInflateRatio()
                    + " allows (Apache POI's zip-bomb rule); a gzip bomb?", null);
        }
    }
}
