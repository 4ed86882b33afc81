// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.verify;

import org.immutables.value.Value;

/**
 * One inconsistency found in published data: where it is (source, village, year, field), what
 * was published, what the model expects, and whether the village's status would differ.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class Finding {

    Finding() {
    }

    /**
     * Creates a finding.
     *
     * @param source the source the data came from (a file name), not null
     * @param villageCode the village code as published (possibly malformed), not null
     * @param year the data year
     * @param check what is inconsistent, not null
     * @param field the published field, e.g. {@code mapData.ROW[35].SKOR} or {@code IKS_2024}, not null
     * @param published the published value as text ("" when missing), not null
     * @param expected the value the model expects, or a description of it, not null
     * @param statusChanged whether the village's status would differ from the published one
     * @return the finding, not null
     */
    public static Finding of(String source, String villageCode, int year, Check check, String field, String published,
            String expected, boolean statusChanged) {
        return ImmutableFinding.of(source, villageCode, year, check, field, published, expected, statusChanged);
    }

    /**
     * Returns the source the data came from.
     *
     * @return the source, not null
     */
    public abstract String source();

    /**
     * Returns the village code as published.
     *
     * @return the code text, not null
     */
    public abstract String villageCode();

    /**
     * Returns the data year.
     *
     * @return the year
     */
    public abstract int year();

    /**
     * Returns what is inconsistent.
     *
     * @return the check, not null
     */
    public abstract Check check();

    /**
     * Returns the published field, e.g. {@code mapData.ROW[35].SKOR}, {@code mapData.SUMMARIES.STATUS} or
     * {@code IKS_2024}.
     *
     * @return the field, not null
     */
    public abstract String field();

    /**
     * Returns the published value as text.
     *
     * @return the value, "" when it is missing, not null
     */
    public abstract String published();

    /**
     * Returns the value the model expects, or a description of it.
     *
     * @return the expected value, not null
     */
    public abstract String expected();

    /**
     * Returns whether the village's status, recomputed from the published data, differs from its
     * published status.
     *
     * @return true if the status would change
     */
    public abstract boolean statusChanged();

    /**
     * Returns the finding in one line: source, village, year, check, field, published and expected.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return source() + " " + villageCode() + " " + year() + " " + check() + " " + field() + ": published \"" + published()
                + "\", expected \"" + expected() + "\"" + (statusChanged() ? " (status changes)" : "");
    }
}
