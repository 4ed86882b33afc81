// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.report;

import io.github.indeksdesa.idm.Agencies;
import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One row of the ministry's report (an element of {@code mapData.ROW}): an indicator with its
 * score, texts, gain and agencies; an index subtotal; the IDM; or the status.
 *
 * <p>Fields that the ministry leaves {@code null} or {@code false} for a row are empty here; which
 * of the two it writes follows from the {@link #kind() kind} (texts missing from an indicator row
 * are {@code false}, every other missing field is {@code null}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportRow {

    /** The number of decimals of the ministry's NILAI strings. */
    public static final int GAIN_SCALE = 8;

    private final RowKind kind;
    private final int rowCell;
    private final String label;
    private final Index index;
    private final Indicator indicator;
    private final int score;
    private final Fraction value;
    private final Status status;
    private final Fraction gain;

    private ReportRow(RowKind kind, int rowCell, String label, Index index, Indicator indicator, int score,
            Fraction value, Status status, Fraction gain) {
        this.kind = kind;
        this.rowCell = rowCell;
        this.label = label;
        this.index = index;
        this.indicator = indicator;
        this.score = score;
        this.value = value;
        this.status = status;
        this.gain = gain;
    }

    static ReportRow indicator(int rowCell, Indicator indicator, int score, Fraction gain) {
        return new ReportRow(RowKind.INDICATOR, rowCell, indicator.label(), indicator.index(), indicator, score, null,
                null, gain);
    }

    static ReportRow subtotal(int rowCell, Index index, int year, Fraction value) {
        return new ReportRow(RowKind.SUBTOTAL, rowCell, index + " " + year, index, null, -1, value, null, null);
    }

    static ReportRow idm(int rowCell, int year, Fraction value) {
        return new ReportRow(RowKind.IDM, rowCell, "IDM " + year, null, null, -1, value, null, null);
    }

    static ReportRow status(int rowCell, int year, Status status) {
        return new ReportRow(RowKind.STATUS, rowCell, "STATUS IDM " + year, null, null, -1, null, status, null);
    }

    /**
     * Returns what the row holds.
     *
     * @return the kind, not null
     */
    public RowKind kind() {
        return kind;
    }

    /**
     * Returns NO: the indicator's number within its index; empty for other rows.
     *
     * @return the number
     */
    public OptionalInt number() {
        return indicator == null ? OptionalInt.empty() : OptionalInt.of(indicator.number());
    }

    /**
     * Returns INDIKATOR: the indicator's ministry label ("Skor Bidan ", with its space) or the row's
     * caption ("IKS 2024", "IDM 2024", "STATUS IDM 2024").
     *
     * @return the label, not null
     */
    public String label() {
        return label;
    }

    /**
     * Returns ROW_CELL, the row's spreadsheet row in the ministry's layout (10 to 64 in the official
     * model).
     *
     * @return the row cell
     */
    public int rowCell() {
        return rowCell;
    }

    /**
     * Returns the index of an indicator or subtotal row.
     *
     * @return the index; empty for the IDM and status rows
     */
    public Optional<Index> index() {
        return Optional.ofNullable(index);
    }

    /**
     * Returns the indicator of an indicator row.
     *
     * @return the indicator; empty for other rows
     */
    public Optional<Indicator> indicator() {
        return Optional.ofNullable(indicator);
    }

    /**
     * Returns SKOR of an indicator row.
     *
     * @return the score; empty for other rows
     */
    public OptionalInt score() {
        return indicator == null ? OptionalInt.empty() : OptionalInt.of(score);
    }

    /**
     * Returns SKOR of a subtotal or IDM row: the index value or the IDM.
     *
     * @return the exact value; empty for indicator and status rows
     */
    public Optional<Fraction> value() {
        return Optional.ofNullable(value);
    }

    /**
     * Returns the status of the status row (whose SKOR is its {@link Status#label() label}).
     *
     * @return the status; empty for other rows
     */
    public Optional<Status> status() {
        return Optional.ofNullable(status);
    }

    /**
     * Returns KETERANGAN, what the score means.
     *
     * @return the text; empty for rows other than indicators and where the ministry has none
     */
    public Optional<String> meaning() {
        return indicator == null ? Optional.empty() : indicator.step(score).flatMap(s -> s.meaning());
    }

    /**
     * Returns KEGIATAN, the recommended activity ("-" at the top score).
     *
     * @return the text; empty for rows other than indicators and where the ministry has none
     */
    public Optional<String> activity() {
        return indicator == null ? Optional.empty() : indicator.step(score).flatMap(s -> s.activity());
    }

    /**
     * Returns NILAI, the IDM gained if the indicator rose to 5.
     *
     * @return the exact gain; empty for rows other than indicators
     */
    public Optional<Fraction> gain() {
        return Optional.ofNullable(gain);
    }

    /**
     * Returns NILAI as the ministry writes it: 8 decimals rounded half up ("0.00952381"), or "0"
     * for no gain.
     *
     * @return the text; empty for rows other than indicators
     */
    public Optional<String> gainText() {
        return gain().map(ReportRow::formatGain);
    }

    /**
     * Formats a gain as the ministry's NILAI: "0" for zero, else 8 decimals rounded half up.
     *
     * @param gain the gain, not null
     * @return the text, not null
     */
    public static String formatGain(Fraction gain) {
        Objects.requireNonNull(gain, "gain");
        if (gain.signum() == 0) {
            return "0";
        }
        BigDecimal rounded = gain.toBigDecimal(GAIN_SCALE, RoundingMode.HALF_UP);
        return rounded.toPlainString();
    }

    /**
     * Returns the six agency columns of an indicator row.
     *
     * @return the agencies; none for other rows
     */
    public Agencies agencies() {
        return indicator == null ? Agencies.none() : indicator.agencies();
    }

    /**
     * Returns whether the other row holds the same.
     *
     * @param other the object to compare, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ReportRow)) {
            return false;
        }
        ReportRow o = (ReportRow) other;
        return kind == o.kind && rowCell == o.rowCell && label.equals(o.label) && index == o.index
                && Objects.equals(indicator, o.indicator) && score == o.score && Objects.equals(value, o.value)
                && status == o.status && Objects.equals(gain, o.gain);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(kind, rowCell, label, score, value, status);
    }

    /**
     * Returns the row as text, for debugging.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        switch (kind) {
            case INDICATOR:
                return "ReportRow[" + rowCell + " " + indicator.code() + " \"" + label + "\" = " + score + ", gain "
                        + gainText().orElse("") + "]";
            case STATUS:
                return "ReportRow[" + rowCell + " " + label + " = " + status.label() + "]";
            default:
                return "ReportRow[" + rowCell + " " + label + " = " + value + "]";
        }
    }
}
