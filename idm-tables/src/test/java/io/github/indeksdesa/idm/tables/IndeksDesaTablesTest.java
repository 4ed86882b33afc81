// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.batch.IndeksDesaBatchResult;
import io.github.indeksdesa.idm.batch.IndeksDesaBatchScorer;
import io.github.indeksdesa.idm.batch.IndeksDesaMatrix;
import io.github.indeksdesa.idm.id.Dimension;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.id.IndeksDesaScores;
import io.github.indeksdesa.idm.io.Input;
import io.github.indeksdesa.idm.io.InputKind;
import io.github.indeksdesa.idm.report.VillageIdentity;
import io.github.indeksdesa.idm.verify.Check;
import io.github.indeksdesa.idm.verify.Finding;
import io.github.indeksdesa.idm.verify.IndeksDesaVerifier;
import io.github.indeksdesa.idm.verify.PublishedIndeksDesaRow;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Indeks Desa tables: score export and dimension table, read and written. */
class IndeksDesaTablesTest {

    private static final IndeksDesaModel MODEL = IndeksDesaModel.official();

    static List<IndeksDesaScores> villages(int n, long seed) {
        Random random = new Random(seed);
        List<IndeksDesaScores> out = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            int[] scores = new int[MODEL.itemCount()];
            int floor = random.nextInt(3);
            for (int i = 0; i < scores.length; i++) {
                List<Integer> observed = MODEL.items().get(i).observedScores();
                int from = Math.min(floor, observed.size() - 1);
                scores[i] = observed.get(from + random.nextInt(observed.size() - from));
            }
            out.add(IndeksDesaScores.of(MODEL, VillageCode.of(String.format("33010120%02d", v + 1)), 2025, scores));
        }
        return out;
    }

    static String export(List<IndeksDesaScores> villages) throws IOException {
        StringWriter text = new StringWriter();
        try (IndeksDesaExportWriter w = IndeksDesaExportWriter.open(text, MODEL)) {
            for (IndeksDesaScores s : villages) {
                w.write(s, VillageIdentity.of(s.villageCode(), "DESA " + s.villageCode().value().substring(8),
                        "KEC", "KAB", "PROV"));
            }
        }
        return text.toString();
    }

    private static Input input(String text) {
        return Input.of("t.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void exportRoundTripsAndIsDetected() throws IOException {
        List<IndeksDesaScores> villages = villages(20, 7);
        String text = export(villages);
        assertEquals(InputKind.ID_SCORE_EXPORT, input(text).kind());
        List<IndeksDesaScores> back = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        ReadSummary summary = IndeksDesaExportReader.official().readScores(input(text), back::add, rejected::add);
        assertEquals(villages, back);
        assertEquals(List.of(), rejected);
        assertEquals(20, summary.rowsRead());
        List<PublishedIndeksDesaRow> rows = new ArrayList<>();
        IndeksDesaExportReader.official().read(input(text), rows::add, rejected::add);
        assertEquals("DESA 01", rows.get(0).villageName().orElseThrow());
        assertEquals("PROV", rows.get(0).provinceName().orElseThrow());
        assertEquals(villages.get(0).evaluate().status().officialName(), rows.get(0).status().orElseThrow());
        assertEquals(List.of(), IndeksDesaVerifier.official().verify(rows.get(0)));
    }

    @Test
    void headersAreMatchedThroughTheModelInAnyOrderWithoutYearOrStatus() {
        List<String> header = new ArrayList<>(List.of("Kode  Wilayah Administrasi Desa"));
        List<String> cells = new ArrayList<>(List.of("3301012001"));
        int[] scores = new int[MODEL.itemCount()];
        for (int i = MODEL.itemCount() - 1; i >= 0; i--) {
            String h = MODEL.items().get(i).header().replace("/", " / ");
            header.add(i % 2 == 0 && !h.startsWith("SKOR ") ? "SKOR " + h + "?" : h);
            scores[i] = 1 + i % 5;
            cells.add(Integer.toString(scores[i]));
        }
        String text = String.join(",", header.stream().map(h -> "\"" + h + "\"").toList()) + "\n"
                + String.join(",", cells) + "\n";
        List<IndeksDesaScores> back = new ArrayList<>();
        IndeksDesaExportReader.official().year(2026).readScores(input(text), back::add, r -> {
            throw new AssertionError(r.toString());
        });
        assertEquals(List.of(IndeksDesaScores.of(MODEL, VillageCode.of("3301012001"), 2026, scores)), back);
    }

    @Test
    void everyBadRowIsReportedWithLineAndReasonNoneLost() throws IOException {
        List<IndeksDesaScores> villages = villages(4, 3);
        String[] lines = export(villages).split("\r?\n");
        lines[2] = lines[2].replaceFirst(",2025,(\\d)", ",2025,7");
        lines[3] = lines[3].replace("3301012003", "33010");
        lines[4] = lines[4].substring(0, lines[4].lastIndexOf(','));
        String text = String.join("\n", lines) + "\n";
        List<IndeksDesaScores> back = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        ReadSummary summary = IndeksDesaExportReader.official().readScores(input(text), back::add, rejected::add);
        assertEquals(4, summary.rowsRead());
        assertEquals(1, summary.rowsAccepted());
        assertEquals(3, summary.rowsRejected());
        assertEquals(List.of(villages.get(0)), back);
        assertEquals("line 3", rejected.get(0).location());
        assertTrue(rejected.get(0).reason().startsWith("LD01 ("), rejected.get(0).reason());
        assertTrue(rejected.get(0).reason().endsWith("expected a whole score 1..5, found \"7\""));
        assertEquals("line 4", rejected.get(1).location());
        assertTrue(rejected.get(1).reason().contains("expected 10 digits"));
        assertEquals("line 5", rejected.get(2).location());
        assertEquals("expected 134 cells as in the header, found 133", rejected.get(2).reason());
    }

    @Test
    void aHeaderNamingNoColumnIsAnErrorNamingIt() {
        IdmTableException e = assertThrows(IdmTableException.class, () -> IndeksDesaExportReader.official()
                .read(input("Kode Wilayah Administrasi Desa,Ketersediaan PAUD/ TK/ Sederajat di Desa,Bogus\n"),
                        r -> { }, r -> { }));
        assertTrue(e.getMessage().contains("unknown [Bogus]"), e.getMessage());
        assertTrue(e.getMessage().contains("LD02"), e.getMessage());
    }

    @Test
    void matricesHoldTheSameVillagesAsTheRows() throws IOException {
        List<IndeksDesaScores> villages = villages(25, 11);
        List<IndeksDesaMatrix> matrices = new ArrayList<>();
        ReadSummary summary = IndeksDesaExportReader.official().readMatrices(input(export(villages)), 10,
                matrices::add, r -> {
                    throw new AssertionError(r.toString());
                });
        assertEquals(25, summary.rowsAccepted());
        assertEquals(List.of(10, 10, 5), matrices.stream().map(IndeksDesaMatrix::villageCount).toList());
        List<IndeksDesaScores> back = new ArrayList<>();
        for (IndeksDesaMatrix m : matrices) {
            assertTrue(m.isChecked());
            for (int v = 0; v < m.villageCount(); v++) {
                back.add(m.village(v));
            }
        }
        assertEquals(villages, back);
    }

    @Test
    void xlsxExportIsDetectedAndRead(@TempDir Path dir) throws IOException {
        List<IndeksDesaScores> villages = villages(2, 5);
        List<String> header = new ArrayList<>(List.of("Kode Wilayah Administrasi Desa", "Desa"));
        MODEL.items().forEach(i -> header.add(i.header()));
        StringBuilder sheet = new StringBuilder("<worksheet><sheetData><row r=\"1\">");
        for (int c = 0; c < header.size(); c++) {
            sheet.append(XlsxTest.cellS(column(c) + "1", c));
        }
        sheet.append("</row>");
        for (int v = 0; v < villages.size(); v++) {
            int row = v + 2;
            sheet.append("<row r=\"").append(row).append("\">")
                    .append(XlsxTest.cellN("A" + row, villages.get(v).villageCode().value()))
                    .append(XlsxTest.cellS("B" + row, header.size()));
            int[] scores = villages.get(v).toArray();
            for (int i = 0; i < scores.length; i++) {
                sheet.append(XlsxTest.cellN(column(i + 2) + row, Integer.toString(scores[i])));
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        String shared = XlsxTest.sharedStrings(header.stream().map(h -> h.replace("&", "&amp;"))
                .toArray(String[]::new), "<si><t>TAMBAKREJA</t></si>");
        Path file = dir.resolve("export.xlsx");
        Files.write(file, XlsxTest.workbook(Map.of("xl/workbook.xml", XlsxTest.WORKBOOK,
                "xl/_rels/workbook.xml.rels", XlsxTest.RELS, "xl/worksheets/data.xml", sheet.toString(),
                "xl/sharedStrings.xml", shared)));
        assertEquals(InputKind.ID_SCORE_EXPORT_XLSX, TableKinds.of(Input.of(file)));
        List<PublishedIndeksDesaRow> rows = new ArrayList<>();
        List<IndeksDesaScores> back = new ArrayList<>();
        IndeksDesaExportReader.official().read(Input.of(file), rows::add, r -> {
            throw new AssertionError(r.toString());
        });
        rows.forEach(r -> back.add(IndeksDesaExportReader.official().scores(r)));
        assertEquals(villages, back);
        assertEquals("TAMBAKREJA", rows.get(1).villageName().orElseThrow());
    }

    private static String column(int index) {
        String s = "";
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            s = (char) ('A' + (n - 1) % 26) + s;
        }
        return s;
    }

    @Test
    void dimensionTableRoundTripsInAnyColumnOrderAndVerifies() throws IOException {
        List<IndeksDesaScores> villages = villages(6, 13);
        StringWriter text = new StringWriter();
        try (DimensionTableWriter w = DimensionTableWriter.open(text)) {
            for (IndeksDesaScores s : villages) {
                w.write(s.evaluate(), VillageIdentity.of(s.villageCode(), "DESA", null, null, null));
            }
        }
        assertEquals(InputKind.ID_DIMENSION_TABLE, input(text.toString()).kind());
        List<PublishedIndeksDesaRow> rows = new ArrayList<>();
        DimensionTableReader.create().read(input(text.toString()), rows::add, r -> {
            throw new AssertionError(r.toString());
        });
        assertEquals(6, rows.size());
        Map<Dimension, String> expected = new EnumMap<>(Dimension.class);
        villages.get(0).evaluate().dimensionPoints().forEach((d, p) -> expected.put(d, Integer.toString(p)));
        assertEquals(expected, rows.get(0).dimensions());
        assertEquals(villages.get(0).evaluate().skorId().toPublishedString(), rows.get(0).skorId().orElseThrow());
        rows.forEach(r -> assertEquals(List.of(), IndeksDesaVerifier.official().verify(r)));

        Map<Dimension, Integer> sums = villages.get(0).evaluate().dimensionPoints();
        String reordered = "status_id,TK,AK,LI,EK,SO,LD,skor_id,tahun,kode_desa\n"
                + villages.get(0).evaluate().status().officialName() + "," + sums.get(Dimension.TK) + ","
                + sums.get(Dimension.AK) + "," + sums.get(Dimension.LI) + "," + sums.get(Dimension.EK) + ","
                + sums.get(Dimension.SO) + "," + sums.get(Dimension.LD) + ",99.99,2025,3301012001\n"
                + "MAJU,60,40,30\n";
        List<RejectedRow> rejected = new ArrayList<>();
        rows.clear();
        ReadSummary summary = DimensionTableReader.create().read(input(reordered), rows::add, rejected::add);
        assertEquals(2, summary.rowsRead());
        assertEquals(1, summary.rowsRejected());
        assertEquals("line 3", rejected.get(0).location());
        assertEquals(sums.get(Dimension.LD).toString(), rows.get(0).dimensions().get(Dimension.LD));
        List<Finding> findings = IndeksDesaVerifier.official().verify(rows.get(0));
        assertTrue(findings.stream().anyMatch(f -> f.check() == Check.SKOR_ID_MISMATCH), findings::toString);
    }

    /** The real 2025 export of five provinces: every village read and scored, statuses as published. */
    @Test
    void realExportOfFiveProvinces() {
        Path file = SharedData.require("data/indeks-desa-2025/skor-2025-5prov.csv.gz");
        assertEquals(InputKind.ID_SCORE_EXPORT, TableKinds.of(Input.of(file)));
        long[] counts = new long[Status.values().length];
        List<RejectedRow> rejected = new ArrayList<>();
        ReadSummary summary = IndeksDesaExportReader.official().readMatrices(Input.of(file), 4096, m -> {
            IndeksDesaBatchResult r = IndeksDesaBatchScorer.of(MODEL).score(m);
            r.statusCounts().forEach((s, n) -> counts[s.ordinal()] += n);
        }, rejected::add);
        assertEquals(List.of(), rejected);
        assertEquals(10_733, summary.rowsAccepted());
        assertEquals("[2, 47, 2494, 4698, 3492]", Arrays.toString(counts));
    }
}
