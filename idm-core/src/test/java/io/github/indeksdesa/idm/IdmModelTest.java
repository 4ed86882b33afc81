// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The official edition as shipped, and how editions are found by name. */
class IdmModelTest {

    private static final String OFFICIAL_NAME = "permendesa-pdtt-2-2016";
    private static final int FIRST_YEAR = 2017;
    private static final int LAST_YEAR = 2024;

    private final IdmModel model = IdmModel.official();

    @Test
    void officialProvenance() {
        assertSame(model, IdmModel.official());
        assertEquals(OFFICIAL_NAME, model.name());
        assertEquals(List.of("official", "idm", "idm-50", "permendesa-2-2016"), model.aliases());
        assertTrue(model.title().contains("50-indicator"), model.title());
        assertTrue(model.legalBasis().contains("No. 2 Tahun 2016"), model.legalBasis());
        assertFalse(model.source().isBlank());
        assertEquals(FIRST_YEAR, model.firstYear());
        assertEquals(LAST_YEAR, model.lastYear());
        assertTrue(model.appliesTo(FIRST_YEAR));
        assertTrue(model.appliesTo(LAST_YEAR));
        assertFalse(model.appliesTo(FIRST_YEAR - 1));
        assertFalse(model.appliesTo(LAST_YEAR + 1));
        assertEquals("IdmModel[permendesa-pdtt-2-2016: IKS 35, IKE 12, IKL 3]", model.toString());
    }

    @Test
    void officialStructure() {
        assertEquals(50, model.indicatorCount());
        assertEquals(35, model.indicatorCount(Index.IKS));
        assertEquals(12, model.indicatorCount(Index.IKE));
        assertEquals(3, model.indicatorCount(Index.IKL));
        assertEquals(175, model.maxSum(Index.IKS));
        assertEquals(60, model.maxSum(Index.IKE));
        assertEquals(15, model.maxSum(Index.IKL));
        assertEquals(0, model.firstPosition(Index.IKS));
        assertEquals(35, model.firstPosition(Index.IKE));
        assertEquals(47, model.firstPosition(Index.IKL));
        assertEquals(6300, model.gridDenominator());
        assertEquals(12, model.weight(Index.IKS));
        assertEquals(35, model.weight(Index.IKE));
        assertEquals(140, model.weight(Index.IKL));
        // §5: one point is worth 1/525 of IDM in IKS, 1/180 in IKE, 1/45 in IKL.
        assertEquals(Fraction.of(1, 525), Fraction.of(model.weight(Index.IKS), model.gridDenominator()));
        assertEquals(Fraction.of(1, 180), Fraction.of(model.weight(Index.IKE), model.gridDenominator()));
        assertEquals(Fraction.of(1, 45), Fraction.of(model.weight(Index.IKL), model.gridDenominator()));
        assertEquals(StatusThresholds.official(), model.thresholds());
        assertEquals(0, IdmModel.MIN_SCORE);
        assertEquals(5, IdmModel.MAX_SCORE);
    }

    @Test
    void indicatorsInMinistryOrder() {
        for (int i = 0; i < model.indicatorCount(); i++) {
            Indicator indicator = model.indicators().get(i);
            assertEquals(i, model.position(indicator));
            int number = i - model.firstPosition(indicator.index()) + 1;
            assertEquals(indicator.index() + String.format("%02d", number), indicator.code());
            assertEquals(number, indicator.number());
        }
        assertEquals("IKS01", model.indicators(Index.IKS).get(0).code());
        assertEquals("IKE01", model.indicators(Index.IKE).get(0).code());
        assertEquals(List.of("IKL01", "IKL02", "IKL03"), model.indicators(Index.IKL).stream().map(Indicator::code)
                .collect(java.util.stream.Collectors.toList()));
        assertThrows(UnsupportedOperationException.class, () -> model.indicators().clear());
        assertThrows(UnsupportedOperationException.class, () -> model.indicators(Index.IKS).clear());
    }

    @Test
    void lowestGridNumeratorOfEachStatus() {
        assertEquals(0, model.lowestGridNumerator(Status.SANGAT_TERTINGGAL));
        assertEquals(3092, model.lowestGridNumerator(Status.TERTINGGAL));
        assertEquals(3774, model.lowestGridNumerator(Status.BERKEMBANG));
        assertEquals(4456, model.lowestGridNumerator(Status.MAJU));
        assertEquals(5138, model.lowestGridNumerator(Status.MANDIRI));
    }

