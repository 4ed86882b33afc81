// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.WorkedExample;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportRowTest {

    @Test
    void gainTextHasEightDecimalsOrIsZero() {
        assertEquals(8, ReportRow.GAIN_SCALE);
        assertEquals("0", ReportRow.formatGain(Fraction.ZERO));
        // The gains of one to five points in each index.
        assertEquals("0.00190476", ReportRow.formatGain(Fraction.of(1, 525)));
        assertEquals("0.00952381", ReportRow.formatGain(Fraction.of(5, 525)));
        assertEquals("0.00555556", ReportRow.formatGain(Fraction.of(1, 180)));
        assertEquals("0.02777778", ReportRow.formatGain(Fraction.of(5, 180)));
        assertEquals("0.02222222", ReportRow.formatGain(Fraction.of(1, 45)));
        assertEquals("0.11111111", ReportRow.formatGain(Fraction.of(5, 45)));
        // Half up at the eighth decimal; trailing zeros are kept.
        assertEquals("0.00000001", ReportRow.formatGain(Fraction.of(5, 1_000_000_000)));
        assertEquals("0.10000000", ReportRow.formatGain(Fraction.of(1, 10)));
        assertEquals("gain", assertThrows(NullPointerException.class, () -> ReportRow.formatGain(null)).getMessage());
    }

    @Test
    void toStringShowsTheRow() {
        List<ReportRow> rows = MinistryReport.of(WorkedExample.KELADEN.result()).rows();
        assertEquals("ReportRow[11 IKS02 \"Skor Dokter\" = 0, gain 0.00952381]", rows.get(1).toString());
        assertEquals("ReportRow[45 IKS 2024 = 139/175]", rows.get(35).toString());
        assertEquals("ReportRow[63 IDM 2024 = 2549/3150]", rows.get(53).toString());
        assertEquals("ReportRow[64 STATUS IDM 2024 = Maju]", rows.get(54).toString());
    }

    @Test
    void equality() {
        List<ReportRow> a = MinistryReport.of(WorkedExample.KELADEN.result()).rows();
        List<ReportRow> b = MinistryReport.of(WorkedExample.KELADEN.result()).rows();
        List<ReportRow> other = MinistryReport.of(WorkedExample.RANTAU_IKIL.result()).rows();
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i), b.get(i));
            assertEquals(a.get(i).hashCode(), b.get(i).hashCode());
        }
        assertNotEquals(a.get(1), other.get(1));
        assertNotEquals(a.get(0), a.get(1));
        assertNotEquals(a.get(53), other.get(53));
        assertNotEquals(a.get(54), other.get(54));
        assertNotEquals(a.get(0), (Object) "row");
    }

    @Test
    void kinds() {
        assertEquals(List.of(RowKind.INDICATOR, RowKind.SUBTOTAL, RowKind.IDM, RowKind.STATUS), List.of(RowKind.values()));
    }
}
