// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.report;

import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.Status;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The SUMMARIES block of the ministry's report: current IDM (SKOR_SAAT_INI), STATUS,
 * TARGET_STATUS, SKOR_MINIMAL, PENAMBAHAN and TAHUN.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportSummary {

    private final Fraction currentScore;
    private final Status status;
    private final Status targetStatus;
    private final BigDecimal minimumScore;
    private final Fraction gap;
    private final int year;

    ReportSummary(Fraction currentScore, Status status, Status targetStatus, BigDecimal minimumScore, Fraction gap,
            int year) {
        this.currentScore = currentScore;
        this.status = status;
        this.targetStatus = targetStatus;
        this.minimumScore = minimumScore;
        this.gap = gap;
        this.year = year;
    }

    /**
     * Returns SKOR_SAAT_INI, the IDM.
     *
     * @return the exact value, not null
     */
    public Fraction currentScore() {
        return currentScore;
    }

    /**
     * Returns STATUS.
     *
     * @return the status, not null
     */
    public Status status() {
        return status;
    }

    /**
     * Returns TARGET_STATUS.
     *
     * @return the target, not null
     */
    public Status targetStatus() {
        return targetStatus;
    }

    /**
     * Returns SKOR_MINIMAL, which the ministry writes as a 4-decimal string ("0.7073").
     *
     * @return the minimum score, not null
     */
    public BigDecimal minimumScore() {
        return minimumScore;
    }

    /**
     * Returns PENAMBAHAN, exactly: SKOR_MINIMAL − SKOR_SAAT_INI.
     *
     * @return the gap, not null
     */
    public Fraction gap() {
        return gap;
    }

    /**
     * Returns TAHUN, the data year.
     *
     * @return the year
     */
    public int year() {
        return year;
    }

    /**
     * Returns whether the other summary has the same values.
     *
     * @param other the object to compare, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ReportSummary)) {
            return false;
        }
        ReportSummary o = (ReportSummary) other;
        return currentScore.equals(o.currentScore) && status == o.status && targetStatus == o.targetStatus
                && minimumScore.equals(o.minimumScore) && gap.equals(o.gap) && year == o.year;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(currentScore, status, targetStatus, minimumScore, gap, year);
    }

    /**
     * Returns the summary as text, for debugging.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "ReportSummary[" + year + ": " + currentScore.toBigDecimal().toPlainString() + " " + status + " → "
                + targetStatus + ", minimum " + minimumScore.toPlainString() + ", gap " + gap + "]";
    }
}
