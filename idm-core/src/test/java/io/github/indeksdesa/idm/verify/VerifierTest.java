// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageScores;
import io.github.indeksdesa.idm.report.MinistryReport;
import io.github.indeksdesa.idm.report.RowKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VerifierTest {

    private static final IdmModel MODEL = IdmModel.official();
    private static final Verifier VERIFIER = Verifier.of(MODEL);

    /** Every indicator at its top score except IKL01 (row 49) at its lowest: MANDIRI, IDM below 1. */
    static VillageScores scores() {
        int[] s = MODEL.indicators().stream().mapToInt(Indicator::highestScore).toArray();
        s[47] = MODEL.indicators().get(47).lowestScore();
        return VillageScores.of(MODEL, VillageCode.of("6401022004"), 2024, s);
    }

    static PublishedReport published() {
        return PublishedReport.of(MinistryReport.of(scores().evaluate()), "test.json");
    }

    /** Rebuilds a report with one row replaced. */
    static PublishedReport withRow(PublishedReport r, int index, PublishedReportRow row) {
        return copy(r, b -> b, index, row);
    }

    static PublishedReport copy(PublishedReport r, UnaryOperator<PublishedReport.Builder> change, int index,
            PublishedReportRow row) {
        PublishedReport.Builder b = PublishedReport.builder(r.source())
                .identity(r.provinceName().orElse(null), r.provinceCode().orElse(null), r.regencyCode().orElse(null),
                        r.regencyName().orElse(null), r.districtCode().orElse(null), r.districtName().orElse(null),
                        r.villageCode(), r.villageName().orElse(null))
                .year(r.year()).currentScore(r.currentScore()).status(r.status()).targetStatus(r.targetStatus())
                .minimumScore(r.minimumScore()).gap(r.gap());
        for (int i = 0; i < r.rows().size(); i++) {
            b.row(i == index ? row : r.rows().get(i));
        }
        return change.apply(b).build();
    }

    static PublishedReportRow withScore(PublishedReportRow row, int score) {
        return PublishedReportRow.indicator(row.rowCell(), row.number().getAsInt(), row.label(), score,
                row.meaning().orElse(null), row.activity().orElse(null), row.gain().orElseThrow(), row.agencies());
    }

    static List<String> checks(List<Finding> findings) {
        return findings.stream().map(f -> f.check() + " " + f.field()).collect(Collectors.toList());
    }

    @Test
    void ministryNumbersReproduceThePublishedDoubles() {
        assertEquals("0.80920634920635", MinistryNumbers.phpText(Fraction.of(5098, 6300)));
        assertEquals("0.81555555555556", MinistryNumbers.phpText(Fraction.of(5138, 6300)));
        assertEquals("1", MinistryNumbers.phpText(Fraction.ONE));
        assertEquals("0.8", MinistryNumbers.phpText(Fraction.of(140, 175)));
        // Rantau Ikil 2023 and Keladen 2024 (spec §5): bit for bit what the ministry printed.
        assertEquals(4.444444443996165e-05, MinistryNumbers.gap(new BigDecimal("0.8156"), Fraction.of(5138, 6300)));
        assertEquals(0.006393650793649952, MinistryNumbers.gap(new BigDecimal("0.8156"), Fraction.of(5098, 6300)));
        assertEquals(0.00011111111110995164, MinistryNumbers.gap(new BigDecimal("0.5990"), Fraction.of(3773, 6300)));
        assertEquals("0.00004444444443996165", MinistryNumbers.plainText(4.444444443996165e-05));
        assertEquals("0.65714285714286", MinistryNumbers.phpText(0.65714285714286));
        assertThrows(IllegalArgumentException.class, () -> MinistryNumbers.plainText(Double.NaN));
    }

    @Test
    void aComputedReportIsConsistent() {
        PublishedReport report = published();
        assertEquals(55, report.rows().size());
        assertEquals("MANDIRI", report.status());
        assertEquals("Mandiri", report.rows().get(54).statusText().orElseThrow());
        assertEquals("64", report.provinceCode().orElseThrow());
        assertEquals(List.of(), VERIFIER.verify(report));
    }

    @Test
    void aWrongSubtotalIsReportedAloneWithItsPath() {
        PublishedReport report = published();
        PublishedReportRow iks = report.rows().get(35);
        PublishedReport wrong = withRow(report, 35,
                PublishedReportRow.value(RowKind.SUBTOTAL, iks.rowCell(), iks.label(), iks.value().getAsDouble() - 4.0 / 175));
        List<Finding> findings = VERIFIER.verify(wrong);
        assertEquals(List.of("SUBTOTAL_MISMATCH mapData.ROW[35].SKOR"), checks(findings));
        Finding f = findings.get(0);
        assertEquals("6401022004", f.villageCode());
        assertEquals(2024, f.year());
        assertEquals("test.json", f.source());
        assertFalse(f.statusChanged());
    }

    @Test
    void aChangedScoreShowsEveryFieldThatFollowsAndTheStatusChange() {
        PublishedReport report = published();
        // Publish a lower score for IKL02 (row 50) than the one the published figures were computed from.
        PublishedReportRow ikl = report.rows().get(50);
        int lowest = MODEL.indicator("IKL02").lowestScore();
        List<Finding> findings = VERIFIER.verify(withRow(report, 50, withScore(ikl, lowest)));
        List<String> checks = checks(findings);
        assertTrue(checks.contains("SUBTOTAL_MISMATCH mapData.ROW[52].SKOR"), checks::toString);
        assertTrue(checks.contains("IDM_MISMATCH mapData.ROW[53].SKOR"), checks::toString);
        assertTrue(checks.contains("IDM_MISMATCH mapData.SUMMARIES.SKOR_SAAT_INI"), checks::toString);
        assertTrue(checks.contains("GAIN_MISMATCH mapData.ROW[50].NILAI"), checks::toString);
        assertTrue(checks.contains("TEXT_MISMATCH mapData.ROW[50].KEGIATAN"), checks::toString);
        assertTrue(checks.contains("STATUS_MISMATCH mapData.SUMMARIES.STATUS"), checks::toString);
        assertTrue(findings.stream().allMatch(Finding::statusChanged));
    }

    @Test
    void scoresOffTheLadderOrOutOfRangeAreNamed() {
        PublishedReport report = published();
        PublishedReportRow dokter = report.rows().get(1);
        List<Finding> off = VERIFIER.verify(withRow(report, 1, withScore(dokter, 3)));
        assertEquals("SCORE_OFF_LADDER mapData.ROW[1].SKOR", checks(off).get(0));
        assertEquals("3", off.get(0).published());
        List<Finding> out = VERIFIER.verify(withRow(report, 1, withScore(dokter, 7)));
        assertEquals(List.of("SCORE_OUT_OF_RANGE mapData.ROW[1].SKOR"), checks(out));
    }

    @Test
    void malformedAndInconsistentCodesAreNamed() {
        PublishedReport report = published();
        PublishedReport bad = copy(report, b -> b.identity("X", "65", "6401", null, "640102", null, "64010220", null),
                -1, null);
        List<String> checks = checks(VERIFIER.verify(bad));
        assertEquals(List.of("MALFORMED_CODE mapData.IDENTITAS[0].id_desa"), checks);
        assertTrue(bad.identity().isEmpty());
        assertEquals("6401022004", report.identity().orElseThrow().villageCode().value());
        PublishedReport prefix = copy(report, b -> b.identity("X", "65", "6401", null, "640102", null, "6401022004",
                null), -1, null);
        assertEquals(List.of("CODE_MISMATCH mapData.IDENTITAS[0].id_prov"), checks(VERIFIER.verify(prefix)));
    }

    @Test
    void aReportOfAnotherLayoutIsRejected() {
        PublishedReport report = published();
        PublishedReport.Builder b = PublishedReport.builder("x").status("MAJU").targetStatus("MANDIRI")
                .minimumScore("0.8156");
        report.rows().subList(0, 54).forEach(b::row);
        assertThrows(IllegalArgumentException.class, () -> VERIFIER.verify(b.build()));
    }
}
