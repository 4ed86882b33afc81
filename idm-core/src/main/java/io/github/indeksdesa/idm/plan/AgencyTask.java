package io.github.indeksdesa.idm.plan;

import io.github.indeksdesa.idm.AgencyLevel;
import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.VillageCode;
import java.util.Objects;
import java.util.Optional;

/**
 * One piece of work for one agency: in a village, raise an indicator from its current score to a
 * higher one with the ministry's recommended activity, adding a known IDM. Part of
 * {@link AgencyWork}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AgencyTask {

    private final VillageCode villageCode;
    private final int year;
    private final AgencyLevel level;
    private final String agency;
    private final Indicator indicator;
    private final int from;
    private final int to;
    private final Fraction gain;

    AgencyTask(VillageCode villageCode, int year, AgencyLevel level, String agency, Indicator indicator, int from, int to,
            Fraction gain) {
        this.villageCode = villageCode;
        this.year = year;
        this.level = level;
        this.agency = agency;
        this.indicator = indicator;
        this.from = from;
        this.to = to;
        this.gain = gain;
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
     * Returns the indicator.
     *
     * @return the indicator, not null
     */
    public Indicator indicator() {
        return indicator;
    }

    /**
     * Returns the indicator's code.
     *
     * @return the code, not null
     */
    public String code() {
        return indicator.code();
    }

    /**
     * Returns the current score.
     *
     * @return the score
     */
    public int from() {
        return from;
    }

    /**
     * Returns the score the task aims at.
     *
     * @return the score, above {@link #from()}
     */
    public int to() {
        return to;
    }

    /**
     * Returns the ministry's recommended activity (KEGIATAN) at the current score.
     *
     * @return the activity, or empty where the ministry gives none
     */
    public Optional<String> activity() {
        return indicator.step(from).flatMap(step -> step.activity());
    }

    /**
     * Returns the IDM the village gains when the task is done, exactly.
     *
     * @return the gain, positive, not null
     */
    public Fraction gain() {
        return gain;
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
                && indicator.equals(o.indicator) && from == o.from && to == o.to;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(villageCode, year, level, agency, indicator.code(), from, to);
    }

    /**
     * Returns the task, e.g. {@code 6401022004/2024 KAB DPBD: IKL03 3→4 (+0.0222)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return villageCode + "/" + year + " " + level + " " + agency + ": " + indicator.code() + " " + from + "→" + to
                + " (+" + gain.toBigDecimal().toPlainString() + ")";
    }
}
