// SPDX-License-Identifier: Apache-2.0
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
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n;
        try {
            n = super.read(b, off, len);
        } catch (java.io.EOFException e) {
            throw corrupt(name, "it ends early (a truncated file?)", e);
        } catch (java.util.zip.ZipException e) {
            throw corrupt(name, e.getMessage(), e);
        }
        if (n > 0) {
            count(n);
        }
        return n;
    }

    /** The error for gzip data that cannot be inflated: the input and what is wrong, no exception class. */
    static InputException corrupt(String name, String what, Exception cause) {
        return new InputException(name, "", "not readable gzip data: " + what, cause);
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
