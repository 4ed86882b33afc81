// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One rule everywhere (issue 13): every command that reads a kind of input accepts and rejects the
 * same rows of it, and reports a village and year given twice in the same words, with the exit
 * status of docs/cli.md (2: a row left out). The inputs are the shipped examples with bad rows and
 * a repeated row added, as CSV, CSV.GZ and XLSX where the kind has those forms.
 */
class InputRulesMatrixTest {

    private static final Path DATA = Cli.ROOT.resolve("examples/data");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private static final List<List<String>> IDM_TABLE = List.of(List.of("summary"), List.of("verify"),
            List.of("plan"), List.of("compare"));
    private static final List<List<String>> IDM_SCORES = List.of(List.of("score"), List.of("report"),
            List.of("summary"), List.of("verify"), List.of("plan"), List.of("compare"), List.of("interventions"));
    private static final List<List<String>> INDEKS_DESA = List.of(List.of("score"), List.of("summary"),
            List.of("verify"), List.of("plan"), List.of("compare"), List.of("interventions", "--plan"));

    @TempDir
    Path dir;

    /** The stderr lines of a run that concern rows of the input (its name), without the command's name. */
    private static List<String> rowLines(Cli.Result r, String command, String name) {
        return r.err().lines().filter(l -> l.contains(name) && !l.contains("a dimension table gives"))
                .map(l -> l.substring(("idm " + command + ": ").length())).toList();
    }

    /** Runs every command on the input; asserts they all exit 2 and report the same rows; returns those. */
    private static List<String> sameRowsEverywhere(List<List<String>> commands, Path input) {
        Map<String, List<String>> byCommand = new LinkedHashMap<>();
        for (List<String> command : commands) {
            List<String> args = new ArrayList<>(command);
            args.add(input.toString());
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertEquals(IdmCommand.UNREADABLE, r.status(), command + " " + input + "\n" + r.err());
            byCommand.put(String.join(" ", command), rowLines(r, command.get(0), input.getFileName().toString()));
        }
        List<String> first = byCommand.values().iterator().next();
        byCommand.forEach((command, lines) -> assertEquals(first, lines, command + " and "
                + commands.get(0) + " on " + input.getFileName() + ": " + byCommand));
        return first;
    }

    /**
     * Asserts that the shipped input, as it is, has no row any command leaves out or repeats, and
     * that each command exits 0 but where {@code statuses} says otherwise (findings, a run-level
     * message).
     */
    private static void noRowLeftOut(List<List<String>> commands, Path input, Map<String, Integer> statuses) {
        for (List<String> command : commands) {
            List<String> args = new ArrayList<>(command);
            args.add(input.toString());
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertFalse(r.err().contains("left out"), command + " " + input + "\n" + r.err());
            assertEquals(statuses.getOrDefault(command.get(0), 0), r.status(), command + " " + input + "\n" + r.err());
        }
    }

    /** The villages summary counts: the sum of its TOTAL rows. */
    private static long summaryTotal(Path input) {
        return Cli.run("summary", "--format", "csv", input.toString()).out().lines()
                .filter(l -> l.contains(",TOTAL,")).mapToLong(l -> Long.parseLong(l.split(",")[9])).sum();
    }

    /** The villages score prints. */
    private static long scored(Path input) {
        return Cli.run("score", "--format", "ndjson", input.toString()).out().lines().count();
    }

    /** The records verify checked (the rows every command accepts, and those it lists findings of). */
    private static long verified(Path input) {
        String out = Cli.run("verify", input.toString()).out();
        return Long.parseLong(out.replaceAll("(?s).* of (\\d+) records? checked.*", "$1"));
    }

    /** Asserts that score, summary and verify take the same villages; {@code listed} rows verify also lists. */
    private static void sameVillagesAccepted(Path input, long accepted, long listed, boolean score) {
        assertEquals(accepted, summaryTotal(input), "summary " + input);
        assertEquals(accepted + listed, verified(input), "verify " + input);
        if (score) {
            assertEquals(accepted, scored(input), "score " + input);
        }
    }

