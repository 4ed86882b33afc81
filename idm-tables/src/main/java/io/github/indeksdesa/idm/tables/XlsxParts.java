// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import io.github.indeksdesa.idm.io.ReadLimits;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * The parts of an XLSX file (a ZIP archive), each inflated as a stream under the limits
 * {@code maxXlsxPartBytes} and {@code minInflateRatio}: the ratio of compressed bytes read to bytes
 * inflated is checked once 1 MiB has been inflated, as Apache POI's {@code ZipSecureFile} does, so
 * that a part of 3 GiB in 3 MB stops after a few MiB. The central directory is read here (not by
 * {@code java.util.zip.ZipFile}) to count the compressed bytes each part has used.
 */
final class XlsxParts implements Closeable {

    /** How much is inflated before the ratio is checked (Apache POI's grace). */
    static final long GRACE = 1L << 20;

    /** The largest central directory read. */
    static final long MAX_DIRECTORY = 16L << 20;

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int LOCAL_SIGNATURE = 0x04034b50;

    /** One part: how it is compressed, its compressed size and where its local header is. */
    private static final class Entry {
        final int method;
        final int flags;
        final long compressedSize;
        final long localHeader;

        Entry(int method, int flags, long compressedSize, long localHeader) {
            this.method = method;
            this.flags = flags;
            this.compressedSize = compressedSize;
            this.localHeader = localHeader;
        }
    }

    /** The bytes of the archive: a file, or memory for a small workbook. */
    interface Bytes extends Closeable {
        long size() throws IOException;

        /** Reads into {@code into} from {@code position}; -1 at the end. */
        int read(ByteBuffer into, long position) throws IOException;

        static Bytes of(FileChannel channel) {
            return new Bytes() {
                @Override
                public long size() throws IOException {
                    return channel.size();
                }

                @Override
                public int read(ByteBuffer into, long position) throws IOException {
                    return channel.read(into, position);
                }

                @Override
                public void close() throws IOException {
                    channel.close();
                }
            };
        }

        static Bytes of(byte[] bytes, int length) {
            return new Bytes() {
                @Override
                public long size() {
                    return length;
                }

                @Override
                public int read(ByteBuffer into, long position) {
                    if (position >= length) {
                        return -1;
                    }
                    int n = (int) Math.min(into.remaining(), length - position);
                    into.put(bytes, (int) position, n);
                    return n;
                }

                @Override
                public void close() {
                    // nothing held
                }
            };
        }
    }

    private final Bytes channel;
    private final String source;
    private final ReadLimits limits;
    private final Map<String, Entry> entries = new HashMap<>();

    /** Reads the central directory of the archive in {@code channel}; the channel is closed with this. */
    XlsxParts(Bytes channel, String source, ReadLimits limits) throws IOException {
        this.channel = channel;
        this.source = source;
        this.limits = limits;
        long size = channel.size();
        int tail = (int) Math.min(size, 22 + 0xFFFF);
        ByteBuffer end = read(size - tail, tail);
        int at = -1;
        for (int i = tail - 22; i >= 0; i--) {
            if (end.getInt(i) == END_SIGNATURE) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            throw broken("no ZIP central directory (a truncated file?)");
        }
        int count = end.getShort(at + 10) & 0xFFFF;
        long directorySize = end.getInt(at + 12) & 0xFFFFFFFFL;
        long directoryOffset = end.getInt(at + 16) & 0xFFFFFFFFL;
        if (count == 0xFFFF || directoryOffset == 0xFFFFFFFFL) {
            throw broken("a ZIP64 archive, larger than any table the limits allow");
        }
        if (directorySize > MAX_DIRECTORY) {
            // a workbook's directory lists a few dozen parts: 16 MiB would list 100,000 and more
            throw broken("the ZIP central directory is larger than " + MAX_DIRECTORY + " bytes");
        }
        if (directoryOffset + directorySize > size - tail + at) {
            throw broken("the ZIP central directory lies outside the file");
        }
        ByteBuffer dir = read(directoryOffset, (int) directorySize);
        int p = 0;
        for (int i = 0; i < count; i++) {
            if (p + 46 > dir.limit() || dir.getInt(p) != CENTRAL_SIGNATURE) {
                throw broken("entry " + (i + 1) + " of the ZIP central directory is damaged");
            }
            int flags = dir.getShort(p + 8) & 0xFFFF;
            int method = dir.getShort(p + 10) & 0xFFFF;
            long compressed = dir.getInt(p + 20) & 0xFFFFFFFFL;
            int nameLength = dir.getShort(p + 28) & 0xFFFF;
            int extraLength = dir.getShort(p + 30) & 0xFFFF;
            int commentLength = dir.getShort(p + 32) & 0xFFFF;
            long local = dir.getInt(p + 42) & 0xFFFFFFFFL;
            if (p + 46 + nameLength > dir.limit()) {
                throw broken("entry " + (i + 1) + " of the ZIP central directory is damaged");
            }
            byte[] name = new byte[nameLength];
            dir.get(p + 46, name);
            entries.putIfAbsent(new String(name, java.nio.charset.StandardCharsets.UTF_8),
                    new Entry(method, flags, compressed, local));
            p += 46 + nameLength + extraLength + commentLength;
        }
    }

