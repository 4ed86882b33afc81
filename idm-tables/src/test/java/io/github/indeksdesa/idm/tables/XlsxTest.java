// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.io.ReadLimits;
import io.github.indeksdesa.idm.verify.PublishedRow;
import io.github.indeksdesa.idm.verify.Verifier;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The XLSX path of BulkTableReader, on small workbooks written here part by part. */
class XlsxTest {

    static byte[] workbook(Map<String, String> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static final String WORKBOOK = "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
            + "<sheet name=\"IDM 2024\" sheetId=\"1\" r:id=\"rId7\"/></sheets></workbook>";
    static final String RELS = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId7\" Type=\"worksheet\" Target=\"worksheets/data.xml\"/></Relationships>";

    static String cellS(String ref, int index) {
        return "<c r=\"" + ref + "\" t=\"s\"><v>" + index + "</v></c>";
    }

    static String cellN(String ref, String value) {
        return "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
    }

    /** The shared strings: the headers first (indices 0..n-1), then {@code more} items. */
    static String sharedStrings(String[] headers, String more) {
        StringBuilder shared = new StringBuilder("<sst>");
        for (String h : headers) {
            shared.append("<si><t>").append(h).append("</t></si>");
        }
        return shared.append(more).append("</sst>").toString();
    }

    /** A row of the headers as shared strings 0..n-1. */
    static String headerRow(String[] headers, int row) {
        StringBuilder out = new StringBuilder("<row r=\"" + row + "\">");
        for (int i = 0; i < headers.length; i++) {
            out.append(cellS((char) ('A' + i) + Integer.toString(row), i));
        }
        return out.append("</row>").toString();
    }

    @Test
    void theTemporaryCopyIsPrivateAndLeftBehindOnNoExitPath(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws IOException {
        String[] headers = {"KODE_DESA", "NILAI_IDM_2024"};
        byte[] xlsx = workbook(Map.of("xl/workbook.xml", WORKBOOK, "xl/_rels/workbook.xml.rels", RELS,
                "xl/worksheets/data.xml", "<worksheet><sheetData>" + headerRow(headers, 1) + "</sheetData></worksheet>",
                "xl/sharedStrings.xml", sharedStrings(headers, "")));
        List<String> whileCopying = new ArrayList<>();
        java.io.InputStream in = new java.io.FilterInputStream(new ByteArrayInputStream(xlsx)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(tmp)) {
                    for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files::iterator) {
                        whileCopying.add(java.nio.file.attribute.PosixFilePermissions.toString(
                                java.nio.file.Files.getPosixFilePermissions(f)));
                    }
                }
                return super.read(b, off, len);
            }
        };
        long[] whileReading = {-1};
        XlsxRows.read(in, "t.xlsx", ReadLimits.defaults(), rows -> {
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(tmp)) {
                whileReading[0] = files.count();
            }
            return rows.next();
        }, tmp);
        assertTrue(!whileCopying.isEmpty() && whileCopying.stream().allMatch("rw-------"::equals), whileCopying.toString());
        assertEquals(0, whileReading[0], "the copy has no name once the workbook is open");
        // a workbook that fails while the handler reads, and one that is no ZIP at all
        assertThrows(IllegalStateException.class, () -> XlsxRows.read(new ByteArrayInputStream(xlsx), "t.xlsx",
                ReadLimits.defaults(), rows -> {
            throw new IllegalStateException("the handler fails");
        }, tmp));
        assertThrows(IdmTableException.class, () -> XlsxRows.read(new ByteArrayInputStream(
                "PK not a zip".getBytes(StandardCharsets.US_ASCII)), "bad.xlsx", ReadLimits.defaults(), rows -> null, tmp));
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(tmp)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void readsSharedStringsNumbersAndSparseRows() throws IOException {
        String[] headers = {"KODE_DESA", "NAMA_DESA", "IKS_2024", "IKE_2024", "IKL_2024", "NILAI_IDM_2024",
            "STATUS_IDM_2024"};
        String shared = sharedStrings(headers,
                "<si><r><t>LAMBANG SARI </t></r><r><t>I, II</t></r></si><si><t>BERKEMBANG</t></si>");
        StringBuilder sheet = new StringBuilder("<worksheet><sheetData>").append(headerRow(headers, 1));
        sheet.append("<row r=\"2\">").append(cellN("A2", "3.604052001E9")).append(cellS("B2", 7))
                .append(cellN("C2", "0.70289999999999997")).append(cellN("D2", "0.6167")).append(cellN("E2", "0.5333"))
                .append(cellN("F2", "0.6176")).append(cellS("G2", 8)).append("</row>")
                // row 3: no name (cell B missing), status inline
                .append("<row r=\"3\">").append(cellN("A3", "1101012003")).append(cellN("C3", "0.7029"))
                .append(cellN("D3", "0.6167")).append(cellN("E3", "0.5333")).append(cellN("F3", "0.6176"))
                .append("<c r=\"G3\" t=\"inlineStr\"><is><t>BERKEMBANG</t></is></c></row>")
                // row 5: a shared string that does not exist
                .append("<row r=\"5\">").append(cellN("A5", "1101012004")).append(cellS("B5", 99)).append("</row>")
                .append("</sheetData></worksheet>");
        byte[] xlsx = workbook(Map.of("xl/workbook.xml", WORKBOOK, "xl/_rels/workbook.xml.rels", RELS,
                "xl/worksheets/data.xml", sheet.toString(), "xl/sharedStrings.xml", shared));
        List<PublishedRow> rows = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        ReadSummary s = BulkTableReader.official().read(new ByteArrayInputStream(xlsx), "t.xlsx", rows::add,
                rejected::add);
        assertEquals(3, s.rowsRead());
        assertEquals(2, s.rowsAccepted());
        assertEquals(1, rejected.size());
        assertEquals("data.xml row 5", rejected.get(0).location());
        assertTrue(rejected.get(0).reason().contains("shared string"), rejected.get(0).reason());
        PublishedRow first = rows.get(0);
        assertEquals("3604052001", first.villageCode());
        assertEquals("LAMBANG SARI I, II", first.villageName().orElseThrow());
        assertEquals("0.7029", first.part(Index.IKS));
        assertEquals("data.xml row 2", first.location());
        assertTrue(rows.get(1).villageName().isEmpty());
        assertEquals("BERKEMBANG", rows.get(1).status());
        rows.forEach(r -> assertEquals(List.of(), Verifier.official().verify(r)));
    }

    @Test
    void anEmptyFirstRowDoesNotSetTheWidthAndMissingTrailingCellsAreEmpty() throws IOException {
        String[] headers = {"KODE_DESA", "NAMA_DESA", "IKS_2024", "IKE_2024", "IKL_2024", "NILAI_IDM_2024",
            "STATUS_IDM_2024", "KETERANGAN"};
        String shared = sharedStrings(headers, "<si><t>KELADEN</t></si><si><t>MAJU</t></si><si><t>catatan</t></si>");
        StringBuilder sheet = new StringBuilder("<worksheet><sheetData><row r=\"1\"/>").append(headerRow(headers, 2));
        for (int r = 3; r <= 4; r++) {
            sheet.append("<row r=\"").append(r).append("\">").append(cellN("A" + r, "640102200" + r))
                    .append(cellS("B" + r, 8)).append(cellN("C" + r, "0.7943")).append(cellN("D" + r, "0.8333"))
                    .append(cellN("E" + r, "0.8")).append(cellN("F" + r, "0.8092")).append(cellS("G" + r, 9));
            if (r == 4) {
                sheet.append(cellS("H4", 10));
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        byte[] xlsx = workbook(Map.of("xl/workbook.xml", WORKBOOK, "xl/_rels/workbook.xml.rels", RELS,
                "xl/worksheets/data.xml", sheet.toString(), "xl/sharedStrings.xml", shared));
        List<PublishedRow> rows = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        ReadSummary s = BulkTableReader.official().read(new ByteArrayInputStream(xlsx), "t.xlsx", rows::add,
                rejected::add);
        assertEquals(List.of(), rejected);
        assertEquals(2, s.rowsRead());
        assertEquals(2, s.rowsAccepted());
        assertEquals(List.of("6401022003", "6401022004"), rows.stream().map(PublishedRow::villageCode).toList());
        assertEquals("data.xml row 3", rows.get(0).location());
    }

    @Test
    void aBrokenWorkbookIsAnError() throws IOException {
        byte[] xlsx = workbook(Map.of("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row>"));
        assertThrows(IdmTableException.class, () -> BulkTableReader.official().read(new ByteArrayInputStream(xlsx),
                "t.xlsx", r -> { }, r -> { }));
        byte[] notZip = "PK garbage".getBytes(StandardCharsets.UTF_8);
        assertThrows(IdmTableException.class, () -> BulkTableReader.official().read(new ByteArrayInputStream(notZip),
                "t.xlsx", r -> { }, r -> { }));
    }
}
