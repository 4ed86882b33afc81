// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.indeksdesa.idm.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code idm plan} and {@code idm compare} over the real ministry data in ../shared/data. Skipped
 * where the data is absent.
 */
class PlanSharedDataTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @Test
    void everyNationalVillageOnTheGridGetsAReachablePlan() throws IOException {
        Path table = SharedDataTest.shared("data/bulk/idm-2024-national.csv.gz");
        Cli.Result result = Cli.run("plan", "--format", "json", table.toString());
        assertEquals(2, result.status(), "the rows off their grid cannot be planned");
        List<String> errors = result.err().lines().toList();
        assertEquals(23, errors.size(), result.err());
        assertTrue(errors.stream().allMatch(e -> e.contains(" grid: no scores give it")), result.err());
        JsonNode plans = JSON.readTree(result.out());
        assertEquals(75_261 - 23, plans.size());
        Map<String, Integer> byStatus = new TreeMap<>();
        for (JsonNode p : plans) {
            assertTrue(p.get("reachable").asBoolean(), p.toString());
            Status status = Status.parse(p.get("status").asText());
            Status after = Status.parse(p.get("statusAfter").asText());
            assertEquals(status.target().officialName(), p.get("target").asText());
            assertTrue(after.compareTo(status.target()) >= 0, p.toString());
            assertEquals(status == Status.MANDIRI, p.get("points").asInt() == 0, p.toString());
            byStatus.merge(status.officialName(), 1, Integer::sum);
        }
        assertEquals(Status.values().length, byStatus.size(), byStatus.toString());
    }

    @Test
    void comparingTheMinistryReportsCountsEveryReportOnce() throws IOException {
        Path dir = SharedDataTest.shared("data/ministry-api");
        Map<Integer, Integer> reportsPerYear = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).forEach(n -> reportsPerYear
                    .merge(Integer.parseInt(n.substring(n.length() - 9, n.length() - 5)), 1, Integer::sum));
        }
        Cli.Result result = Cli.run("compare", "--format", "json", dir.toString());
        assertEquals(0, result.status(), result.err());
        JsonNode pairs = JSON.readTree(result.out());
        assertEquals(reportsPerYear.size() - 1, pairs.size());
        for (JsonNode pair : pairs) {
            JsonNode total = pair.get("total");
            int both = total.get("bothYears").asInt();
            assertEquals((int) reportsPerYear.get(pair.get("fromYear").asInt()),
                    both + total.get("onlyInFromYear").asInt(), pair.get("fromYear").asText());
            assertEquals((int) reportsPerYear.get(pair.get("toYear").asInt()),
                    both + total.get("onlyInToYear").asInt(), pair.get("toYear").asText());
            assertEquals(both, total.get("up").asInt() + total.get("down").asInt() + total.get("unchanged").asInt());
            assertEquals(total.get("up").asInt(), pair.get("movedUp").size());
            int regionsBoth = 0;
            for (JsonNode region : pair.get("regions")) {
                regionsBoth += region.get("counts").get("bothYears").asInt();
            }
            assertEquals(both, regionsBoth);
        }
    }
}
