// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.examples;

import io.github.indeksdesa.idm.AgencyLevel;
import io.github.indeksdesa.idm.id.Dimension;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.id.IndeksDesaResult;
import io.github.indeksdesa.idm.id.IndeksDesaScores;
import io.github.indeksdesa.idm.id.Item;
import io.github.indeksdesa.idm.plan.AgencyWork;
import io.github.indeksdesa.idm.plan.IndeksDesaChange;
import io.github.indeksdesa.idm.plan.IndeksDesaPlan;
import io.github.indeksdesa.idm.plan.IndeksDesaPlanner;
import io.github.indeksdesa.idm.plan.Interventions;
import io.github.indeksdesa.idm.io.Input;
import io.github.indeksdesa.idm.tables.IndeksDesaExportReader;
import io.github.indeksdesa.idm.tables.ReadSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Indeks Desa (data year 2025 on) end to end: reads a score export in the ministry's layout,
 * scores every village, prints the report of the weakest one (its dimensions against their maximum
 * and its weak items with the ministry's recommendations and agencies), plans every village to its
 * next status and lists the work of the regency agencies.
 *
 * <p>Run with {@code java io.github.indeksdesa.idm.examples.IndeksDesaExample [export.csv]}.
 */
public final class IndeksDesaExample {

    /** Items at or below this score are the weak ones a facilitator reads first. */
    private static final int WEAK = 2;
    /** How many weak items the report prints. */
    private static final int SHOWN = 5;

    private IndeksDesaExample() {
    }

    /**
     * Runs the example.
     *
     * @param args the score export (CSV, CSV.GZ or XLSX); default {@code examples/data/indeks-desa-2025.csv}
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/data/indeks-desa-2025.csv");
        IndeksDesaModel model = IndeksDesaModel.official();

        // Score: one village a row of the export; a bad row is reported with its line, never lost.
        List<IndeksDesaScores> villages = new ArrayList<>();
        ReadSummary summary = IndeksDesaExportReader.of(model).readScores(Input.of(file), villages::add,
                rejected -> System.err.println(rejected));
        System.out.println("== Score (" + summary + ") ==");
        List<IndeksDesaResult> results = new ArrayList<>();
        for (IndeksDesaScores village : villages) {
            IndeksDesaResult result = village.evaluate();
            results.add(result);
            System.out.printf("%s %d: Skor ID %s (%d points) %s, %d points to %s%n", result.villageCode(),
                    result.year(), result.skorId().toPublishedString(), result.points(), result.status().officialName(),
                    result.pointsToTarget(), result.targetStatus().officialName());
        }

        // Report: the weakest village, dimension by dimension, then its weak items.
        IndeksDesaScores scores = villages.stream().min(Comparator.comparingInt(IndeksDesaScores::points)).orElseThrow();
        IndeksDesaResult weakest = scores.evaluate();
        System.out.println();
        System.out.println("== Report " + weakest.villageCode() + " ==");
        for (Dimension dimension : Dimension.values()) {
            System.out.printf("%s %-28s %3d / %d%n", dimension, dimension.label(), weakest.points(dimension),
                    model.maxPoints(dimension));
        }
        List<Item> weak = model.items().stream().filter(item -> scores.score(item) <= WEAK).toList();
        System.out.println(weak.size() + " weak items (score " + WEAK + " or less), the first " + SHOWN + ":");
        for (Item item : weak.subList(0, Math.min(SHOWN, weak.size()))) {
            int score = scores.score(item);
            System.out.printf("! %s %s: %d; %s (%s)%n", item.code(), item.name(), score,
                    item.recommendation(score).orElse("-"), item.agencies().get(AgencyLevel.KAB).orElse("-"));
        }

        // Plan: the cheapest item changes to the next status, then the work per regency agency.
        IndeksDesaPlanner planner = IndeksDesaPlanner.official();
        List<IndeksDesaPlan> plans = new ArrayList<>();
        System.out.println();
        System.out.println("== Plans ==");
        for (IndeksDesaResult result : results) {
            IndeksDesaPlan plan = planner.plan(result);
            plans.add(plan);
            System.out.printf("%s %s -> %s: %d change(s), %d -> %d points (%s)%n", plan.villageCode(),
                    plan.status().officialName(), plan.target().officialName(), plan.changes().size(), plan.points(),
                    plan.pointsAfter(), plan.statusAfter().officialName());
            for (IndeksDesaChange change : plan.changes()) {
                System.out.printf("  %s %d -> %d (+%d) %s%n", change.code(), change.from(), change.to(),
                        change.points(), change.activity().orElse("-"));
            }
        }
        System.out.println();
        System.out.println("== Regency agencies ==");
        for (AgencyWork work : Interventions.ofIndeksDesaPlans(plans).agencies(AgencyLevel.KAB)) {
            System.out.printf("%s: %d task(s) in %d village(s)%n", String.join(" / ", work.spellings()),
                    work.taskCount(), work.villages().size());
        }
    }
}
