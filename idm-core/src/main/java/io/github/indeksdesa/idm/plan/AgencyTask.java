// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.plan;

import io.github.indeksdesa.idm.AgencyLevel;
import io.github.indeksdesa.idm.VillageCode;
import java.util.Objects;

/**
 * One piece of work for one agency: in a village, raise an indicator (IDM) or item (Indeks Desa)
 * from its current score to a higher one with the ministry's recommended activity, adding a known
 * IDM or number of points. Part of {@link AgencyWork}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AgencyTask {

    private final VillageCode villageCode;
    private final int year;
    private final AgencyLevel level;
    private final String agency;
    private final PlanStep change;

    AgencyTask(VillageCode villageCode, int year, AgencyLevel level, String agency, PlanStep change) {
        this.villageCode = villageCode;
        this.year = year;
        this.level = level;
        this.agency = agency;
        this.change = change;
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
     * Returns the data year of the scores.
     *
     * @return the year
     */
    public int year() {
        return year;
    }

    /**
     * Returns the level of government (or other actor) the agency belongs to.
     *
     * @return the level, not null
     */
    public AgencyLevel level() {
        return level;
    }

    /**
     * Returns the agency as the ministry spells it for this indicator, e.g. "Dinkes".
     *
     * @return the original text, not null
     */
    public String agency() {
        return agency;
    }

    /**
     * Returns the step the task makes: code, current and new score, gain and the ministry's
     * activity. It is a {@link PlanChange} (indicator, IDM gain) for IDM work and an
     * {@link IndeksDesaChange} (item, gain in points, recommendation) for Indeks Desa work. From a
     * report, the change raises the indicator to the top of its ladder and costs one activity.
     *
     * @return the step, not null
     */
    public PlanStep change() {
        return change;
    }

    /**
     * Returns whether the other task has the same village, agency, indicator and scores.
     *
     * @param other the object to compare, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof AgencyTask)) {
            return false;
        }
        AgencyTask o = (AgencyTask) other;
        return villageCode.equals(o.villageCode) && year == o.year && level == o.level && agency.equals(o.agency)
                && change.equals(o.change);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(villageCode, year, level, agency, change);
    }

    /**
     * Returns the task, e.g. {@code 6401022004/2024 KAB DPBD: IKL03 3→4 (+0.0222)} or
     * {@code 3301012001/2025 KAB Dinas Pendidikan: LD01 1→5 (+4)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return villageCode + "/" + year + " " + level + " " + agency + ": " + change;
    }
}
