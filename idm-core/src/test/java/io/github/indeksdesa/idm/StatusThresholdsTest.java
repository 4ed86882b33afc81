// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusThresholdsTest {

    private static final BigDecimal ST = new BigDecimal("0.4907");
    private static final BigDecimal T = new BigDecimal("0.5989");
    private static final BigDecimal B = new BigDecimal("0.7072");
    private static final BigDecimal M = new BigDecimal("0.8155");

    private final StatusThresholds official = StatusThresholds.official();

    @Test
    void officialBounds() {
        assertSame(official, StatusThresholds.official());
        assertEquals(List.of(ST, T, B, M), official.upperBounds());
        assertEquals(Map.of(Status.SANGAT_TERTINGGAL, ST, Status.TERTINGGAL, T, Status.BERKEMBANG, B, Status.MAJU, M),
                official.asMap());
        assertEquals(Optional.empty(), official.upperBound(Status.MANDIRI));
        assertEquals(Optional.empty(), official.lowerBound(Status.SANGAT_TERTINGGAL));
        assertEquals(Optional.of(B), official.lowerBound(Status.MAJU));
        assertEquals("StatusThresholds[0.4907, 0.5989, 0.7072, 0.8155]", official.toString());
    }

    @Test
    void minimumScoreIsTheLowestDisplayedValueOfAStatus() {
        assertEquals("0.0000", official.minimumScore(Status.SANGAT_TERTINGGAL).toPlainString());
        assertEquals("0.4908", official.minimumScore(Status.TERTINGGAL).toPlainString());
        assertEquals("0.5990", official.minimumScore(Status.BERKEMBANG).toPlainString());
        assertEquals("0.7073", official.minimumScore(Status.MAJU).toPlainString());
        assertEquals("0.8156", official.minimumScore(Status.MANDIRI).toPlainString());
    }

    @Test
    void classifyPutsEdgesInTheLowerStatus() {
        assertEquals(Status.SANGAT_TERTINGGAL, official.classify(Fraction.of(ST)));
        assertEquals(Status.TERTINGGAL, official.classify(Fraction.of(ST).plus(Fraction.of(1, 1_000_000))));
        assertEquals(Status.MAJU, official.classify(Fraction.of(M)));
        assertEquals(Status.MANDIRI, official.classify(Fraction.of(8156, 10000)));
    }

    @Test
    void customThresholdsClassifyByTheirOwnBounds() {
        StatusThresholds half = StatusThresholds.of(new BigDecimal("0.2"), new BigDecimal("0.4"),
                new BigDecimal("0.6"), new BigDecimal("0.8"));
        assertEquals(Status.TERTINGGAL, half.classify(Fraction.of(2, 5)));
        assertEquals(Status.BERKEMBANG, half.classify(Fraction.of(1, 2)));
        assertEquals("0.4001", half.minimumScore(Status.BERKEMBANG).toPlainString());
        assertEquals("0.0000", half.minimumScore(Status.SANGAT_TERTINGGAL).toPlainString());
    }

    @Test
    void equalityIsNumeric() {
        StatusThresholds same = StatusThresholds.of(new BigDecimal("0.49070"), T, B, M);
        assertEquals(official, same);
        assertEquals(official.hashCode(), same.hashCode());
        for (Status status : Status.values()) {
            assertEquals(official.minimumScore(status), same.minimumScore(status), status.toString());
        }
        assertEquals("0.49071", StatusThresholds.of(new BigDecimal("0.49070"), T, B, new BigDecimal("0.81555"))
                .minimumScore(Status.TERTINGGAL).toPlainString(), "a five-decimal bound displays five decimals");
        assertNotEquals(official, StatusThresholds.of(ST, T, B, new BigDecimal("0.8156")));
        assertNotEquals(official, (Object) "thresholds");
    }

    @Test
    void boundsMustAscendStrictlyWithinZeroAndOne() {
        IllegalArgumentException descending = assertThrows(IllegalArgumentException.class,
                () -> StatusThresholds.of(ST, B, T, M));
        assertEquals("thresholds must ascend strictly within (0, 1): the upper bound of BERKEMBANG is 0.5989, after "
                + "0.7072", descending.getMessage());
        IllegalArgumentException equal = assertThrows(IllegalArgumentException.class,
                () -> StatusThresholds.of(ST, ST, B, M));
        assertTrue(equal.getMessage().contains("TERTINGGAL is 0.4907, after 0.4907"), equal.getMessage());
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> StatusThresholds.of(BigDecimal.ZERO, T, B, M));
        assertEquals("thresholds must ascend strictly within (0, 1): the upper bound of SANGAT TERTINGGAL is 0",
                zero.getMessage());
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
                () -> StatusThresholds.of(ST, T, B, BigDecimal.ONE));
        assertTrue(one.getMessage().contains("MAJU is 1, after 0.7072"), one.getMessage());
    }

    @Test
    void nullsAreRejectedByName() {
        assertEquals("sangatTertinggal", assertThrows(NullPointerException.class,
                () -> StatusThresholds.of(null, T, B, M)).getMessage());
        assertEquals("tertinggal", assertThrows(NullPointerException.class,
                () -> StatusThresholds.of(ST, null, B, M)).getMessage());
        assertEquals("berkembang", assertThrows(NullPointerException.class,
                () -> StatusThresholds.of(ST, T, null, M)).getMessage());
        assertEquals("maju", assertThrows(NullPointerException.class,
                () -> StatusThresholds.of(ST, T, B, null)).getMessage());
        assertEquals("idm", assertThrows(NullPointerException.class, () -> official.classify(null)).getMessage());
        assertEquals("status", assertThrows(NullPointerException.class, () -> official.upperBound(null)).getMessage());
        assertEquals("status", assertThrows(NullPointerException.class, () -> official.lowerBound(null)).getMessage());
        assertEquals("status", assertThrows(NullPointerException.class, () -> official.minimumScore(null))
                .getMessage());
    }

    @Test
    void viewsCannotChangeTheThresholds() {
        assertThrows(UnsupportedOperationException.class, () -> official.upperBounds().set(0, BigDecimal.ONE));
        official.asMap().put(Status.MAJU, BigDecimal.ONE);
        assertEquals(M, official.asMap().get(Status.MAJU));
    }
}
