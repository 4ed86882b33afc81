// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputTest {

    private static final String SCORES = "kode_desa,tahun,IKS01,IKS02\n6401022004,2024,5,4\n";

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static Input stream(byte[] bytes) {
        return Input.of("<stdin>", new ByteArrayInputStream(bytes));
    }

    private static Input stream(String text) {
        return stream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void tellsTheKindsApartByContent() throws Exception {
        assertEquals(InputKind.RUMUSAN_JSON, stream("\n  {\"status\":200}").kind());
        assertEquals(InputKind.VECTORS_JSON, stream("{\"idmConformanceKit\": \"1\"}").kind());
        assertEquals(InputKind.VECTORS_CSV, stream("id,category,IKS01\n").kind());
        assertEquals(InputKind.SCORES_TABLE, stream(SCORES).kind());
        assertEquals(InputKind.SCORES_TABLE, stream(gzip(SCORES)).kind());
        assertEquals(InputKind.BULK_TABLE, stream("\uFEFFKODE_DESA,IKS_2024,IKE_2024\n").kind());
        assertEquals(InputKind.BULK_XLSX, stream(new byte[] {'P', 'K', 3, 4}).kind());
        assertEquals(InputKind.ID_SCORE_EXPORT, stream("Provinsi,Kabupaten/ Kota,Kecamatan,Kode Wilayah Administrasi "
                + "Desa,Desa,TAHUN DATA,Ketersediaan PAUD/ TK/ Sederajat di Desa\n").kind());
        assertEquals(InputKind.ID_DIMENSION_TABLE, stream("kode_desa,tahun,nama_desa,LD,SO,EK,LI,AK,TK,skor_id\n")
                .kind());
        assertTrue(InputKind.ID_DIMENSION_TABLE.isIndeksDesa());
        assertFalse(InputKind.SCORES_TABLE.isIndeksDesa());
        InputException empty = assertThrows(InputException.class, () -> stream("\n\n").kind());
        assertEquals("<stdin>: the input is empty", empty.getMessage());
        InputException other = assertThrows(InputException.class, () -> stream("hello\n").kind());
        assertEquals("line 1", other.location());
        assertEquals("<stdin>", other.sourceName());
    }

    @Test
    void utf16TextAndCommentedJsonAreNamedForWhatTheyAre() throws Exception {
        String report = "{\"status\":200}";
        for (java.nio.charset.Charset utf16 : new java.nio.charset.Charset[] {StandardCharsets.UTF_16,
                StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            InputException e = assertThrows(InputException.class, () -> stream(report.getBytes(utf16)).kind());
            assertTrue(e.reason().startsWith("UTF-16 text") && e.reason().endsWith("save it as UTF-8"),
                    e.getMessage());
        }
        // gzip-compressed UTF-16 as well
        byte[] bom = ("\uFEFF" + SCORES).getBytes(StandardCharsets.UTF_16LE);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(bom);
        }
        assertTrue(assertThrows(InputException.class, () -> stream(gz.toByteArray()).kind()).reason()
                .contains("byte-order mark"));
        for (String commented : new String[] {"// a report\n" + report, "/* a report */ " + report}) {
            InputException e = assertThrows(InputException.class, () -> stream(commented).kind());
            assertEquals("line 1", e.location());
            assertTrue(e.reason().contains("comments are not JSON"), e.getMessage());
        }
    }

    @Test
    void damagedGzipIsAnInputExceptionSayingWhat() throws Exception {
        byte[] whole = gzip(SCORES.repeat(100));
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2);
        InputException e = assertThrows(InputException.class, () -> {
            try (InputStream in = stream(truncated).open()) {
                in.readAllBytes();
            }
        });
        assertEquals("<stdin>: not readable gzip data: it ends early (a truncated file?)", e.getMessage());
        byte[] header = java.util.Arrays.copyOf(whole, 5);
        e = assertThrows(InputException.class, () -> stream(header).open().readAllBytes());
        assertEquals("<stdin>: not readable gzip data: its gzip header is damaged", e.getMessage());
        byte[] flipped = whole.clone();
        flipped[whole.length - 6] ^= 0x55;   // the CRC of the trailer
        e = assertThrows(InputException.class, () -> stream(flipped).open().readAllBytes());
        assertTrue(e.reason().startsWith("not readable gzip data: "), e.getMessage());
    }

    @Test
    void aStreamIsOpenedOnceWithTheBytesKindLookedAt() throws Exception {
        String big = SCORES + "6401022005,2024,5,4\n".repeat(10_000);
        Input input = stream(gzip(big));
        assertEquals(InputKind.SCORES_TABLE, input.kind());
        try (InputStream in = input.open()) {
            assertEquals(big, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertThrows(IllegalStateException.class, input::open);
    }

    @Test
    void aFileIsOpenedDecompressedAnyNumberOfTimes(@TempDir Path dir) throws Exception {
        Input input = Input.of(Files.write(dir.resolve("scores.csv.gz"), gzip(SCORES)));
        assertEquals(InputKind.SCORES_TABLE, input.kind());
        for (int i = 0; i < 2; i++) {
            try (InputStream in = input.open()) {
                assertEquals(SCORES, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertEquals(dir.resolve("scores.csv.gz"), input.file().orElseThrow());
    }

    @Test
    void aMissingFileIsNamedAsSuch() {
        Input missing = Input.of(Path.of("/nonexistent.json"));
        InputException e = assertThrows(InputException.class, missing::kind);
        assertEquals("/nonexistent.json: no such file", e.getMessage());
        assertEquals("no such file", e.reason());
        assertEquals("", e.location());
        assertThrows(InputException.class, missing::open);
    }

    @Test
    void aDamagedGzipHeaderLeavesNoFileOpen(@TempDir Path dir) throws Exception {
        Path fds = Path.of("/proc/self/fd");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(fds), "needs /proc/self/fd (Linux)");
        // The gzip magic and then the header cut short: GZIPInputStream's constructor fails.
        Path damaged = Files.write(dir.resolve("damaged.csv.gz"), new byte[] {0x1f, (byte) 0x8b, 8});
        long before;
        try (var open = Files.list(fds)) {
            before = open.count();
        }
        for (int i = 0; i < 200; i++) {
            InputException e = assertThrows(InputException.class, () -> Input.of(damaged).open(ReadLimits.defaults()));
            assertTrue(e.getMessage().contains("gzip header is damaged"), e.getMessage());
        }
        long after;
        try (var open = Files.list(fds)) {
            after = open.count();
        }
        assertTrue(after - before < 20, "files left open by failed opens: " + (after - before));
    }
}
