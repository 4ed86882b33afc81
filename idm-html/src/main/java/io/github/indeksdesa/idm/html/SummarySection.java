package io.github.indeksdesa.idm.html;

import java.util.List;
import java.util.Objects;

/**
 * One year of a regional summary.
 *
 * @param heading the heading ("IDM 2024 per provinsi"), not null
 * @param regions the regions in code order, not null (copied)
 * @param total the total row, not null
 * @param weakest the weakest indicators or items, most villages first, not null (copied); empty where the input
 *     has no indicator scores (bulk tables)
 */
public record SummarySection(String heading, List<RegionRow> regions, RegionRow total,
        List<WeakIndicatorRow> weakest) {

    /**
     * Checks the arguments and copies the lists.
     *
     * @param heading see {@link #heading()}
     * @param regions see {@link #regions()}
     * @param total see {@link #total()}
     * @param weakest see {@link #weakest()}
     */
    public SummarySection {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(total, "total");
        regions = List.copyOf(regions);
        weakest = List.copyOf(weakest);
    }
}
