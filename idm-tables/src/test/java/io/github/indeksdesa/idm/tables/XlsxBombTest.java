// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.io.Input;
import io.github.indeksdesa.idm.io.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.Test;

/**
 * The XLSX limits of ReadLimits against the bombs of issue 13, made in memory by {@link XlsxBombs}:
 * each ends in a clean error naming the input, the part or cell and the limit, after a few MiB.
 */
class XlsxBombTest {

    static final long GIB = 1L << 30;
    static final String SHEET = "xl/worksheets/sheet1.xml";
    static final String SHARED = "xl/sharedStrings.xml";
    /** No inflation rule: the other limits must hold on their own. */
    static final ReadLimits NO_RATIO = ReadLimits.builder().minInflateRatio(0).build();

    /** One sheet whose first row is {@code row} (prefix, unit × count, suffix). */
    static byte[] sheet(String prefix, String unit, long count, String suffix) {
        return new XlsxBombs().part(SHEET, new XlsxBombs.Part("<worksheet><sheetData>" + prefix, unit, count,
                suffix + "</sheetData></worksheet>")).zip();
    }

    /** A 3 GiB cell: one inline string of sevens. */
    static byte[] hugeCell() {
        return sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>", "7", 3 * GIB, "</t></is></c></row>");
    }

    /** A 3 GiB shared string, used by cell A1. */
    static byte[] hugeSharedString() {
        return new XlsxBombs().part(SHARED, new XlsxBombs.Part("<sst><si><t>", "a", 3 * GIB, "</t></si></sst>"))
                .part(SHEET, "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData>"
                        + "</worksheet>").zip();
    }

    /** 190 million shared strings. */
    static byte[] manySharedStrings() {
        return new XlsxBombs().part(SHARED, new XlsxBombs.Part("<sst>", "<si><t>x</t></si>", 190_000_000L, "</sst>"))
                .part(SHEET, "<worksheet><sheetData/></worksheet>").zip();
    }

    /** The header of a bulk table of one year. */
    static final String BULK_HEADER = "KODE_DESA,IKS_2024,IKE_2024,IKL_2024,NILAI_IDM_2024,STATUS_IDM_2024";

    /** A sheet part of 3.6 GB: a bulk table's header row, then 600 million empty rows. */
    static byte[] hugeSheet() {
        StringBuilder header = new StringBuilder("<row r=\"1\">");
        for (String h : BULK_HEADER.split(",")) {
            header.append("<c t=\"inlineStr\"><is><t>").append(h).append("</t></is></c>");
        }
        return sheet(header.append("</row>").toString(), "<row/>", 600_000_000L, "");
    }

    private static IdmTableException read(byte[] xlsx, ReadLimits limits) {
        long start = System.nanoTime();
        // every row drained, as each table reader does
        IdmTableException e = assertThrows(IdmTableException.class, () -> TableInput.rows(
                new ByteArrayInputStream(xlsx), "bomb.xlsx", limits, rows -> {
                    while (rows.next() != null) {
                        // next
                    }
                    return null;
                }));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals("bomb.xlsx", e.sourceName());
        assertTrue(millis < 20_000, "took " + millis + " ms: " + e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        return e;
    }

    private static void assertLimit(IdmTableException e, String location, String limit) {
        assertEquals(location, e.location(), e.getMessage());
        assertTrue(e.reason().contains("(ReadLimits." + limit + "); if the table is genuine, raise the limit (idm "
                + "--limit " + limit + "=…)"), e.getMessage());
    }

    @Test
    void theBombsAreSmallOnDiskAndInflateToWhatTheySay() throws IOException {
        assertTrue(hugeCell().length < 5_000_000, "" + hugeCell().length);
        assertTrue(manySharedStrings().length < 10_000_000, "" + manySharedStrings().length);
        // a smaller bomb made the same way inflates to exactly its text
        XlsxBombs.Part part = new XlsxBombs.Part("<t>", "<si><t>x</t></si>", 5_000_000, "</t>");
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(XlsxBombs.deflate(part)),
                new java.util.zip.Inflater(true))) {
            byte[] unit = part.unit.getBytes(StandardCharsets.US_ASCII);
            byte[] head = in.readNBytes(3);
            assertEquals("<t>", new String(head, StandardCharsets.US_ASCII));
            byte[] chunk = new byte[unit.length];
            for (long i = 0; i < part.count; i++) {
                assertEquals(unit.length, in.readNBytes(chunk, 0, unit.length));
                if (!java.util.Arrays.equals(unit, chunk)) {
                    throw new AssertionError("unit " + i + " is " + new String(chunk, StandardCharsets.US_ASCII));
                }
            }
            assertEquals("</t>", new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        }
    }

