// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.io.ReadLimits;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bombs of issue 13 read by a JVM of 64 MiB heap: each read ends in the clean error naming
 * the limit, none in an OutOfMemoryError, and the next input is still read.
 */
class SmallHeapTest {

    /** A gzip member of raw deflate bytes (its trailer is never reached). */
    private static byte[] gzip(byte[] deflate) {
        byte[] out = new byte[10 + deflate.length + 8];
        out[0] = 0x1f;
        out[1] = (byte) 0x8b;
        out[2] = 8;
        out[9] = (byte) 0xff;
        System.arraycopy(deflate, 0, out, 10, deflate.length);
        return out;
    }

    private static String classPath() {
        List<String> path = new ArrayList<>();
        for (Class<?> c : new Class<?>[] {SmallHeapTest.class, XlsxRows.class, ReadLimits.class}) {
            path.add(Path.of(java.net.URI.create(c.getProtectionDomain().getCodeSource().getLocation().toString()))
                    .toString());
        }
        for (String p : new String[] {"jdk.module.path", "java.class.path"}) {
            String value = System.getProperty(p);
            if (value != null && !value.isEmpty()) {
                path.add(value);
            }
        }
        return String.join(File.pathSeparator, path);
    }

    @Test
    void bombsEndInCleanErrorsInASmallHeap(@TempDir Path dir) throws IOException, InterruptedException {
        Path cell = Files.write(dir.resolve("cell.xlsx"), XlsxBombTest.hugeCell());
        Path shared = Files.write(dir.resolve("shared.xlsx"), XlsxBombTest.hugeSharedString());
        Path strings = Files.write(dir.resolve("strings.xlsx"), XlsxBombTest.manySharedStrings());
        Path sheet = Files.write(dir.resolve("sheet.xlsx"), XlsxBombTest.hugeSheet());
        Path line = Files.write(dir.resolve("line.csv.gz"), gzip(XlsxBombs.deflate(new XlsxBombs.Part(
                XlsxBombTest.BULK_HEADER + "\n", "7", 3 * XlsxBombTest.GIB, "\n"))));
        Path good = Files.write(dir.resolve("good.csv"), ("KODE_DESA,IKS_2024,IKE_2024,IKL_2024,NILAI_IDM_2024,"
                + "STATUS_IDM_2024\n6403012012,0.6286,0.35,0.9333,0.6373,BERKEMBANG\n").getBytes(StandardCharsets.UTF_8));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx64m", "-XX:+UseSerialGC", "-cp", classPath(),
                SmallHeapMain.class.getName(), cell.toString(), shared.toString(), strings.toString(),
                sheet.toString(), line.toString(), good.toString()).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), out);
        assertEquals(0, child.exitValue(), out);
        String[] lines = out.strip().split("\n");
        assertEquals(12, lines.length, out);
        String[][] expected = {
            {"cell.xlsx defaults", "minInflateRatio"}, {"cell.xlsx no-ratio", "maxRecordChars"},
            {"shared.xlsx defaults", "minInflateRatio"}, {"shared.xlsx no-ratio", "maxRecordChars"},
            {"strings.xlsx defaults", "minInflateRatio"}, {"strings.xlsx no-ratio", "maxSharedStrings"},
            {"sheet.xlsx defaults", "minInflateRatio"}, {"sheet.xlsx no-ratio", "maxXlsxPartBytes"},
            {"line.csv.gz defaults", "maxRecordChars"}, {"line.csv.gz no-ratio", "maxRecordChars"},
            {"good.csv defaults", "read 1 rows"}, {"good.csv no-ratio", "read 1 rows"}};
        for (int i = 0; i < expected.length; i++) {
            assertTrue(lines[i].startsWith(expected[i][0] + ": ") && lines[i].contains(expected[i][1])
                    && !lines[i].contains("OutOfMemoryError"), "line " + (i + 1) + ": " + out);
        }
    }
}
