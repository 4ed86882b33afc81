// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.html;

import java.util.Objects;

/**
 * One headline figure of a village: a label and its value as printed ("IDM", "0.6373").
 *
 * @param label the label, not null
 * @param value the value as printed, not null
 */
public record Figure(String label, String value) {

    /**
     * Checks the arguments.
     *
     * @param label see {@link #label()}
     * @param value see {@link #value()}
     */
    public Figure {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
