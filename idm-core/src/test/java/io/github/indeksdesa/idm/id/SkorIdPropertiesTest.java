// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Skor ID and the status on all 509 possible point totals of the official edition. */
class SkorIdPropertiesTest {

    private static final IndeksDesaModel MODEL = IndeksDesaModel.official();
    private static final BigDecimal[] PUBLISHED_UPPER = {new BigDecimal("49.48"), new BigDecimal("57.38"),
        new BigDecimal("69.34"), new BigDecimal("79.62")};

    @Property(tries = 509, generation = GenerationMode.EXHAUSTIVE)
    void publishedScoreIsTheRoundedQuotientAndGivesBackThePoints(@ForAll @IntRange(min = 127, max = 635) int p) {
        SkorId skor = SkorId.of(p);
        BigDecimal exact = BigDecimal.valueOf(100L * p);
        BigDecimal reference = exact.divide(BigDecimal.valueOf(635), 2, RoundingMode.HALF_UP);
        assertEquals(reference.toPlainString(), skor.toPublishedString());
        // No ties: every rounding mode that rounds to nearest agrees.
        assertEquals(reference, exact.divide(BigDecimal.valueOf(635), 2, RoundingMode.HALF_DOWN));
        assertEquals(reference, exact.divide(BigDecimal.valueOf(635), 2, RoundingMode.HALF_EVEN));
        assertEquals(p, SkorId.parse(skor.toPublishedString()).points());
        assertEquals(skor, SkorId.parse(skor.toPublishedString()));
        assertEquals(Fraction.of(100L * p, 635), skor.value());
    }

    @Property(tries = 509, generation = GenerationMode.EXHAUSTIVE)
    void statusByPointsMatchesThePublishedScoreTable(@ForAll @IntRange(min = 127, max = 635) int p) {
        int above = 0;
        for (int last : new int[] {314, 364, 440, 505}) {
            if (p > last) {
                above++;
            }
        }
        Status byPoints = Status.values()[above];
        assertEquals(byPoints, MODEL.status(p));
        // The published 2-decimal score against the published bounds gives the same status.
        BigDecimal published = SkorId.of(p).toBigDecimal();
        int publishedAbove = 0;
        for (BigDecimal upper : PUBLISHED_UPPER) {
            if (published.compareTo(upper) > 0) {
                publishedAbove++;
            }
        }
        assertEquals(byPoints, Status.values()[publishedAbove]);
        assertTrue(published.compareTo(MODEL.minimumScore(byPoints)) >= 0);
        MODEL.maximumScore(byPoints).ifPresent(max -> assertTrue(published.compareTo(max) <= 0));
    }

    @Property
    void textsBetweenGridPointsAreNotScores(@ForAll @IntRange(min = 2000, max = 10000) int hundredths) {
        BigDecimal value = BigDecimal.valueOf(hundredths, 2);
        long p = value.multiply(BigDecimal.valueOf(635)).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                .longValue();
        boolean possible = SkorId.of((int) p).toBigDecimal().compareTo(value) == 0;
        if (possible) {
            assertEquals(p, SkorId.parse(value.toPlainString()).points());
        } else {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> SkorId.parse(value.toPlainString()));
            assertTrue(e.getMessage().startsWith("Skor ID: \"" + value.toPlainString()
                    + "\" is not a possible score of indeks-desa-2025"), e.getMessage());
        }
    }

    @Example
    void workedFigures() {
        assertEquals("68.98", SkorId.of(438).toPublishedString());
        assertEquals(438, SkorId.parse("68.98").points());
        assertEquals(438, SkorId.parse(" 68.980 ").points());
        assertEquals("20.00", SkorId.of(127).toPublishedString());
        assertEquals("100.00", SkorId.of(635).toPublishedString());
        assertEquals("Skor ID: \"68.97\" is not a possible score of indeks-desa-2025 (100·P/635 to 2 decimals, "
                + "P = 127..635); nearest: 68.82 (437 points), 68.98 (438 points), 69.13 (439 points)",
                assertThrows(IllegalArgumentException.class, () -> SkorId.parse("68.97")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SkorId.parse("19.84")).getMessage()
                .contains("is not a possible score"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SkorId.parse("68,98")).getMessage()
                .startsWith("Skor ID: expected a decimal number such as 68.98, found \"68,98\""));
        assertThrows(IllegalArgumentException.class, () -> SkorId.of(126));
        assertThrows(IllegalArgumentException.class, () -> SkorId.of(636));
        assertTrue(SkorId.of(300).compareTo(SkorId.of(301)) < 0);
    }

    @net.jqwik.api.Example
    void nonAsciiDigitsAreNoScore() {
        for (String text : new String[] {"\uFF16\uFF18.\uFF19\uFF18", "\u0666\u0668.\u0669\u0668"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SkorId.parse(text));
            assertTrue(e.getMessage().startsWith("Skor ID: expected a decimal number"), e.getMessage());
        }
    }
}
