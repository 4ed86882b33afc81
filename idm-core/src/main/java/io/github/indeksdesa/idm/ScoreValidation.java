// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

/**
 * How strictly {@link VillageScores} checks each score.
 */
public enum ScoreValidation {
    /**
     * The default: each score must be on its indicator's ladder (Dokter is 0 or 5, so 3 is
     * rejected), as every score from the official questionnaire is.
     */
    LADDER,
    /** Any whole score from 0 to 5 is accepted, on the ladder or not. */
    RANGE
}
