// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageScores;
import java.io.StringReader;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PlanCostsTest {

    private static final IdmModel MODEL = IdmModel.official();
    private static final Indicator IKL03 = MODEL.indicator("IKL03");
    private static final Indicator IKS02 = MODEL.indicator("IKS02");

    static PlanCosts parse(String text) {
        return PlanCosts.parse(MODEL, "costs.csv", new StringReader(text));
    }

    @Test
    void theDocumentedExampleParsesAndTheMostSpecificRuleWins() {
        PlanCosts costs = parse("# rupiah per activity, Kaltim 2024 estimates\n"
                + "code,from,to,cost\n"
                + "IKL03,3,4,150000000\n"
                + "IKL03,*,5,400000000\n"
                + "\n"
                + "IKS02,*,*,-\n"
                + "*,*,*,250000000\n");
        assertEquals(OptionalLong.of(150_000_000), costs.cost(IKL03, 3, 4));
        assertEquals(OptionalLong.of(400_000_000), costs.cost(IKL03, 3, 5));
        assertEquals(OptionalLong.of(400_000_000), costs.cost(IKL03, 0, 5));
        assertEquals(OptionalLong.of(250_000_000), costs.cost(IKL03, 0, 3));
        assertEquals(OptionalLong.empty(), costs.cost(IKS02, 0, 5));
        assertEquals(OptionalLong.of(250_000_000), costs.cost(MODEL.indicator("IKE01"), 1, 3));
        assertEquals(List.of("IKL03,3,4,150000000", "IKL03,*,5,400000000", "IKS02,*,*,-", "*,*,*,250000000"),
                costs.rules());
        assertTrue(!costs.isActivities() && PlanCosts.activities().isActivities());
        PlanCosts same = PlanCosts.builder().step("IKL03", 3, 4, 150_000_000).step("IKL03", PlanCosts.ANY, 5, 400_000_000)
                .impossible("IKS02", PlanCosts.ANY, PlanCosts.ANY).otherwise(250_000_000).build();
        assertEquals(costs, same);
        assertEquals(costs.hashCode(), same.hashCode());
        assertEquals(costs, parse(String.join("\n", costs.rules())), "rules() is itself a cost file");
    }

    @Test
    void withoutACatchAllRuleUnlistedStepsAreImpossible() {
        PlanCosts costs = parse("ikl03, 3 , 4, 5");
        assertEquals(OptionalLong.of(5), costs.cost(IKL03, 3, 4));
        assertEquals(OptionalLong.empty(), costs.cost(IKL03, 3, 5));
        assertEquals(OptionalLong.of(1), PlanCosts.activities().cost(IKL03, 0, 5));
    }

    @Test
    void fromIsMoreSpecificThanTo() {
        PlanCosts costs = PlanCosts.builder().step("IKL03", 3, PlanCosts.ANY, 7).step("IKL03", PlanCosts.ANY, 4, 9)
                .otherwise(100).build();
        assertEquals(OptionalLong.of(7), costs.cost(IKL03, 3, 4));
        assertEquals(OptionalLong.of(9), costs.cost(IKL03, 0, 4));
        assertEquals(OptionalLong.of(100), costs.cost(IKL03, 0, 3));
    }

    @Test
    void badLinesAreReportedWithTheirLineNumber() {
        assertError("costs.csv:2: expected 4 fields code,from,to,cost, found 3 in \"IKL03,3,4\"", "code,from,to,cost\nIKL03,3,4");
        assertError("costs.csv:1: code: expected an indicator code of model permendesa-pdtt-2-2016 (IKS01 … IKL03) or *, "
                + "found \"IKL04\"", "IKL04,3,4,1");
        assertError("costs.csv:1: from: expected a score on the ladder of IKL03 [0, 3, 4, 5] or *, found 2", "IKL03,2,4,1");
        assertError("costs.csv:1: to: expected a score 0..5 or *, found \"6\"", "IKL03,3,6,1");
        assertError("costs.csv:1: to: expected a score above from (4), found 3", "IKL03,4,3,1");
        assertError("costs.csv:1: cost: expected a whole number 0..1000000000000000 or \"-\" (impossible), found \"1.5\"",
                "IKL03,3,4,1.5");
        assertError("costs.csv:1: cost: expected a whole number 0..1000000000000000 or \"-\" (impossible), found \"\"",
                "IKL03,3,4,");
        assertError("costs.csv:3: the rule IKL03,3,4 is already given on line 1", "IKL03,3,4,1\n# again\nikl03,3,4,2");
    }

    private static void assertError(String message, String text) {
        CostFormatException e = assertThrows(CostFormatException.class, () -> parse(text));
        assertEquals(message, e.getMessage());
        assertEquals("costs.csv", e.sourceName());
        assertEquals(Integer.parseInt(message.split(":")[1]), e.line());
    }

    @Test
    void builderRejectsBadArguments() {
        assertEquals("cost: expected 0..1000000000000000, found -1",
                assertThrows(IllegalArgumentException.class, () -> PlanCosts.builder().otherwise(-1)).getMessage());
        assertEquals("from: expected 0..5 or ANY (-1), found 6",
                assertThrows(IllegalArgumentException.class, () -> PlanCosts.builder().step("IKS01", 6, 5, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> PlanCosts.builder().impossible("IKS01", 5, 5));
        assertEquals("code", assertThrows(NullPointerException.class,
                () -> PlanCosts.builder().impossible(null, 1, 5)).getMessage());
        assertThrows(NullPointerException.class, () -> PlanCosts.parse(MODEL, "x", null));
    }

    @Test
    void rupiahCostsChangeTheKeladenPlan() {
        // IKL steps cost far more than two IKE steps: the planner goes the cheaper way.
        PlanCosts costs = parse("IKL02,*,*,900\nIKL03,*,*,900\n*,*,*,400\n");
        VillageScores keladen = UpgradePlannerTest.keladen();
        UpgradePlan plan = UpgradePlanner.of(costs).plan(keladen);
        assertEquals(Status.MANDIRI, plan.statusAfter());
        assertEquals(400, plan.cost());
        // One 400 step must add 40 units: 2 IKE points (70) or 4+ IKS points. Fewest points: IKE08 2→4,
        // IKE10 1→3 or IKE11 3→5; the lowest new score decides.
        assertEquals(List.of("IKE10 1→3 (+0.0111)"), plan.changes().stream().map(Object::toString).toList());
        assertEquals(1, UpgradePlanner.official().plan(keladen).cost());
    }
}
