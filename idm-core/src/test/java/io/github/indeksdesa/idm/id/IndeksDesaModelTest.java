// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.AgencyLevel;
import io.github.indeksdesa.idm.ModelFormatException;
import io.github.indeksdesa.idm.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndeksDesaModelTest {

    private static final IndeksDesaModel MODEL = IndeksDesaModel.official();

    @Test
    void officialEditionHas127ItemsInSixDimensions() {
        assertEquals("indeks-desa-2025", MODEL.name());
        assertEquals(127, MODEL.itemCount());
        assertEquals(127, MODEL.minPoints());
        assertEquals(635, MODEL.maxPoints());
        Map<Dimension, Integer> counts = new LinkedHashMap<>();
        Map<Dimension, Integer> maxima = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            counts.put(d, MODEL.itemCount(d));
            maxima.put(d, MODEL.maxPoints(d));
        }
        assertEquals(Map.of(Dimension.LD, 34, Dimension.SO, 17, Dimension.EK, 32, Dimension.LI, 18, Dimension.AK, 10,
                Dimension.TK, 16), counts);
        assertEquals(Map.of(Dimension.LD, 170, Dimension.SO, 85, Dimension.EK, 160, Dimension.LI, 90, Dimension.AK, 50,
                Dimension.TK, 80), maxima);
        assertEquals("LD01", MODEL.items().get(0).code());
        assertEquals("TK16", MODEL.items().get(126).code());
        assertEquals(13, MODEL.subDimensions().size());
        assertEquals(List.of(9, 20, 5), List.of(MODEL.subDimensions().get("SUB-DIMENSI PENDIDIKAN").size(),
                MODEL.subDimensions().get("SUB-DIMENSI KESEHATAN").size(),
                MODEL.subDimensions().get("SUB-DIMENSI UTILITAS DASAR").size()));
        assertTrue(MODEL.legalBasis().contains("No. 9 Tahun 2024"));
        assertTrue(MODEL.source().contains("343 Tahun 2025"));
        assertTrue(MODEL.appliesTo(2025));
        assertFalse(MODEL.appliesTo(2024));
    }

    @Test
    void codesArePositionalWithinTheirDimension() {
        for (Dimension d : Dimension.values()) {
            List<Item> items = MODEL.items(d);
            for (int i = 0; i < items.size(); i++) {
                assertEquals(String.format("%s%02d", d.code(), i + 1), items.get(i).code());
                assertSame(items.get(i), MODEL.item(items.get(i).code()));
            }
        }
    }

    @Test
    void itemCarriesTheMinistryTexts() {
        Item ld01 = MODEL.item("LD01");
        assertEquals(Dimension.LD, ld01.dimension());
        assertEquals("SUB-DIMENSI PENDIDIKAN", ld01.subDimension());
        assertEquals("AKSES TERHADAP PAUD/TK/Sederajat", ld01.indicator());
        assertEquals("Keberadaan PAUD/TK/Sederajat di Desa", ld01.name());
        assertEquals("Ketersediaan PAUD/ TK/ Sederajat di Desa", ld01.header());
        assertEquals(List.of(1, 2, 3, 4, 5), ld01.observedScores());
        assertEquals("Perlu menyediakan PAUD/TK/Sederajat sebanyak 5", ld01.recommendation(1).orElseThrow());
        assertEquals("Desa Perlu penambahan PAUD/TK/Sederajat sebanyak 1", ld01.activity(4).orElseThrow());
        assertTrue(ld01.recommendation(5).isEmpty());
        assertTrue(ld01.activity(5).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> ld01.recommendation(0));
        assertEquals("Kemendikbud, Kemendagri, Kementerian PUPR", ld01.agencies().get(AgencyLevel.PUSAT).orElseThrow());
        assertEquals(List.of("Dinas Dikbud", "Dinas PMD", "Dinas PUPR"), ld01.agencies().names(AgencyLevel.KAB));
        assertEquals("Swasta", ld01.agencies().get(AgencyLevel.LAINNYA).orElseThrow());
        assertTrue(ld01.agencies().get(AgencyLevel.CSR).isEmpty());
        // LD11 has a text for score 1 only.
        Item ld11 = MODEL.item("LD11");
        assertTrue(ld11.recommendation(1).isPresent());
        assertTrue(ld11.recommendation(2).isEmpty());
        assertEquals(63, MODEL.items().stream().filter(i -> i.observedScores().equals(List.of(1, 5))).count());
        assertEquals(27, MODEL.items().stream().filter(i -> i.observedScores().equals(List.of(1, 3, 5))).count());
        assertEquals(30, MODEL.items().stream().filter(i -> i.observedScores().size() == 5).count());
        assertEquals(7, MODEL.items().stream().filter(i -> i.observedScores().equals(List.of(1, 2, 4, 5))).count());
    }

    @Test
    void unknownCodeNamesTheRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MODEL.item("LD99"));
        assertEquals("item: unknown code \"LD99\" in indeks-desa-2025; expected one of LD01..TK16", e.getMessage());
        assertTrue(MODEL.findItem("XX01").isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ketersediaan PAUD/ TK/ Sederajat di Desa|LD01",
        "Ketersediaan PAUD/TK/Sederajat di Desa|LD01",
        "  ketersediaan   PAUD /TK/ Sederajat di desa |LD01",
        "SKOR Keberadaan PAUD/TK/Sederajat di Desa|LD01",
        "Keberadaan PAUD/TK/Sederajat di Desa|LD01",
        "Kemudahan Akses menuju SD/ MI/ Sederajat terdekat di Desa?|LD04",
        "Kemudahan Akses menuju SD/MI/Sederajat terdekat di Desa|LD04",
        "SKOR Kemudahan akses menuju Sarana Kesehatan|LD10",
        "SKOR Keberadaan Aktivitas Posyandu|LD14",
        "Terdapat Aktivitas Posyandu|LD14",
    })
    void findsItemsByHeader(String header, String code) {
        assertEquals(code, MODEL.findByHeader(header).orElseThrow().code());
    }

    @Test
    void everyHeaderNameAndAliasFindsAnItem() {
        for (Item item : MODEL.items()) {
            assertSame(item, MODEL.findByHeader(item.header()).orElseThrow(), item.code());
            assertSame(item, MODEL.findByHeader(item.name()).orElseThrow(), item.code());
            for (String alias : item.headerAliases()) {
                assertTrue(MODEL.findByHeader(alias).isPresent(), alias);
            }
        }
        assertTrue(MODEL.findByHeader("Kode Wilayah Administrasi Desa").isEmpty());
        assertTrue(MODEL.findByHeader("TAHUN DATA").isEmpty());
    }

    @Test
    void thresholdsArePointsWithTheirPublishedScores() {
        assertEquals(List.of(127, 315, 365, 441, 506),
                List.of(MODEL.firstPoints(Status.SANGAT_TERTINGGAL), MODEL.firstPoints(Status.TERTINGGAL),
                        MODEL.firstPoints(Status.BERKEMBANG), MODEL.firstPoints(Status.MAJU),
                        MODEL.firstPoints(Status.MANDIRI)));
        assertEquals(635, MODEL.lastPoints(Status.MANDIRI));
        List<BigDecimal> minima = new ArrayList<>();
        for (Status s : Status.values()) {
            minima.add(MODEL.minimumScore(s));
        }
        assertEquals(List.of(new BigDecimal("20.00"), new BigDecimal("49.49"), new BigDecimal("57.39"),
                new BigDecimal("69.35"), new BigDecimal("79.63")), minima);
        assertEquals(new BigDecimal("79.62"), MODEL.maximumScore(Status.MAJU).orElseThrow());
        assertTrue(MODEL.maximumScore(Status.MANDIRI).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> MODEL.status(126));
        assertThrows(IllegalArgumentException.class, () -> MODEL.status(636));
    }

    @Test
    void findsEditionsByName() {
        assertSame(MODEL, IndeksDesaModel.of("OFFICIAL"));
        assertSame(MODEL, IndeksDesaModel.of("permendesa-9-2024"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IndeksDesaModel.of("idm"));
        assertTrue(e.getMessage().contains("indeks-desa-2025"), e.getMessage());
    }

    @Test
    void dimensionsParseByCodeOrName() {
        assertSame(Dimension.TK, Dimension.parse("tata kelola  pemerintahan desa"));
        assertSame(Dimension.LI, Dimension.parse("li"));
        assertThrows(IllegalArgumentException.class, () -> Dimension.parse("IKS"));
    }

    @Test
    void shippedResourceReparsesToAnEqualModel() throws IOException {
        String text;
        try (InputStream in = IndeksDesaModel.class.getResourceAsStream("indeks-desa-2025.tsv")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        IndeksDesaModel again = IndeksDesaModel.parse("copy.tsv", new StringReader(text));
        assertEquals(MODEL.items(), again.items());
    }

    private static final String SMALL = String.join("\n",
            "format\tindeks-desa-1",
            "model\tsmall",
            "years\t2025\t2025",
            "threshold\tSANGAT_TERTINGGAL\t1\t",
            "threshold\tTERTINGGAL\t2\t40.00",
            "threshold\tBERKEMBANG\t3\t60",
            "threshold\tMAJU\t4\t80.00",
            "item\tLD01\tLD\tSUB A\tIND A\tItem A",
            "header\tLD01\tHeader A",
            "observed\tLD01\t1,5",
            "agencies\tLD01\t\t\tDinas\tDesa\t",
            "step\tLD01\t1\tRek\tKeg",
            "");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "format\\t1|small.tsv:1: expected a single 'format<TAB>indeks-desa-1' line, found '1' (an IDM model file",
        "model\\tsmall|small.tsv:1: expected 'format<TAB>indeks-desa-1' as the first record, found 'model'",
        "item\\tLD01\\tLD\\tSUB A\\tIND A\\tItem A|small.tsv:13: item LD01 is defined twice (first on line 8)",
        "item\\tSO01\\tXX\\tS\\tI\\tN|small.tsv:13: item SO01: unknown dimension 'XX'",
        "item\\tSO01\\tLD\\tS\\tI\\tN|small.tsv:13: item code: expected LD and two digits",
        "observed\\tLD01\\t1,6|small.tsv:13: a second 'observed' line for LD01 (first on line 10)",
        "step\\tLD01\\t5\\tR\\tK|small.tsv:13: LD01: texts are given for scores 1..4 (5 needs none), found 5",
        "step\\tLD02\\t1\\tR\\tK|small.tsv:13: 'step' for unknown item 'LD02'",
        "header\\tLD01|small.tsv:13: expected 3 TAB-separated fields 'header<TAB>CODE<TAB>TEXT', found 2",
        "frobnicate|small.tsv:13: unknown keyword 'frobnicate'",
        "item\\tLD02\\tLD\\tSUB A\\tI\\tN|small.tsv:13: item LD02 has no 'header' line",
    })
    void malformedLinesNameSourceAndLine(String change, String expected) {
        String line = change.replace("\\t", "\t");
        String text = line.startsWith("format") || line.startsWith("model")
                ? line + "\n" + SMALL.substring(SMALL.indexOf('\n', SMALL.indexOf('\n') + 1) + 1)
                : SMALL + line + "\n";
        if (line.startsWith("format")) {
            text = line + "\n" + SMALL.substring(SMALL.indexOf('\n') + 1);
        }
        String input = text;
        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> IndeksDesaModel.parse("small.tsv", new StringReader(input)));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
        assertEquals("small.tsv", e.sourceName());
    }

    @Test
    void smallModelParsesAndDerivesUnpublishedUppers() {
        IndeksDesaModel small = IndeksDesaModel.parse("small.tsv", new StringReader(SMALL));
        assertEquals(1, small.itemCount());
        assertEquals(new BigDecimal("20.00"), small.maximumScore(Status.SANGAT_TERTINGGAL).orElseThrow());
        assertEquals(new BigDecimal("20.01"), small.minimumScore(Status.TERTINGGAL));
        assertEquals(new BigDecimal("60.00"), small.maximumScore(Status.BERKEMBANG).orElseThrow());
        assertEquals(List.of("Dinas"), small.item("LD01").agencies().names(AgencyLevel.KAB));
        assertEquals(Status.MANDIRI, small.status(5));
        assertEquals(Status.SANGAT_TERTINGGAL, small.status(1));
    }

    @Test
    void thresholdsInconsistentWithTheirScoresAreRejected() {
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> IndeksDesaModel.parse("t.tsv",
                new StringReader(OFFICIAL_HEAD.replace("49.48", "49.61"))));
        assertTrue(e.getMessage().contains("threshold of SANGAT_TERTINGGAL: the published highest score 49.61 must "
                + "have at most 2 decimals and lie from 49.45 (314 points) to below 49.61 (315 points)"), e.getMessage());
    }

    private static final String OFFICIAL_HEAD;

    static {
        try (InputStream in = IndeksDesaModel.class.getResourceAsStream("indeks-desa-2025.tsv")) {
            OFFICIAL_HEAD = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
