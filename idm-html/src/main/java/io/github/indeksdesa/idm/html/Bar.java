// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.html;

import io.github.indeksdesa.idm.Fraction;
import java.util.Objects;

/**
 * One bar of a chart: a value against its maximum, e.g. IKS 0.6286 of 1, or (Indeks Desa) the
 * dimension LD at 120 of 170 points.
 *
 * @param code the short name shown beside the bar ("IKS", "LD"), not null
 * @param label the long name ("Indeks Ketahanan Sosial"), not null
 * @param value the value, between zero and {@code maximum}
 * @param maximum the maximum, positive
 * @param display the value as the page prints it ("0.6286", "120 / 170"), not null
 */
public record Bar(String code, String label, Fraction value, Fraction maximum, String display) {

    /**
     * Checks the arguments.
     *
     * @param code see {@link #code()}
     * @param label see {@link #label()}
     * @param value see {@link #value()}
     * @param maximum see {@link #maximum()}
     * @param display see {@link #display()}
     */
    public Bar {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(maximum, "maximum");
        Objects.requireNonNull(display, "display");
        if (maximum.signum() <= 0) {
            throw new IllegalArgumentException("maximum: expected a positive value, found " + maximum);
        }
        if (value.signum() < 0 || value.compareTo(maximum) > 0) {
            throw new IllegalArgumentException("value: expected 0.." + maximum + ", found " + value);
        }
    }

    /**
     * Returns the share of the maximum the value reaches, 0..1, for drawing.
     *
     * @return the ratio value / maximum
     */
    public double ratio() {
        return value.doubleValue() / maximum.doubleValue();
    }
}
