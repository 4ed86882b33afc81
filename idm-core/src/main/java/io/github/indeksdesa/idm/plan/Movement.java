// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.plan;

import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import java.util.Objects;

/**
 * How one village moved between two years: its values in both, the status change and the exact
 * IDM change.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Movement {

    private final VillageValue from;
    private final VillageValue to;

    Movement(VillageValue from, VillageValue to) {
        this.from = from;
        this.to = to;
    }

    /**
     * Returns the village code.
     *
     * @return the code, not null
     */
    public VillageCode villageCode() {
        return from.villageCode();
    }

    /**
     * Returns the value in the earlier year.
     *
     * @return the value, not null
     */
    public VillageValue from() {
        return from;
    }

    /**
     * Returns the value in the later year.
     *
     * @return the value, not null
     */
    public VillageValue to() {
        return to;
    }

    /**
     * Returns the status in the earlier year.
     *
     * @return the status, not null
     */
    public Status fromStatus() {
        return from.status();
    }

    /**
     * Returns the status in the later year.
     *
     * @return the status, not null
     */
    public Status toStatus() {
        return to.status();
    }

    /**
     * Returns the IDM change, later minus earlier, exactly.
     *
     * @return the change, negative if the IDM fell, not null
     */
    public Fraction idmChange() {
        return to.idm().minus(from.idm());
    }

    /**
     * Returns how many statuses the village moved: +1 from TERTINGGAL to BERKEMBANG, −1 back.
     *
     * @return the steps, 0 if the status stayed
     */
    public int steps() {
        return to.status().ordinal() - from.status().ordinal();
    }

    /**
     * Returns whether the status rose.
     *
     * @return true if {@link #steps()} is positive
     */
    public boolean isUp() {
        return steps() > 0;
    }

    /**
     * Returns whether the status fell.
     *
     * @return true if {@link #steps()} is negative
     */
    public boolean isDown() {
        return steps() < 0;
    }

    /**
     * Returns whether the other movement has the same values.
     *
     * @param other the object to compare, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Movement && from.equals(((Movement) other).from) && to.equals(((Movement) other).to);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(from, to);
    }

    /**
     * Returns the movement, e.g. {@code 6403012012 2023→2024 TERTINGGAL → BERKEMBANG (+0.0546)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        Fraction change = idmChange();
        return villageCode() + " " + from.year() + "→" + to.year() + " " + fromStatus() + " → " + toStatus() + " ("
                + (change.signum() >= 0 ? "+" : "") + change.toBigDecimal().toPlainString() + ")";
    }
}
