// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.plan;

import io.github.indeksdesa.idm.Agencies;
import io.github.indeksdesa.idm.Fraction;
import java.util.Optional;

/**
 * One planned step of either edition: an indicator (IDM, {@link PlanChange}) or an item (Indeks
 * Desa, {@link IndeksDesaChange}) raised from its current score to a higher one, what that adds, the
 * ministry's activity at the current score and the agencies that can carry it out. This is what
 * {@link Interventions}, {@link AgencyWork} and {@link AgencyTask} need of a step, so the work per
 * agency is collected the same way for both editions; the edition's own type (by pattern matching
 * on this sealed interface) gives the rest.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface PlanStep permits PlanChange, IndeksDesaChange {

    /**
     * Returns the code of the indicator or item, e.g. "IKL03" (IDM) or "LD01" (Indeks Desa).
     *
     * @return the code, not null
     */
    String code();

    /**
     * Returns the current score.
     *
     * @return the score before the step
     */
    int from();

    /**
     * Returns the new score, above {@link #from()}.
     *
     * @return the score after the step
     */
    int to();

    /**
     * Returns the score points the step adds, {@code to − from}.
     *
     * @return the points, at least 1
     */
    int points();

    /**
     * Returns what the step adds to the village's index, exactly, in the edition's measure: the IDM
     * for an IDM change (e.g. 140/6300), the points P for an Indeks Desa change (a whole number,
     * equal to {@link #points()}; the Skor ID is {@code 100·P/635}).
     *
     * @return the gain, positive, not null
     */
    Fraction gain();

    /**
     * Returns the ministry's activity (KEGIATAN, kegiatan) for a village at the current score.
     *
     * @return the activity, or empty where the ministry gives none
     */
    Optional<String> activity();

    /**
     * Returns the agencies the ministry names as able to act on the indicator or item.
     *
     * @return the agencies, not null
     */
    Agencies agencies();

    /**
     * Returns the cost of the step under the {@link PlanCosts} its plan was made with (1 with the
     * default costs, and for the steps {@link Interventions#ofResults(java.util.Collection)} makes).
     *
     * @return the cost, 0 or more
     */
    long cost();
}
