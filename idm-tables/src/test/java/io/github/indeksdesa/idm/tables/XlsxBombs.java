// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * XLSX bombs written in memory, small on disk: a part is a prefix, a unit repeated any number of
 * times (3 GiB of it in about 3 MB) and a suffix. The repeats are made without deflating them one
 * by one: once the deflater has seen one block of units, every further block compresses to the
 * same bytes (each a back reference into the block before), which are then copied.
 */
final class XlsxBombs {

    /** One part: prefix, unit × count, suffix. */
    static final class Part {
        final String prefix;
        final String unit;
        final long count;
        final String suffix;

        Part(String prefix, String unit, long count, String suffix) {
            this.prefix = prefix;
            this.unit = unit;
            this.count = count;
            this.suffix = suffix;
        }

        static Part of(String text) {
            return new Part(text, "", 0, "");
        }

        long size() {
            return prefix.length() + unit.length() * count + suffix.length();
        }
    }

    private final Map<String, Part> parts = new LinkedHashMap<>();

    XlsxBombs part(String name, Part part) {
        parts.put(name, part);
        return this;
    }

    XlsxBombs part(String name, String text) {
        return part(name, Part.of(text));
    }

    /** Units per block: about 64 KiB of them. */
    private static int perBlock(String unit) {
        return Math.max(1, (1 << 16) / unit.length());
    }

    /** The raw deflate bytes of a part. */
    static byte[] deflate(Part part) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        feed(deflater, part.prefix.getBytes(StandardCharsets.UTF_8), out);
        if (part.count > 0) {
            int per = perBlock(part.unit);
            byte[] block = part.unit.repeat(per).getBytes(StandardCharsets.UTF_8);
            long blocks = part.count / per;
            long rest = part.count % per;
            byte[] steady = null;
            byte[] previous = null;
            for (long b = 0; b < blocks; b++) {
                if (steady != null) {
                    out.writeBytes(steady);
                } else {
                    byte[] written = feed(deflater, block, out);
                    if (Arrays.equals(previous, written)) {
                        steady = written;
                    }
                    previous = written;
                }
            }
            if (rest > 0) {
                feed(deflater, part.unit.repeat((int) rest).getBytes(StandardCharsets.UTF_8), out);
            }
        }
        deflater.setInput(part.suffix.getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        byte[] buffer = new byte[1 << 16];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    /** Deflates the bytes and flushes them to a byte boundary; returns what was written. */
    private static byte[] feed(Deflater deflater, byte[] bytes, ByteArrayOutputStream out) {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        deflater.setInput(bytes);
        byte[] buffer = new byte[1 << 16];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
            written.write(buffer, 0, n);
        } while (n == buffer.length || !deflater.needsInput());
        out.writeBytes(written.toByteArray());
        return written.toByteArray();
    }

    /** The ZIP archive (no CRC for a part of repeats: nothing reads that far). */
    byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        for (Map.Entry<String, Part> e : parts.entrySet()) {
            byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
            byte[] data = deflate(e.getValue());
            long size = e.getValue().size();
            long crc = 0;
            if (e.getValue().count == 0) {
                CRC32 c = new CRC32();
                c.update(e.getValue().prefix.getBytes(StandardCharsets.UTF_8));
                crc = c.getValue();
            }
            int offset = out.size();
            ByteBuffer local = header(30, 0x04034b50);
            local.putShort((short) 20).putShort((short) 0).putShort((short) 8).putInt(0).putInt((int) crc)
                    .putInt(data.length).putInt((int) Math.min(size, 0xFFFFFFFEL)).putShort((short) name.length)
                    .putShort((short) 0);
            out.writeBytes(local.array());
            out.writeBytes(name);
            out.writeBytes(data);
            ByteBuffer entry = header(46, 0x02014b50);
            entry.putShort((short) 20).putShort((short) 20).putShort((short) 0).putShort((short) 8).putInt(0)
                    .putInt((int) crc).putInt(data.length).putInt((int) Math.min(size, 0xFFFFFFFEL))
                    .putShort((short) name.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putInt(0).putInt(offset);
            central.writeBytes(entry.array());
            central.writeBytes(name);
        }
        int directory = out.size();
        out.writeBytes(central.toByteArray());
        ByteBuffer end = header(22, 0x06054b50);
        end.putShort((short) 0).putShort((short) 0).putShort((short) parts.size()).putShort((short) parts.size())
                .putInt(central.size()).putInt(directory).putShort((short) 0);
        out.writeBytes(end.array());
        return out.toByteArray();
    }

    private static ByteBuffer header(int length, int signature) {
        return ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN).putInt(signature);
    }
}
