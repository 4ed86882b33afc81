// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.html;

import io.github.indeksdesa.idm.Status;
import java.util.List;
import java.util.Objects;

/**
 * One region of a summary: villages per status, mean index and share of MAJU + MANDIRI.
 *
 * @param code the region code ("64", "6403"), or "TOTAL" for the total row, not null
 * @param name the region name, empty where the input has none
 * @param counts villages per status, in the order of {@link Status#values()}, not null (copied)
 * @param mean the mean index as printed, not null
 * @param share the share of MAJU + MANDIRI in percent as printed, not null
 */
public record RegionRow(String code, String name, List<Long> counts, String mean, String share) {

    /**
     * Checks the arguments and copies the counts.
     *
     * @param code see {@link #code()}
     * @param name see {@link #name()}
     * @param counts see {@link #counts()}
     * @param mean see {@link #mean()}
     * @param share see {@link #share()}
     */
    public RegionRow {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(share, "share");
        counts = List.copyOf(counts);
        if (counts.size() != Status.values().length) {
            throw new IllegalArgumentException("counts: expected " + Status.values().length + " counts, found "
                    + counts.size());
        }
    }

    /**
     * Returns the number of villages with a status.
     *
     * @param status the status, not null
     * @return the count
     */
    public long count(Status status) {
        return counts.get(status.ordinal());
    }

    /**
     * Returns the number of villages of the region.
     *
     * @return the sum of the counts
     */
    public long total() {
        return counts.stream().mapToLong(Long::longValue).sum();
    }
}
