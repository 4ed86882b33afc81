// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.ScoreValidation;
import io.github.indeksdesa.idm.VillageScores;
import io.github.indeksdesa.idm.io.Input;
import io.github.indeksdesa.idm.report.VillageIdentity;
import io.github.indeksdesa.idm.verify.PublishedRow;
import io.github.indeksdesa.idm.verify.Verifier;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Mutated tables: each is read, or rejected with the documented exception naming the source. */
class TableFuzzProperties {

    /** Runs a read; a failure must be IdmTableException naming the source. Returns null on failure. */
    static <T> T readOrDocumentedFailure(Supplier<T> read) {
        try {
            T value = read.get();
            assertNotNull(value);
            return value;
        } catch (IdmTableException e) {
            assertTrue(e.getMessage().startsWith(e.sourceName()), e.getMessage());
            assertFalse(e.getMessage().isBlank());
            return null;
        }
    }

    static String bulkTable() throws Exception {
        StringWriter out = new StringWriter();
        try (BulkTableWriter w = BulkTableWriter.open(out, 2024)) {
            for (int i = 0; i < 4; i++) {
                VillageScores s = Fixtures.scores().withVillage(VillageCode.of("640102200" + i), 2024);
                w.write(PublishedRow.of(s.evaluate(), VillageIdentity.of(s.villageCode(), "DESA, " + i, "KEC \"" + i
                        + "\"", null, null), "t.csv", "line " + (i + 2)));
            }
        }
        return out.toString();
    }

