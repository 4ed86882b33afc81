// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.html;

import java.util.Objects;

/**
 * One indicator or item of a summary's weakest list: in how many villages it scores 2 or less.
 *
 * @param code the code, not null
 * @param name the official name, not null
 * @param group the index or dimension, not null
 * @param villages the number of villages scoring 2 or less on it
 * @param scored the number of villages with scores
 */
public record WeakIndicatorRow(String code, String name, String group, long villages, long scored) {

    /**
     * Checks the arguments.
     *
     * @param code see {@link #code()}
     * @param name see {@link #name()}
     * @param group see {@link #group()}
     * @param villages see {@link #villages()}
     * @param scored see {@link #scored()}
     */
    public WeakIndicatorRow {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(group, "group");
    }
}
