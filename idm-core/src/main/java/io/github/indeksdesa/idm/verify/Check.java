// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.verify;

/**
 * The kinds of inconsistency a {@link Verifier} reports. The constant names are stable: tools and
 * users match on them (see {@code docs/verify-checks.md}).
 */
public enum Check {
    /** A published IKS, IKE or IKL subtotal is not the sum of its published indicator scores over its maximum. */
    SUBTOTAL_MISMATCH,
    /** The published IDM (report row or SKOR_SAAT_INI) is not the value of the published indicator scores. */
    IDM_MISMATCH,
    /** The published status (summary or status row) is not the status of the recomputed IDM. */
    STATUS_MISMATCH,
    /** The published target status is not the one that follows the recomputed status. */
    TARGET_MISMATCH,
    /** The published SKOR_MINIMAL is not the lowest 4-dp IDM of the recomputed target status. */
    MINIMUM_MISMATCH,
    /** The published PENAMBAHAN is not SKOR_MINIMAL minus the recomputed IDM. */
    GAP_MISMATCH,
    /** A published NILAI is not the IDM gained if the indicator reached its top score. */
    GAIN_MISMATCH,
    /** A published KETERANGAN or KEGIATAN is not the model's text for that indicator and score. */
    TEXT_MISMATCH,
    /** A published agency column is not the model's agencies for that indicator. */
    AGENCY_MISMATCH,
    /** A published label (subtotal, IDM or status row) does not name the report's year. */
    LABEL_MISMATCH,
    /** A published score is within 0..5 but not on its indicator's ladder (e.g. Dokter 3). */
    SCORE_OFF_LADDER,
    /**
     * A published score is outside its edition's range (IDM 0..5, Indeks Desa 1..5); nothing is
     * recomputed from it.
     */
    SCORE_OUT_OF_RANGE,
    /** The published region codes (province, regency, district) are not prefixes of the village code. */
    CODE_MISMATCH,
    /** A published IKS, IKE or IKL (4 dp) is not within 0.00005 of any k/175, k/60 or k/15. */
    PART_OFF_GRID,
    /** A published 4-dp IDM is not the 4-dp mean of the exact parts recovered from IKS, IKE and IKL. */
    IDM_NOT_MEAN,
    /** A published status is not the status of the published (or recovered) IDM. */
    STATUS_NOT_MATCHING_IDM,
    /** A published status is not one of the five status names. */
    UNKNOWN_STATUS,
    /** A value that must be published is empty. */
    MISSING_VALUE,
    /** A numeric cell holds text that is not a number. */
    NOT_A_NUMBER,
    /** A village code is not 10 digits. */
    MALFORMED_CODE,
    /**
     * Indeks Desa: a published item score is in 1..5 but not one real data shows for the item (e.g.
     * 3 where only 1 and 5 occur); suspicious, and still scored.
     */
    SCORE_UNOBSERVED,
    /** Indeks Desa: a published dimension's points are not the sum of its published item scores. */
    POINTS_MISMATCH,
    /** Indeks Desa: a published dimension's points are outside 1..5 times its item count (LD: 34..170). */
    DIMENSION_OUT_OF_RANGE,
    /** Indeks Desa: a published Skor ID is not 100·P/635 to 2 decimals for the points P. */
    SKOR_ID_MISMATCH,
    /** Indeks Desa: a published Skor ID is not 100·P/635 to 2 decimals for any possible P (no points to compare with). */
    SKOR_ID_OFF_GRID,
    /** Indeks Desa: a published status is not the status of the points (or of the published Skor ID). */
    STATUS_NOT_MATCHING_SCORE
}
