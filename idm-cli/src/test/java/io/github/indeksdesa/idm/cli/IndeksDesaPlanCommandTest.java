// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.indeksdesa.idm.AgencyLevel;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.plan.IndeksDesaChange;
import io.github.indeksdesa.idm.plan.IndeksDesaPlan;
import io.github.indeksdesa.idm.plan.IndeksDesaPlanner;
import io.github.indeksdesa.idm.plan.PlanCosts;
import io.github.indeksdesa.idm.tables.IndeksDesaExportReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code idm plan} on an Indeks Desa score export, checked against IndeksDesaPlanner directly. */
class IndeksDesaPlanCommandTest {

    private static final IndeksDesaModel MODEL = IndeksDesaModel.official();
    private static final Path EXAMPLE = Cli.ROOT.resolve("examples/data/indeks-desa-2025.csv");

    private static List<IndeksDesaPlan> direct(IndeksDesaPlanner planner) throws IOException {
        List<IndeksDesaPlan> plans = new ArrayList<>();
        IndeksDesaExportReader reader = IndeksDesaExportReader.of(MODEL);
        reader.read(io.github.indeksdesa.idm.io.Input.of(EXAMPLE), row -> plans.add(planner.plan(
                reader.scores(row).evaluate())), r -> {
                    throw new AssertionError(r.toString());
                });
        return plans;
    }

    private static void assertSame(List<IndeksDesaPlan> expected, JsonNode array) {
        assertEquals(expected.size(), array.size());
        for (int v = 0; v < expected.size(); v++) {
            IndeksDesaPlan plan = expected.get(v);
            JsonNode o = array.get(v);
            assertEquals(plan.villageCode().value(), o.get("kodeDesa").asText());
            assertEquals(plan.year(), o.get("tahun").asInt());
            assertEquals(plan.status().officialName(), o.get("status").asText());
            assertEquals(plan.target().officialName(), o.get("target").asText());
            assertEquals(plan.isReachable(), o.get("reachable").asBoolean());
            assertEquals(plan.pointsAfter(), o.get("pointsAfter").asInt());
            assertEquals(plan.statusAfter().officialName(), o.get("statusAfter").asText());
            assertEquals(plan.cost(), o.get("cost").asLong());
            JsonNode changes = o.get("changes");
            assertEquals(plan.changes().size(), changes.size());
            for (int i = 0; i < changes.size(); i++) {
                IndeksDesaChange c = plan.changes().get(i);
                JsonNode j = changes.get(i);
                assertEquals(c.code(), j.get("code").asText());
                assertEquals(c.from(), j.get("from").asInt());
                assertEquals(c.to(), j.get("to").asInt());
                assertEquals(c.points(), j.get("gain").asInt());
                assertEquals(c.recommendation().orElse(null), j.get("rekomendasi").textValue());
                assertEquals(c.activity().orElse(null), j.get("kegiatan").textValue());
                for (AgencyLevel level : AgencyLevel.values()) {
                    JsonNode names = j.get("agencies").get(level.name());
                    assertEquals(c.agencies().names(level).size(), names == null ? 0 : names.size());
                }
            }
        }
    }

    @Test
    void jsonIsThePlannersPlanForEachVillageOfTheExample() throws IOException {
        Cli.Result result = Cli.run("plan", "--format", "json", EXAMPLE.toString());
        assertEquals(0, result.status(), result.err());
        JsonNode array = new ObjectMapper().readTree(result.out());
        List<IndeksDesaPlan> expected = direct(IndeksDesaPlanner.official());
        assertTrue(expected.stream().anyMatch(p -> !p.changes().isEmpty()), "the example has villages to plan");
        assertSame(expected, array);
    }

    @Test
    void costsFileUsesItemCodesAndChangesThePlan(@TempDir Path dir) throws IOException {
        List<IndeksDesaPlan> cheap = direct(IndeksDesaPlanner.official());
        IndeksDesaChange first = cheap.stream().flatMap(p -> p.changes().stream()).findFirst().orElseThrow();
        String csv = "code,from,to,cost\n" + first.code() + ",*,*,1000\n";
        Path costs = dir.resolve("costs.csv");
        Files.writeString(costs, csv);
        Cli.Result result = Cli.run("plan", "--format", "json", "--costs", costs.toString(), EXAMPLE.toString());
        assertEquals(0, result.status(), result.err());
        List<IndeksDesaPlan> expected = direct(IndeksDesaPlanner.of(PlanCosts.parse(MODEL, "costs.csv",
                new StringReader(csv))));
        assertSame(expected, new ObjectMapper().readTree(result.out()));
    }

    @Test
    void tableNamesTheStepsAndTheStatusAfter() {
        Cli.Result result = Cli.run("plan", EXAMPLE.toString());
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("Skor ID"), result.out());
        assertTrue(result.out().contains("after: Skor ID"), result.out());
        assertFalse(result.out().contains("IDM "), result.out());
    }

    @Test
    void aBadCostFileIsAnErrorNamingIt(@TempDir Path dir) throws IOException {
        Path costs = dir.resolve("costs.csv");
        Files.writeString(costs, "code,from,to,cost\nIKS,1,2,3\n");
        Cli.Result result = Cli.run("plan", "--costs", costs.toString(), EXAMPLE.toString());
        assertTrue(result.status() != 0, result.err());
        assertTrue(result.err().contains(costs.toString()), result.err());
    }

    @Test
    void interventionsGroupThePlannedStepsByAgency() throws IOException {
        Cli.Result result = Cli.run("interventions", "--plan", "--format", "json", EXAMPLE.toString());
        assertEquals(0, result.status(), result.err());
        JsonNode agencies = new ObjectMapper().readTree(result.out());
        io.github.indeksdesa.idm.plan.Interventions work = io.github.indeksdesa.idm.plan.Interventions
                .ofIndeksDesaPlans(direct(IndeksDesaPlanner.official()));
        assertFalse(work.agencies().isEmpty());
        assertEquals(work.agencies().size(), agencies.size());
        for (int a = 0; a < agencies.size(); a++) {
            io.github.indeksdesa.idm.plan.AgencyWork expected = work.agencies().get(a);
            JsonNode o = agencies.get(a);
            assertEquals(expected.name(), o.get("agency").asText());
            assertEquals(expected.level().name(), o.get("level").asText());
            assertEquals(expected.taskCount(), o.get("tasks").size());
            for (int t = 0; t < expected.tasks().size(); t++) {
                assertEquals(expected.tasks().get(t).change().code(), o.get("tasks").get(t).get("code").asText());
                assertEquals(expected.tasks().get(t).change().points(), o.get("tasks").get(t).get("gain").asInt());
            }
        }
        Cli.Result table = Cli.run("interventions", "--plan", EXAMPLE.toString());
        assertEquals(0, table.status(), table.err());
        assertTrue(table.out().contains(", points +"), table.out());
        assertTrue(table.out().contains("KARANGANYAR"), table.out());
        Cli.Result noPlan = Cli.run("interventions", EXAMPLE.toString());
        assertTrue(noPlan.status() != 0);
        assertTrue(noPlan.err().contains("need --plan"), noPlan.err());
    }
}
