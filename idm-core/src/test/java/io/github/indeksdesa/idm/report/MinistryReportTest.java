// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.indeksdesa.idm.Agencies;
import io.github.indeksdesa.idm.AgencyLevel;
import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageResult;
import io.github.indeksdesa.idm.WorkedExample;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The ministry's report layout (§5–§6) for Keladen 2024. */
class MinistryReportTest {

    private static final IdmModel MODEL = IdmModel.official();
    private static final int ROWS = 55;
    private static final int FIRST_ROW_CELL = 10;
    private static final int LAST_ROW_CELL = 64;
    /** ROW positions of the subtotal, IDM and status rows. */
    private static final int IKS_SUBTOTAL = 35;
    private static final int IKE_SUBTOTAL = 48;
    private static final int IKL_SUBTOTAL = 52;
    private static final int IDM_ROW = 53;
    private static final int STATUS_ROW = 54;

    private final VillageResult keladen = WorkedExample.KELADEN.result();
    private final MinistryReport report = MinistryReport.of(keladen);

    @Test
    void fiftyFiveRowsWithRowCellsTenToSixtyFour() {
        List<ReportRow> rows = report.rows();
        assertEquals(ROWS, rows.size());
        assertEquals(FIRST_ROW_CELL, MinistryReport.FIRST_ROW_CELL);
        for (int i = 0; i < ROWS; i++) {
            assertEquals(FIRST_ROW_CELL + i, rows.get(i).rowCell(), "ROW[" + i + "]");
        }
        assertEquals(LAST_ROW_CELL, rows.get(ROWS - 1).rowCell());
        assertThrows(UnsupportedOperationException.class, () -> rows.remove(0));
    }

    @Test
    void layoutOfKinds() {
        List<ReportRow> rows = report.rows();
        for (int i = 0; i < ROWS; i++) {
            RowKind expected = i == IKS_SUBTOTAL || i == IKE_SUBTOTAL || i == IKL_SUBTOTAL ? RowKind.SUBTOTAL
                    : i == IDM_ROW ? RowKind.IDM : i == STATUS_ROW ? RowKind.STATUS : RowKind.INDICATOR;
            assertEquals(expected, rows.get(i).kind(), "ROW[" + i + "]");
        }
        assertEquals(MODEL.indicators(Index.IKS), indicatorsOf(rows.subList(0, IKS_SUBTOTAL)));
        assertEquals(MODEL.indicators(Index.IKE), indicatorsOf(rows.subList(IKS_SUBTOTAL + 1, IKE_SUBTOTAL)));
        assertEquals(MODEL.indicators(Index.IKL), indicatorsOf(rows.subList(IKE_SUBTOTAL + 1, IKL_SUBTOTAL)));
        assertEquals(MODEL.indicators(), indicatorsOf(report.indicatorRows()));
    }

    private static List<Indicator> indicatorsOf(List<ReportRow> rows) {
        return rows.stream().map(r -> r.indicator().orElseThrow()).collect(java.util.stream.Collectors.toList());
    }

