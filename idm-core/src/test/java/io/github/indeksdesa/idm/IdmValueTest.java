// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IdmValueTest {

    private static final IdmModel MODEL = IdmModel.official();
    private static final int MAX_IKS = 175;
    private static final int MAX_IKE = 60;
    private static final int MAX_IKL = 15;

    @Test
    void keladenFromItsSums() {
        IdmValue value = IdmValue.ofSums(MODEL, 139, 50, 12);
        assertEquals(MODEL, value.model());
        assertEquals(139, value.sum(Index.IKS));
        assertEquals(50, value.sum(Index.IKE));
        assertEquals(12, value.sum(Index.IKL));
        assertEquals(Fraction.of(139, 175), value.iks());
        assertEquals(Fraction.of(5, 6), value.ike());
        assertEquals(Fraction.of(4, 5), value.ikl());
        assertEquals(value.iks(), value.index(Index.IKS));
        assertEquals(5098, value.gridNumerator());
        assertEquals(Fraction.of(5098, 6300), value.idm());
        assertEquals(Status.MAJU, value.status());
        assertEquals(Status.MANDIRI, value.targetStatus());
        assertEquals(new BigDecimal("0.8156"), value.minimumScore());
        assertEquals(Fraction.of(1007, 157500), value.gap());
        assertEquals("IdmValue[IKS 139/175, IKE 50/60, IKL 12/15, IDM 5098/6300 = 0.8092 MAJU]", value.toString());
    }

    @Test
    void extremes() {
        IdmValue lowest = IdmValue.ofSums(MODEL, 0, 0, 0);
        assertEquals(Fraction.ZERO, lowest.idm());
        assertEquals(Status.SANGAT_TERTINGGAL, lowest.status());
        assertEquals(new BigDecimal("0.4908"), lowest.minimumScore());
        assertEquals(Fraction.parse("0.4908"), lowest.gap());
        IdmValue highest = IdmValue.ofSums(MODEL, MAX_IKS, MAX_IKE, MAX_IKL);
        assertEquals(Fraction.ONE, highest.idm());
        assertEquals(6300, highest.gridNumerator());
        assertEquals(Status.MANDIRI, highest.targetStatus());
        // A MANDIRI village above 0.8156 has a negative gap.
        assertEquals(Fraction.parse("-0.1844"), highest.gap());
    }

    @Test
    void sumsOutsideTheirRangeAreRejected() {
        assertEquals("IKS sum: expected 0..175, found 176", assertThrows(IllegalArgumentException.class,
                () -> IdmValue.ofSums(MODEL, MAX_IKS + 1, 0, 0)).getMessage());
        assertEquals("IKS sum: expected 0..175, found -1", assertThrows(IllegalArgumentException.class,
                () -> IdmValue.ofSums(MODEL, -1, 0, 0)).getMessage());
        assertEquals("IKE sum: expected 0..60, found 61", assertThrows(IllegalArgumentException.class,
                () -> IdmValue.ofSums(MODEL, 0, MAX_IKE + 1, 0)).getMessage());
        assertEquals("IKE sum: expected 0..60, found -1", assertThrows(IllegalArgumentException.class,
                () -> IdmValue.ofSums(MODEL, 0, -1, 0)).getMessage());
        assertEquals("IKL sum: expected 0..15, found 16", assertThrows(IllegalArgumentException.class,
                () -> IdmValue.ofSums(MODEL, 0, 0, MAX_IKL + 1)).getMessage());
        assertEquals("IKL sum: expected 0..15, found -1", assertThrows(IllegalArgumentException.class,
                () -> IdmValue.ofSums(MODEL, 0, 0, -1)).getMessage());
    }

    @Test
    void gridNumeratorWalk() {
        // N = 12a + 35b + 140c reaches every N but a few small ones and a few just below 6300.
        int reachable = 0;
        for (int n = 0; n <= MODEL.gridDenominator(); n++) {
            try {
                IdmValue value = IdmValue.ofGridNumerator(MODEL, n);
                assertEquals(n, value.gridNumerator());
                reachable++;
            } catch (IllegalArgumentException e) {
                assertEquals("no index sums give IDM " + n + "/6300", e.getMessage());
            }
        }
        assertEquals(5927, reachable);
        assertThrows(IllegalArgumentException.class, () -> IdmValue.ofGridNumerator(MODEL, 1));
        assertThrows(IllegalArgumentException.class, () -> IdmValue.ofGridNumerator(MODEL, 6299));
        assertThrows(IllegalArgumentException.class, () -> IdmValue.ofGridNumerator(MODEL, -12));
        assertThrows(IllegalArgumentException.class, () -> IdmValue.ofGridNumerator(MODEL, 6312));
    }

    @Test
    void equality() {
        assertEquals(IdmValue.ofSums(MODEL, 139, 50, 12), IdmValue.ofSums(MODEL, 139, 50, 12));
        assertEquals(IdmValue.ofSums(MODEL, 139, 50, 12).hashCode(), IdmValue.ofSums(MODEL, 139, 50, 12).hashCode());
        // Same IDM, other sums: 12·35 = 35·12.
        assertEquals(IdmValue.ofSums(MODEL, 35, 0, 0).idm(), IdmValue.ofSums(MODEL, 0, 12, 0).idm());
        assertNotEquals(IdmValue.ofSums(MODEL, 35, 0, 0), IdmValue.ofSums(MODEL, 0, 12, 0));
        assertNotEquals(IdmValue.ofSums(MODEL, 35, 0, 0), (Object) "value");
    }

    @Test
    void nullsAreRejectedByName() {
        assertEquals("model", assertThrows(NullPointerException.class, () -> IdmValue.ofSums(null, 0, 0, 0))
                .getMessage());
        IdmValue value = IdmValue.ofSums(MODEL, 0, 0, 0);
        assertEquals("index", assertThrows(NullPointerException.class, () -> value.sum(null)).getMessage());
        assertEquals("index", assertThrows(NullPointerException.class, () -> value.index(null)).getMessage());
    }
}
