// SPDX-License-Identifier: Apache-2.0
/**
 * Planning: the cheapest way to lift a village to a target status, the work per agency, and how
 * villages moved between years. Both editions plan here: the IDM with {@code UpgradePlanner}, the
 * Indeks Desa (from 2025) with {@code IndeksDesaPlanner}.
 *
 * <ul>
 *   <li>{@link io.github.indeksdesa.idm.plan.UpgradePlanner} finds, exactly, the least-cost new
 *       scores (each on its ladder, none lowered) that reach a target status; the result is an
 *       {@link io.github.indeksdesa.idm.plan.UpgradePlan} of
 *       {@link io.github.indeksdesa.idm.plan.PlanChange}s. Costs default to one per changed
 *       indicator; {@link io.github.indeksdesa.idm.plan.PlanCosts} gives costs per indicator step,
 *       in code or from a small CSV file.
 *   <li>{@link io.github.indeksdesa.idm.plan.IndeksDesaPlanner} does the same for the Indeks Desa:
 *       the least-cost new item scores (each observed for its item, none lowered) whose total points
 *       reach a target status, an {@link io.github.indeksdesa.idm.plan.IndeksDesaPlan} of
 *       {@link io.github.indeksdesa.idm.plan.IndeksDesaChange}s with the ministry's recommendation
 *       and activity texts; the same {@code PlanCosts} take item codes.
 *   <li>{@link io.github.indeksdesa.idm.plan.IndexPlan} plans villages known only by IKS, IKE and
 *       IKL (bulk tables): the fewest points per index.
 *   <li>{@link io.github.indeksdesa.idm.plan.Interventions} turns plans (of either edition) or
 *       results into the work of each agency ({@link io.github.indeksdesa.idm.plan.AgencyWork},
 *       {@link io.github.indeksdesa.idm.plan.AgencyTask}); a task's step is a
 *       {@link io.github.indeksdesa.idm.plan.PlanStep}.
 *   <li>{@link io.github.indeksdesa.idm.plan.YearOverYear} compares years of
 *       {@link io.github.indeksdesa.idm.plan.VillageValue}s: transition matrix, movements, villages
 *       present in one year only, by region.
 * </ul>
 *
 * <pre>{@code
 * VillageScores keladen = VillageScores.of(IdmModel.official(), VillageCode.of("6401022004"), 2024, scores);
 * UpgradePlan plan = UpgradePlanner.official().plan(keladen);        // MAJU → MANDIRI: IKL03 3 → 4
 * Interventions work = Interventions.ofPlans(List.of(plan));
 * work.agency(AgencyLevel.KAB, "DPBD").ifPresent(a -> a.tasks().forEach(System.out::println));
 *
 * IndeksDesaPlan idPlan = IndeksDesaPlanner.official().plan(village2025); // e.g. MAJU → MANDIRI: EK19 1 → 5, EK21 1 → 5
 * Interventions.ofIndeksDesaPlans(List.of(idPlan)).agencies().forEach(System.out::println);
 * }</pre>
 */
package io.github.indeksdesa.idm.plan;
