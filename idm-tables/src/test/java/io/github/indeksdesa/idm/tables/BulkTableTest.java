// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.report.VillageIdentity;
import io.github.indeksdesa.idm.verify.Check;
import io.github.indeksdesa.idm.verify.Finding;
import io.github.indeksdesa.idm.verify.PublishedRow;
import io.github.indeksdesa.idm.verify.Verifier;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class BulkTableTest {

    static final class Result {
        final List<PublishedRow> rows = new ArrayList<>();
        final List<RejectedRow> rejected = new ArrayList<>();
        ReadSummary summary;
    }

    static Result csv(String text) {
        Result r = new Result();
        r.summary = BulkTableReader.official().readCsv(new StringReader(text), "t.csv", r.rows::add, r.rejected::add);
        return r;
    }

    @Test
    void readsThe2024ShapeWithBomQuotesAndNumericCodes() {
        Result r = csv("\uFEFFKODE_DESA,NAMA_DESA,NAMA_KECAMATAN,IKS_2024,IKE_2024,IKL_2024,NILAI_IDM_2024,"
                + "STATUS_IDM_2024,Keterangan\r\n"
                + "1101012003,,BAKONGAN,0.7029,0.6167,0.5333,0.6176,BERKEMBANG,\r\n"
                + "1402092010,\"LAMBANG SARI I, II, III\",LIRIK,0.8171,0.8,1,0.8724,MANDIRI,\r\n"
                + "3.604052001E9,\"SAY \"\"HI\"\"\",X,0.7029,0.6167,0.5333,0.6176,BERKEMBANG,Update 2023\n");
        assertEquals(List.of(), r.rejected);
        assertEquals(3, r.summary.rowsRead());
        assertEquals(3, r.summary.rowsAccepted());
        assertEquals(3, r.summary.records());
        PublishedRow lambang = r.rows.get(1);
        assertEquals("LAMBANG SARI I, II, III", lambang.villageName().orElseThrow());
        assertEquals("line 3", lambang.location());
        assertEquals("1", lambang.part(Index.IKL));
        assertEquals("3604052001", r.rows.get(2).villageCode());
        assertEquals("SAY \"HI\"", r.rows.get(2).villageName().orElseThrow());
        assertTrue(r.rows.get(0).villageName().isEmpty());
        r.rows.forEach(row -> assertEquals(List.of(), Verifier.official().verify(row)));
    }

    @Test
    void readsThe2023HeaderAndYearsSideBySide() {
        Result r = csv("KODE_PROV,KODE_KAB_KOT,KABUPATEN_KOTA,KODE_DESA_DAGRI,DESA,IKS 2023,IKE 2023,IKL 2023,"
                + "IDM 2023,STATUS 2023,IKS 2024,IKE 2024,IKL 2024,NILAI IDM 2024,STATUS IDM 2024,UPDATE\n"
                + "64,6403,BERAU,6403012012,MAPULU,0.5314,0.35,0.8667,0.5827,TERTINGGAL,"
                + "0.6286,0.35,0.9333,0.6373,BERKEMBANG,x\n");
        assertEquals(List.of(2023, 2024), r.summary.years());
        assertEquals(1, r.summary.rowsRead());
        assertEquals(2, r.summary.records());
        assertEquals(2023, r.rows.get(0).year());
        assertEquals("TERTINGGAL", r.rows.get(0).status());
        assertEquals("BERAU", r.rows.get(0).regencyName().orElseThrow());
        assertEquals("0.6373", r.rows.get(1).idm());
        r.rows.forEach(row -> assertEquals(List.of(), Verifier.official().verify(row)));
    }

    @Test
    void badRowsAreRejectedWithLineAndReasonAndTheRestRead() {
        Result r = csv("KODE_DESA,NAMA_DESA,IKS_2024,IKE_2024,IKL_2024,NILAI_IDM_2024,STATUS_IDM_2024\n"
                + "1101012003,A,0.7029,0.6167,0.5333,0.6176,BERKEMBANG\n"
                + "1101012004,B,0.7029,0.6167\n"
                + ",C,0.7029,0.6167,0.5333,0.6176,BERKEMBANG\n"
                + "\n"
                + "1101012005,D,,abc,0.5333,0.6176,BERKEMBANG\n"
                + "1101012006,\"E\"x,0.7029,0.6167,0.5333,0.6176,BERKEMBANG\n"
                + "11010120,F,0.7029,0.6167,0.5333,0.6176,BERKEMBANG\n"
                + "1101012007,\"G");
        assertEquals(7, r.summary.rowsRead());
        assertEquals(4, r.summary.rowsRejected());
        assertEquals(3, r.summary.rowsAccepted());
        List<String> where = r.rejected.stream().map(RejectedRow::location).collect(Collectors.toList());
        assertEquals(List.of("line 3", "line 4", "line 7", "line 9"), where);
        assertTrue(r.rejected.get(0).reason().contains("expected 7 cells"), r.rejected.get(0).reason());
        assertTrue(r.rejected.get(1).reason().contains("no village code"), r.rejected.get(1).reason());
        assertTrue(r.rejected.get(2).reason().contains("closing quote"), r.rejected.get(2).reason());
        assertTrue(r.rejected.get(3).reason().contains("not closed"), r.rejected.get(3).reason());
        List<Finding> d = Verifier.official().verify(r.rows.get(1));
        assertEquals(List.of(Check.MISSING_VALUE, Check.NOT_A_NUMBER),
                d.stream().map(Finding::check).collect(Collectors.toList()));
        assertEquals("IKS_2024", d.get(0).field());
        assertEquals(Check.MALFORMED_CODE, Verifier.official().verify(r.rows.get(2)).get(0).check());
    }

    /** The shipped example table, or a skip naming it when this is not a full checkout. */
    static List<String> shippedBulkTable() throws IOException {
        Path file = Path.of("..", "examples", "data", "bulk-kaltim.csv").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isRegularFile(file), "missing " + file);
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    /** Every data line is accounted for: accepted as a row or the first line of a rejection. */
    private static void assertEveryLineAccountedFor(List<String> lines, Result r) {
        assertEquals(r.summary.rowsRead(), r.summary.rowsAccepted() + r.summary.rowsRejected());
        Set<String> starts = new TreeSet<>();
        r.rows.forEach(row -> starts.add(row.location()));
        r.rejected.forEach(row -> starts.add(row.location().replaceFirst("^lines (\\d+)\u2013\\d+$", "line $1")));
        Set<String> expected = new TreeSet<>();
        for (int i = 2; i <= lines.size(); i++) {
            expected.add("line " + i);
        }
        assertEquals(expected, starts);
    }

    @Test
    void anUnclosedQuoteToTheEndRejectsItsLinesAndEveryLaterRowIsStillRead() throws IOException {
        List<String> lines = new ArrayList<>(shippedBulkTable());
        int rows = lines.size() - 1;
        lines.set(2, lines.get(2).replaceFirst(",([A-Z][A-Z ]+),", ",\"$1,"));
        Result r = csv(String.join("\n", lines) + "\n");
        assertEquals(rows, r.summary.rowsRead());
        assertEquals(rows - 1, r.summary.rowsAccepted());
        assertEquals(1, r.rejected.size());
        assertEquals("lines 3\u2013" + lines.size(), r.rejected.get(0).location());
        assertTrue(r.rejected.get(0).reason().contains("not closed"), r.rejected.get(0).reason());
        assertEveryLineAccountedFor(lines, r);
    }

    @Test
    void aStrayQuoteClosedByALaterQuotedFieldRejectsOnlyItsOwnLine() throws IOException {
        List<String> lines = new ArrayList<>(shippedBulkTable());
        int rows = lines.size() - 1;
        lines.set(2, lines.get(2).replaceFirst(",([A-Z][A-Z ]+),", ",\"$1,"));
        lines.set(4, lines.get(4).replaceFirst(",([A-Z][A-Z ]+),", ",\"$1, I\","));
        Result r = csv(String.join("\r\n", lines));
        assertEquals(rows, r.summary.rowsRead());
        assertEquals(List.of("lines 3\u20135"), r.rejected.stream().map(RejectedRow::location).toList());
        assertEquals(rows - 1, r.summary.rowsAccepted());
        assertTrue(r.rows.stream().anyMatch(row -> row.location().equals("line 5")
                && row.provinceName().orElseThrow().endsWith(", I")), "the quoted field of line 5 is read");
        assertEveryLineAccountedFor(lines, r);
    }

    @Test
    void aHeaderThatIsNotABulkTableIsAnError() {
        IdmTableException e = assertThrows(IdmTableException.class, () -> csv("a,b,c\n1,2,3\n"));
        assertTrue(e.getMessage().contains("village code column"), e.getMessage());
        e = assertThrows(IdmTableException.class, () -> csv("KODE_DESA,IKS_2024,IKE_2024\n"));
        assertTrue(e.getMessage().contains("missing IKL_2024, NILAI_IDM_2024, STATUS_IDM_2024"), e.getMessage());
        assertThrows(IdmTableException.class, () -> csv(""));
    }

    @Test
    void writtenTablesReadBackAlsoGzipped() throws Exception {
        PublishedRow computed = PublishedRow.of(Fixtures.scores().evaluate(), VillageIdentity.of(
                VillageCode.of("6401022004"), "KELADEN, HULU", "LONG IKIS", "PASER", "KALIMANTAN TIMUR"), "t.csv",
                "line 2");
        StringWriter out = new StringWriter();
        try (BulkTableWriter writer = BulkTableWriter.open(out, 2024)) {
            writer.write(computed);
            assertThrows(IllegalArgumentException.class, () -> writer.write(PublishedRow.builder("x", "y",
                    "6401022004", 2023).build()));
        }
        Result r = csv(out.toString());
        assertEquals(List.of(computed), r.rows);
        assertEquals(List.of(), Verifier.official().verify(r.rows.get(0)));

        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
            z.write(out.toString().getBytes(StandardCharsets.UTF_8));
        }
        List<PublishedRow> rows = new ArrayList<>();
        ReadSummary s = BulkTableReader.official().read(new ByteArrayInputStream(gz.toByteArray()), "t.csv", rows::add,
                x -> { });
        assertEquals(1, s.rowsAccepted());
        assertEquals(List.of(computed), rows);
    }

    @Test
    void bulkVerificationNamesEachInconsistency() {
        Verifier v = Verifier.official();
        // Kupang Bersih (spec §7): parts off their grid, published BERKEMBANG with IDM 0.741.
        PublishedRow kupang = PublishedRow.builder("t", "line 2", "6213062003", 2024).part(Index.IKS, "0.7714")
                .part(Index.IKE, "0.7084").part(Index.IKL, "0.7433").idm("0.741").status("BERKEMBANG").build();
        List<Finding> f = v.verify(kupang);
        assertTrue(f.stream().anyMatch(x -> x.check() == Check.PART_OFF_GRID && x.field().equals("IKE_2024")), f::toString);
        assertTrue(f.stream().anyMatch(x -> x.check() == Check.STATUS_NOT_MATCHING_IDM && x.expected().equals("MAJU")));
        assertTrue(f.stream().allMatch(Finding::statusChanged));
        PublishedRow unknown = PublishedRow.builder("t", "line 3", "6213062003", 2024).part(Index.IKS, "0.7029")
                .part(Index.IKE, "0.6167").part(Index.IKL, "0.5333").idm("0.6176").status("HEBAT").build();
        assertEquals(Check.UNKNOWN_STATUS, v.verify(unknown).get(0).check());
    }
}
