// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.io.Input;
import io.github.indeksdesa.idm.io.InputException;
import io.github.indeksdesa.idm.io.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The table limits of ReadLimits, enforced by the CSV readers with memory bounded by the limit. */
class TableLimitsTest {

    private static final String HEADER = "KODE_PROV,NAMA_PROVINSI,KODE_KAB,NAMA_KABUPATEN,KODE_KEC,NAMA_KECAMATAN,"
            + "KODE_DESA,NAMA_DESA,IKS_2024,IKE_2024,IKL_2024,NILAI_IDM_2024,STATUS_IDM_2024\n";
    private static final String ROW = "64,KALIMANTAN TIMUR,6403,BERAU,640301,,6403012012,MAPULU,0.6286,0.35,0.9333,"
            + "0.6373,BERKEMBANG\n";

    /** An endless stream of one byte (no line break), counting what is read from it. */
    private static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'a');
            read += len;
            return len;
        }
    }

    private final List<RejectedRow> rejected = new ArrayList<>();

    /** The header and then {@code chunks} times 64 KiB of one byte, gzipped. */
    private static ByteArrayOutputStream gzip(char fill, int chunks) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(HEADER.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 16];
            java.util.Arrays.fill(chunk, (byte) fill);
            for (int i = 0; i < chunks; i++) {
                gz.write(chunk);
            }
        }
        return bytes;
    }

    @Test
    void anEndlessLineStopsAtMaxRecordCharsWithoutReadingFurther() {
        Endless endless = new Endless();
        IdmTableException e = assertThrows(IdmTableException.class, () -> BulkTableReader.official()
                .read(Input.of("endless.csv", endless), row -> { }, rejected::add));
        assertEquals("endless.csv", e.sourceName());
        assertEquals("line 1", e.location());
        assertTrue(e.reason().contains("a line is longer than 1048576 characters (ReadLimits.maxRecordChars)"),
                e.getMessage());
        // the defaults' 1 Mi characters and a few buffers, not the endless rest
        assertTrue(endless.read < (1 << 20) + (1 << 19), "read " + endless.read);
    }

    @Test
    void aGzipOfOneHugeLineStopsAtALoweredLimit() throws IOException {
        ByteArrayOutputStream bytes = gzip('7', 128); // 8 MiB of one line, about 8 KB compressed
        ReadLimits limits = ReadLimits.builder().maxRecordChars(4096).build();
        IdmTableException e = assertThrows(IdmTableException.class, () -> BulkTableReader.official().withLimits(limits)
                .read(Input.of("bomb.csv.gz", new ByteArrayInputStream(bytes.toByteArray())), row -> { },
                        rejected::add));
        assertEquals("line 2", e.location());
        assertTrue(e.reason().contains("longer than 4096 characters (ReadLimits.maxRecordChars); if the table is "
                + "genuine, raise the limit (idm --limit maxRecordChars=…)"), e.reason());
    }

    @Test
    void gzipLimitsOfTheReaderApply() throws IOException {
        ByteArrayOutputStream bytes = gzip('\n', 64); // 4 MiB of blank lines
        ReadLimits limits = ReadLimits.builder().minInflateRatio(0).maxGzipBytes(2 << 20).build();
        InputException e = assertThrows(InputException.class, () -> BulkTableReader.official().withLimits(limits)
                .read(Input.of("blank.csv.gz", new ByteArrayInputStream(bytes.toByteArray())), row -> { },
                        rejected::add));
        assertTrue(e.getMessage().contains("ReadLimits.maxGzipBytes"), e.getMessage());
        // the same bytes under the defaults stop at the inflation rule instead
        InputException d = assertThrows(InputException.class, () -> BulkTableReader.official()
                .read(Input.of("blank.csv.gz", new ByteArrayInputStream(bytes.toByteArray())), row -> { },
                        rejected::add));
        assertTrue(d.getMessage().contains("ReadLimits.minInflateRatio"), d.getMessage());
    }

    @Test
    void aRowOfTooManyCellsIsNamed() {
        ReadLimits limits = ReadLimits.builder().maxCellsPerRow(10).build();
        IdmTableException e = assertThrows(IdmTableException.class, () -> BulkTableReader.official().withLimits(limits)
                .readCsv(new StringReader(HEADER + ROW), "wide.csv", row -> { }, rejected::add));
        assertEquals("line 1", e.location());
        assertTrue(e.reason().contains("a row has more than 10 cells (ReadLimits.maxCellsPerRow)"), e.reason());
    }

    @Test
    void aTableOfTooManyRowsStopsAtTheLimit() {
        ReadLimits limits = ReadLimits.builder().maxRowsPerTable(3).build();
        List<Object> rows = new ArrayList<>();
        IdmTableException e = assertThrows(IdmTableException.class, () -> BulkTableReader.official().withLimits(limits)
                .readCsv(new StringReader(HEADER + ROW.repeat(5)), "long.csv", rows::add, rejected::add));
        assertEquals("line 4", e.location());
        assertTrue(e.reason().contains("more than 3 rows (ReadLimits.maxRowsPerTable)"), e.reason());
        assertEquals(2, rows.size());
    }

    @Test
    void aQuotedRecordSpanningLinesIsBoundedToo() {
        ReadLimits limits = ReadLimits.builder().maxRecordChars(100).build();
        String open = "\"" + "x\n".repeat(200);
        IdmTableException e = assertThrows(IdmTableException.class, () -> ScoresTableReader.official()
                .withLimits(limits).read(new StringReader(open), "quoted.csv", s -> { }, rejected::add));
        assertTrue(e.location().startsWith("lines 1\u2013"), e.location());
        assertTrue(e.reason().contains("a record is longer than 100 characters"), e.reason());
    }

    @Test
    void tablesWithinTheLimitsReadAsBefore() {
        ReadSummary summary = BulkTableReader.official().withLimits(ReadLimits.builder().maxRowsPerTable(6)
                .maxCellsPerRow(13).maxRecordChars(HEADER.length()).build())
                .readCsv(new StringReader(HEADER + ROW.repeat(5)), "ok.csv", row -> { }, rejected::add);
        assertEquals(5, summary.rowsRead(), summary.toString());
    }
}
