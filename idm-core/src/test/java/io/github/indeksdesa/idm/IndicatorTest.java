// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndicatorTest {

    private static Indicator.Builder dokter() {
        return Indicator.builder("IKS02", Index.IKS).number(2).dimension("Kesehatan").label("Skor Dokter")
                .englishName("Doctor available")
                .step(0, "Jumlah Dokter Tidak ada", "Pengadaan Min 1 org Dokter")
                .step(5, "Jumlah Dokter ada", "-")
                .agencies(Agencies.of(Map.of(AgencyLevel.KAB, "DINKES")));
    }

    @Test
    void holdsWhatItWasBuiltWith() {
        Indicator dokter = dokter().build();
        assertEquals("IKS02", dokter.code());
        assertEquals(Index.IKS, dokter.index());
        assertEquals(2, dokter.number());
        assertEquals("Kesehatan", dokter.dimension());
        assertEquals("Skor Dokter", dokter.label());
        assertEquals("Doctor available", dokter.englishName());
        assertEquals(List.of(0, 5), dokter.allowedScores());
        assertEquals(0, dokter.lowestScore());
        assertEquals(5, dokter.highestScore());
        assertEquals(Optional.of("DINKES"), dokter.agencies().get(AgencyLevel.KAB));
        assertEquals("IKS02 \"Skor Dokter\"", dokter.describe());
        assertEquals(dokter.describe(), dokter.toString());
        assertThrows(UnsupportedOperationException.class, () -> dokter.ladder().clear());
        assertThrows(UnsupportedOperationException.class, () -> dokter.allowedScores().clear());
    }

    @Test
    void allowsOnlyItsLadder() {
        Indicator dokter = dokter().build();
        assertTrue(dokter.allows(0));
        assertTrue(dokter.allows(5));
        for (int off : new int[] {1, 2, 3, 4, -1, 6, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            assertFalse(dokter.allows(off), Integer.toString(off));
            assertEquals(Optional.empty(), dokter.step(off), Integer.toString(off));
        }
        assertEquals(Optional.of(LadderStep.of(5, "Jumlah Dokter ada", "-")), dokter.step(5));
    }

    @Test
    void labelIsKeptExactlyIncludingSpaces() {
        assertEquals("Skor Bidan ", dokter().label("Skor Bidan ").build().label());
    }

    @Test
    void agenciesDefaultToNone() {
        Indicator plain = Indicator.builder("X1", Index.IKL).number(1).dimension("d").label("l").englishName("e")
                .step(5, null, null).build();
        assertEquals(Agencies.none(), plain.agencies());
    }

    @Test
    void equality() {
        assertEquals(dokter().build(), dokter().build());
        assertEquals(dokter().build().hashCode(), dokter().build().hashCode());
        assertNotEquals(dokter().build(), dokter().englishName("Doctor").build());
        assertNotEquals(dokter().build(), dokter().dimension("Health").build());
        assertNotEquals(dokter().build(), dokter().agencies(Agencies.none()).build());
        Indicator otherLadder = Indicator.builder("IKS02", Index.IKS).number(2).dimension("Kesehatan")
                .label("Skor Dokter").englishName("Doctor available").step(0, "Jumlah Dokter Tidak ada", "x")
                .step(5, "Jumlah Dokter ada", "-").agencies(Agencies.of(Map.of(AgencyLevel.KAB, "DINKES"))).build();
        assertNotEquals(dokter().build(), otherLadder);
        assertNotEquals(dokter().build(), (Object) "IKS02");
    }

    @Test
    void codeMustBeLettersDigitsDashOrUnderscore() {
        Indicator.builder("a-B_9", Index.IKE);
        for (String bad : new String[] {"", "IKS 02", "IKS.02", "ÍKS"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Indicator.builder(bad, Index.IKS), bad);
            assertTrue(e.getMessage().contains("code") && e.getMessage().contains("\"" + bad + "\""), e.getMessage());
        }
    }

    @Test
    void numberMustBePositive() {
        for (int bad : new int[] {0, -1}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Indicator.builder("IKS02", Index.IKS).number(bad));
            assertEquals("IKS02: number: expected 1 or more, found " + bad, e.getMessage());
        }
    }

    @Test
    void ladderMustAscend() {
        IllegalArgumentException repeated = assertThrows(IllegalArgumentException.class,
                () -> dokter().step(5, "again", "-"));
        assertEquals("IKS02: ladder scores must ascend; score 5 comes after 5", repeated.getMessage());
        IllegalArgumentException lower = assertThrows(IllegalArgumentException.class, () -> dokter().step(3, "a", "b"));
        assertEquals("IKS02: ladder scores must ascend; score 3 comes after 5", lower.getMessage());
        assertThrows(IllegalArgumentException.class, () -> dokter().step(6, "a", "b"));
    }

    @Test
    void buildNamesEveryMissingPart() {
        IllegalStateException all = assertThrows(IllegalStateException.class,
                () -> Indicator.builder("IKS09", Index.IKS).build());
        assertEquals("indicator IKS09 is missing: number dimension label englishName ladder (at least one step)",
                all.getMessage());
        IllegalStateException ladder = assertThrows(IllegalStateException.class,
                () -> Indicator.builder("IKS09", Index.IKS).number(9).dimension("d").label("l").englishName("e").build());
        assertEquals("indicator IKS09 is missing: ladder (at least one step)", ladder.getMessage());
    }

    @Test
    void nullsAreRejectedByName() {
        assertEquals("code", assertThrows(NullPointerException.class, () -> Indicator.builder(null, Index.IKS))
                .getMessage());
        assertEquals("index", assertThrows(NullPointerException.class, () -> Indicator.builder("IKS01", null))
                .getMessage());
        Indicator.Builder b = Indicator.builder("IKS01", Index.IKS);
        assertEquals("dimension", assertThrows(NullPointerException.class, () -> b.dimension(null)).getMessage());
        assertEquals("label", assertThrows(NullPointerException.class, () -> b.label(null)).getMessage());
        assertEquals("englishName", assertThrows(NullPointerException.class, () -> b.englishName(null)).getMessage());
        assertEquals("agencies", assertThrows(NullPointerException.class, () -> b.agencies(null)).getMessage());
        assertEquals("step", assertThrows(NullPointerException.class, () -> b.step(null)).getMessage());
    }

    @Test
    void officialLaddersMatchTheSpecExamples() {
        IdmModel model = IdmModel.official();
        assertEquals(List.of(0, 5), model.indicator("IKS02").allowedScores());
        assertEquals(List.of(1, 5), model.indicator("IKS03").allowedScores());
        assertEquals("Skor Bidan ", model.indicator("IKS03").label());
        Indicator goryong = model.indicator("IKS16");
        assertEquals(Optional.empty(), goryong.step(0).orElseThrow().meaning());
        assertEquals(Optional.empty(), goryong.step(0).orElseThrow().activity());
    }
}