    @Test
    void indicatorRowsCarryNumberLabelScoreTextsGainAndAgencies() {
        ReportRow dokter = report.rows().get(1);
        assertEquals(OptionalInt.of(2), dokter.number());
        assertEquals("Skor Dokter", dokter.label());
        assertEquals(11, dokter.rowCell());
        assertEquals(Optional.of(Index.IKS), dokter.index());
        assertEquals(OptionalInt.of(0), dokter.score());
        assertEquals(Optional.of("Jumlah Dokter Tidak ada"), dokter.meaning());
        assertEquals(Optional.of("Pengadaan Min 1 org Dokter"), dokter.activity());
        assertEquals(Optional.of(Fraction.of(1, 105)), dokter.gain());
        assertEquals(Optional.of("0.00952381"), dokter.gainText());
        assertEquals(Optional.of("DINKES"), dokter.agencies().get(AgencyLevel.KAB));
        assertEquals(Optional.empty(), dokter.value());
        assertEquals(Optional.empty(), dokter.status());

        ReportRow bidan = report.rows().get(2);
        assertEquals("Skor Bidan ", bidan.label());
        assertEquals(Optional.of("0"), bidan.gainText());
        assertEquals(Optional.of("-"), bidan.activity());

        ReportRow ike01 = report.rows().get(IKS_SUBTOTAL + 1);
        assertEquals(OptionalInt.of(1), ike01.number());
        assertEquals(46, ike01.rowCell());
        ReportRow ikl03 = report.rows().get(IKL_SUBTOTAL - 1);
        assertEquals(OptionalInt.of(3), ikl03.number());
        assertEquals(OptionalInt.of(3), ikl03.score());
        assertEquals(Optional.of("0.04444444"), ikl03.gainText());
    }

    @Test
    void textsComeFromTheLadderForEveryRow() {
        for (ReportRow row : report.indicatorRows()) {
            Indicator indicator = row.indicator().orElseThrow();
            int score = row.score().orElseThrow();
            assertEquals(indicator.step(score).orElseThrow().meaning(), row.meaning(), indicator.describe());
            assertEquals(indicator.step(score).orElseThrow().activity(), row.activity(), indicator.describe());
            assertEquals(indicator.agencies(), row.agencies(), indicator.describe());
            assertEquals(keladen.gain(indicator), row.gain().orElseThrow(), indicator.describe());
        }
    }

    @Test
    void goryongZeroHasNoTexts() {
        Indicator goryong = MODEL.indicator("IKS16");
        MinistryReport lowered = MinistryReport.of(keladen.scores().withScore(goryong, 0).evaluate());
        ReportRow row = lowered.rows().get(MODEL.position(goryong));
        assertEquals(OptionalInt.of(0), row.score());
        assertEquals(Optional.empty(), row.meaning());
        assertEquals(Optional.empty(), row.activity());
        assertEquals(Optional.of("0.00952381"), row.gainText());
    }

    @Test
    void subtotalIdmAndStatusRows() {
        List<ReportRow> rows = report.rows();
        assertSubtotal(rows.get(IKS_SUBTOTAL), "IKS 2024", Index.IKS, Fraction.of(139, 175));
        assertSubtotal(rows.get(IKE_SUBTOTAL), "IKE 2024", Index.IKE, Fraction.of(5, 6));
        assertSubtotal(rows.get(IKL_SUBTOTAL), "IKL 2024", Index.IKL, Fraction.of(4, 5));
        ReportRow idm = rows.get(IDM_ROW);
        assertEquals("IDM 2024", idm.label());
        assertEquals(Optional.of(Fraction.of(5098, 6300)), idm.value());
        assertEquals(Optional.empty(), idm.index());
        assertNoIndicatorFields(idm);
        ReportRow status = rows.get(STATUS_ROW);
        assertEquals("STATUS IDM 2024", status.label());
        assertEquals(Optional.of(Status.MAJU), status.status());
        assertEquals("Maju", status.status().orElseThrow().label());
        assertEquals(Optional.empty(), status.value());
        assertEquals(Optional.empty(), status.index());
        assertNoIndicatorFields(status);
    }

    private static void assertSubtotal(ReportRow row, String label, Index index, Fraction value) {
        assertEquals(label, row.label());
        assertEquals(Optional.of(index), row.index());
        assertEquals(Optional.of(value), row.value());
        assertEquals(Optional.empty(), row.status());
        assertNoIndicatorFields(row);
    }

    private static void assertNoIndicatorFields(ReportRow row) {
        assertEquals(OptionalInt.empty(), row.number(), row.label());
        assertEquals(Optional.empty(), row.indicator(), row.label());
        assertEquals(OptionalInt.empty(), row.score(), row.label());
        assertEquals(Optional.empty(), row.meaning(), row.label());
        assertEquals(Optional.empty(), row.activity(), row.label());
        assertEquals(Optional.empty(), row.gain(), row.label());
        assertEquals(Optional.empty(), row.gainText(), row.label());
        assertEquals(Agencies.none(), row.agencies(), row.label());
    }

