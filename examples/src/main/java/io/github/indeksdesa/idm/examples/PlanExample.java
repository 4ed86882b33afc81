// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.examples;

import io.github.indeksdesa.idm.AgencyLevel;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageScores;
import io.github.indeksdesa.idm.plan.AgencyTask;
import io.github.indeksdesa.idm.plan.AgencyWork;
import io.github.indeksdesa.idm.plan.Interventions;
import io.github.indeksdesa.idm.plan.PlanChange;
import io.github.indeksdesa.idm.plan.PlanStep;
import io.github.indeksdesa.idm.plan.UpgradePlan;
import io.github.indeksdesa.idm.plan.UpgradePlanner;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans three villages to their next status and prints the work per agency: which agency does
 * which activity in which village, and what IDM it adds.
 *
 * <p>Run with {@code java io.github.indeksdesa.idm.examples.PlanExample}; no arguments.
 */
public final class PlanExample {

    private PlanExample() {
    }

    /**
     * Runs the example, printing to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        IdmModel model = IdmModel.official();
        List<VillageScores> villages = List.of(
                // Keladen, Paser 2024: the ministry's published scores (MAJU, IDM 0.8092).
                VillageScores.of(model, VillageCode.of("6401022004"), 2024,
                        5, 0, 5, 2, 4, 5, 5, 5, 5, 1, 5, 5, 5, 5, 5, 5, 5, 4, 3, 5, 5, 5, 5, 5, 5, 5, 3, 1, 0, 1, 1, 5, 4, 5, 5,
                        5, 5, 5, 5, 5, 5, 5, 2, 5, 1, 3, 4,
                        5, 4, 3),
                // Two invented villages. The first is TERTINGGAL with full IKL, so no single step is enough.
                VillageScores.of(model, VillageCode.of("6407129901"), 2024,
                        1, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 0, 1, 1, 1, 1, 1, 1, 2, 1, 1, 0, 1, 1, 0, 0, 1, 1,
                        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
                        5, 5, 5),
                // The second is SANGAT TERTINGGAL with no IKL point at all.
                VillageScores.of(model, VillageCode.of("6407129902"), 2024,
                        3, 5, 5, 3, 3, 3, 3, 3, 3, 3, 5, 5, 5, 5, 5, 3, 5, 3, 3, 5, 5, 5, 5, 5, 5, 4, 3, 3, 3, 5, 5, 4, 4, 3, 3,
                        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4,
                        0, 0, 0));

        UpgradePlanner planner = UpgradePlanner.official();
        List<UpgradePlan> plans = new ArrayList<>();
        out.println("== Plans to the next status ==");
        for (VillageScores village : villages) {
            UpgradePlan plan = planner.plan(village);
            plans.add(plan);
            out.printf("%s/%d %s -> %s: %d change(s), IDM %s -> %s (%s)%n", plan.villageCode(), plan.year(),
                    plan.status().officialName(), plan.target().officialName(), plan.changes().size(),
                    plan.idm().toBigDecimal(), plan.idmAfter().toBigDecimal(), plan.statusAfter().officialName());
            for (PlanChange change : plan.changes()) {
                out.printf("  %s %s %d -> %d (+%s) %s%n", change.code(), change.indicator().label().strip(),
                        change.from(), change.to(), change.gain().toBigDecimal(), change.activity().orElse("-"));
            }
        }

        out.println();
        out.println("== Agency task list ==");
        for (AgencyWork work : Interventions.ofPlans(plans).agencies()) {
            out.printf("%s %s: %d task(s) in %d village(s), IDM +%s%n", work.level(), String.join(" / ", work.spellings()),
                    work.taskCount(), work.villages().size(), work.totalGain().toBigDecimal());
            for (AgencyTask task : work.tasks()) {
                PlanStep change = task.change();
                out.printf("  %s %s %d -> %d (+%s) %s%n", task.villageCode(), change.code(), change.from(), change.to(),
                        change.gain().toBigDecimal(), change.activity().orElse("-"));
            }
        }
        long kab = Interventions.ofPlans(plans).agencies(AgencyLevel.KAB).size();
        out.println();
        out.println(kab + " regency agencies have work.");
    }
}
