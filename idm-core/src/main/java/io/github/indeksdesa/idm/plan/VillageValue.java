// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.plan;

import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.IdmValue;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageResult;
import java.util.Objects;

/**
 * A village's index-level value in one year: the unit of a {@link YearOverYear} comparison. Made
 * from a {@link VillageResult} or from published IKS/IKE/IKL (an {@link IdmValue}, e.g. from
 * {@link io.github.indeksdesa.idm.IndexRecovery}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class VillageValue {

    private final VillageCode villageCode;
    private final int year;
    private final IdmValue value;

    private VillageValue(VillageCode villageCode, int year, IdmValue value) {
        this.villageCode = villageCode;
        this.year = year;
        this.value = value;
    }

    /**
     * Returns the value of a village in a year.
     *
     * @param villageCode the village code, not null
     * @param year the data year, 1..9999
     * @param value the index-level value, not null
     * @return the village value, not null
     * @throws IllegalArgumentException if the year is out of range
     */
    public static VillageValue of(VillageCode villageCode, int year, IdmValue value) {
        Objects.requireNonNull(villageCode, "villageCode");
        Objects.requireNonNull(value, "value");
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year: expected 1..9999, found " + year);
        }
        return new VillageValue(villageCode, year, value);
    }

    /**
     * Returns the value of a scored village.
     *
     * @param result the result, not null
     * @return the village value, not null
     */
    public static VillageValue of(VillageResult result) {
        Objects.requireNonNull(result, "result");
        return new VillageValue(result.villageCode(), result.year(), result.value());
    }

    /**
     * Returns the village code.
     *
     * @return the code, not null
     */
    public VillageCode villageCode() {
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
     * Returns the index-level value.
     *
     * @return the value, not null
     */
    public IdmValue value() {
        return value;
    }

    /**
     * Returns the IDM.
     *
     * @return the exact IDM, not null
     */
    public Fraction idm() {
        return value.idm();
    }

    /**
     * Returns the status.
     *
     * @return the status, not null
     */
    public Status status() {
        return value.status();
    }

    /**
     * Returns whether the other value has the same village, year and value.
     *
     * @param other the object to compare, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof VillageValue)) {
            return false;
        }
        VillageValue o = (VillageValue) other;
        return villageCode.equals(o.villageCode) && year == o.year && value.equals(o.value);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(villageCode, year, value);
    }

    /**
     * Returns the village, year, IDM and status, e.g. {@code 6403012012/2024 0.6373 BERKEMBANG}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return villageCode + "/" + year + " " + idm().toBigDecimal().toPlainString() + " " + status();
    }
}
