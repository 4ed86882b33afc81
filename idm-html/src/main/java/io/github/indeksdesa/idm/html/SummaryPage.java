// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.html;

import java.util.List;
import java.util.Objects;

/**
 * A regional dashboard: one section per year.
 *
 * @param title the page title, not null
 * @param sections the sections, not null (copied)
 */
public record SummaryPage(String title, List<SummarySection> sections) {

    /**
     * Checks the arguments and copies the sections.
     *
     * @param title see {@link #title()}
     * @param sections see {@link #sections()}
     */
    public SummaryPage {
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
    }
}
