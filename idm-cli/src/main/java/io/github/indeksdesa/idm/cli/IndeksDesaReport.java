// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import io.github.indeksdesa.idm.id.Dimension;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.id.IndeksDesaResult;
import io.github.indeksdesa.idm.id.Item;
import io.github.indeksdesa.idm.report.VillageIdentity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text report of one Indeks Desa village, in the look of the IDM report: identity, Skor ID and
 * points P, status and target with the points still needed, then per dimension its points and its
 * sub-dimensions' points against their maxima, and the weak items (score {@value ReportCommand#WEAK}
 * or less, marked {@code !}) with the ministry's recommendation (REKOMENDASI) and activity (KEGIATAN)
 * for the village's score, and the agencies.
 */
final class IndeksDesaReport {

    private IndeksDesaReport() {
    }

    /** Prints the report of one village. */
    static void print(PrintWriter out, IndeksDesaVillages.Scored v) {
        IndeksDesaModel model = IndeksDesaVillages.MODEL;
        VillageIdentity id = v.identity();
        List<String> place = new ArrayList<>();
        id.districtName().ifPresent(n -> place.add("Kec. " + n));
        id.regencyName().ifPresent(place::add);
        id.provinceName().ifPresent(place::add);
        out.println("Desa " + id.villageName().orElse("(name not given)") + " (" + id.villageCode().value() + "), "
                + (place.isEmpty() ? "" : String.join(", ", place) + ", ") + "Indeks Desa " + v.year());
        out.println("Source: " + v.source());
        out.println();
        out.printf("  Skor ID %s  (%d of %d points)%n", v.skor().toPublishedString(), v.points(), model.maxPoints());
        int need = v.pointsToTarget();
        out.printf("  Status %s, target %s: minimum %s (%d points), %s%n", v.status().officialName(),
                v.target().officialName(), model.minimumScore(v.target()).toPlainString(),
                model.firstPoints(v.target()), v.status() == v.target() ? "the highest status"
                        : need + " point" + (need == 1 ? "" : "s") + " still needed");
        Optional<IndeksDesaResult> result = v.result();
        if (result.isEmpty()) {
            out.println("  (a dimension table gives only the six point sums: no sub-dimensions or items)");
        } else {
            long weak = model.items().stream().filter(i -> result.get().scores().score(i) <= ReportCommand.WEAK)
                    .count();
            out.printf("  Weak items (score %d or less, marked !): %d of %d%n", ReportCommand.WEAK, weak,
                    model.itemCount());
        }
        boolean first = true;
        for (Dimension d : Dimension.values()) {
            if (first || result.isPresent()) {
                out.println();
            }
            first = false;
            out.printf("%s  %s  %d of %d points%n", d.code(), d.label(), v.dimensions().get(d), model.maxPoints(d));
            if (result.isEmpty()) {
                continue;
            }
            IndeksDesaResult r = result.get();
            List<Item> weak = new ArrayList<>();
            for (Map.Entry<String, List<Item>> sub : model.subDimensions().entrySet()) {
                List<Item> items = sub.getValue();
                if (items.get(0).dimension() != d) {
                    continue;
                }
                out.printf("  %-60s %3d of %3d points%n", sub.getKey(), r.subDimensionPoints().get(sub.getKey()),
                        items.size() * IndeksDesaModel.MAX_SCORE);
                items.stream().filter(i -> r.scores().score(i) <= ReportCommand.WEAK).forEach(weak::add);
            }
            for (Item item : weak) {
                item(out, item, r.scores().score(item));
            }
        }
    }

    private static void item(PrintWriter out, Item item, int score) {
        out.printf("  ! %-5s %-60s %d/5  %s%n", item.code(), clean(item.name()), score,
                item.recommendation(score).map(IndeksDesaReport::clean).orElse("-"));
        item.activity(score).map(IndeksDesaReport::clean).filter(a -> !a.isEmpty() && !a.equals("-"))
                .ifPresent(a -> out.printf("%10sKEGIATAN: %s%n", "", a));
        String agencies = PlanCommand.agencies(item.agencies());
        if (!agencies.isEmpty()) {
            out.printf("%10sAgencies: %s%n", "", agencies);
        }
    }

    private static String clean(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
