/**
 * Planning: the cheapest way to lift a village to a target status, the work per agency, and how
 * villages moved between years.
 *
 * <ul>
 *   <li>{@link io.github.indeksdesa.idm.plan.UpgradePlanner} finds, exactly, the least-cost new
 *       scores (each on its ladder, none lowered) that reach a target status; the result is an
 *       {@link io.github.indeksdesa.idm.plan.UpgradePlan} of
 *       {@link io.github.indeksdesa.idm.plan.PlanChange}s. Costs default to one per changed
 *       indicator; {@link io.github.indeksdesa.idm.plan.PlanCosts} gives costs per indicator step,
 *       in code or from a small CSV file.
 *   <li>{@link io.github.indeksdesa.idm.plan.IndexPlan} plans villages known only by IKS, IKE and
 *       IKL (bulk tables): the fewest points per index.
 *   <li>{@link io.github.indeksdesa.idm.plan.Interventions} turns plans or results into the work of
 *       each agency ({@link io.github.indeksdesa.idm.plan.AgencyWork},
 *       {@link io.github.indeksdesa.idm.plan.AgencyTask}).
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
 * }</pre>
 */
package io.github.indeksdesa.idm.plan;
