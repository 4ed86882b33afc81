// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The five worked examples of the methodology (§5), from their 50 scores to every summary figure. */
class WorkedExamplesTest {

    /** The ministry prints doubles with 14 significant digits: 14 decimals for these IDMs. */
    private static final int API_DECIMALS = 14;
    /** How close a reproduction must come to the ministry's floating-point PENAMBAHAN. */
    private static final double API_TOLERANCE = 1e-12;

    @ParameterizedTest
    @EnumSource(WorkedExample.class)
    void sumsFromScores(WorkedExample example) {
        VillageScores scores = example.villageScores();
        assertEquals(example.iksSum(), scores.sum(Index.IKS), "ΣIKS");
        assertEquals(example.ikeSum(), scores.sum(Index.IKE), "ΣIKE");
        assertEquals(example.iklSum(), scores.sum(Index.IKL), "ΣIKL");
        VillageResult result = scores.evaluate();
        assertEquals(Fraction.of(example.iksSum(), 175), result.iks());
        assertEquals(Fraction.of(example.ikeSum(), 60), result.ike());
        assertEquals(Fraction.of(example.iklSum(), 15), result.ikl());
    }

    @ParameterizedTest
    @EnumSource(WorkedExample.class)
    void idmFromScores(WorkedExample example) {
        VillageResult result = example.result();
        assertEquals(example.gridNumerator(), result.value().gridNumerator(), "N");
        assertEquals(Fraction.of(example.gridNumerator(), 6300), result.idm());
        assertEquals(example.apiIdm(), result.idm().toBigDecimal(API_DECIMALS, RoundingMode.HALF_UP).toPlainString());
        assertEquals(Double.parseDouble(example.apiIdm()), result.idm().doubleValue(), API_TOLERANCE);
    }

    @ParameterizedTest
    @EnumSource(WorkedExample.class)
    void statusTargetAndMinimumScore(WorkedExample example) {
        VillageResult result = example.result();
        assertEquals(example.status(), result.status());
        assertEquals(example.target(), result.targetStatus());
        assertEquals(example.minimumScore(), result.minimumScore().toPlainString());
    }

    @ParameterizedTest
    @EnumSource(WorkedExample.class)
    void gapExactAndAsTheMinistryComputedIt(WorkedExample example) {
        VillageResult result = example.result();
        Fraction expected = Fraction.of(new BigDecimal(example.minimumScore()))
                .minus(Fraction.of(example.gridNumerator(), 6300));
        assertEquals(expected, result.gap());
        assertEquals(example.apiGap(), result.gap().doubleValue(), API_TOLERANCE);
    }

    @Test
    void exactGapsAreTheseFractions() {
        assertEquals(Fraction.of(1007, 157500), WorkedExample.KELADEN.result().gap());
        assertEquals(Fraction.of(1, 22500), WorkedExample.RANTAU_IKIL.result().gap());
        assertEquals(Fraction.of(1, 9000), WorkedExample.LUBUK_PANYANG.result().gap());
        assertEquals(Fraction.of(11, 70000), WorkedExample.GELAMPANG_GADING.result().gap());
        assertEquals(Fraction.of(248, 13125), WorkedExample.KRUENG_JANGKO.result().gap());
    }

    @Test
    void keladenBecomesMandiriWithOneMoreTanggapBencanaPoint() {
        // §5: Keladen needs 40 grid units; one IKL point is worth 140.
        VillageScores scores = WorkedExample.KELADEN.villageScores();
        Indicator lowestIkl = IdmModel.official().indicators(Index.IKL).stream()
                .filter(i -> scores.score(i) == 3).findFirst().orElseThrow();
        VillageResult raised = scores.withScore(lowestIkl, 4).evaluate();
        assertEquals(5098 + 140, raised.value().gridNumerator());
        assertEquals(Status.MANDIRI, raised.status());
    }
}
