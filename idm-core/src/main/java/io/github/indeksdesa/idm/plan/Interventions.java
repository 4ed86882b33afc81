// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.plan;

import io.github.indeksdesa.idm.AgencyLevel;
import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * The work per agency for a set of villages: for each agency the ministry names in its columns
 * PUSAT, PROV, KAB, DESA, CSR and LAINNYA (split at commas), which villages need which activity
 * for which indicator or item, with the IDM or points each would add, and totals per agency.
 *
 * <p>From {@link #ofPlans(Collection) IDM plans} or {@link #ofIndeksDesaPlans(Collection) Indeks
 * Desa plans}, the work is the plans' changes ({@link PlanStep}s of either edition; one
 * {@code Interventions} holds the work of one edition). From
 * {@link #ofResults(Collection) results} (the ministry's report view), it is every indicator below
 * the top of its ladder, raised to the top.
 *
 * <p>Agencies are grouped by level and by {@link #normalise(String) normalised name}, which merges
 * only spelling variants in case, spacing and punctuation ("Dinkes" and "DINKES", "Kominfo/
 * Kemendes" and "Kominfo/Kemendes"). Different letters stay different agencies, even when they look
 * like a typo ("BPBD", "BPDB" and "DPBD" are three names in the ministry's table): the original
 * spellings are kept on every task.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Interventions {

    private static final Comparator<AgencyTask> TASK_ORDER = Comparator
            .comparing(AgencyTask::villageCode).thenComparingInt(AgencyTask::year)
            .thenComparingInt(t -> order(t.change()))
            .thenComparing(AgencyTask::agency);

    private final List<AgencyWork> agencies;

    private Interventions(List<AgencyTask> tasks) {
        Map<AgencyLevel, Map<String, List<AgencyTask>>> groups = new TreeMap<>();
        for (AgencyTask task : tasks) {
            groups.computeIfAbsent(task.level(), l -> new TreeMap<>())
                    .computeIfAbsent(normalise(task.agency()), k -> new ArrayList<>()).add(task);
        }
        List<AgencyWork> work = new ArrayList<>();
        groups.forEach((level, byKey) -> byKey.forEach((key, list) -> {
            list.sort(TASK_ORDER);
            work.add(new AgencyWork(level, key, list));
        }));
        this.agencies = List.copyOf(work);
    }

    /**
     * Collects the work of plans: every change, for every agency that can act on its indicator.
     *
     * @param plans the plans, not null, no null element
     * @return the interventions, not null
     */
    public static Interventions ofPlans(Collection<UpgradePlan> plans) {
        return ofSteps(plans, UpgradePlan::villageCode, UpgradePlan::year, UpgradePlan::changes);
    }

    /**
     * Collects the work of Indeks Desa plans: every change, for every agency that carries its item's
     * activities.
     *
     * @param plans the plans, not null, no null element
     * @return the interventions, not null
     */
    public static Interventions ofIndeksDesaPlans(Collection<IndeksDesaPlan> plans) {
        return ofSteps(plans, IndeksDesaPlan::villageCode, IndeksDesaPlan::year, IndeksDesaPlan::changes);
    }

    private static <P> Interventions ofSteps(Collection<P> plans, Function<P, VillageCode> village,
            ToIntFunction<P> year, Function<P, List<? extends PlanStep>> steps) {
        Objects.requireNonNull(plans, "plans");
        List<AgencyTask> tasks = new ArrayList<>();
        for (P plan : plans) {
            Objects.requireNonNull(plan, "plan");
            for (PlanStep step : steps.apply(plan)) {
                addTasks(tasks, village.apply(plan), year.applyAsInt(plan), step);
            }
        }
        return new Interventions(tasks);
    }

    /**
     * Collects the work the ministry's report implies: every indicator below the top of its
     * ladder, raised to the top, for every agency that can act on it.
     *
     * @param results the results, not null, no null element
     * @return the interventions, not null
     */
    public static Interventions ofResults(Collection<VillageResult> results) {
        Objects.requireNonNull(results, "results");
        List<AgencyTask> tasks = new ArrayList<>();
        for (VillageResult result : results) {
            Objects.requireNonNull(result, "result");
            IdmModel model = result.model();
            for (Indicator indicator : model.indicators()) {
                int from = result.scores().score(indicator);
                int to = indicator.highestScore();
                if (to > from) {
                    Fraction gain = Fraction.of(model.weight(indicator.index()) * (to - from), model.gridDenominator());
                    addTasks(tasks, result.villageCode(), result.year(), new PlanChange(indicator, from, to, gain, 1));
                }
            }
        }
        return new Interventions(tasks);
    }

    private static void addTasks(List<AgencyTask> tasks, VillageCode village, int year, PlanStep change) {
        for (AgencyLevel level : AgencyLevel.values()) {
            for (String agency : change.agencies().names(level)) {
                tasks.add(new AgencyTask(village, year, level, agency, change));
            }
        }
    }

    /** The place of a step's indicator or item in its model's official order. */
    private static int order(PlanStep step) {
        if (step instanceof PlanChange) {
            Indicator indicator = ((PlanChange) step).indicator();
            return indicator.index().ordinal() * 1000 + indicator.number();
        }
        IndeksDesaChange change = (IndeksDesaChange) step;
        return change.item().dimension().ordinal() * 1000 + Integer.parseInt(change.code().substring(2));
    }

    /**
     * Returns the key under which spellings of an agency's name are merged: upper case, without
     * spaces or punctuation ("Kominfo/ Kemendes" → "KOMINFOKEMENDES").
     *
     * @param agency the name as the ministry spells it, not null
     * @return the key, not null
     */
    public static String normalise(String agency) {
        Objects.requireNonNull(agency, "agency");
        return agency.toUpperCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /**
     * Returns the work of every agency, by level (PUSAT … LAINNYA), then by normalised name.
     *
     * @return the agencies, unmodifiable, not null
     */
    public List<AgencyWork> agencies() {
        return agencies;
    }

    /**
     * Returns the work of the agencies at one level.
     *
     * @param level the level, not null
     * @return the agencies, unmodifiable, not null
     */
    public List<AgencyWork> agencies(AgencyLevel level) {
        Objects.requireNonNull(level, "level");
        return agencies.stream().filter(a -> a.level() == level).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Finds the work of one agency, matching any spelling variant of its name.
     *
     * @param level the level, not null
     * @param agency the agency's name in any spelling, e.g. "dinkes", not null
     * @return the work, or empty if the agency has none
     */
    public Optional<AgencyWork> agency(AgencyLevel level, String agency) {
        Objects.requireNonNull(level, "level");
        String key = normalise(agency);
        return agencies.stream().filter(a -> a.level() == level && a.key().equals(key)).findFirst();
    }

    /**
     * Returns every task of every agency.
     *
     * @return the tasks, by level, agency, village and indicator, unmodifiable, not null
     */
    public List<AgencyTask> tasks() {
        return agencies.stream().flatMap(a -> a.tasks().stream()).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns a summary, e.g. {@code Interventions[12 agencies, 40 tasks]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "Interventions[" + agencies.size() + " agencies, " + tasks().size() + " tasks]";
    }
}
