// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.id.IndeksDesaResult;
import io.github.indeksdesa.idm.id.IndeksDesaScores;
import io.github.indeksdesa.idm.id.Item;
import io.github.indeksdesa.idm.plan.RegionLevel;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Indeks Desa page models against the library's own figures (no browser). */
class IndeksDesaPagesTest {

    private static IndeksDesaResult uniform(int score) {
        int[] scores = new int[Samples.ID_MODEL.itemCount()];
        Arrays.fill(scores, score);
        return IndeksDesaScores.of(Samples.ID_MODEL, VillageCode.of(Samples.CODES[0]), 2025, scores).evaluate();
    }

    @Test
    void villageFiguresAreTheLibrarys() {
        for (int k = 0; k < Samples.CODES.length; k++) {
            IndeksDesaResult r = Samples.idResult(k);
            VillagePage page = HtmlReports.village(Samples.identity(k), r);
            assertEquals(Edition.INDEKS_DESA, page.edition());
            assertEquals("Indeks Desa 2025", page.editionName());
            assertEquals(r.skorId().toPublishedString(), page.figures().get(0).value());
            assertEquals(r.points() + " / 635", page.figures().get(1).value());
            assertEquals(r.status(), page.status());
            assertEquals(6, page.bars().size());
            assertEquals(r.points(), page.bars().stream().mapToInt(b -> b.value().intValue()).sum());
            assertEquals(635, page.bars().stream().mapToInt(b -> b.maximum().intValue()).sum());
            assertEquals(127, page.unitCount());
        }
    }

    @Test
    void withNoScoreOfTwoOrLessTheLowestItemsAreListed() {
        int[] scores = new int[Samples.ID_MODEL.itemCount()];
        Arrays.fill(scores, 5);
        scores[3] = 4;
        scores[40] = 3;
        scores[41] = 3;
        IndeksDesaResult r = IndeksDesaScores.of(Samples.ID_MODEL, VillageCode.of(Samples.CODES[0]), 2025, scores)
                .evaluate();
        VillagePage page = HtmlReports.village(Samples.identity(0), r);
        List<Item> items = Samples.ID_MODEL.items();
        assertEquals(List.of(items.get(40).code(), items.get(41).code()),
                page.weak().stream().map(WeakUnit::code).toList());
        assertTrue(HtmlReports.village(Samples.identity(0), uniform(5)).weak().isEmpty());
        VillagePage weakest = HtmlReports.village(Samples.identity(0), uniform(1));
        assertEquals(HtmlReports.WEAK_LISTED, weakest.weak().size());
        assertEquals(127, weakest.weakCount());
        assertEquals(127 - HtmlReports.WEAK_LISTED, weakest.moreWeak());
    }

    @Test
    void weakItemsComeWeakestFirstAndThePlanIsThePlanners() {
        for (int k = 0; k < Samples.CODES.length; k++) {
            IndeksDesaResult r = Samples.idResult(k);
            io.github.indeksdesa.idm.plan.IndeksDesaPlan plan = io.github.indeksdesa.idm.plan.IndeksDesaPlanner
                    .official().plan(r);
            VillagePage page = HtmlReports.village(Samples.identity(k), r, plan);
            for (int i = 1; i < page.weak().size(); i++) {
                assertTrue(page.weak().get(i - 1).score() <= page.weak().get(i).score(), "weakest first, " + k);
            }
            assertEquals(plan.changes().stream().map(c -> c.code()).toList(),
                    page.plan().stream().map(PlanStep::code).toList());
            assertEquals(plan.changes().stream().map(c -> "+" + c.points() + " poin").toList(),
                    page.plan().stream().map(PlanStep::gain).toList());
            assertEquals(page, HtmlReports.village(Samples.identity(k), r), "the two-argument page plans officially");
            if (!plan.changes().isEmpty()) {
                assertTrue(page.planSummary().contains(plan.skorIdAfter().toPublishedString()), page.planSummary());
                assertTrue(!page.agencies().isEmpty(), "agencies of " + k);
            }
        }
    }

    @Test
    void aPlanOfAnotherVillageIsRefused() {
        io.github.indeksdesa.idm.plan.IndeksDesaPlan other = io.github.indeksdesa.idm.plan.IndeksDesaPlanner
                .official().plan(Samples.idResult(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HtmlReports.village(Samples.identity(0), Samples.idResult(0), other));
        assertTrue(e.getMessage().contains(Samples.CODES[1]), e.getMessage());
    }

    @Test
    void identityOfAnotherVillageIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HtmlReports.village(Samples.identity(1), Samples.idResult(0)));
        assertTrue(e.getMessage().contains(Samples.CODES[0]), e.getMessage());
    }

    @Test
    void bothEditionsMakeSectionsOfTheirOwnIdmFirst() {
        RegionalSummary summary = RegionalSummary.of(RegionLevel.PROVINCE);
        summary.add(uniform(2), "KALIMANTAN TIMUR");
        summary.add(Samples.result(0, 2024), "KALIMANTAN TIMUR");
        SummaryPage page = summary.toPage("t");
        assertEquals(List.of("IDM", "Indeks Desa"), page.sections().stream().map(SummarySection::edition).toList());
        SummarySection id = page.sections().get(1);
        assertEquals(uniform(2).skorId().toPublishedString(), id.total().mean());
        assertEquals(1, id.weakest().get(0).villages());
        assertEquals(RegionalSummary.WEAKEST, id.weakest().size());
    }
}
