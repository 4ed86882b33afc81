// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndexRecoveryTest {

    private static final IdmModel MODEL = IdmModel.official();

    /** 3/175 = 0.017142…: 0.0171 is 0.0000429 away (snaps), 0.0172 is 0.0000571 away (off grid). */
    private static final BigDecimal IKS_FARTHEST_ON_GRID = new BigDecimal("0.0171");
    private static final BigDecimal IKS_NEAREST_OFF_GRID = new BigDecimal("0.0172");
    /** 1/60 = 0.016666…: 0.0167 is 0.0000333 away, 0.0166 is 0.0000667 away. */
    private static final BigDecimal IKE_FARTHEST_ON_GRID = new BigDecimal("0.0167");
    private static final BigDecimal IKE_NEAREST_OFF_GRID = new BigDecimal("0.0166");
    /** 1/15 = 0.066666…: 0.0667 is 0.0000333 away, 0.0666 is 0.0000667 away. */
    private static final BigDecimal IKL_FARTHEST_ON_GRID = new BigDecimal("0.0667");
    private static final BigDecimal IKL_NEAREST_OFF_GRID = new BigDecimal("0.0666");

    private static IndexRecovery of(String iks, String ike, String ikl) {
        return IndexRecovery.of(MODEL, new BigDecimal(iks), new BigDecimal(ike), new BigDecimal(ikl));
    }

    @Test
    void keladenFromItsPublishedParts() {
        IndexRecovery recovery = of("0.7943", "0.8333", "0.8");
        assertTrue(recovery.isOnGrid());
        assertEquals(Set.of(), recovery.offGrid());
        assertEquals(Optional.of(139), recovery.sum(Index.IKS));
        assertEquals(Optional.of(50), recovery.sum(Index.IKE));
        assertEquals(Optional.of(12), recovery.sum(Index.IKL));
        assertEquals(new BigDecimal("0.7943"), recovery.published(Index.IKS));
        IdmValue value = recovery.valueOrThrow();
        assertEquals(5098, value.gridNumerator());
        assertEquals(Optional.of(value), recovery.value());
        assertEquals(IdmValue.ofSums(MODEL, 139, 50, 12), value);
    }

    @Test
    void snappingFirstReproducesThePublishedIdm() {
        // Mapulu 2024 (§8): 0.6286, 0.35, 0.9333 → 0.6373 BERKEMBANG.
        IdmValue mapulu = of("0.6286", "0.35", "0.9333").valueOrThrow();
        assertEquals(new BigDecimal("0.6373"), mapulu.idm().toBigDecimal());
        assertEquals(Status.BERKEMBANG, mapulu.status());
        // Gerungung 2024: 0.56, 0.4833, 0.5333 → 0.5256 TERTINGGAL.
        IdmValue gerungung = of("0.56", "0.4833", "0.5333").valueOrThrow();
        assertEquals(new BigDecimal("0.5256"), gerungung.idm().toBigDecimal());
        assertEquals(Status.TERTINGGAL, gerungung.status());
    }

    @Test
    void kupangBersihIsOffItsGrid() {
        // §7: Kupang Bersih 6213062003, published BERKEMBANG with IDM 0.741 from parts 0.7714, 0.7084, 0.7433.
        IndexRecovery recovery = of("0.7714", "0.7084", "0.7433");
        assertFalse(recovery.isOnGrid());
        assertEquals(EnumSet.of(Index.IKE, Index.IKL), recovery.offGrid());
        assertEquals(Optional.of(135), recovery.sum(Index.IKS));
        assertEquals(Optional.empty(), recovery.sum(Index.IKE));
        assertEquals(Optional.empty(), recovery.sum(Index.IKL));
        assertEquals(Optional.empty(), recovery.value());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, recovery::valueOrThrow);
        assertEquals("IKE 0.7084 is not within 0.00005 of any k/60; IKL 0.7433 is not within 0.00005 of any k/15",
                e.getMessage());
    }

    @Test
    void toleranceIsHalfAUnitOfTheFourthDecimal() {
        IndexRecovery inside = IndexRecovery.of(MODEL, IKS_FARTHEST_ON_GRID, IKE_FARTHEST_ON_GRID, IKL_FARTHEST_ON_GRID);
        assertEquals(Optional.of(3), inside.sum(Index.IKS));
        assertEquals(Optional.of(1), inside.sum(Index.IKE));
        assertEquals(Optional.of(1), inside.sum(Index.IKL));
        IndexRecovery outside = IndexRecovery.of(MODEL, IKS_NEAREST_OFF_GRID, IKE_NEAREST_OFF_GRID, IKL_NEAREST_OFF_GRID);
        assertEquals(EnumSet.allOf(Index.class), outside.offGrid());
    }

    @Test
    void moreDecimalsDoNotTightenTheTolerance() {
        // 139/175 = 0.79428571…: every writing within 0.00005 snaps, however many decimals it has.
        assertEquals(Optional.of(139), of("0.79428571", "0", "0").sum(Index.IKS));
        assertEquals(Optional.of(139), of("0.79430", "0", "0").sum(Index.IKS));
        assertEquals(Optional.empty(), of("0.794336", "0", "0").sum(Index.IKS));
        assertEquals(Optional.of(139), of("0.7943", "0", "0").sum(Index.IKS));
    }

    @Test
    void theApisFourteenDigitValuesSnapToo() {
        // Keladen's published subtotals as the API prints them.
        assertEquals(5098, of("0.79428571428571", "0.83333333333333", "0.8").valueOrThrow().gridNumerator());
        // Below 0.1 the API's 14 significant digits are 15 decimals: 10/175 = 0.0571428571428571…
        assertEquals(Optional.of(10), of("0.057142857142857", "0", "0").sum(Index.IKS));
    }

    @Test
    void endsOfTheRange() {
        IndexRecovery ends = of("0", "1", "1.0000");
        assertEquals(Optional.of(0), ends.sum(Index.IKS));
        assertEquals(Optional.of(60), ends.sum(Index.IKE));
        assertEquals(Optional.of(15), ends.sum(Index.IKL));
        assertEquals(EnumSet.allOf(Index.class), of("-0.0571", "1.0167", "1.0667").offGrid());
    }

    @Test
    void nullsAreRejectedByName() {
        BigDecimal v = BigDecimal.ONE;
        assertEquals("model", assertThrows(NullPointerException.class, () -> IndexRecovery.of(null, v, v, v)).getMessage());
        assertEquals("iks", assertThrows(NullPointerException.class, () -> IndexRecovery.of(MODEL, null, v, v)).getMessage());
        assertEquals("ike", assertThrows(NullPointerException.class, () -> IndexRecovery.of(MODEL, v, null, v)).getMessage());
        assertEquals("ikl", assertThrows(NullPointerException.class, () -> IndexRecovery.of(MODEL, v, v, null)).getMessage());
        IndexRecovery recovery = IndexRecovery.of(MODEL, v, v, v);
        assertEquals("index", assertThrows(NullPointerException.class, () -> recovery.sum(null)).getMessage());
        assertEquals("index", assertThrows(NullPointerException.class, () -> recovery.published(null)).getMessage());
    }

    @Test
    void fullPrecisionValuesAreRecoveredLikeTheirRounding() {
        // Every grid point written as a double (as a spreadsheet formula cell gives it) snaps back.
        for (Index index : Index.values()) {
            int max = MODEL.maxSum(index);
            for (int k = 0; k <= max; k++) {
                BigDecimal asDouble = BigDecimal.valueOf((double) k / max);
                BigDecimal[] parts = {new BigDecimal("0.5"), new BigDecimal("0.5"), new BigDecimal("0.6")};
                parts[index.ordinal()] = asDouble;
                IndexRecovery recovery = IndexRecovery.of(MODEL, parts[0], parts[1], parts[2]);
                assertEquals(Optional.of(k), recovery.sum(index), index + " " + asDouble);
            }
        }
    }

    @Test
    void toleranceIsInclusiveAndIndependentOfTheNumberOfDecimals() {
        // 1/15 = 0.0666…; 0.06662 is 0.0000467 away, 0.066616 is 0.0000507 away.
        assertTrue(IndexRecovery.of(MODEL, new BigDecimal("0.6"), new BigDecimal("0.5"), new BigDecimal("0.06662"))
                .isOnGrid());
        assertFalse(IndexRecovery.of(MODEL, new BigDecimal("0.6"), new BigDecimal("0.5"), new BigDecimal("0.066616"))
                .isOnGrid());
        // exactly 0.00005 from 0 is still on the grid
        assertTrue(IndexRecovery.of(MODEL, new BigDecimal("0.6"), new BigDecimal("0.00005"), new BigDecimal("0.6"))
                .isOnGrid());
    }
}
