package io.github.indeksdesa.idm.verify;

import java.util.Objects;

/**
 * One inconsistency found in published data: where it is (source, village, year, field), what
 * was published, what the model expects, and whether the village's status would differ.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Finding {

    private final String source;
    private final String villageCode;
    private final int year;
    private final Check check;
    private final String field;
    private final String published;
    private final String expected;
    private final boolean statusChanged;

    private Finding(String source, String villageCode, int year, Check check, String field, String published,
            String expected, boolean statusChanged) {
        this.source = source;
        this.villageCode = villageCode;
        this.year = year;
        this.check = check;
        this.field = field;
        this.published = published;
        this.expected = expected;
        this.statusChanged = statusChanged;
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
        return new Finding(Objects.requireNonNull(source, "source"), Objects.requireNonNull(villageCode, "villageCode"),
                year, Objects.requireNonNull(check, "check"), Objects.requireNonNull(field, "field"),
                Objects.requireNonNull(published, "published"), Objects.requireNonNull(expected, "expected"),
                statusChanged);
    }

    /**
     * Returns the source the data came from.
     *
     * @return the source, not null
     */
    public String source() {
        return source;
    }

    /**
     * Returns the village code as published.
     *
     * @return the code text, not null
     */
    public String villageCode() {
        return villageCode;
    }

    /**
     * Returns the data year.
     *
     * @return the year
     */
    public int year() {
        return year;
    }

    /**
     * Returns what is inconsistent.
     *
     * @return the check, not null
     */
    public Check check() {
        return check;
    }

    /**
     * Returns the published field, e.g. {@code mapData.ROW[35].SKOR}, {@code mapData.SUMMARIES.STATUS} or
     * {@code IKS_2024}.
     *
     * @return the field, not null
     */
    public String field() {
        return field;
    }

    /**
     * Returns the published value as text.
     *
     * @return the value, "" when it is missing, not null
     */
    public String published() {
        return published;
    }

    /**
     * Returns the value the model expects, or a description of it.
     *
     * @return the expected value, not null
     */
    public String expected() {
        return expected;
    }

    /**
     * Returns whether the village's status, recomputed from the published data, differs from its
     * published status.
     *
     * @return true if the status would change
     */
    public boolean statusChanged() {
        return statusChanged;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Finding)) {
            return false;
        }
        Finding o = (Finding) other;
        return source.equals(o.source) && villageCode.equals(o.villageCode) && year == o.year && check == o.check
                && field.equals(o.field) && published.equals(o.published) && expected.equals(o.expected)
                && statusChanged == o.statusChanged;
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, villageCode, year, check, field, published, expected, statusChanged);
    }

    /**
     * Returns the finding in one line: source, village, year, check, field, published and expected.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return source + " " + villageCode + " " + year + " " + check + " " + field + ": published \"" + published
                + "\", expected \"" + expected + "\"" + (statusChanged ? " (status changes)" : "");
    }
}
