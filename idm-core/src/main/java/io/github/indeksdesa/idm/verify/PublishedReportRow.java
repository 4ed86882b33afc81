// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.verify;

import io.github.indeksdesa.idm.Agencies;
import io.github.indeksdesa.idm.report.RowKind;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One row of a published ministry report ({@code mapData.ROW[i]}), as published: an indicator
 * row with its score, texts, NILAI and agencies; a subtotal or IDM row with its value; or the
 * status row with its status text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PublishedReportRow {

    private final RowKind kind;
    private final int rowCell;
    private final Integer number;
    private final String label;
    private final Integer score;
    private final Double value;
    private final String text;
    private final String meaning;
    private final String activity;
    private final String gain;
    private final Agencies agencies;

    private PublishedReportRow(RowKind kind, int rowCell, Integer number, String label, Integer score, Double value,
            String text, String meaning, String activity, String gain, Agencies agencies) {
        this.kind = kind;
        this.rowCell = rowCell;
        this.number = number;
        this.label = Objects.requireNonNull(label, "label");
        this.score = score;
        this.value = value;
        this.text = text;
        this.meaning = meaning;
        this.activity = activity;
        this.gain = gain;
        this.agencies = agencies;
    }

    /**
     * Creates an indicator row.
     *
     * @param rowCell ROW_CELL
     * @param number NO, the indicator's number within its index
     * @param label INDIKATOR, not null
     * @param score SKOR as published (possibly outside 0..5)
     * @param meaning KETERANGAN, or null where the ministry publishes {@code false}
     * @param activity KEGIATAN, or null where the ministry publishes {@code false}
     * @param gain NILAI as published, not null
     * @param agencies the agency columns, not null
     * @return the row, not null
     */
    public static PublishedReportRow indicator(int rowCell, int number, String label, int score, String meaning,
            String activity, String gain, Agencies agencies) {
        return new PublishedReportRow(RowKind.INDICATOR, rowCell, number, label, score, null, null, meaning, activity,
                Objects.requireNonNull(gain, "gain"), Objects.requireNonNull(agencies, "agencies"));
    }

    /**
     * Creates a subtotal ("IKS 2024") or IDM ("IDM 2024") row.
     *
     * @param kind {@link RowKind#SUBTOTAL} or {@link RowKind#IDM}, not null
     * @param rowCell ROW_CELL
     * @param label INDIKATOR, not null
     * @param value SKOR as published
     * @return the row, not null
     * @throws IllegalArgumentException if {@code kind} is not SUBTOTAL or IDM
     */
    public static PublishedReportRow value(RowKind kind, int rowCell, String label, double value) {
        Objects.requireNonNull(kind, "kind");
        if (kind != RowKind.SUBTOTAL && kind != RowKind.IDM) {
            throw new IllegalArgumentException("kind: expected SUBTOTAL or IDM, found " + kind);
        }
        return new PublishedReportRow(kind, rowCell, null, label, null, value, null, null, null, null,
                Agencies.none());
    }

    /**
     * Creates the status row ("STATUS IDM 2024").
     *
     * @param rowCell ROW_CELL
     * @param label INDIKATOR, not null
     * @param status SKOR as published, e.g. "Berkembang", not null
     * @return the row, not null
     */
    public static PublishedReportRow status(int rowCell, String label, String status) {
        return new PublishedReportRow(RowKind.STATUS, rowCell, null, label, null, null,
                Objects.requireNonNull(status, "status"), null, null, null, Agencies.none());
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
     * Returns ROW_CELL.
     *
     * @return the row cell
     */
    public int rowCell() {
        return rowCell;
    }

    /**
     * Returns NO, the indicator's number within its index.
     *
     * @return the number; empty for other rows (the ministry publishes null)
     */
    public OptionalInt number() {
        return number == null ? OptionalInt.empty() : OptionalInt.of(number);
    }

    /**
     * Returns INDIKATOR.
     *
     * @return the label, not null
     */
    public String label() {
        return label;
    }

    /**
     * Returns the score of an indicator row.
     *
     * @return the score as published; empty for other rows
     */
    public OptionalInt score() {
        return score == null ? OptionalInt.empty() : OptionalInt.of(score);
    }

    /**
     * Returns the value of a subtotal or IDM row.
     *
     * @return the value as published; empty for other rows
     */
    public OptionalDouble value() {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /**
     * Returns the status text of the status row.
     *
     * @return the text as published; empty for other rows
     */
    public Optional<String> statusText() {
        return Optional.ofNullable(text);
    }

    /**
     * Returns KETERANGAN of an indicator row.
     *
     * @return the text; empty where the ministry publishes {@code false} and for other rows
     */
    public Optional<String> meaning() {
        return Optional.ofNullable(meaning);
    }

    /**
     * Returns KEGIATAN of an indicator row.
     *
     * @return the text; empty where the ministry publishes {@code false} and for other rows
     */
    public Optional<String> activity() {
        return Optional.ofNullable(activity);
    }

    /**
     * Returns NILAI of an indicator row as published ("0.00952381" or "0").
     *
     * @return the text; empty for other rows
     */
    public Optional<String> gain() {
        return Optional.ofNullable(gain);
    }

    /**
     * Returns the agency columns.
     *
     * @return the agencies; none for rows other than indicators, not null
     */
    public Agencies agencies() {
        return agencies;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof PublishedReportRow)) {
            return false;
        }
        PublishedReportRow o = (PublishedReportRow) other;
        return kind == o.kind && rowCell == o.rowCell && Objects.equals(number, o.number) && label.equals(o.label)
                && Objects.equals(score, o.score) && Objects.equals(value, o.value) && Objects.equals(text, o.text)
                && Objects.equals(meaning, o.meaning) && Objects.equals(activity, o.activity)
                && Objects.equals(gain, o.gain) && agencies.equals(o.agencies);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, rowCell, number, label, score, value, text, meaning, activity, gain, agencies);
    }

    /**
     * Returns the row in one line, for debugging.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "PublishedReportRow[" + rowCell + " \"" + label + "\" "
                + (score != null ? score + " " + gain : value != null ? value.toString() : text) + "]";
    }
}