    private static List<String> lines(Path file) throws IOException {
        return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /** A row of a CSV with one cell replaced. */
    private static String with(String line, int cell, String value) {
        String[] cells = line.split(",", -1);
        cells[cell] = value;
        return String.join(",", cells);
    }

    /** The table as CSV, CSV.GZ and XLSX (every cell a shared string, as a ministry export has them). */
    private List<Path> forms(String name, List<String> lines) throws IOException {
        Path csv = Files.write(dir.resolve(name + ".csv"), lines, StandardCharsets.UTF_8);
        Path gz = dir.resolve(name + ".csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(csv));
        }
        return List.of(csv, gz, xlsx(dir.resolve(name + ".xlsx"), lines));
    }

    private static Path xlsx(Path file, List<String> lines) throws IOException {
        List<String> strings = new ArrayList<>();
        StringBuilder sheet = new StringBuilder("<worksheet><sheetData>");
        for (int r = 0; r < lines.size(); r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            String[] cells = lines.get(r).split(",", -1);
            for (int c = 0; c < cells.length; c++) {
                if (cells[c].isEmpty()) {
                    continue;
                }
                strings.add(cells[c]);
                sheet.append("<c r=\"").append(column(c)).append(r + 1).append("\" t=\"s\"><v>")
                        .append(strings.size() - 1).append("</v></c>");
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        StringBuilder shared = new StringBuilder("<sst>");
        strings.forEach(s -> shared.append("<si><t>").append(s.replace("&", "&amp;").replace("<", "&lt;"))
                .append("</t></si>"));
        shared.append("</sst>");
        return Workbooks.write(file, shared.toString(), sheet.toString());
    }

    private static String column(int c) {
        return c < 26 ? String.valueOf((char) ('A' + c)) : column(c / 26 - 1) + (char) ('A' + c % 26);
    }

    @Test
    void bulkTables() throws IOException {
        Path shipped = DATA.resolve("kaltim-2023-2024.csv");
        noRowLeftOut(IDM_TABLE, shipped, Map.of());
        List<String> lines = lines(shipped);
        String row = lines.get(1);
        lines.add(with(row, 6, "640301201"));                        // line 7: a code of 9 digits
        lines.add(with(with(row, 6, "6403012099"), 13, ""));         // line 8: IKS_2024 empty
        lines.add(with(with(row, 6, "6403012098"), 17, "MAJU-ISH"));  // line 9: an unknown status
        lines.add(with(with(row, 6, "6403012097"), 11, "0.5x"));     // line 10: NILAI_IDM_2023 not a number
        lines.add(row);                                               // line 11: Mapulu again, both years
        for (Path input : forms("kaltim", lines)) {
            List<String> rows = sameRowsEverywhere(IDM_TABLE, input);
            String where = input.getFileName().toString().endsWith(".xlsx") ? "sheet1.xml row " : "line ";
            // a line holds two rows (2023, 2024): a bad code leaves out both, a bad 2024 value only the 2024 row
            assertEquals(7, rows.size(), rows.toString());
            assertTrue(rows.get(0).contains(where + "7, KODE_DESA: expected "), rows.get(0));
            assertTrue(rows.get(1).contains(where + "7, KODE_DESA: expected "), rows.get(1));
            assertTrue(rows.get(2).contains(where + "8, IKS_2024: expected "), rows.get(2));
            assertTrue(rows.get(3).contains(where + "9, STATUS_IDM_2024: expected "), rows.get(3));
            assertTrue(rows.get(4).contains(where + "10, NILAI_IDM_2023: expected "), rows.get(4));
            assertTrue(rows.get(5).endsWith(where + "11: village 6403012012 appears again for 2023; the row is "
                    + "left out"), rows.get(5));
            assertTrue(rows.get(6).endsWith(where + "11: village 6403012012 appears again for 2024; the row is "
                    + "left out"), rows.get(6));
            // ten shipped village-years and one year of lines 8, 9 and 10; verify lists the five rows left out
            sameVillagesAccepted(input, 10 + 3, 5, false);
        }
    }

    @Test
    void scoresTables() throws IOException {
        Path shipped = DATA.resolve("scores.csv");
        noRowLeftOut(IDM_SCORES, shipped, Map.of());
        List<String> lines = lines(shipped);
        String row = lines.get(1);
        lines.add(with(row, 0, "12345"));                     // line 12: a malformed code
        lines.add(with(with(row, 0, "6401022099"), 5, "9"));  // line 13: a score outside 0..5
        lines.add(row);                                       // line 14: Mapulu 2023 again
        Path input = Files.write(dir.resolve("scores-bad.csv"), lines, StandardCharsets.UTF_8);
        List<String> rows = sameRowsEverywhere(IDM_SCORES, input);
        assertEquals(3, rows.size(), rows.toString());
        assertTrue(rows.get(0).contains("line 12"), rows.get(0));
        assertTrue(rows.get(1).contains("line 13"), rows.get(1));
        assertTrue(rows.get(2).endsWith("scores-bad.csv: village 6403012012 appears again for 2023; the row is left "
                + "out"), rows.get(2));
        sameVillagesAccepted(input, 10, 0, true);
    }

    @Test
    void rumusanReports() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        try (var files = Files.list(DATA.resolve("rumusan"))) {
            for (Path f : files.toList()) {
                Files.copy(f, reports.resolve(f.getFileName()));
            }
        }
        noRowLeftOut(IDM_SCORES, reports, Map.of());
        Path keladen = DATA.resolve("rumusan/6401022004_2024.json");
        Files.copy(keladen, reports.resolve("z-keladen-again.json"));
        ObjectNode code = (ObjectNode) JSON.readTree(keladen.toFile());
        ((ObjectNode) code.path("mapData").path("IDENTITAS").get(0)).put("id_desa", "64010220");
        JSON.writeValue(reports.resolve("x-code.json").toFile(), code);
        ObjectNode score = (ObjectNode) JSON.readTree(keladen.toFile());
        ((ObjectNode) score.path("mapData").path("ROW").get(0)).put("SKOR", 7);
        ((ObjectNode) score.path("mapData").path("IDENTITAS").get(0)).put("id_desa", "6401022099");
        JSON.writeValue(reports.resolve("y-score.json").toFile(), score);
        List<String> rows = sameRowsEverywhere(IDM_SCORES, reports);
        assertEquals(3, rows.size(), rows.toString());
        assertTrue(rows.get(0).contains("x-code.json: mapData.IDENTITAS[0].id_desa: expected a 10-digit village "
                + "code"), rows.get(0));
        assertTrue(rows.get(1).contains("y-score.json: mapData.ROW[0].SKOR: score 7 of "), rows.get(1));
        assertTrue(rows.get(2).endsWith("z-keladen-again.json: village 6401022004 appears again for 2024; the row "
                + "is left out"), rows.get(2));
        // verify lists the findings of the two reports left out
        sameVillagesAccepted(reports, 5, 2, true);
    }

    @Test
    void indeksDesaScoreExports() throws IOException {
        Path shipped = DATA.resolve("indeks-desa-2025.csv");
        // compare needs an IDM input besides Indeks Desa data
        noRowLeftOut(INDEKS_DESA, shipped, Map.of("compare", IdmCommand.UNREADABLE));
        // a malformed code (line 8), an item score outside 1..5 (line 9), Sukamaju 2025 again (line 10)
        indeksDesa("skor-2025", shipped, 3, 10, "9", "Kode Wilayah Administrasi Desa: expected 10 digits",
                "expected a whole score 1..5, found \"9\"");
    }

    @Test
    void indeksDesaDimensionTables() throws IOException {
        Path shipped = DATA.resolve("indeks-desa-2025-dimensions.csv");
        // one village's published Skor ID and status disagree (verify: 1); no item scores to plan
        noRowLeftOut(INDEKS_DESA, shipped, Map.of("verify", IdmCommand.FOUND, "plan", IdmCommand.UNREADABLE,
                "compare", IdmCommand.UNREADABLE, "interventions", IdmCommand.UNREADABLE));
        // a malformed code (line 8), LD above its maximum (line 9), Sukamaju 2025 again (line 10)
        indeksDesa("dimensi-2025", shipped, 0, 6, "999",
                "kode_desa: expected 10 digits", "LD: expected whole points 34..170, found \"999\"");
    }

    private void indeksDesa(String name, Path shipped, int codeCell, int badCell, String bad, String badCode,
            String badValue) throws IOException {
        List<String> lines = lines(shipped);
        String row = lines.get(1);
        lines.add(with(row, codeCell, "99010120"));
        lines.add(with(with(row, codeCell, "9901012099"), badCell, bad));
        lines.add(row);
        for (Path input : forms(name, lines)) {
            List<String> rows = sameRowsEverywhere(INDEKS_DESA, input);
            String where = input.getFileName().toString().endsWith(".xlsx") ? "sheet1.xml row " : "line ";
            assertEquals(3, rows.size(), rows.toString());
            assertTrue(rows.get(0).contains(where + "8: " + badCode), rows.get(0));
            assertTrue(rows.get(1).contains(where + "9: ") && rows.get(1).contains(badValue), rows.get(1));
            assertTrue(rows.get(2).endsWith(where + "10: village " + row.split(",")[codeCell] + " appears again for "
                    + "2025; the row is left out"), rows.get(2));
            sameVillagesAccepted(input, 6, 2, true);
        }
    }

    @Test
    void offLadderScoresAreLeftOutUnlessLenientAndVerifyListsThem() throws IOException {
        List<String> lines = lines(DATA.resolve("scores.csv"));
        lines.add(with(with(lines.get(1), 0, "6401022099"), 3, "3"));  // line 12: IKS02 (Dokter) is 0 or 5
        Path input = Files.write(dir.resolve("ladder.csv"), lines, StandardCharsets.UTF_8);
        List<List<String>> scoring = IDM_SCORES.stream().filter(c -> !c.get(0).equals("verify")).toList();
        List<String> rows = sameRowsEverywhere(scoring, input);
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).contains("line 12") && rows.get(0).contains("IKS02"), rows.get(0));
        for (List<String> command : scoring) {
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of("--lenient", input.toString()));
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertEquals(0, r.status(), command + r.err());
        }
        Cli.Result verify = Cli.run("verify", "--format", "ndjson", input.toString());
        assertEquals(IdmCommand.FOUND, verify.status(), verify.err());
        assertTrue(verify.out().contains("\"kodeDesa\":\"6401022099\",\"tahun\":2023,\"check\":\"SCORE_OFF_LADDER\","
                + "\"field\":\"IKS02\""), verify.out());
    }

    @Test
    void aVillageGivenInTwoInputsIsReportedByEveryCommand() throws IOException {
        // the shipped scores table and a second table of its first village and year (Mapulu 2023)
        List<String> shipped = lines(DATA.resolve("scores.csv"));
        String scores = DATA.resolve("scores.csv").toString();
        String again = Files.write(dir.resolve("mapulu.csv"), shipped.subList(0, 2), StandardCharsets.UTF_8)
                .toString();
        for (List<String> command : IDM_SCORES) {
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of(scores, again));
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertEquals(IdmCommand.UNREADABLE, r.status(), command + r.err());
            assertEquals(List.of(again + ": village 6403012012 appears again for 2023; the row is left out"),
                    rowLines(r, command.get(0), "mapulu.csv"), command.toString());
        }
    }
}
