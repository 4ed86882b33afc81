// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.html;

import io.github.indeksdesa.idm.Status;
import java.util.List;
import java.util.Objects;

/**
 * What the report page of one village shows. {@link HtmlReports#village} fills it for the IDM
 * edition (three indices of maximum 1) and for the Indeks Desa edition (six dimensions of maximum
 * 170, 85, 160, 90, 50 and 80 points, 127 items, the plan of {@code IndeksDesaPlanner}).
 *
 * @param edition the edition, not null
 * @param year the data year
 * @param villageCode the 10-digit village code, not null
 * @param villageName the village name, empty where the input has none
 * @param place district, regency and province as printed, possibly empty
 * @param status the village's status
 * @param target the next status (the same at the top)
 * @param figures the headline figures (index, minimum of the target, gap), not null (copied)
 * @param bars a bar per index or dimension against its maximum, not null (copied)
 * @param weak the weak indicators or items listed (score 2 or less), weakest first, not null (copied)
 * @param weakCount how many indicators or items are weak, at least {@code weak.size()}: a page lists at
 *     most {@link HtmlReports#WEAK_LISTED} of a very weak village's items and counts the rest
 * @param unitCount how many indicators or items the village is scored on
 * @param planSummary one sentence on the plan to the target, as printed, not null
 * @param plan the steps of the plan to the target, not null (copied), empty at the top or when unreachable
 * @param agencies the agencies that act on the plan's steps, with their tasks in this village, not null (copied)
 */
public record VillagePage(Edition edition, int year, String villageCode, String villageName, String place,
        Status status, Status target, List<Figure> figures, List<Bar> bars, List<WeakUnit> weak, int weakCount,
        int unitCount, String planSummary, List<PlanStep> plan, List<AgencyRow> agencies) {

    /**
     * Checks the arguments and copies the lists.
     *
     * @param edition see {@link #edition()}
     * @param year see {@link #year()}
     * @param villageCode see {@link #villageCode()}
     * @param villageName see {@link #villageName()}
     * @param place see {@link #place()}
     * @param status see {@link #status()}
     * @param target see {@link #target()}
     * @param figures see {@link #figures()}
     * @param bars see {@link #bars()}
     * @param weak see {@link #weak()}
     * @param weakCount see {@link #weakCount()}
     * @param unitCount see {@link #unitCount()}
     * @param planSummary see {@link #planSummary()}
     * @param plan see {@link #plan()}
     * @param agencies see {@link #agencies()}
     */
    public VillagePage {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(villageCode, "villageCode");
        Objects.requireNonNull(villageName, "villageName");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(planSummary, "planSummary");
        figures = List.copyOf(figures);
        bars = List.copyOf(bars);
        weak = List.copyOf(weak);
        plan = List.copyOf(plan);
        agencies = List.copyOf(agencies);
        if (weakCount < weak.size()) {
            throw new IllegalArgumentException("weakCount: expected at least " + weak.size() + ", found "
                    + weakCount);
        }
    }

    /**
     * Returns the edition and year as printed: "IDM 2024", "Indeks Desa 2025".
     *
     * @return the text, not null
     */
    public String editionName() {
        return edition.label() + " " + year;
    }

    /**
     * Returns the anchor of the village's section: "desa-CODE-IDM-2024", unique per village, edition and year.
     *
     * @return the anchor, not null
     */
    public String anchor() {
        return "desa-" + villageCode + "-" + edition.name() + "-" + year;
    }

    /**
     * Returns how many weak indicators or items the page counts but does not list.
     *
     * @return {@code weakCount - weak.size()}
     */
    public int moreWeak() {
        return weakCount - weak.size();
    }

    /**
     * Returns the heading: "Desa NAME (CODE)", or the code alone where the name is unknown.
     *
     * @return the heading, not null
     */
    public String heading() {
        return villageName.isEmpty() ? "Desa " + villageCode : "Desa " + villageName + " (" + villageCode + ")";
    }
}