    private ByteBuffer read(long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw broken("the file ends early (a truncated ZIP archive?)");
            }
        }
        return buffer.flip();
    }

    private IdmTableException broken(String what) {
        return new IdmTableException(source, "", "not a readable XLSX workbook: " + what, null);
    }

    /** Whether the archive holds the part. */
    boolean has(String name) {
        return entries.containsKey(name);
    }

    /** The inflated bytes of a part, under the part limits; null if the archive has no such part. */
    InputStream open(String name) throws IOException {
        Entry entry = entries.get(name);
        if (entry == null) {
            return null;
        }
        if ((entry.flags & 1) != 0) {
            throw new IdmTableException(source, name, "the part is encrypted", null);
        }
        ByteBuffer local = read(entry.localHeader, 30);
        if (local.getInt(0) != LOCAL_SIGNATURE) {
            throw new IdmTableException(source, name, "the part's ZIP header is damaged", null);
        }
        long data = entry.localHeader + 30 + (local.getShort(26) & 0xFFFF) + (local.getShort(28) & 0xFFFF);
        Raw raw = new Raw(data, Math.min(entry.compressedSize, Math.max(0, channel.size() - data)));
        if (entry.method == 0) {
            if (entry.compressedSize > limits.maxXlsxPartBytes()) {
                throw tooBig(name);
            }
            return raw;
        }
        if (entry.method != 8) {
            throw new IdmTableException(source, name, "ZIP compression method " + entry.method
                    + " is not supported (XLSX parts are deflated or stored)", null);
        }
        return new Guard(raw, name);
    }

    private IdmTableException tooBig(String name) {
        return CsvRecords.overLimit(source, name, "the part inflates to more than " + limits.maxXlsxPartBytes()
                + " bytes", "maxXlsxPartBytes");
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** The compressed bytes of a part, read from the file, counted. */
    private final class Raw extends InputStream {
        private long position;
        private final long end;
        long count;

        Raw(long start, long length) {
            this.position = start;
            this.end = start + length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (position >= end) {
                return -1;
            }
            int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - position)), position);
            if (n > 0) {
                position += n;
                count += n;
            }
            return n;
        }
    }

    /**
     * Inflates a part, stopping it at maxXlsxPartBytes and when it inflates more than
     * minInflateRatio allows ({@code read()} reads through {@code read(byte[], int, int)}).
     */
    private final class Guard extends InflaterInputStream {
        private final Raw raw;
        private final String name;
        private long inflated;

        Guard(Raw raw, String name) {
            super(raw, new Inflater(true), 1 << 13);
            this.raw = raw;
            this.name = name;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n <= 0) {
                return n;
            }
            inflated += n;
            if (inflated > limits.maxXlsxPartBytes()) {
                throw tooBig(name);
            }
            if (inflated > GRACE && (double) raw.count / inflated < limits.minInflateRatio()) {
                throw CsvRecords.overLimit(source, name, "the part inflates " + inflated / Math.max(1, raw.count)
                        + " times its compressed size, more than the zip-bomb rule allows (Apache POI's, ratio "
                        + limits.minInflateRatio() + ")", "minInflateRatio");
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            super.close();
            inf.end();
        }
    }
}
