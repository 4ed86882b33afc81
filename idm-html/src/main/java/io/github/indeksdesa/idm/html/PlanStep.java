// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.html;

import java.util.Objects;

/**
 * One step of a village's plan to its next status: raise one indicator or item from one score to
 * another.
 *
 * @param code the indicator or item code, not null
 * @param name its official name, not null
 * @param from the score now
 * @param to the planned score
 * @param gain what the step adds to the index as printed ("+0.0111", "+2 poin"), not null
 * @param activity the recommended activity, empty where the ministry has none
 * @param agencies who can act on it, possibly empty
 */
public record PlanStep(String code, String name, int from, int to, String gain, String activity,
        String agencies) {

    /**
     * Checks the arguments.
     *
     * @param code see {@link #code()}
     * @param name see {@link #name()}
     * @param from see {@link #from()}
     * @param to see {@link #to()}
     * @param gain see {@link #gain()}
     * @param activity see {@link #activity()}
     * @param agencies see {@link #agencies()}
     */
    public PlanStep {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(gain, "gain");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(agencies, "agencies");
    }
}