    @Test
    void aThreeGibCellStops() {
        assertLimit(read(hugeCell(), ReadLimits.defaults()), SHEET, "minInflateRatio");
        assertLimit(read(hugeCell(), NO_RATIO), "sheet1.xml cell A1", "maxRecordChars");
    }

    @Test
    void theTableReadersNameTheBomb() {
        IdmTableException e = assertThrows(IdmTableException.class, () -> BulkTableReader.official()
                .read(Input.of("bomb.xlsx", new ByteArrayInputStream(hugeCell())), row -> { }, row -> { }));
        assertLimit(e, SHEET, "minInflateRatio");
        e = assertThrows(IdmTableException.class, () -> IndeksDesaExportReader.official()
                .read(Input.of("bomb.xlsx", new ByteArrayInputStream(hugeSharedString())), row -> { }, row -> { }));
        assertLimit(e, SHARED, "minInflateRatio");
    }

    @Test
    void tellingTheKindOfAWorkbookUsesTheLimitsGiven(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        Input bomb = Input.of(java.nio.file.Files.write(dir.resolve("bomb.xlsx"), hugeCell()));
        assertLimit(assertThrows(IdmTableException.class, () -> TableKinds.of(bomb)), SHEET, "minInflateRatio");
        assertLimit(assertThrows(IdmTableException.class, () -> TableKinds.of(bomb, NO_RATIO)), "sheet1.xml cell A1",
                "maxRecordChars");
    }

    @Test
    void aThreeGibSharedStringStops() {
        byte[] bomb = hugeSharedString();
        assertLimit(read(bomb, ReadLimits.defaults()), SHARED, "minInflateRatio");
        assertLimit(read(bomb, NO_RATIO), SHARED + " string 1", "maxRecordChars");
        assertLimit(read(bomb, NO_RATIO.toBuilder().maxRecordChars(Integer.MAX_VALUE).maxSharedStringChars(4 << 20)
                .build()), SHARED + " string 1", "maxSharedStringChars");
    }

    @Test
    void manyMillionSharedStringsStop() {
        byte[] bomb = manySharedStrings();
        assertLimit(read(bomb, ReadLimits.defaults()), SHARED, "minInflateRatio");
        IdmTableException e = read(bomb, NO_RATIO);
        assertLimit(e, SHARED, "maxSharedStrings");
        assertTrue(e.reason().startsWith("the workbook has more than 2000000 shared strings"), e.reason());
    }

    @Test
    void aHugeSheetPartStops() {
        byte[] bomb = hugeSheet();
        assertLimit(read(bomb, ReadLimits.defaults()), SHEET, "minInflateRatio");
        IdmTableException e = read(bomb, NO_RATIO.toBuilder().maxXlsxPartBytes(8 << 20).build());
        assertLimit(e, SHEET, "maxXlsxPartBytes");
        assertTrue(e.reason().startsWith("the part inflates to more than 8388608 bytes"), e.reason());
    }

    @Test
    void rowsAndCellsOfASheetAreBounded() {
        byte[] rows = sheet("", "<row><c t=\"inlineStr\"><is><t>1</t></is></c></row>", 100_000_000L, "");
        assertLimit(read(rows, NO_RATIO.toBuilder().maxRowsPerTable(1000).build()), "sheet1.xml row ?",
                "maxRowsPerTable");
        byte[] cells = sheet("<row r=\"1\">", "<c t=\"inlineStr\"><is><t>1</t></is></c>", 100_000_000L, "</row>");
        assertLimit(read(cells, NO_RATIO), "sheet1.xml row 1", "maxCellsPerRow");
    }

    @Test
    void aStoredPartIsBoundedToo() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        byte[] sheet = ("<worksheet><sheetData>" + "<row/>".repeat(100) + "</sheetData></worksheet>")
                .getBytes(StandardCharsets.UTF_8);
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            java.util.zip.ZipEntry entry = new java.util.zip.ZipEntry(SHEET);
            entry.setMethod(java.util.zip.ZipEntry.STORED);
            entry.setSize(sheet.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(sheet);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(sheet);
        }
        assertLimit(read(bytes.toByteArray(), ReadLimits.builder().maxXlsxPartBytes(500).build()), SHEET,
                "maxXlsxPartBytes");
        TableInput.rows(new ByteArrayInputStream(bytes.toByteArray()), "stored.xlsx", ReadLimits.defaults(), rows -> {
            assertTrue(rows.next() != null);
            return null;
        });
    }

    @Test
    void brokenXmlIsOneLineNamingThePlace() {
        byte[] xlsx = new XlsxBombs().part(SHEET, "<worksheet><sheetData><row r=\"1\">\n<c></row>").zip();
        IdmTableException e = read(xlsx, ReadLimits.defaults());
        assertEquals("sheet1.xml", e.location());
        assertTrue(e.reason().startsWith("not readable XML (line 2, column "), e.reason());
    }
}