    static String mutateText(String text, int kind, int a, int b) {
        int at = Math.floorMod(a, text.length());
        String insert = new String[] {",", "\"", "\n", "\r\n", "x", "", "1e999", "-0.5", "\uFEFF", "NaN"}[Math.floorMod(b, 10)];
        switch (kind) {
            case 0: return text.substring(0, at);
            case 1: return text.substring(0, at) + insert + text.substring(at);
            case 2: return text.substring(0, at) + insert + text.substring(Math.min(text.length(), at + 1));
            default: return text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + Math.floorMod(b, 12)));
        }
    }

    @Property(tries = 300)
    void aMutatedBulkTableAccountsForEveryRow(@ForAll @IntRange(min = 0, max = 3) int kind, @ForAll int a,
            @ForAll int b) throws Exception {
        String input = mutateText(bulkTable(), kind, a, b);
        List<PublishedRow> rows = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        ReadSummary summary = readOrDocumentedFailure(() -> BulkTableReader.official().readCsv(new StringReader(input),
                "t.csv", rows::add, rejected::add));
        if (summary == null) {
            return;
        }
        assertEquals(summary.rowsRead(), summary.rowsAccepted() + summary.rowsRejected());
        assertEquals(summary.rowsRejected(), rejected.size());
        assertEquals(summary.records(), rows.size());
        assertEquals(summary.rowsAccepted() * summary.years().size(), rows.size());
        rejected.forEach(r -> assertTrue(r.location().matches("line \\d+|lines \\d+\u2013\\d+"), r::toString));
        Verifier verifier = Verifier.official();
        rows.forEach(verifier::verify);
    }

    static String scoresTable() throws Exception {
        StringWriter out = new StringWriter();
        try (ScoresTableWriter w = ScoresTableWriter.open(out, IdmModel.official())) {
            w.write(Fixtures.scores());
            w.write(Fixtures.scores().withVillage(VillageCode.of("1508042002"), 2023));
        }
        return out.toString();
    }

    @Property(tries = 200)
    void aMutatedScoresTableYieldsOnlyValidScores(@ForAll @IntRange(min = 0, max = 3) int kind, @ForAll int a,
            @ForAll int b) throws Exception {
        String input = mutateText(scoresTable(), kind, a, b);
        List<VillageScores> read = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        ReadSummary summary = readOrDocumentedFailure(() -> ScoresTableReader.official().read(new StringReader(input),
                "s.csv", read::add, rejected::add));
        if (summary == null) {
            return;
        }
        assertEquals(summary.rowsRead(), read.size() + rejected.size());
        for (VillageScores s : read) {
            for (Indicator indicator : s.model().indicators()) {
                assertTrue(indicator.allows(s.score(indicator)), s::toString);
            }
        }
    }

    static byte[] workbook() throws Exception {
        String sheet = "<worksheet><sheetData><row r=\"1\">" + XlsxTest.cellS("A1", 0) + XlsxTest.cellS("B1", 1)
                + XlsxTest.cellS("C1", 2) + XlsxTest.cellS("D1", 3) + XlsxTest.cellS("E1", 4) + XlsxTest.cellS("F1", 5)
                + "</row><row r=\"2\">" + XlsxTest.cellN("A2", "3.604052001E9") + XlsxTest.cellN("B2", "0.7029")
                + XlsxTest.cellN("C2", "0.6167") + XlsxTest.cellN("D2", "0.5333") + XlsxTest.cellN("E2", "0.6176")
                + XlsxTest.cellS("F2", 6) + "</row></sheetData></worksheet>";
        String shared = "<sst><si><t>KODE_DESA</t></si><si><t>IKS_2024</t></si><si><t>IKE_2024</t></si>"
                + "<si><t>IKL_2024</t></si><si><t>NILAI_IDM_2024</t></si><si><t>STATUS_IDM_2024</t></si>"
                + "<si><t>BERKEMBANG</t></si></sst>";
        return XlsxTest.workbook(java.util.Map.of("xl/worksheets/sheet1.xml", sheet, "xl/sharedStrings.xml", shared));
    }

    @Property(tries = 200)
    void aMutatedWorkbookIsReadOrRejectedWithTheDocumentedException(@ForAll int a, @ForAll int b,
            @ForAll @IntRange(min = 0, max = 2) int kind) throws Exception {
        byte[] bytes = workbook();
        int at = Math.floorMod(a, bytes.length);
        byte[] mutated;
        if (kind == 0) {
            mutated = java.util.Arrays.copyOf(bytes, at);
        } else {
            mutated = bytes.clone();
            mutated[at] = (byte) (kind == 1 ? b : mutated[at] ^ (1 << Math.floorMod(b, 8)));
        }
        List<PublishedRow> rows = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        ReadSummary summary = readOrDocumentedFailure(() -> BulkTableReader.official().read(
                new java.io.ByteArrayInputStream(mutated), "w.xlsx", rows::add, rejected::add));
        if (summary != null) {
            assertEquals(summary.rowsRead(), summary.rowsAccepted() + summary.rowsRejected());
            assertEquals(summary.records(), rows.size());
        }
    }

    @Property(tries = 200)
    void theMatrixReaderReadsAMutatedTableAsTheRowReaderDoes(@ForAll @IntRange(min = 0, max = 3) int kind,
            @ForAll int a, @ForAll int b) throws Exception {
        String input = mutateText(scoresTable() + scoresTable().lines().skip(1).map(l -> l + "\n")
                .collect(java.util.stream.Collectors.joining()), kind, a, b);
        List<VillageScores> expected = new ArrayList<>();
        List<RejectedRow> expectedRejected = new ArrayList<>();
        String expectedFailure = failure(() -> ScoresTableReader.official().read(new StringReader(input), "s.csv",
                expected::add, expectedRejected::add));
        List<VillageScores> read = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        String failure = failure(() -> ScoresMatrixReader.of(IdmModel.official(), ScoreValidation.LADDER).read(
                Input.of("s.csv", new java.io.ByteArrayInputStream(input.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                2, m -> {
                    for (int v = 0; v < m.villageCount(); v++) {
                        read.add(m.village(v, ScoreValidation.LADDER));
                    }
                }, rejected::add));
        assertEquals(expectedFailure, failure, input);
        assertEquals(expected, read, input);
        assertEquals(expectedRejected, rejected, input);
    }

    /** The message of the IdmTableException a read throws, or null. */
    private static String failure(Runnable read) {
        try {
            read.run();
            return null;
        } catch (IdmTableException e) {
            return e.getMessage();
        }
    }
}
