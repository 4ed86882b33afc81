// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.html;

import java.util.List;
import java.util.Objects;

/**
 * The work of one agency (OPD) at one government level.
 *
 * @param level the level as the ministry writes it ("PUSAT", "PROV", "KAB", "DESA", "CSR", "LAINNYA"), not null
 * @param name the agency's name, not null
 * @param villages how many villages it works in
 * @param gain the sum of what its tasks add to the villages' indices, as printed, not null
 * @param tasks its tasks, not null (copied); may be empty where a page lists only the totals
 * @param taskCount how many tasks it has (at least {@code tasks.size()})
 */
public record AgencyRow(String level, String name, int villages, String gain, List<TaskRow> tasks, int taskCount) {

    /**
     * Checks the arguments and copies the tasks.
     *
     * @param level see {@link #level()}
     * @param name see {@link #name()}
     * @param villages see {@link #villages()}
     * @param gain see {@link #gain()}
     * @param tasks see {@link #tasks()}
     * @param taskCount see {@link #taskCount()}
     */
    public AgencyRow {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(gain, "gain");
        tasks = List.copyOf(tasks);
        if (taskCount < tasks.size()) {
            throw new IllegalArgumentException("taskCount: expected at least " + tasks.size() + ", found "
                    + taskCount);
        }
    }
}
