// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.html;

import java.util.List;
import java.util.Objects;

/**
 * The work per agency, printable as the annex of a planning meeting.
 *
 * @param title the page title, not null
 * @param scope what the tasks are, one sentence as printed, not null
 * @param villages how many villages were read
 * @param agencies the agencies by level and name, not null (copied)
 * @param plans the plan of each village (statuses before and after), not null (copied); may be empty
 */
public record InterventionsPage(String title, String scope, int villages, List<AgencyRow> agencies,
        List<MoverRow> plans) {

    /**
     * Checks the arguments and copies the lists.
     *
     * @param title see {@link #title()}
     * @param scope see {@link #scope()}
     * @param villages see {@link #villages()}
     * @param agencies see {@link #agencies()}
     * @param plans see {@link #plans()}
     */
    public InterventionsPage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scope, "scope");
        agencies = List.copyOf(agencies);
        plans = List.copyOf(plans);
    }
}
