// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Building another edition through the public API, and the invariants it must keep. */
class IdmModelBuilderTest {

    static Indicator indicator(String code, Index index, int number) {
        return Indicator.builder(code, index).number(number).dimension(index.name()).label("Skor " + code)
                .englishName(code).step(0, "none", "build one").step(5, "some", "-").build();
    }

    /** A province's variant: two IKS, one IKE and one IKL indicator. */
    static IdmModel.Builder tiny() {
        return IdmModel.builder("tiny-1").indicator(indicator("S1", Index.IKS, 1)).indicator(indicator("S2", Index.IKS, 2))
                .indicator(indicator("E1", Index.IKE, 1)).indicator(indicator("L1", Index.IKL, 1));
    }

    @Test
    void buildsAModelWithItsOwnGrid() {
        IdmModel model = tiny().alias("Tiny").title("Tiny model").legalBasis("none").source("tests").years(2030, 2031)
                .thresholds(StatusThresholds.of(new BigDecimal("0.2"), new BigDecimal("0.4"), new BigDecimal("0.6"),
                        new BigDecimal("0.8")))
                .build();
        assertEquals("tiny-1", model.name());
        assertEquals(List.of("Tiny"), model.aliases());
        assertEquals("Tiny model", model.title());
        assertEquals("none", model.legalBasis());
        assertEquals("tests", model.source());
        assertEquals(2030, model.firstYear());
        assertEquals(2031, model.lastYear());
        assertEquals(4, model.indicatorCount());
        assertEquals(10, model.maxSum(Index.IKS));
        // IDM = (ΣIKS/10 + ΣIKE/5 + ΣIKL/5) / 3 = (ΣIKS + 2ΣIKE + 2ΣIKL) / 30
        assertEquals(30, model.gridDenominator());
        assertEquals(1, model.weight(Index.IKS));
        assertEquals(2, model.weight(Index.IKE));
        assertEquals(2, model.weight(Index.IKL));
        assertEquals(2, model.firstPosition(Index.IKE));
        assertEquals(13, model.lowestGridNumerator(Status.BERKEMBANG));
        VillageResult result = VillageScores.of(model, VillageCode.of("6401022004"), 2030, 5, 0, 5, 0).evaluate();
        assertEquals(Fraction.of(5 + 10, 30), result.idm());
        assertEquals(Status.BERKEMBANG, result.status());
    }

    @Test
    void lowerCaseCodesAreFoundIgnoringCase() {
        IdmModel model = IdmModel.builder("lower").indicator(indicator("s1", Index.IKS, 1))
                .indicator(indicator("e1", Index.IKE, 1)).indicator(indicator("l1", Index.IKL, 1)).build();
        Indicator s1 = model.indicators().get(0);
        assertEquals(java.util.Optional.of(s1), model.findIndicator("s1"));
        assertEquals(java.util.Optional.of(s1), model.findIndicator("S1"));
        assertEquals(s1, model.indicator(" S1 "));
        assertEquals(0, model.position(s1));
        assertEquals(2, model.position(model.indicator("L1")));
    }

    @Test
    void defaults() {
        IdmModel model = tiny().build();
        assertEquals("tiny-1", model.title());
        assertEquals("", model.legalBasis());
        assertEquals("", model.source());
        assertEquals(List.of(), model.aliases());
        assertEquals(StatusThresholds.official(), model.thresholds());
        assertTrue(model.appliesTo(1) && model.appliesTo(9999));
    }

