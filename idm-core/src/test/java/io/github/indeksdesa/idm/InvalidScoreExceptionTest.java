// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidScoreExceptionTest {

    private static final Indicator DOKTER = IdmModel.official().indicator("IKS02");
    private static final Indicator BIDAN = IdmModel.official().indicator("IKS03");

    @Test
    void ladderCheck() {
        InvalidScoreException.check(DOKTER, 0, ScoreValidation.LADDER);
        InvalidScoreException.check(DOKTER, 5, ScoreValidation.LADDER);
        InvalidScoreException e = assertThrows(InvalidScoreException.class,
                () -> InvalidScoreException.check(BIDAN, 0, ScoreValidation.LADDER));
        assertEquals("IKS03 \"Skor Bidan \": score 0 is not on the indicator's ladder; allowed: {1, 5}", e.getMessage());
        assertEquals("IKS03", e.indicatorCode());
        assertEquals(0, e.value());
        assertEquals(List.of(1, 5), e.allowed());
        assertTrue(e instanceof IllegalArgumentException);
        assertThrows(UnsupportedOperationException.class, () -> e.allowed().add(3));
    }

    @Test
    void rangeCheck() {
        for (int score = IdmModel.MIN_SCORE; score <= IdmModel.MAX_SCORE; score++) {
            InvalidScoreException.check(DOKTER, score, ScoreValidation.RANGE);
        }
        InvalidScoreException e = assertThrows(InvalidScoreException.class,
                () -> InvalidScoreException.check(DOKTER, IdmModel.MAX_SCORE + 1, ScoreValidation.RANGE));
        assertEquals("IKS02 \"Skor Dokter\": score 6 is outside 0..5; allowed: {0, 1, 2, 3, 4, 5}", e.getMessage());
        assertEquals(List.of(0, 1, 2, 3, 4, 5), e.allowed());
        InvalidScoreException below = assertThrows(InvalidScoreException.class,
                () -> InvalidScoreException.check(DOKTER, IdmModel.MIN_SCORE - 1, ScoreValidation.LADDER));
        assertEquals("IKS02 \"Skor Dokter\": score -1 is outside 0..5; allowed: {0, 5}", below.getMessage());
    }

    @Test
    void validationMustBeGiven() {
        assertEquals("validation", assertThrows(NullPointerException.class,
                () -> InvalidScoreException.check(DOKTER, 0, null)).getMessage());
    }

    @Test
    void validationModes() {
        assertEquals(List.of(ScoreValidation.LADDER, ScoreValidation.RANGE), List.of(ScoreValidation.values()));
    }
}
