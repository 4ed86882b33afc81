// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.html;

import java.util.List;
import java.util.Objects;

/**
 * One edition and year of a regional summary.
 *
 * @param edition the edition, "IDM" or "Indeks Desa"; it names the mean ("Rata-rata indeks" or "Rata-rata
 *     Skor ID") and the groups of the weakest indicators (index or dimension), not null
 * @param heading the heading ("IDM 2024 per provinsi"), not null
 * @param regions the regions in code order, not null (copied)
 * @param total the total row, not null
 * @param weakest the weakest indicators or items, most villages first, not null (copied); empty where the input
 *     has no indicator scores (bulk tables)
 */
public record SummarySection(String edition, String heading, List<RegionRow> regions, RegionRow total,
        List<WeakIndicatorRow> weakest) {

    /**
     * Checks the arguments and copies the lists.
     *
     * @param edition see {@link #edition()}
     * @param heading see {@link #heading()}
     * @param regions see {@link #regions()}
     * @param total see {@link #total()}
     * @param weakest see {@link #weakest()}
     */
    public SummarySection {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(total, "total");
        regions = List.copyOf(regions);
        weakest = List.copyOf(weakest);
    }

    /**
     * A section of the IDM edition.
     *
     * @param heading see {@link #heading()}
     * @param regions see {@link #regions()}
     * @param total see {@link #total()}
     * @param weakest see {@link #weakest()}
     */
    public SummarySection(String heading, List<RegionRow> regions, RegionRow total, List<WeakIndicatorRow> weakest) {
        this("IDM", heading, regions, total, weakest);
    }

    /**
     * Returns whether this is a section of the Indeks Desa edition.
     *
     * @return true for Indeks Desa, false for IDM
     */
    public boolean isIndeksDesa() {
        return edition.equals("Indeks Desa");
    }
}
