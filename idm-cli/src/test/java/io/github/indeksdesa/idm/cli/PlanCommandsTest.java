// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.VillageResult;
import io.github.indeksdesa.idm.plan.Interventions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** idm plan, interventions and compare through picocli: formats, exit statuses and bad inputs. */
class PlanCommandsTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String KELADEN = Cli.file("examples/data/rumusan/6401022004_2024.json");
    private static final String RUMUSAN_DIR = Cli.file("examples/data/rumusan");
    private static final String SCORES = Cli.file("examples/data/scores.csv");
    private static final String KALTIM = Cli.file("examples/data/kaltim-2023-2024.csv");
    private static final String BULK_WITH_FAULT = Cli.file("examples/data/bulk-kaltim.csv");
    private static final String COSTS = Cli.file("examples/data/costs-example.csv");

    @TempDir
    Path tmp;

    private Path write(String name, String content) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        Iterator<String> names = node.fieldNames();
        names.forEachRemaining(keys::add);
        return keys;
    }

    private static JsonNode json(Cli.Result result) throws IOException {
        assertEquals(0, result.status(), result.err());
        assertEquals("", result.err());
        return JSON.readTree(result.out());
    }

    private static Map<String, JsonNode> byCode(JsonNode array) {
        Map<String, JsonNode> map = new HashMap<>();
        array.forEach(n -> map.put(n.get("kodeDesa").asText(), n));
        return map;
    }

    @Test
    void kaltimTableIsTheGeneratedBulkTableWithoutItsMadeUpRow() throws IOException {
        // Both carry the published figures of spec §8, quoted in ShippedData.
        String generated = ShippedData.files().get("examples/data/bulk-kaltim.csv");
        String expected = generated.lines().limit(6).map(l -> l + "\n").collect(Collectors.joining());
        assertEquals(expected, Files.readString(Path.of(KALTIM), StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheCommands() {
        Cli.Result help = Cli.run("--help");
        assertEquals(0, help.status());
        for (String command : List.of("plan", "interventions", "compare")) {
            assertTrue(help.out().contains("  " + command), help.out());
            Cli.Result commandHelp = Cli.run("help", command);
            assertEquals(0, commandHelp.status());
            assertTrue(commandHelp.out().contains("--format"), commandHelp.out());
        }
    }

    // ---- plan ----

    @Test
    void planJsonOfAReportHasTheContractKeys() throws IOException {
        JsonNode all = json(Cli.run("plan", "--format", "json", KELADEN));
        assertEquals(1, all.size());
        JsonNode p = all.get(0);
        assertTrue(keys(p).containsAll(List.of("kodeDesa", "tahun", "status", "target", "reachable", "changes",
                "idmAfter", "statusAfter", "cost")), keys(p).toString());
        assertEquals("6401022004", p.get("kodeDesa").asText());
        assertEquals(2024, p.get("tahun").asInt());
        assertEquals("indicator", p.get("level").asText());
        assertEquals("MAJU", p.get("status").asText());
        assertEquals("MANDIRI", p.get("target").asText());
        assertTrue(p.get("reachable").asBoolean());
        assertEquals(1, p.get("changes").size());
        JsonNode c = p.get("changes").get(0);
        assertEquals(List.of("code", "from", "to", "gain", "kegiatan", "agencies", "cost"), keys(c));
        assertEquals("IKL03", c.get("code").asText());
        assertEquals(3, c.get("from").asInt());
        assertEquals(4, c.get("to").asInt());
        assertEquals(140.0 / 6300, c.get("gain").asDouble(), 1e-15);
        assertTrue(c.get("kegiatan").asText().startsWith("Pembangunan/Pengadaan 2 Fasilitas Mitigasi Bencana"));
        assertEquals("DPBD", c.get("agencies").get("KAB").get(0).asText());
        assertEquals((5098.0 + 140) / 6300, p.get("idmAfter").asDouble(), 1e-15);
        assertEquals("MANDIRI", p.get("statusAfter").asText());
        assertEquals(1, p.get("cost").asLong());
    }

    @Test
    void planOfTheKaltimTableGivesTheIndexLevelPlansOf2024() throws IOException {
        Map<String, JsonNode> plans = byCode(json(Cli.run("plan", "--format", "json", KALTIM)));
        assertEquals(5, plans.size());
        // village → {IKS, IKE, IKL points}, target
        Map<String, int[]> expected = Map.of("6403012012", new int[] {0, 9, 1}, "6407122001", new int[] {0, 0, 4},
                "6407122003", new int[] {0, 0, 2}, "6407122004", new int[] {0, 0, 1}, "6407122005",
                new int[] {0, 0, 2});
        expected.forEach((code, points) -> {
            JsonNode p = plans.get(code);
            assertEquals(2024, p.get("tahun").asInt(), code);
            assertEquals("index", p.get("level").asText());
            assertTrue(p.get("reachable").asBoolean());
            assertTrue(p.get("cost").isNull());
            int[] found = new int[3];
            p.get("changes").forEach(c -> found[List.of("IKS", "IKE", "IKL").indexOf(c.get("index").asText())]
                    = c.get("points").asInt());
            assertEquals(Arrays.toString(points), Arrays.toString(found), code);
            assertEquals(Arrays.stream(points).sum(), p.get("points").asInt());
        });
        assertEquals("MAJU", plans.get("6403012012").get("target").asText());
        assertEquals("MAJU", plans.get("6403012012").get("statusAfter").asText());
        for (String code : List.of("6407122001", "6407122003", "6407122004", "6407122005")) {
            assertEquals("TERTINGGAL", plans.get(code).get("status").asText());
            assertEquals("BERKEMBANG", plans.get(code).get("statusAfter").asText());
        }
        JsonNode ikl = plans.get("6407122001").get("changes").get(0);
        assertEquals(8, ikl.get("from").asInt(), "Gerungung's IKL 0.5333 is 8/15");
        assertEquals(12, ikl.get("to").asInt());
    }

    @Test
    void planYearAndTargetOptions() throws IOException {
        Map<String, JsonNode> plans2023 = byCode(json(Cli.run("plan", "--format", "json", "--year", "2023", KALTIM)));
        assertEquals(2023, plans2023.get("6403012012").get("tahun").asInt());
        assertEquals("TERTINGGAL", plans2023.get("6403012012").get("status").asText());
        Cli.Result noSuchYear = Cli.run("plan", "--year", "2022", KALTIM);
        assertEquals(2, noSuchYear.status());
        assertTrue(noSuchYear.err().contains("--year 2022: no village of the inputs has data of 2022"),
                noSuchYear.err());
        assertEquals(2, Cli.run("interventions", "--year", "2022", KELADEN).status());
        JsonNode already = json(Cli.run("plan", "--format", "json", "--target", "tertinggal", KELADEN)).get(0);
        assertEquals("TERTINGGAL", already.get("target").asText());
        assertTrue(already.get("reachable").asBoolean());
        assertEquals(0, already.get("changes").size());
        assertEquals(0, already.get("cost").asLong());
        JsonNode mandiri = json(Cli.run("plan", "--format", "json", "--target", "Sembada", KALTIM));
        mandiri.forEach(p -> assertEquals("MANDIRI", p.get("target").asText()));
        mandiri.forEach(p -> assertEquals("MANDIRI", p.get("statusAfter").asText()));
    }

    @Test
    void planWithCostsMinimisesTheirTotal() throws IOException {
        JsonNode p = json(Cli.run("plan", "--format", "json", "--costs", COSTS, KELADEN)).get(0);
        assertEquals(25_000_000L, p.get("cost").asLong());
        assertEquals("IKS33", p.get("changes").get(0).get("code").asText());
        assertEquals("MANDIRI", p.get("statusAfter").asText());
        Cli.Result table = Cli.run("plan", "--costs", COSTS, KELADEN);
        assertEquals(0, table.status(), table.err());
        assertTrue(table.out().contains("cost 25000000"), table.out());
        Cli.Result bulk = Cli.run("plan", "--costs", COSTS, KALTIM);
        assertEquals(0, bulk.status(), bulk.err());
        assertTrue(bulk.out().contains("; --costs does not apply)"), bulk.out());
        assertEquals(Cli.run("plan", KALTIM).out().lines().skip(1).toList(), bulk.out().lines().skip(1).toList());
    }

    @Test
    void anUnreachableTargetIsSaid() throws IOException {
        Path none = write("none.csv", "*,*,*,-\n");
        JsonNode p = json(Cli.run("plan", "--format", "json", "--costs", none.toString(), KELADEN)).get(0);
        assertFalse(p.get("reachable").asBoolean());
        assertEquals(0, p.get("changes").size());
        assertEquals("MAJU", p.get("statusAfter").asText());
        Cli.Result table = Cli.run("plan", "--costs", none.toString(), KELADEN);
        assertEquals(0, table.status());
        assertTrue(table.out().contains("unreachable"), table.out());
    }

    @Test
    void planTableShowsChangesAndIndexLevelPlans() {
        Cli.Result r = Cli.run("plan", KELADEN, KALTIM);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("6401022004 KELADEN 2024"), r.out());
        assertTrue(r.out().contains("IKL03     3   4"), r.out());
        assertTrue(r.out().contains("after: IDM 0.8314 MANDIRI"), r.out());
        assertTrue(r.out().contains("Index-level plans"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("6407122001") && l.endsWith("BERKEMBANG")), r.out());
    }

    @Test
    void unknownTargetIsAUsageError() {
        Cli.Result r = Cli.run("plan", "--target", "SUPER", KELADEN);
        assertEquals(2, r.status());
        assertTrue(r.err().contains("SUPER"), r.err());
        assertTrue(r.err().contains("MANDIRI"), r.err());
        assertEquals("", r.out());
        assertEquals(2, Cli.run("plan", "--format", "csv", KELADEN).status(), "plan has no csv");
        assertEquals(2, Cli.run("plan").status(), "an input is required");
    }

    @Test
    void malformedCostFileNamesFileAndLine() throws IOException {
        Path bad = write("costs.csv", "# header comes next\ncode,from,to,cost\nIKL03,3,4,1.5\n");
        Cli.Result r = Cli.run("plan", "--costs", bad.toString(), KELADEN);
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().contains(bad + ": line 3: cost: expected a whole number"), r.err());
        assertTrue(r.err().contains("\"1.5\""), r.err());
        Path unknown = write("unknown.csv", "IKX09,*,*,1\n");
        Cli.Result r2 = Cli.run("plan", "--costs", unknown.toString(), KELADEN);
        assertEquals(2, r2.status());
        assertTrue(r2.err().contains(unknown + ": line 1: code: expected an indicator code"), r2.err());
        Cli.Result missing = Cli.run("plan", "--costs", tmp.resolve("absent.csv").toString(), KELADEN);
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("absent.csv: no such cost file"), missing.err());
        Path fields = write("fields.csv", "IKL03,3,4\n");
        Cli.Result r3 = Cli.run("interventions", "--plan", "--costs", fields.toString(), KELADEN);
        assertEquals(2, r3.status());
        assertTrue(r3.err().contains(fields + ": line 1: expected 4 fields"), r3.err());
    }

    @Test
    void offGridBulkRowsAreReportedAndTheRestPlanned() throws IOException {
        Cli.Result r = Cli.run("plan", "--format", "json", BULK_WITH_FAULT, tmp.resolve("absent.json").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("bulk-kaltim.csv: line 7, IKS_2023: IKS 0.7 is off its 1/175 grid"), r.err());
        assertTrue(r.err().contains("absent.json: no such file"), r.err());
        JsonNode plans = JSON.readTree(r.out());
        assertEquals(6, plans.size(), "the five Kaltim villages and the made-up one's 2024 row are still planned");
        assertEquals(2024, byCode(plans).get("9901012001").get("tahun").asInt());
    }

    // ---- interventions ----

    @Test
    void interventionsOfAReportListEveryWeakIndicatorPerAgency() throws IOException {
        IdmModel model = IdmModel.official();
        Cli.Result csv = Cli.run("interventions", "--format", "csv", KELADEN);
        assertEquals(0, csv.status(), csv.err());
        List<String> lines = csv.out().lines().toList();
        assertEquals(String.join(",", InterventionsCommand.CSV_COLUMNS), lines.get(0));
        // The same count as the library gives for Keladen's scores (read from its report).
        VillageResult keladen = io.github.indeksdesa.idm.json.RumusanReader.official().read(Path.of(KELADEN))
                .villageScores(model).evaluate();
        int tasks = Interventions.ofResults(List.of(keladen)).tasks().size();
        assertEquals(tasks + 1, lines.size());
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",6401022004,2024,KELADEN,")), lines.toString());
        JsonNode json = json(Cli.run("interventions", "--format", "json", KELADEN));
        int total = 0;
        for (JsonNode agency : json) {
            assertEquals(agency.get("tasks").size(), agency.get("taskCount").asInt());
            total += agency.get("taskCount").asInt();
        }
        assertEquals(tasks, total);
        Cli.Result table = Cli.run("interventions", KELADEN);
        assertEquals(0, table.status(), table.err());
        assertTrue(table.out().contains(Interventions.ofResults(List.of(keladen)).agencies().size() + " agencies, "
                + tasks + " tasks, 1 of 1 villages with work"), table.out());
    }

    @Test
    void interventionsOfPlansHoldOnlyThePlannedChanges() throws IOException {
        JsonNode json = json(Cli.run("interventions", "--plan", "--format", "json", KELADEN));
        List<String> agencies = new ArrayList<>();
        for (JsonNode agency : json) {
            agencies.add(agency.get("level").asText() + " " + agency.get("agency").asText());
            agency.get("tasks").forEach(t -> assertEquals("IKL03", t.get("code").asText()));
        }
        // Tanggap Bencana's agencies in the ministry's columns.
        assertEquals(List.of("PUSAT BNPB", "PUSAT Kemendes", "PROV BPDB", "PROV DINSOS", "PROV DISHUT/KPH",
                "KAB DINSOS", "KAB DPBD", "DESA DD", "CSR CSR"), agencies);
        Cli.Result all = Cli.run("interventions", "--plan", "--format", "csv", RUMUSAN_DIR);
        assertEquals(0, all.status(), all.err());
        assertTrue(all.out().contains("KAB,DLH,DLH,1105112002,2021,LUBUK PANYANG,IKS33,0,1,0.00190476,"), all.out());
        Cli.Result target = Cli.run("interventions", "--plan", "--target", "MANDIRI", "--format", "csv", KELADEN);
        assertEquals(0, target.status(), target.err());
    }

    @Test
    void interventionsRefuseBulkTablesAndOptionsWithoutPlan() {
        Cli.Result bulk = Cli.run("interventions", KALTIM, KELADEN);
        assertEquals(2, bulk.status());
        assertTrue(bulk.err().contains("kaltim-2023-2024.csv: a bulk table has only IKS/IKE/IKL"), bulk.err());
        assertTrue(bulk.out().contains("KELADEN"), "the report is still processed");
        Cli.Result noPlan = Cli.run("interventions", "--target", "MAJU", KELADEN);
        assertEquals(2, noPlan.status());
        assertTrue(noPlan.err().contains("--target and --costs need --plan"), noPlan.err());
        assertEquals(2, Cli.run("interventions", "--format", "xml", KELADEN).status());
    }

    // ---- compare ----

    @Test
    void compareTheKaltimTable() throws IOException {
        JsonNode c = json(Cli.run("compare", "--format", "json", "--by", "kabupaten", KALTIM));
        assertEquals(1, c.size());
        JsonNode pair = c.get(0);
        assertEquals(2023, pair.get("fromYear").asInt());
        assertEquals(2024, pair.get("toYear").asInt());
        JsonNode total = pair.get("total");
        assertEquals(5, total.get("bothYears").asInt());
        assertEquals(1, total.get("up").asInt());
        assertEquals(0, total.get("down").asInt());
        assertEquals(4, total.get("matrix").get("TERTINGGAL").get("TERTINGGAL").asInt());
        assertEquals(1, total.get("matrix").get("TERTINGGAL").get("BERKEMBANG").asInt());
        assertEquals(1, pair.get("movedUp").size());
        JsonNode mapulu = pair.get("movedUp").get(0);
        assertEquals("6403012012", mapulu.get("kodeDesa").asText());
        assertEquals("MAPULU", mapulu.get("namaDesa").asText());
        assertEquals("BERKEMBANG", mapulu.get("statusTo").asText());
        // exact parts 93/175, 21/60, 13/15 → 110/175, 21/60, 14/15: +17·12 + 140 units of 1/6300
        assertEquals((17 * 12 + 140) / 6300.0, mapulu.get("idmChange").asDouble(), 1e-15);
        JsonNode regions = pair.get("regions");
        assertEquals(2, regions.size());
        assertEquals("6403", regions.get(0).get("kode").asText());
        assertEquals("BERAU", regions.get(0).get("nama").asText());
        assertEquals(4, regions.get(1).get("counts").get("unchanged").asInt());
    }

    @Test
    void compareOfScoresAgreesWithTheBulkTable() {
        // The scores table holds the Kaltim villages' generated scores for 2023 and 2024: the same
        // statuses and IDM as the published parts.
        Cli.Result bulk = Cli.run("compare", "--format", "csv", KALTIM);
        Cli.Result scores = Cli.run("compare", "--format", "csv", SCORES);
        assertEquals(0, bulk.status(), bulk.err());
        assertEquals(0, scores.status(), scores.err());
        List<String> fromScores = scores.out().lines()
                .filter(l -> l.startsWith("2023,2024,6403") || l.startsWith("2023,2024,6407"))
                .map(PlanCommandsTest::noNames)
                .toList();
        List<String> fromBulk = bulk.out().lines().skip(1).map(PlanCommandsTest::noNames).toList();
        assertEquals(fromBulk, fromScores);
        assertTrue(bulk.out().contains("2023,2024,6403012012,MAPULU,64,KALIMANTAN TIMUR,TERTINGGAL,BERKEMBANG,"
                + "0.5827,0.6373,+0.0546,up"), bulk.out());
        assertEquals(4, bulk.out().lines().filter(l -> l.contains("TERTINGGAL,TERTINGGAL,")
                && l.endsWith(",unchanged")).count());
    }

    private static String noNames(String csvLine) {
        List<String> cells = new ArrayList<>(Arrays.asList(csvLine.split(",", -1)));
        cells.set(3, "");
        cells.set(5, "");
        return String.join(",", cells);
    }

    @Test
    void compareOfOneFilePerYearListsVillagesInOneYearOnly() throws IOException {
        List<String> lines = Files.readAllLines(Path.of(KALTIM));
        String header2023 = "KODE_DESA,NAMA_DESA,IKS_2023,IKE_2023,IKL_2023,NILAI_IDM_2023,STATUS_IDM_2023\n";
        String header2024 = header2023.replace("2023", "2024");
        StringBuilder y2023 = new StringBuilder(header2023);
        StringBuilder y2024 = new StringBuilder(header2024);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            if (!c[6].equals("6407122005")) {
                y2023.append(String.join(",", c[6], c[7], c[8], c[9], c[10], c[11], c[12])).append('\n');
            }
            y2024.append(String.join(",", c[6], c[7], c[13], c[14], c[15], c[16], c[17])).append('\n');
        }
        y2024.append("6407122099,BARU,0.8,0.5,0.6,0.6333,BERKEMBANG\n");
        Path a = write("2023.csv", y2023.toString());
        Path b = write("2024.csv", y2024.toString());
        JsonNode pair = json(Cli.run("compare", "--format", "json", b.toString(), a.toString())).get(0);
        assertEquals(4, pair.get("total").get("bothYears").asInt());
        assertEquals(0, pair.get("onlyInFromYear").size());
        List<String> only = new ArrayList<>();
        pair.get("onlyInToYear").forEach(v -> only.add(v.get("kodeDesa").asText() + " " + v.get("status").asText()));
        assertEquals(List.of("6407122005 TERTINGGAL", "6407122099 BERKEMBANG"), only);
        Cli.Result table = Cli.run("compare", a.toString(), b.toString());
        assertEquals(0, table.status(), table.err());
        assertTrue(table.out().contains("Only in 2024 (2)"), table.out());
        assertTrue(table.out().contains("Only in 2023: none"), table.out());
    }

    @Test
    void compareBadInputs() {
        Cli.Result oneYear = Cli.run("compare", KELADEN);
        assertEquals(2, oneYear.status());
        assertTrue(oneYear.err().contains("expected data of two or more years"), oneYear.err());
        assertTrue(oneYear.err().contains("only 2024"), oneYear.err());
        Cli.Result twice = Cli.run("compare", "--format", "csv", KALTIM, KALTIM);
        assertEquals(2, twice.status());
        assertTrue(twice.err().contains("line 2: village 6403012012 appears again for 2023; the row is left out"),
                twice.err());
        assertEquals(6, twice.out().lines().count(), "the first copy is still compared");
        Cli.Result by = Cli.run("compare", "--by", "desa", KALTIM);
        assertEquals(2, by.status());
        assertTrue(by.err().contains("desa"), by.err());
        Cli.Result faulty = Cli.run("compare", "--format", "csv", BULK_WITH_FAULT);
        assertEquals(2, faulty.status());
        assertTrue(faulty.err().contains("line 7, IKS_2023"), faulty.err());
        assertTrue(faulty.out().contains("9901012001"), "its 2024 row is on the grid and listed in one year only");
    }

    @Test
    void aRowLeftOutOffItsGridDoesNotHoldItsVillageAgainstAGoodRowLater() throws IOException {
        // bulk-kaltim.csv publishes 9901012001's 2023 IKS as 0.7, off the 1/175 grid: the row is left out.
        String header = Files.readAllLines(Path.of(BULK_WITH_FAULT)).get(0);
        Path corrected = write("corrected.csv", header + "\n99,CONTOH,9901,CONTOH,990101,CONTOH,9901012001,CONTOH BENAR,"
                + "0.7029,0.5,0.6,0.601,BERKEMBANG,0.7029,0.5,0.6,0.601,BERKEMBANG\n");
        Cli.Result result = Cli.run("plan", BULK_WITH_FAULT, corrected.toString());
        assertTrue(result.err().contains("IKS 0.7 is off its 1/175 grid"), result.err());
        assertFalse(result.err().contains("village 9901012001 appears again for 2023"), result.err());
        assertTrue(result.err().contains("village 9901012001 appears again for 2024"), result.err());
    }
}
