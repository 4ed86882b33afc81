// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code idm verify} and {@code idm summary} over the real ministry data in ../shared/data, against
 * the figures of the methodology. Skipped where the data is absent.
 */
class SharedDataTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Set<Path> REPORTED = ConcurrentHashMap.newKeySet();

    static Path shared(String relative) {
        Path dir = Path.of(System.getProperty("idm.shared.dir", Cli.ROOT.resolve("../shared").toString()));
        Path path = dir.resolve(relative).normalize();
        if (!Files.exists(path) && REPORTED.add(path)) {
            // Once per path on the console: surefire keeps the assumption's message only in its XML.
            System.out.println("[SKIPPED] shared data absent: " + path.toAbsolutePath().normalize() + "; tests that need it are skipped");
        }
        assumeTrue(Files.exists(path), "skipped: " + path + " is absent");
        return path;
    }

    private static List<JsonNode> lines(String out) throws IOException {
        return Cli.jsonLines(out);
    }

    @Test
    void nationalSummaryGivesTheOfficialCounts() {
        Path table = shared("data/bulk/idm-2024-national.csv.gz");
        Cli.Result result = Cli.run("summary", "--format", "csv", table.toString());
        assertEquals(0, result.status(), result.err());
        List<String> rows = result.out().lines().toList();
        String total = rows.get(rows.size() - 1);
        // SANGAT TERTINGGAL, TERTINGGAL, BERKEMBANG, MAJU, MANDIRI, total
        assertTrue(total.startsWith("2024,provinsi,TOTAL,,4363,6100,24532,23063,17203,75261,"), total);
        // 38 provinces but DKI Jakarta (31), which has kelurahan and no desa.
        assertEquals(1 + 37 + 1, rows.size(), "37 provinces and a total row");
        assertTrue(rows.stream().noneMatch(r -> r.startsWith("2024,provinsi,31,")));
        Cli.Result table2 = Cli.run("summary", table.toString());
        assertTrue(table2.out().lines().anyMatch(l -> l.matches("TOTAL\\s+4363\\s+6100\\s+24532\\s+23063\\s+17203\\s+"
                + "75261\\s+0\\.\\d{4}\\s+53\\.50")), table2.out());
    }

    @Test
    void verifyFlagsExactlyThe27BulkRows() throws IOException {
        Path table = shared("data/bulk/idm-2024-national.csv.gz");
        Cli.Result result = Cli.run("verify", "--format", "ndjson", table.toString());
        assertEquals(1, result.status(), result.err());
        Map<String, Set<String>> checksByVillage = new TreeMap<>();
        for (JsonNode f : lines(result.out())) {
            checksByVillage.computeIfAbsent(f.get("kodeDesa").asText(), k -> new TreeSet<>())
                    .add(f.get("check").asText());
        }
        assertEquals(27, checksByVillage.size(), checksByVillage.toString());
        List<String> offGrid = checksByVillage.entrySet().stream().filter(e -> e.getValue().contains("PART_OFF_GRID"))
                .map(Map.Entry::getKey).toList();
        assertEquals(23, offGrid.size());
        Map<String, Set<String>> others = checksByVillage.entrySet().stream()
                .filter(e -> !e.getValue().contains("PART_OFF_GRID"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals(4, others.size());
        others.forEach((code, checks) -> {
            assertTrue(code.startsWith("94"), code + " is in Papua Pegunungan");
            assertEquals(Set.of("IDM_NOT_MEAN"), checks, code);
        });
        assertTrue(checksByVillage.get("6213062003").contains("STATUS_NOT_MATCHING_IDM"), "Kupang Bersih");
        Cli.Result text = Cli.run("verify", table.toString());
        assertTrue(text.out().strip().endsWith(")") && text.out().contains("in 27 of 75261 records checked"),
                text.out().lines().reduce((a, b) -> b).orElse(""));
    }

    @Test
    void verifyFlagsExactlyTheReportsWithTheIksFault() throws IOException {
        Path dir = shared("data/ministry-api");
        // Independently of the verifier: the reports whose IKS subtotal is not Σ(35 scores) / 175.
        Set<String> faulty = new TreeSet<>();
        int count = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                count++;
                JsonNode rows = JSON.readTree(file.toFile()).path("mapData").path("ROW");
                int sum = 0;
                for (int i = 0; i < 35; i++) {
                    sum += rows.get(i).get("SKOR").asInt();
                }
                BigDecimal published = rows.get(35).get("SKOR").decimalValue();
                if (published.subtract(BigDecimal.valueOf(sum / 175.0)).abs().compareTo(new BigDecimal("1e-12")) > 0) {
                    faulty.add(file.toString());
                }
            }
        }
        assertEquals(295, count);
        Cli.Result result = Cli.run("verify", "--format", "ndjson", dir.toString());
        assertEquals(1, result.status(), result.err());
        Map<String, List<JsonNode>> bySource = new TreeMap<>();
        for (JsonNode f : lines(result.out())) {
            bySource.computeIfAbsent(f.get("source").asText(), k -> new ArrayList<>()).add(f);
        }
        assertEquals(faulty, bySource.keySet());
        assertEquals(30, faulty.size());
        int statusChanges = 0;
        for (List<JsonNode> findings : bySource.values()) {
            boolean changed = findings.get(0).get("statusChanged").asBoolean();
            statusChanges += changed ? 1 : 0;
            Set<String> fields = new TreeSet<>();
            for (JsonNode f : findings) {
                assertEquals(2024, f.get("tahun").asInt());
                assertEquals(changed, f.get("statusChanged").asBoolean());
                fields.add(f.get("check").asText() + " " + f.get("field").asText());
            }
            Set<String> expected = new TreeSet<>(Set.of("SUBTOTAL_MISMATCH mapData.ROW[35].SKOR",
                    "IDM_MISMATCH mapData.ROW[53].SKOR", "IDM_MISMATCH mapData.SUMMARIES.SKOR_SAAT_INI",
                    "GAP_MISMATCH mapData.SUMMARIES.PENAMBAHAN"));
            if (changed) {
                expected.addAll(Set.of("STATUS_MISMATCH mapData.ROW[54].SKOR", "STATUS_MISMATCH mapData.SUMMARIES.STATUS",
                        "TARGET_MISMATCH mapData.SUMMARIES.TARGET_STATUS",
                        "MINIMUM_MISMATCH mapData.SUMMARIES.SKOR_MINIMAL"));
            }
            assertTrue(expected.containsAll(fields), fields.toString());
            assertTrue(fields.containsAll(Set.of("SUBTOTAL_MISMATCH mapData.ROW[35].SKOR",
                    "IDM_MISMATCH mapData.ROW[53].SKOR")), fields.toString());
        }
        assertEquals(2, statusChanges);
    }
}