    @Test
    void dimensionsInOrderOfFirstAppearance() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        model.dimensions().forEach((d, list) -> counts.put(d, list.size()));
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("Kesehatan", 7);
        expected.put("Pendidikan", 7);
        expected.put("Modal Sosial", 13);
        expected.put("Permukiman", 8);
        expected.put("Ekonomi", 12);
        expected.put("Ekologi", 3);
        assertEquals(expected, counts);
        assertThrows(UnsupportedOperationException.class, () -> model.dimensions().clear());
    }

    @Test
    void findsIndicatorsByCodeIgnoringCaseAndSpace() {
        Indicator dokter = model.indicator("IKS02");
        assertEquals("Skor Dokter", dokter.label());
        assertSame(dokter, model.indicator("iks02"));
        assertSame(dokter, model.indicator(" IKS02 "));
        assertEquals(Optional.of(dokter), model.findIndicator("Iks02"));
        assertEquals(Optional.empty(), model.findIndicator("IKS36"));
        assertEquals(Optional.empty(), model.findIndicator(""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.indicator("IKS36"));
        assertEquals("indicator: unknown code \"IKS36\" in model permendesa-pdtt-2-2016; expected IKS01 … IKL03",
                e.getMessage());
    }

    @Test
    void positionRejectsIndicatorsOfAnotherModel() {
        Indicator foreign = Indicator.builder("IKS02", Index.IKS).number(2).dimension("Kesehatan").label("Skor Dokter")
                .englishName("Doctor").step(5, "ada", "-").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.position(foreign));
        assertEquals("indicator IKS02 \"Skor Dokter\" is not part of model permendesa-pdtt-2-2016", e.getMessage());
        Indicator unknown = Indicator.builder("X9", Index.IKS).number(1).dimension("d").label("l").englishName("e")
                .step(5, null, null).build();
        assertThrows(IllegalArgumentException.class, () -> model.position(unknown));
    }

    @Test
    void ofFindsTheOfficialEditionByNameOrAlias() {
        for (String name : new String[] {OFFICIAL_NAME, "official", "OFFICIAL", "idm", "idm-50", "permendesa-2-2016",
            " Permendesa-PDTT-2-2016 "}) {
            assertSame(model, IdmModel.of(name), name);
        }
        assertEquals(Set.of(OFFICIAL_NAME, "official", "idm", "idm-50", "permendesa-2-2016"), IdmModel.availableNames());
        assertThrows(UnsupportedOperationException.class, () -> IdmModel.availableNames().add("x"));
    }

    @Test
    void ofAnUnknownNameListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IdmModel.of("indeks-desa-2025"));
        assertEquals("model: unknown name \"indeks-desa-2025\"; known: idm, idm-50, official, permendesa-2-2016, "
                + "permendesa-pdtt-2-2016", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> IdmModel.of(""));
    }

    @Test
    void nullsAreRejectedByName() {
        assertEquals("name", assertThrows(NullPointerException.class, () -> IdmModel.of(null)).getMessage());
        assertEquals("index", assertThrows(NullPointerException.class, () -> model.indicators(null)).getMessage());
        assertEquals("index", assertThrows(NullPointerException.class, () -> model.indicatorCount(null)).getMessage());
        assertEquals("index", assertThrows(NullPointerException.class, () -> model.maxSum(null)).getMessage());
        assertEquals("index", assertThrows(NullPointerException.class, () -> model.firstPosition(null)).getMessage());
        assertEquals("index", assertThrows(NullPointerException.class, () -> model.weight(null)).getMessage());
        assertEquals("status", assertThrows(NullPointerException.class, () -> model.lowestGridNumerator(null))
                .getMessage());
        assertEquals("code", assertThrows(NullPointerException.class, () -> model.findIndicator(null)).getMessage());
        assertEquals("code", assertThrows(NullPointerException.class, () -> model.indicator(null)).getMessage());
        assertEquals("indicator", assertThrows(NullPointerException.class, () -> model.position(null)).getMessage());
        assertEquals("sourceName", assertThrows(NullPointerException.class,
                () -> IdmModel.parse(null, new java.io.StringReader(""))).getMessage());
        assertEquals("reader", assertThrows(NullPointerException.class, () -> IdmModel.parse("x", null)).getMessage());
        assertEquals("name", assertThrows(NullPointerException.class, () -> IdmModel.builder(null)).getMessage());
    }
}
