// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.report;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.VillageResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The ministry's per-village report (the {@code rumusan} of the IDM API), computed from a
 * {@link VillageResult}: identity, SUMMARIES and the rows in the ministry's order and layout.
 *
 * <p>In the official model there are 55 rows: the 35 IKS indicators, the IKS subtotal, the 12 IKE
 * indicators, the IKE subtotal, the 3 IKL indicators, the IKL subtotal, the IDM and the status,
 * with ROW_CELL 10 to 64. A writer can emit the ministry's JSON from this value without computing
 * anything.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MinistryReport {

    /** ROW_CELL of the first row in the ministry's layout. */
    public static final int FIRST_ROW_CELL = 10;

    private final VillageIdentity identity;
    private final VillageResult result;
    private final ReportSummary summary;
    private final List<ReportRow> rows;

    private MinistryReport(VillageIdentity identity, VillageResult result) {
        this.identity = identity;
        this.result = result;
        this.summary = new ReportSummary(result.idm(), result.status(), result.targetStatus(), result.minimumScore(),
                result.gap(), result.year());
        this.rows = List.copyOf(layout(result));
    }

    /**
     * Returns the report of a village with names.
     *
     * @param result the scoring, not null
     * @param identity the village's identity, with the same code as {@code result}, not null
     * @return the report, not null
     * @throws IllegalArgumentException if the identity's code differs from the result's
     */
    public static MinistryReport of(VillageResult result, VillageIdentity identity) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(identity, "identity");
        if (!identity.villageCode().equals(result.villageCode())) {
            throw new IllegalArgumentException("identity: village code " + identity.villageCode()
                    + " differs from the scored village " + result.villageCode());
        }
        return new MinistryReport(identity, result);
    }

    /**
     * Returns the report of a village whose names are unknown.
     *
     * @param result the scoring, not null
     * @return the report, not null
     */
    public static MinistryReport of(VillageResult result) {
        Objects.requireNonNull(result, "result");
        return new MinistryReport(VillageIdentity.of(result.villageCode()), result);
    }

    private static List<ReportRow> layout(VillageResult result) {
        IdmModel model = result.model();
        int year = result.year();
        List<ReportRow> rows = new ArrayList<>(model.indicatorCount() + 5);
        int cell = FIRST_ROW_CELL;
        for (Index index : Index.values()) {
            for (Indicator indicator : model.indicators(index)) {
                rows.add(ReportRow.indicator(cell++, indicator, result.scores().score(indicator), result.gain(indicator)));
            }
            rows.add(ReportRow.subtotal(cell++, index, year, result.index(index)));
        }
        rows.add(ReportRow.idm(cell++, year, result.idm()));
        rows.add(ReportRow.status(cell, year, result.status()));
        return rows;
    }

    /**
     * Returns IDENTITAS.
     *
     * @return the identity, not null
     */
    public VillageIdentity identity() {
        return identity;
    }

    /**
     * Returns the scoring the report was made from.
     *
     * @return the result, not null
     */
    public VillageResult result() {
        return result;
    }

    /**
     * Returns SUMMARIES.
     *
     * @return the summary, not null
     */
    public ReportSummary summary() {
        return summary;
    }

    /**
     * Returns ROW, in the ministry's order.
     *
     * @return the rows, unmodifiable, not null
     */
    public List<ReportRow> rows() {
        return rows;
    }

    /**
     * Returns the indicator rows only, in the ministry's order.
     *
     * @return the rows, not null
     */
    public List<ReportRow> indicatorRows() {
        List<ReportRow> indicators = new ArrayList<>(result.model().indicatorCount());
        for (ReportRow row : rows) {
            if (row.kind() == RowKind.INDICATOR) {
                indicators.add(row);
            }
        }
        return List.copyOf(indicators);
    }

    /**
     * Returns whether the other report has the same identity and scores.
     *
     * @param other the object to compare, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof MinistryReport && identity.equals(((MinistryReport) other).identity)
                && result.equals(((MinistryReport) other).result);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(identity, result);
    }

    /**
     * Returns the identity and summary, for debugging.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "MinistryReport[" + identity + ", " + summary + "]";
    }
}
