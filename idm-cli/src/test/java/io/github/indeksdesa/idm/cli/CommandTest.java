// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command and format through picocli, with captured output, exit statuses and bad inputs. */
class CommandTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String KELADEN = Cli.file("examples/data/rumusan/6401022004_2024.json");
    private static final String RUMUSAN_DIR = Cli.file("examples/data/rumusan");
    private static final String SCORES = Cli.file("examples/data/scores.csv");
    private static final String BULK = Cli.file("examples/data/bulk-kaltim.csv");
    private static final String CONFORMANCE_CSV = Cli.file("conformance/vectors.csv");
    private static final String CONFORMANCE_JSON = Cli.file("conformance/vectors.json");

    @TempDir
    Path tmp;

    private static List<JsonNode> lines(String out) throws IOException {
        return Cli.jsonLines(out);
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        Iterator<String> names = node.fieldNames();
        names.forEachRemaining(keys::add);
        return keys;
    }

    private Path write(String name, String content) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void helpAndVersion() {
        Cli.Result help = Cli.run("--help");
        assertEquals(0, help.status());
        for (String command : List.of("score", "report", "verify", "summary", "catalog", "vectors", "help")) {
            assertTrue(help.out().contains(command), command);
        }
        assertTrue(help.out().contains("Exit status"));
        Cli.Result version = Cli.run("--version");
        assertEquals(0, version.status());
        assertTrue(version.out().startsWith("idm "), version.out());
        Cli.Result helpScore = Cli.run("help", "score");
        assertEquals(0, helpScore.status());
        assertTrue(helpScore.out().contains("--format"), helpScore.out());
        for (String command : List.of("score", "report", "verify", "summary", "catalog", "vectors")) {
            Cli.Result commandHelp = Cli.run(command, "--help");
            assertEquals(0, commandHelp.status(), command + " --help: " + commandHelp.err());
            assertTrue(commandHelp.out().startsWith("Usage: idm " + command), commandHelp.out());
        }
        assertEquals(0, Cli.run().status());
    }

    @Test
    void usageErrorsExitWith2() {
        Cli.Result unknown = Cli.run("frobnicate");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("frobnicate"), unknown.err());
        Cli.Result badFormat = Cli.run("score", "--format", "xml", KELADEN);
        assertEquals(2, badFormat.status());
        assertTrue(badFormat.err().contains("xml"), badFormat.err());
        assertEquals(2, Cli.run("score").status(), "an input is required");
    }

    @Test
    void scoreNdjsonHasExactlyTheContractKeys() throws IOException {
        Cli.Result result = Cli.run("score", "--format", "ndjson", KELADEN);
        assertEquals(0, result.status(), result.err());
        List<JsonNode> nodes = lines(result.out());
        assertEquals(1, nodes.size());
        JsonNode n = nodes.get(0);
        assertEquals(List.of("source", "kodeDesa", "tahun", "iks", "ike", "ikl", "idm", "status", "targetStatus",
                "minimumScore", "gap"), keys(n));
        assertEquals("6401022004", n.get("kodeDesa").asText());
        assertEquals(2024, n.get("tahun").asInt());
        assertEquals(5098.0 / 6300, n.get("idm").asDouble(), 1e-15);
        assertEquals(139.0 / 175, n.get("iks").asDouble(), 1e-15);
        assertEquals("MAJU", n.get("status").asText());
        assertEquals("MANDIRI", n.get("targetStatus").asText());
        assertTrue(n.get("minimumScore").isTextual());
        assertEquals("0.8156", n.get("minimumScore").asText());
        assertEquals(0.8156 - 5098.0 / 6300, n.get("gap").asDouble(), 1e-15);
    }

    @Test
    void scoreRumusanReproducesTheShippedReports() throws IOException {
        Cli.Result result = Cli.run("score", "--format", "rumusan", RUMUSAN_DIR);
        assertEquals(0, result.status(), result.err());
        String[] docs = result.out().split("\n");
        List<Path> files;
        try (var walk = Files.list(Path.of(RUMUSAN_DIR))) {
            files = walk.sorted().toList();
        }
        assertEquals(files.size(), docs.length);
        for (int i = 0; i < docs.length; i++) {
            assertEquals(Files.readString(files.get(i)).strip(), docs[i], files.get(i).toString());
        }
    }

    @Test
    void scoreJsonAndCsv() throws IOException {
        Cli.Result json = Cli.run("score", "--format", "json", RUMUSAN_DIR, SCORES);
        // the scores table holds the villages the reports do not: every village once
        assertEquals(0, json.status(), json.err());
        assertEquals("", json.err());
        JsonNode array = JSON.readTree(json.out());
        assertEquals(5 + 10, array.size());
        assertEquals("2549/3150", array.get(4).path("exact").path("idm").asText());
        Cli.Result csv = Cli.run("score", "--format", "csv", SCORES);
        String[] rows = csv.out().split("\n");
        assertEquals("source,kode_desa,tahun,nama_desa,iks,ike,ikl,idm,status,target_status,minimum_score,gap",
                rows[0]);
        assertEquals(11, rows.length);
        assertTrue(rows[1].contains(",6403012012,2023,,0.5314,0.3500,0.8667,0.5827,TERTINGGAL,BERKEMBANG,0.5990,"
                + "0.01630159"), rows[1]);
    }

    @Test
    void scoreReadsStandardInput() throws IOException {
        String report = Files.readString(Path.of(KELADEN));
        Cli.Result result = Cli.runWithInput(report, "score", "--format", "csv", "-");
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("<stdin>,6401022004,2024,KELADEN"), result.out());
        String table = Files.readString(Path.of(SCORES));
        Cli.Result fromTable = Cli.runWithInput(table, "score", "--format", "ndjson", "-");
        assertEquals(10, lines(fromTable.out()).size());
    }

    @Test
    void unreadableInputsAreReportedAndTheRestProcessed() throws IOException {
        Path broken = write("broken.json", "{\"status\":200,\"error\":false,\"mapData\":{\"SUMMARIES\":{}");
        Path missing = tmp.resolve("missing.json");
        Cli.Result result = Cli.run("score", "--format", "csv", broken.toString(), missing.toString(), KELADEN);
        assertEquals(2, result.status());
        assertTrue(result.out().contains("6401022004"), "the readable input is still scored");
        assertTrue(result.err().contains(broken.toString()), result.err());
        assertTrue(result.err().contains(missing.toString() + ": no such file"), result.err());
        assertFalse(result.err().contains("\tat "), "no stack trace without --debug");
        Cli.Result debug = Cli.run("score", "--debug", broken.toString());
        assertEquals(2, debug.status());
        assertTrue(debug.err().contains("\tat "), "a stack trace with --debug");
    }

    @Test
    void aMissingFileIsNamedAsSuch() {
        for (String command : List.of("score", "verify", "summary")) {
            Cli.Result result = Cli.run(command, "/nonexistent.json");
            assertEquals(2, result.status(), command);
            assertEquals("idm " + command + ": /nonexistent.json: no such file", result.err().lines().findFirst()
                    .orElse(""), command);
        }
    }

    @Test
    void badReportNamesTheJsonPath() throws IOException {
        String report = Files.readString(Path.of(KELADEN)).replaceFirst("\"SKOR\":5", "\"SKOR\":\"lima\"");
        Cli.Result result = Cli.run("score", write("bad.json", report).toString());
        assertEquals(2, result.status());
        assertTrue(result.err().contains("mapData.ROW[0].SKOR"), result.err());
        Cli.Result envelope = Cli.run("score", write("err.json",
                "{\"status\":400,\"error\":true,\"message\":\"ID Desa tidak ditemukan\"}").toString());
        assertEquals(2, envelope.status());
        assertTrue(envelope.err().contains("ID Desa tidak ditemukan"), envelope.err());
    }

    @Test
    void offLadderScoresAreRejectedUnlessLenient() throws IOException {
        List<String> table = Files.readAllLines(Path.of(SCORES));
        String header = table.get(0);
        // IKS02 (Dokter) is 0 or 5: 3 is off the ladder.
        String[] cells = table.get(1).split(",");
        cells[3] = "3";
        String bad = header + "\n" + String.join(",", cells) + "\n" + table.get(2) + "\n";
        Path file = write("scores.csv", bad);
        Cli.Result strict = Cli.run("score", "--format", "csv", file.toString());
        assertEquals(2, strict.status());
        assertTrue(strict.err().contains("line 2") && strict.err().contains("IKS02"), strict.err());
        assertEquals(2, strict.out().split("\n").length, "the good row is still scored");
        Cli.Result lenient = Cli.run("score", "--lenient", "--format", "csv", file.toString());
        assertEquals(0, lenient.status(), lenient.err());
        assertEquals(3, lenient.out().split("\n").length);
        Cli.Result verify = Cli.run("verify", "--format", "ndjson", file.toString());
        assertEquals(1, verify.status());
        JsonNode finding = lines(verify.out()).get(0);
        assertEquals("SCORE_OFF_LADDER", finding.get("check").asText());
        assertEquals("IKS02", finding.get("field").asText());
    }

    @Test
    void scoreRefusesBulkTables() {
        Cli.Result result = Cli.run("score", BULK);
        assertEquals(2, result.status());
        assertTrue(result.err().contains(BULK) && result.err().contains("bulk table"), result.err());
    }

    @Test
    void reportShowsTheIndicatorsGroupedWithWeakOnesMarked() {
        Cli.Result result = Cli.run("report", KELADEN, SCORES);
        assertEquals(0, result.status(), result.err());
        assertEquals("", result.err());
        String out = result.out();
        assertTrue(out.contains("Desa KELADEN (6401022004)"));
        assertTrue(out.contains("Status MAJU, target MANDIRI: minimum 0.8156"));
        assertTrue(out.contains("40/6300 of IDM still needed"), out.substring(0, 800));
        for (String heading : List.of("Kesehatan", "Pendidikan", "Ekonomi", "Ekologi")) {
            assertTrue(out.contains("  " + heading + "  "), heading);
        }
        assertTrue(out.lines().anyMatch(l -> l.startsWith("  ! ")), "weak indicators are marked");
        assertEquals(1 + 10, out.lines().filter(l -> l.startsWith("Desa ")).count());
    }

    @Test
    void verifyFindsNothingInConsistentReports() {
        Cli.Result result = Cli.run("verify", RUMUSAN_DIR);
        assertEquals(0, result.status(), result.out() + result.err());
        assertTrue(result.out().startsWith("0 findings in 0 of 5 records"), result.out());
    }

    @Test
    void verifyReportsATamperedReport() throws IOException {
        String report = Files.readString(Path.of(KELADEN)).replace("\"STATUS\":\"MAJU\"", "\"STATUS\":\"MANDIRI\"");
        Cli.Result result = Cli.runWithInput(report, "verify", "--format", "ndjson", "-");
        assertEquals(1, result.status(), result.err());
        List<JsonNode> findings = lines(result.out());
        assertEquals(1, findings.size());
        JsonNode f = findings.get(0);
        assertEquals(List.of("source", "kodeDesa", "tahun", "check", "field", "published", "expected",
                "statusChanged"), keys(f));
        assertEquals("STATUS_MISMATCH", f.get("check").asText());
        assertEquals("mapData.SUMMARIES.STATUS", f.get("field").asText());
        assertEquals("MANDIRI", f.get("published").asText());
        assertEquals("MAJU", f.get("expected").asText());
        assertTrue(f.get("statusChanged").asBoolean());
    }

    @Test
    void verifyTextShowsEmptyValuesAsNoneAndCountsInTheSingular() throws IOException {
        ObjectNode report = (ObjectNode) JSON.readTree(Path.of(KELADEN).toFile());
        ObjectNode row = (ObjectNode) report.get("mapData").get("ROW").get(0);
        String kab = row.get("KAB").asText();
        row.put("PUSAT", "Kemenkes").putNull("KAB");
        Cli.Result result = Cli.runWithInput(report.toString(), "verify", "-");
        assertEquals(1, result.status(), result.err());
        assertTrue(result.out().contains("AGENCY_MISMATCH  mapData.ROW[0].PUSAT: published Kemenkes, expected (none)\n"),
                result.out());
        assertTrue(result.out().contains("AGENCY_MISMATCH  mapData.ROW[0].KAB: published (none), expected " + kab + "\n"),
                result.out());
        assertTrue(result.out().endsWith("2 findings in 1 of 1 record checked (0 with a changed status)\n"),
                result.out());
    }

    @Test
    void verifyBulkTableFindsTheMadeUpFaultyRowOnly() throws IOException {
        Cli.Result result = Cli.run("verify", "--format", "ndjson", BULK);
        assertEquals(1, result.status());
        List<JsonNode> findings = lines(result.out());
        assertTrue(findings.stream().allMatch(f -> f.get("kodeDesa").asText().equals("9901012001")));
        assertEquals(List.of("PART_OFF_GRID", "STATUS_NOT_MATCHING_IDM"),
                findings.stream().map(f -> f.get("check").asText()).toList());
    }

    @Test
    void verifyBulkReportsMissingAndMalformedValues() throws IOException {
        Path file = write("bulk.csv", "KODE_DESA,NAMA_DESA,IKS_2024,IKE_2024,IKL_2024,NILAI_IDM_2024,STATUS_IDM_2024\n"
                + "3.604052001E9,A,0.7943,0.8333,0.8,0.8092,MAJU\n"
                + "123,B,0.7943,0.8333,0.8,0.8092,MAJU\n"
                + "6401022004,C,,0.8333,0.8,0.8092,MAJU\n"
                + "6401022005,D,abc,0.8333,0.8,0.8092,MAJU\n");
        Cli.Result result = Cli.run("verify", "--format", "ndjson", file.toString());
        // rows every command leaves out: reported as such (exit 2), their findings still listed
        assertEquals(2, result.status());
        assertEquals(List.of("line 3, KODE_DESA", "line 4, IKS_2024", "line 5, IKS_2024"), result.err().lines()
                .map(l -> l.substring(l.indexOf("line "), l.indexOf(": expected"))).toList(), result.err());
        List<String> checks = lines(result.out()).stream().map(f -> f.get("kodeDesa").asText() + " "
                + f.get("check").asText() + " " + f.get("field").asText()).toList();
        assertEquals(List.of("123 MALFORMED_CODE KODE_DESA", "6401022004 MISSING_VALUE IKS_2024",
                "6401022005 NOT_A_NUMBER IKS_2024"), checks);
    }

    @Test
    void verifyReportsAnUnclosedQuoteInResultsAndGoesOnWithTheOtherInputs() throws IOException {
        List<String> csv = Files.readAllLines(Path.of(CONFORMANCE_CSV));
        Path bad = write("badq.csv", csv.get(0) + "\n" + csv.get(1) + "\n" + csv.get(2) + "\n\"x,1\n");
        Cli.Result result = Cli.run("verify", "--format", "ndjson", bad.toString(), BULK);
        assertEquals(2, result.status(), result.err());
        assertTrue(result.err().contains(bad + ": line 4: a quoted field opened on line 4 is not closed"),
                result.err());
        assertFalse(result.err().contains("IllegalArgumentException"), result.err());
        assertTrue(lines(result.out()).stream().anyMatch(f -> f.get("kodeDesa").asText().equals("9901012001")),
                "the bulk table after it is still verified: " + result.out());
        // A stray quote in the middle: its record is reported and the rows after it are still checked.
        Path stray = write("stray.csv", csv.get(0) + "\n" + csv.get(1) + "\n\"x,1\n" + csv.get(2) + "\n"
                + csv.get(3) + "\n");
        Cli.Result middle = Cli.run("verify", stray.toString());
        assertEquals(2, middle.status(), middle.err());
        assertTrue(middle.err().contains(stray + ": lines 3\u20135: a quoted field opened on line 3 is not closed"),
                middle.err());
        assertTrue(middle.out().startsWith("0 findings in 0 of 3 records checked"), middle.out());
    }

    @Test
    void verifyRefusesResultsWithoutResultColumnsAndReportsBlankOrMissingValues() throws IOException {
        List<String> csv = Files.readAllLines(Path.of(CONFORMANCE_CSV));
        int scoresEnd = csv.get(0).indexOf(",sumIks");
        List<String> scoresOnly = csv.stream().map(l -> String.join(",", List.of(l.split(",")).subList(0, 52)))
                .toList();
        assertEquals(csv.get(0).substring(0, scoresEnd), scoresOnly.get(0));
        Path noResults = write("scores-only.csv", String.join("\n", scoresOnly) + "\n");
        Cli.Result refused = Cli.run("verify", noResults.toString(), BULK);
        assertEquals(2, refused.status(), refused.err());
        assertTrue(refused.err().contains(noResults + ": line 1: expected the result columns sumIks, sumIke"),
                refused.err());
        assertTrue(refused.out().contains("of 12 records checked"), "the bulk table is still verified");

        List<String> header = List.of(csv.get(0).split(","));
        int idmDouble = header.indexOf("idmDouble");
        String[] cells = csv.get(1).split(",", -1);
        String expected = cells[idmDouble];
        cells[idmDouble] = "";
        List<String> blanked = new ArrayList<>(csv);
        blanked.set(1, String.join(",", cells));
        Cli.Result blank = Cli.run("verify", "--format", "ndjson", write("blank.csv",
                String.join("\n", blanked) + "\n").toString());
        assertEquals(1, blank.status(), blank.err());
        List<JsonNode> findings = lines(blank.out());
        assertEquals(1, findings.size(), blank.out());
        assertEquals("MISSING_VALUE", findings.get(0).get("check").asText());
        assertEquals(cells[0] + "/idmDouble", findings.get(0).get("field").asText());
        assertTrue(findings.get(0).get("published").isNull());
        assertEquals(expected, findings.get(0).get("expected").asText());

        ObjectNode kit = (ObjectNode) JSON.readTree(Path.of(CONFORMANCE_JSON).toFile());
        ((ObjectNode) kit.get("vectors").get(0)).remove("status");
        Cli.Result absent = Cli.run("verify", "--format", "ndjson", write("absent.json", kit.toString()).toString());
        assertEquals(1, absent.status(), absent.err());
        assertEquals(List.of("MISSING_VALUE " + kit.get("vectors").get(0).get("id").asText() + "/status"),
                lines(absent.out()).stream().map(f -> f.get("check").asText() + " " + f.get("field").asText())
                        .toList());
        for (JsonNode v : kit.get("vectors")) {
            ((ObjectNode) v).remove(Vectors.RESULT_FIELDS);
        }
        Path scoresJson = write("scores-only.json", kit.toString());
        Cli.Result none = Cli.run("verify", scoresJson.toString());
        assertEquals(2, none.status(), none.err());
        assertTrue(none.err().contains(scoresJson + ": vectors: expected the results of each vector"), none.err());
    }

    @Test
    void verifyAcceptsTheKitAndReportsEveryDisagreement() throws IOException {
        assertEquals(0, Cli.run("verify", CONFORMANCE_JSON, CONFORMANCE_CSV).status());
        List<String> csv = Files.readAllLines(Path.of(CONFORMANCE_CSV));
        List<String> header = List.of(csv.get(0).split(","));
        int status = header.indexOf("status");
        int idm4 = header.indexOf("idm4dp");
        // An implementation that rounds the edge 3773/6300 up to BERKEMBANG, and prints 3 decimals.
        List<String> changed = new ArrayList<>();
        changed.add(csv.get(0));
        int edges = 0;
        for (String line : csv.subList(1, csv.size())) {
            String[] cells = line.split(",", -1);
            if (cells[0].startsWith("edge-3773-")) {
                cells[status] = "BERKEMBANG";
                edges++;
            }
            if (cells[0].equals("all-maximum")) {
                cells[idm4] = "1.000";
            }
            changed.add(String.join(",", cells));
        }
        Cli.Result result = Cli.run("verify", "--format", "ndjson", write("theirs.csv",
                String.join("\n", changed) + "\n").toString());
        assertEquals(1, result.status());
        List<JsonNode> findings = lines(result.out());
        assertEquals(edges + 1, findings.size());
        assertTrue(findings.stream().allMatch(f -> f.get("check").asText().equals("VECTOR_MISMATCH")));
        assertTrue(findings.stream().anyMatch(f -> f.get("field").asText().equals("edge-3773-iks-heavy/status")
                && f.get("expected").asText().equals("TERTINGGAL") && f.get("statusChanged").asBoolean()));
        assertTrue(findings.stream().anyMatch(f -> f.get("field").asText().equals("all-maximum/idm4dp")));
    }

    @Test
    void summaryCountsPerRegionAndYear() throws IOException {
        Cli.Result csv = Cli.run("summary", "--format", "csv", "--by", "kabupaten", BULK);
        assertEquals(0, csv.status(), csv.err());
        List<String> rows = csv.out().lines().toList();
        assertEquals("tahun,level,kode,nama,sangat_tertinggal,tertinggal,berkembang,maju,mandiri,total,mean_idm,"
                + "maju_mandiri_pct", rows.get(0));
        assertTrue(rows.contains("2024,kabupaten,6407,KUTAI BARAT,0,4,0,0,0,4,0.5601,0.00"), csv.out());
        assertTrue(rows.contains("2023,kabupaten,TOTAL,,0,5,0,1,0,6,0.5519,16.67"), csv.out());
        Cli.Result json = Cli.run("summary", "--format", "json", SCORES);
        JsonNode years = JSON.readTree(json.out());
        // the scores table: the five Kaltim villages in 2023 and 2024
        assertEquals(2, years.size(), json.out());
        assertEquals(List.of(2023, 2024), List.of(years.get(0).get("tahun").asInt(), years.get(1).get("tahun").asInt()));
        assertEquals(5, years.get(0).get("total").get("total").asInt());
        assertEquals(5, years.get(1).get("total").get("total").asInt());
    }

    @Test
    void summaryReportsRowsItCannotCount() throws IOException {
        Path file = write("bulk.csv", "KODE_DESA,IKS_2024,IKE_2024,IKL_2024,NILAI_IDM_2024,STATUS_IDM_2024\n"
                + "6401022004,0.7943,0.8333,0.8,0.8092,MAJU\n6401022005,0.7943,0.8333,0.8,0.8092,\n");
        Cli.Result result = Cli.run("summary", "--format", "csv", file.toString());
        assertEquals(2, result.status());
        assertTrue(result.err().contains("line 3, STATUS_IDM_2024"), result.err());
        assertTrue(result.out().contains("2024,provinsi,64,,0,0,0,1,0,1,0.8092,100.00"), result.out());
    }

    @Test
    void catalogFormats() throws IOException {
        Cli.Result table = Cli.run("catalog");
        assertEquals(51, table.out().lines().count());
        Cli.Result csv = Cli.run("catalog", "--format", "csv");
        assertEquals(51, csv.out().lines().count());
        assertTrue(csv.out().contains("IKS03,IKS,Kesehatan,Skor Bidan ,"), "labels kept exactly");
        JsonNode json = JSON.readTree(Cli.run("catalog", "--format", "json").out());
        assertEquals(50, json.get("indicators").size());
        assertEquals("IKS16", json.get("indicators").get(15).get("code").asText());
        assertTrue(json.get("indicators").get(15).get("ladder").get(0).get("meaning").isNull());
    }
}