    @Test
    void captionsCarryTheYear() {
        MinistryReport lubuk = MinistryReport.of(WorkedExample.LUBUK_PANYANG.result());
        assertEquals("IKS 2021", lubuk.rows().get(IKS_SUBTOTAL).label());
        assertEquals("STATUS IDM 2021", lubuk.rows().get(STATUS_ROW).label());
        assertEquals("Tertinggal", lubuk.rows().get(STATUS_ROW).status().orElseThrow().label());
    }

    @Test
    void summary() {
        ReportSummary summary = report.summary();
        assertEquals(Fraction.of(5098, 6300), summary.currentScore());
        assertEquals(Status.MAJU, summary.status());
        assertEquals(Status.MANDIRI, summary.targetStatus());
        assertEquals(new BigDecimal("0.8156"), summary.minimumScore());
        assertEquals("0.8156", summary.minimumScore().toPlainString());
        assertEquals(Fraction.of(1007, 157500), summary.gap());
        assertEquals(2024, summary.year());
        assertEquals("ReportSummary[2024: 0.8092 MAJU → MANDIRI, minimum 0.8156, gap 1007/157500]", summary.toString());
        assertEquals(summary, MinistryReport.of(WorkedExample.KELADEN.result()).summary());
        assertEquals(summary.hashCode(), MinistryReport.of(WorkedExample.KELADEN.result()).summary().hashCode());
        assertNotEquals(summary, MinistryReport.of(WorkedExample.RANTAU_IKIL.result()).summary());
        assertNotEquals(summary, (Object) "summary");
    }

    @Test
    void identity() {
        assertEquals(VillageIdentity.of(VillageCode.of("6401022004")), report.identity());
        assertEquals(keladen, report.result());
        VillageIdentity named = VillageIdentity.of(VillageCode.of("6401022004"), "KELADEN", "TANJUNG HARAPAN", "PASER",
                "KALIMANTAN TIMUR");
        MinistryReport withNames = MinistryReport.of(keladen, named);
        assertEquals(named, withNames.identity());
        assertEquals("MinistryReport[6401022004 KELADEN, TANJUNG HARAPAN, PASER, KALIMANTAN TIMUR, "
                + withNames.summary() + "]", withNames.toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MinistryReport.of(keladen, VillageIdentity.of(VillageCode.of("1105112002"))));
        assertEquals("identity: village code 1105112002 differs from the scored village 6401022004", e.getMessage());
    }

    @Test
    void equality() {
        assertEquals(report, MinistryReport.of(WorkedExample.KELADEN.result()));
        assertEquals(report.hashCode(), MinistryReport.of(WorkedExample.KELADEN.result()).hashCode());
        assertEquals(report.rows(), MinistryReport.of(WorkedExample.KELADEN.result()).rows());
        assertNotEquals(report, MinistryReport.of(keladen, VillageIdentity.of(keladen.villageCode(), "KELADEN", null,
                null, null)));
        assertNotEquals(report, MinistryReport.of(WorkedExample.RANTAU_IKIL.result()));
        assertNotEquals(report, (Object) keladen);
    }

    @Test
    void nullsAreRejectedByName() {
        VillageIdentity identity = VillageIdentity.of(keladen.villageCode());
        assertEquals("result", assertThrows(NullPointerException.class, () -> MinistryReport.of(null)).getMessage());
        assertEquals("result", assertThrows(NullPointerException.class, () -> MinistryReport.of(null, identity))
                .getMessage());
        assertEquals("identity", assertThrows(NullPointerException.class, () -> MinistryReport.of(keladen, null))
                .getMessage());
    }
}
