// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code idm verify} of an implementer's results for the Indeks Desa conformance kit (conformance/README.md). */
class IndeksDesaVerifyTest {

    private static final Path CSV = Cli.ROOT.resolve("conformance/indeks-desa-vectors.csv");
    private static final Path JSON = Cli.ROOT.resolve("conformance/indeks-desa-vectors.json");

    @TempDir
    Path dir;

    @Test
    void theShippedKitVerifiesClean() {
        for (Path kit : List.of(CSV, JSON)) {
            Cli.Result r = Cli.run("verify", kit.toString());
            assertEquals(0, r.status(), r.err() + r.out());
            assertEquals("0 findings in 0 of 259 records checked (0 with a changed status)\n", r.out(), kit.toString());
            assertEquals("", r.err());
        }
    }

    /** The CSV kit with one cell of one vector replaced. */
    private Path csvWith(String vectorId, String column, String value) throws IOException {
        List<String> lines = Files.readAllLines(CSV);
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        int c = header.indexOf(column);
        List<String> out = new ArrayList<>(lines);
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            if (cells[0].equals(vectorId)) {
                cells[c] = value;
                out.set(i, String.join(",", cells));
            }
        }
        assertTrue(!out.equals(lines), vectorId + " " + column);
        return Files.write(dir.resolve("results.csv"), out);
    }

    private static List<String> findings(Cli.Result r) throws IOException {
        List<String> found = new ArrayList<>();
        for (JsonNode f : Cli.jsonLines(r.out())) {
            found.add(f.get("check").asText() + " " + f.get("field").asText() + " " + f.get("published").asText()
                    + " -> " + f.get("expected").asText() + (f.get("statusChanged").asBoolean() ? " [changed]" : ""));
        }
        return found;
    }

    @Test
    void everyResultFieldIsChecked() throws IOException {
        // 314 points is the last of SANGAT TERTINGGAL: a one-point slip changes the status
        String[][] cases = {
            {"points", "315", "VECTOR_MISMATCH edge-314-front/points 315 -> 314"},
            {"LD", "171", "VECTOR_MISMATCH edge-314-front/LD 171 -> 170"},
            {"skorId", "49.4", "VECTOR_MISMATCH edge-314-front/skorId 49.4 -> 49.45"},
            {"status", "TERTINGGAL", "VECTOR_MISMATCH edge-314-front/status TERTINGGAL -> SANGAT TERTINGGAL [changed]"},
            {"targetStatus", "BERKEMBANG", "VECTOR_MISMATCH edge-314-front/targetStatus BERKEMBANG -> TERTINGGAL"},
            {"pointsToTarget", "0", "VECTOR_MISMATCH edge-314-front/pointsToTarget 0 -> 1"},
        };
        for (String[] c : cases) {
            Cli.Result r = Cli.run("verify", "--format", "ndjson", csvWith("edge-314-front", c[0], c[1]).toString());
            assertEquals(1, r.status(), r.err());
            assertEquals(List.of(c[2]), findings(r), c[0]);
        }
    }

    @Test
    void statusesIgnoreCaseAndNumbersCompareAsNumbers() throws IOException {
        Path lower = csvWith("all-minimum", "status", "sangat tertinggal");
        assertEquals(0, Cli.run("verify", lower.toString()).status());
        Path decimal = csvWith("all-minimum", "points", "127.0");
        assertEquals(0, Cli.run("verify", decimal.toString()).status());
    }

    @Test
    void aBlankCellIsAMissingValue() throws IOException {
        Cli.Result r = Cli.run("verify", "--format", "ndjson", csvWith("random-001", "skorId", "").toString());
        assertEquals(1, r.status(), r.err());
        List<JsonNode> found = Cli.jsonLines(r.out());
        assertEquals(1, found.size(), r.out());
        assertEquals("MISSING_VALUE", found.get(0).get("check").asText());
        assertEquals("random-001/skorId", found.get(0).get("field").asText());
        assertTrue(found.get(0).get("published").isNull());
    }

    @Test
    void anItemScoreOutOfRangeIsAFindingAndItsResultsAreNotChecked() throws IOException {
        Cli.Result r = Cli.run("verify", "--format", "ndjson", csvWith("all-maximum", "LD01", "6").toString());
        assertEquals(1, r.status(), r.err());
        assertEquals(List.of("SCORE_OUT_OF_RANGE all-maximum/LD01 6 -> 1..5"), findings(r));
        Cli.Result text = Cli.run("verify", "--format", "ndjson", csvWith("all-maximum", "LD01", "five").toString());
        assertEquals(2, text.status());
        assertTrue(text.err().contains("results.csv: line 3, LD01: expected a whole score, found \"five\""),
                text.err());
    }

    @Test
    void aMissingResultColumnCannotBeVerified() throws IOException {
        List<String> lines = Files.readAllLines(CSV);
        List<String> cut = new ArrayList<>();
        for (String line : lines) {
            cut.add(line.substring(0, line.lastIndexOf(',')));  // drop pointsToTarget
        }
        Path file = Files.write(dir.resolve("no-column.csv"), cut);
        Cli.Result r = Cli.run("verify", file.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no-column.csv: line 1: expected the result column pointsToTarget after the "
                + "scores"), r.err());
    }

    @Test
    void theJsonKitIsCheckedTheSameWay() throws IOException {
        String json = Files.readString(JSON);
        String changed = json.replaceFirst("(\"id\":\"edge-365-even\".*?\"skorId\":)\"57.48\"", "$1\"57.5\"")
                .replaceFirst("(\"id\":\"random-002\".*?),\"status\":\"[A-Z ]+\"", "$1");
        assertTrue(!changed.equals(json));
        Path file = Files.writeString(dir.resolve("results.json"), changed);
        Cli.Result r = Cli.run("verify", "--format", "ndjson", file.toString());
        assertEquals(1, r.status(), r.err());
        List<JsonNode> found = Cli.jsonLines(r.out());
        assertEquals(List.of("VECTOR_MISMATCH edge-365-even/skorId", "MISSING_VALUE random-002/status"),
                found.stream().map(f -> f.get("check").asText() + " " + f.get("field").asText()).toList(), r.out());
        String noResults = json.replaceAll(",\"points\".*?\"pointsToTarget\":\\d+", "");
        Cli.Result none = Cli.run("verify", Files.writeString(dir.resolve("bare.json"), noResults).toString());
        assertEquals(2, none.status());
        assertTrue(none.err().contains("bare.json: vectors: expected the results of each vector (points, LD"),
                none.err());
    }
}
