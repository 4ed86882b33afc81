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
            assertEquals("Indeks Desa 2025", page.edition());
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
        assertEquals(127, HtmlReports.village(Samples.identity(0), uniform(1)).weak().size());
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