    @Test
    void duplicateCodesAreRejectedNamingBoth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> tiny().indicator(indicator("s1", Index.IKL, 2)).build());
        assertEquals("model tiny-1: indicator code s1 is used twice (S1 \"Skor S1\" and s1 \"Skor s1\")",
                e.getMessage());
    }

    @Test
    void everyIndexNeedsAnIndicator() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IdmModel.builder("no-ike")
                .indicator(indicator("S1", Index.IKS, 1)).indicator(indicator("L1", Index.IKL, 1)).build());
        assertEquals("model no-ike: index IKE has no indicator; every index needs at least one", e.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> IdmModel.builder("empty").build());
        assertEquals("model empty: index IKS has no indicator; every index needs at least one", empty.getMessage());
    }

    @Test
    void indicatorsMustBeNumberedFromOneWithinTheirIndex() {
        IllegalArgumentException gap = assertThrows(IllegalArgumentException.class, () -> IdmModel.builder("gap")
                .indicator(indicator("S1", Index.IKS, 1)).indicator(indicator("S3", Index.IKS, 3)).build());
        assertEquals("model gap: indicator S3 \"Skor S3\" has number 3 but is indicator 2 of IKS", gap.getMessage());
        IllegalArgumentException start = assertThrows(IllegalArgumentException.class, () -> IdmModel.builder("start")
                .indicator(indicator("S2", Index.IKS, 2)).build());
        assertEquals("model start: indicator S2 \"Skor S2\" has number 2 but is indicator 1 of IKS", start.getMessage());
    }

    @Test
    void indicesMustComeInOrder() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IdmModel.builder("order")
                .indicator(indicator("E1", Index.IKE, 1)).indicator(indicator("S1", Index.IKS, 1)).build());
        assertEquals("model order: indicator S1 \"Skor S1\" of IKS comes after indicators of IKE; add all IKS, then "
                + "all IKE, then all IKL indicators", e.getMessage());
    }

    @Test
    void thresholdsMustAscend() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> tiny().thresholds(StatusThresholds.of(new BigDecimal("0.8155"), new BigDecimal("0.7072"),
                        new BigDecimal("0.5989"), new BigDecimal("0.4907"))));
        assertEquals("thresholds must ascend strictly within (0, 1): the upper bound of TERTINGGAL is 0.7072, after "
                + "0.8155", e.getMessage());
    }

    @Test
    void aliasesMustDifferFromEachOtherAndTheName() {
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> tiny().alias("t").alias("T").build());
        assertEquals("model tiny-1: alias \"T\" is given twice", twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> tiny().alias("TINY-1").build());
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class, () -> tiny().alias(" "));
        assertEquals("alias: expected a name, found a blank text", blank.getMessage());
    }

    @Test
    void nameMustBeLowerCaseLettersDigitsDotsAndDashes() {
        IdmModel.builder("a.b-2");
        for (String bad : new String[] {"", "Tiny", "-tiny", "tiny model", "tiny_1"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IdmModel.builder(bad), bad);
            assertEquals("name: expected lower-case letters, digits, '.' and '-', found \"" + bad + "\"", e.getMessage());
        }
    }

    @Test
    void yearsMustNotRunBackwards() {
        tiny().years(2020, 2020);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tiny().years(2024, 2017));
        assertEquals("years: the last year 2017 is before the first year 2024", e.getMessage());
    }

    @Test
    void nullsAreRejectedByName() {
        IdmModel.Builder b = tiny();
        assertEquals("alias", assertThrows(NullPointerException.class, () -> b.alias(null)).getMessage());
        assertEquals("title", assertThrows(NullPointerException.class, () -> b.title(null)).getMessage());
        assertEquals("legalBasis", assertThrows(NullPointerException.class, () -> b.legalBasis(null)).getMessage());
        assertEquals("source", assertThrows(NullPointerException.class, () -> b.source(null)).getMessage());
        assertEquals("indicator", assertThrows(NullPointerException.class, () -> b.indicator(null)).getMessage());
        assertEquals("thresholds", assertThrows(NullPointerException.class, () -> b.thresholds(null)).getMessage());
    }

    @Test
    void theBuiltModelIsIndependentOfTheBuilder() {
        IdmModel.Builder b = tiny();
        IdmModel model = b.build();
        b.indicator(indicator("L2", Index.IKL, 2)).alias("later");
        assertEquals(4, model.indicatorCount());
        assertEquals(List.of(), model.aliases());
    }
}
