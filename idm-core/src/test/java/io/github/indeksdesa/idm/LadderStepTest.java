// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LadderStepTest {

    @Test
    void holdsScoreAndTexts() {
        LadderStep step = LadderStep.of(0, "Jumlah Dokter Tidak ada", "Pengadaan Min 1 org Dokter");
        assertEquals(0, step.score());
        assertEquals(Optional.of("Jumlah Dokter Tidak ada"), step.meaning());
        assertEquals(Optional.of("Pengadaan Min 1 org Dokter"), step.activity());
        assertEquals("LadderStep[0, Jumlah Dokter Tidak ada, Pengadaan Min 1 org Dokter]", step.toString());
    }

    @Test
    void textsMayBeAbsent() {
        LadderStep step = LadderStep.of(0, null, null);
        assertEquals(Optional.empty(), step.meaning());
        assertEquals(Optional.empty(), step.activity());
    }

    @Test
    void scoresOutsideZeroToFiveAreRejected() {
        LadderStep.of(IdmModel.MIN_SCORE, "a", "b");
        LadderStep.of(IdmModel.MAX_SCORE, "a", "-");
        for (int bad : new int[] {IdmModel.MIN_SCORE - 1, IdmModel.MAX_SCORE + 1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LadderStep.of(bad, "a", "b"));
            assertEquals("score: expected 0..5, found " + bad, e.getMessage());
        }
    }

    @Test
    void equality() {
        assertEquals(LadderStep.of(3, "a", "b"), LadderStep.of(3, "a", "b"));
        assertEquals(LadderStep.of(3, "a", "b").hashCode(), LadderStep.of(3, "a", "b").hashCode());
        assertEquals(LadderStep.of(3, null, null), LadderStep.of(3, null, null));
        assertNotEquals(LadderStep.of(3, "a", "b"), LadderStep.of(4, "a", "b"));
        assertNotEquals(LadderStep.of(3, "a", "b"), LadderStep.of(3, "a", null));
        assertNotEquals(LadderStep.of(3, "a", "b"), LadderStep.of(3, null, "b"));
        assertNotEquals(LadderStep.of(3, "a", "b"), (Object) "step");
    }
}
