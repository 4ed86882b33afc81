// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.html;

import java.util.Objects;

/**
 * One task of an agency: raise one indicator or item of one village.
 *
 * @param villageCode the village code, not null
 * @param villageName the village name, empty where the input has none
 * @param year the data year
 * @param code the indicator or item code, not null
 * @param from the score now
 * @param to the score the task aims at
 * @param gain what it adds to the village's index as printed, not null
 * @param activity the recommended activity, empty where the ministry has none
 */
public record TaskRow(String villageCode, String villageName, int year, String code, int from, int to, String gain,
        String activity) {

    /**
     * Checks the arguments.
     *
     * @param villageCode see {@link #villageCode()}
     * @param villageName see {@link #villageName()}
     * @param year see {@link #year()}
     * @param code see {@link #code()}
     * @param from see {@link #from()}
     * @param to see {@link #to()}
     * @param gain see {@link #gain()}
     * @param activity see {@link #activity()}
     */
    public TaskRow {
        Objects.requireNonNull(villageCode, "villageCode");
        Objects.requireNonNull(villageName, "villageName");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(gain, "gain");
        Objects.requireNonNull(activity, "activity");
    }
}
