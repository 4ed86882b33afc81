// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.html;

import io.github.indeksdesa.idm.Status;
import java.util.Objects;

/**
 * A village with a status before and after: a mover between two years, or a plan's expected change.
 *
 * @param villageCode the village code, not null
 * @param villageName the village name, empty where the input has none
 * @param fromStatus the status before
 * @param toStatus the status after
 * @param fromValue the index before, as printed, not null
 * @param toValue the index after, as printed, not null
 * @param change the change of the index, as printed with its sign, not null
 */
public record MoverRow(String villageCode, String villageName, Status fromStatus, Status toStatus, String fromValue,
        String toValue, String change) {

    /**
     * Checks the arguments.
     *
     * @param villageCode see {@link #villageCode()}
     * @param villageName see {@link #villageName()}
     * @param fromStatus see {@link #fromStatus()}
     * @param toStatus see {@link #toStatus()}
     * @param fromValue see {@link #fromValue()}
     * @param toValue see {@link #toValue()}
     * @param change see {@link #change()}
     */
    public MoverRow {
        Objects.requireNonNull(villageCode, "villageCode");
        Objects.requireNonNull(villageName, "villageName");
        Objects.requireNonNull(fromStatus, "fromStatus");
        Objects.requireNonNull(toStatus, "toStatus");
        Objects.requireNonNull(fromValue, "fromValue");
        Objects.requireNonNull(toValue, "toValue");
        Objects.requireNonNull(change, "change");
    }
}
