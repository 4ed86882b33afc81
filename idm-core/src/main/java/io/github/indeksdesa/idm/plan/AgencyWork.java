// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.plan;

import io.github.indeksdesa.idm.AgencyLevel;
import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.VillageCode;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The work of one agency at one level across a set of villages: its tasks (village, indicator or
 * item, activity, gain) and totals. Spelling variants of the agency's name (case, spaces,
 * punctuation: "Dinkes" and "DINKES") are one agency; the original spellings are kept.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AgencyWork {

    private final AgencyLevel level;
    private final String key;
    private final SortedSet<String> spellings;
    private final List<AgencyTask> tasks;

    AgencyWork(AgencyLevel level, String key, List<AgencyTask> tasks) {
        this.level = level;
        this.key = key;
        TreeSet<String> names = new TreeSet<>();
        tasks.forEach(t -> names.add(t.agency()));
        this.spellings = Collections.unmodifiableSortedSet(names);
        this.tasks = List.copyOf(tasks);
    }

    /**
     * Returns the level the agency acts at.
     *
     * @return the level, not null
     */
    public AgencyLevel level() {
        return level;
    }

    /**
     * Returns the agency's name: the first of its {@link #spellings() spellings} in text order
     * (upper case first: "DINKES" before "Dinkes").
     *
     * @return the name, not null
     */
    public String name() {
        return spellings.first();
    }

    /**
     * Returns the normalised name the spellings share, see {@link Interventions#normalise(String)}.
     *
     * @return the key, e.g. "DINKES", not null
     */
    public String key() {
        return key;
    }

    /**
     * Returns every spelling of the agency the ministry used for these tasks.
     *
     * @return the spellings, sorted, unmodifiable, not empty
     */
    public SortedSet<String> spellings() {
        return spellings;
    }

    /**
     * Returns the tasks, by village code, then indicator order.
     *
     * @return the tasks, unmodifiable, not empty
     */
    public List<AgencyTask> tasks() {
        return tasks;
    }

    /**
     * Returns the villages the agency has work in.
     *
     * @return the village codes, sorted, unmodifiable, not null
     */
    public SortedSet<VillageCode> villages() {
        TreeSet<VillageCode> villages = new TreeSet<>();
        tasks.forEach(t -> villages.add(t.villageCode()));
        return Collections.unmodifiableSortedSet(villages);
    }

    /**
     * Returns the number of tasks.
     *
     * @return the count, at least 1
     */
    public int taskCount() {
        return tasks.size();
    }

    /**
     * Returns what the tasks add, summed over the villages, in the edition's measure (see
     * {@link PlanStep#gain()}): the IDM for IDM work, the points for Indeks Desa work.
     *
     * @return the total gain, exact, not null
     */
    public Fraction totalGain() {
        Fraction total = Fraction.ZERO;
        for (AgencyTask task : tasks) {
            total = total.plus(task.change().gain());
        }
        return total;
    }

    /**
     * Returns whether the other work has the same level, key and tasks.
     *
     * @param other the object to compare, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof AgencyWork)) {
            return false;
        }
        AgencyWork o = (AgencyWork) other;
        return level == o.level && key.equals(o.key) && tasks.equals(o.tasks);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(level, key, tasks);
    }

    /**
     * Returns a summary, e.g. {@code AgencyWork[KAB DINKES (DINKES, Dinkes): 3 tasks in 2 villages, +0.0190]}
     * for IDM work, {@code AgencyWork[KAB Dinkes ([Dinkes]): 3 tasks in 2 villages, +7 points]} for
     * Indeks Desa work.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        String gain = tasks.get(0).change() instanceof IndeksDesaChange ? totalGain() + " points"
                : totalGain().toBigDecimal().toPlainString();
        return "AgencyWork[" + level + " " + name() + " " + spellings + ": " + taskCount() + " tasks in "
                + villages().size() + " villages, +" + gain + "]";
    }
}
