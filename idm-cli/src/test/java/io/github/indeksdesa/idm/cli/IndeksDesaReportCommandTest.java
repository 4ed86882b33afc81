// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.indeksdesa.idm.id.Dimension;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.id.IndeksDesaResult;
import io.github.indeksdesa.idm.id.Item;
import io.github.indeksdesa.idm.plan.IndeksDesaPlan;
import io.github.indeksdesa.idm.plan.IndeksDesaPlanner;
import io.github.indeksdesa.idm.plan.Interventions;
import io.github.indeksdesa.idm.tables.IndeksDesaExportReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code idm report} (text and html), {@code summary}, {@code plan} and {@code interventions --plan}
 * as HTML on the shipped Indeks Desa score export, checked against the library and the JSON output.
 */
class IndeksDesaReportCommandTest {

    private static final IndeksDesaModel MODEL = IndeksDesaModel.official();
    private static final String EXAMPLE = Cli.file("examples/data/indeks-desa-2025.csv");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static List<IndeksDesaResult> results() throws IOException {
        List<IndeksDesaResult> results = new ArrayList<>();
        IndeksDesaExportReader reader = IndeksDesaExportReader.of(MODEL);
        reader.read(io.github.indeksdesa.idm.io.Input.of(Path.of(EXAMPLE)),
                row -> results.add(reader.scores(row).evaluate()), r -> {
                    throw new AssertionError(r.toString());
                });
        return results;
    }

    private static List<String> all(String regex, String text) {
        return HtmlFormatTest.all(regex, text);
    }

    @Test
    void textReportHasTheLibrarysFigures() throws IOException {
        Cli.Result run = Cli.run("report", EXAMPLE);
        assertEquals(0, run.status(), run.err());
        assertEquals(run.out(), Cli.run("report", "--index", "id", EXAMPLE).out(), "--index id reads the same");
        String[] blocks = run.out().split("\n=+\n");
        List<IndeksDesaResult> results = results();
        assertEquals(results.size(), blocks.length);
        for (int v = 0; v < results.size(); v++) {
            IndeksDesaResult r = results.get(v);
            String block = blocks[v];
            String code = r.villageCode().value();
            assertTrue(block.contains("(" + code + ")") && block.contains("Indeks Desa " + r.year()), code);
            assertTrue(block.contains("  Skor ID " + r.skorId().toPublishedString() + "  (" + r.points() + " of "
                    + MODEL.maxPoints() + " points)"), code);
            String status = "  Status " + r.status().officialName() + ", target " + r.targetStatus().officialName()
                    + ": minimum " + r.minimumScore().toPlainString() + " (" + r.targetPoints() + " points), "
                    + (r.pointsToTarget() == 0 ? "the highest status" : r.pointsToTarget() + " point"
                    + (r.pointsToTarget() == 1 ? "" : "s") + " still needed");
            assertTrue(block.contains(status), code + ": " + status);
            for (Dimension d : Dimension.values()) {
                assertTrue(block.contains(d.code() + "  " + d.label() + "  " + r.points(d) + " of "
                        + MODEL.maxPoints(d) + " points"), code + " " + d);
            }
            r.subDimensionPoints().forEach((name, points) -> assertTrue(Pattern.compile("\n  " + Pattern.quote(name)
                    + " +" + points + " of +" + MODEL.subDimensions().get(name).size() * 5 + " points\n").matcher(block)
                    .find(), code + " " + name));
            List<Item> weak = MODEL.items().stream().filter(i -> r.scores().score(i) <= ReportCommand.WEAK).toList();
            assertTrue(block.contains("Weak items (score 2 or less, marked !): " + weak.size() + " of 127"), code);
            assertEquals(weak.stream().map(Item::code).sorted().toList(),
                    all("\n  ! (\\S+) ", block).stream().sorted().toList(), code);
            for (Item item : weak) {
                int score = r.scores().score(item);
                assertTrue(Pattern.compile("\n  ! " + item.code() + " +.* " + score + "/5  " + Pattern.quote(
                        item.recommendation(score).orElse("-").replaceAll("\\s+", " ").strip()) + "\n")
                        .matcher(block).find(), code + " " + item.code());
            }
        }
    }

    @Test
    void theEditionMustBeTheInputs() {
        Cli.Result run = Cli.run("report", "--index", "idm", EXAMPLE);
        assertEquals(2, run.status());
        assertTrue(run.err().contains("--index idm: expected IDM data, found an Indeks Desa score export"),
                run.err());
        Cli.Result bulk = Cli.run("report", Cli.file("examples/data/bulk-kaltim.csv"));
        assertTrue(bulk.err().contains(": a bulk table has no indicator scores"), bulk.err());
    }

    @Test
    void aDimensionTableGivesTheDimensionsOnly() {
        Cli.Result run = Cli.run("report", Cli.file("examples/data/indeks-desa-2025-dimensions.csv"));
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("a dimension table gives only the six point sums"), run.out());
        assertFalse(run.out().contains("SUB-DIMENSI"), run.out());
    }

    @Test
    void htmlReportHasAPagePerVillageWithTheJsonFiguresAndThePlan(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("r.html");
        Cli.Result run = Cli.run("report", "--format", "html", "-o", page.toString(), EXAMPLE);
        assertEquals(0, run.status(), run.err());
        String html = Files.readString(page);
        JsonNode villages = MAPPER.readTree(Cli.run("score", "--format", "json", EXAMPLE).out());
        assertTrue(html.contains("<h1>Laporan Indeks Desa (" + villages.size() + " desa)</h1>"));
        assertEquals(villages.size(), all("(<section class=\"village\" [^>]*data-edition=\"INDEKS_DESA\")", html)
                .size());
        assertEquals(villages.size(), all("(<li><a href=\"#desa-)", html).size(), "a contents list");
        List<String> skor = all("<dd data-figure=\"Skor ID\">([^<]*)</dd>", html);
        List<String> points = all("<dd data-figure=\"Poin\">([^<]*)</dd>", html);
        List<String> weakHeads = all("<h3>(Item lemah \\(\\d+ dari 127\\))</h3>", html);
        assertEquals(villages.size(), weakHeads.size());
        assertFalse(html.contains("Indikator lemah"));
        List<IndeksDesaResult> results = results();
        String[] sections = html.split("<section class=\"village\"");
        for (int v = 0; v < villages.size(); v++) {
            JsonNode j = villages.get(v);
            assertEquals(j.get("skor").asText(), skor.get(v));
            assertEquals(j.get("points").asInt() + " / 635", points.get(v));
            IndeksDesaPlan plan = IndeksDesaPlanner.official().plan(results.get(v));
            assertEquals(plan.changes().stream().map(c -> c.code()).toList(),
                    all("<tr><td>(\\w+)</td><td>[^<]*</td><td class=\"num\">\\d</td><td class=\"num\">\\d</td>",
                            sections[v + 1]), j.get("kodeDesa").asText());
        }
    }

    @Test
    void summaryPageCountsTheStatusesAndTheMeanSkorId(@TempDir Path dir) throws IOException {
        for (String by : List.of("provinsi", "kabupaten", "kecamatan")) {
            Path page = dir.resolve("s-" + by + ".html");
            Cli.Result run = Cli.run("summary", "--by", by, "--format", "html", "-o", page.toString(), EXAMPLE);
            assertEquals(0, run.status(), run.err());
            String html = Files.readString(page).replace("\n", " ");
            assertTrue(html.contains("<h1>Ringkasan Indeks Desa per " + by + "</h1>"), by);
            JsonNode total = MAPPER.readTree(Cli.run("summary", "--by", by, "--format", "json", EXAMPLE).out()).get(0)
                    .get("total");
            List<String> groups = all("(<g class=\"region\" data-code=\"TOTAL\".*?</g>)", html);
            assertEquals(1, groups.size(), by);
            for (String status : List.of("SANGAT_TERTINGGAL", "TERTINGGAL", "BERKEMBANG", "MAJU", "MANDIRI")) {
                List<String> count = all("<rect class=\"segment st-" + status + "\"[^>]*data-count=\"(\\d+)\"",
                        groups.get(0));
                assertEquals(total.get("counts").get(status.replace('_', ' ')).asLong(),
                        count.isEmpty() ? 0 : Long.parseLong(count.get(0)), by + " " + status);
            }
            int sum = 0;
            JsonNode villages = MAPPER.readTree(Cli.run("score", "--format", "json", EXAMPLE).out());
            for (JsonNode v : villages) {
                sum += v.get("points").asInt();
            }
            String mean = BigDecimal.valueOf(sum * 100L).divide(BigDecimal.valueOf(635L * villages.size()), 2,
                    RoundingMode.HALF_UP).toPlainString();
            assertEquals(List.of(mean), all("<tfoot>.*?<td class=\"num mean\">([^<]*)</td>", html), by);
            assertEquals(List.of(total.get("majuMandiriPercent").decimalValue().setScale(2).toPlainString()),
                    all("<tfoot>.*?<td class=\"num share\">([^<]*)</td>", html), by);
            assertTrue(html.contains("<h3>Item terlemah"), by);
        }
    }

    @Test
    void planAndInterventionsPagesHaveTheJsonPlans(@TempDir Path dir) throws IOException {
        JsonNode plans = MAPPER.readTree(Cli.run("plan", "--format", "json", EXAMPLE).out());
        Path page = dir.resolve("p.html");
        Cli.Result run = Cli.run("plan", "--format", "html", "-o", page.toString(), EXAMPLE);
        assertEquals(0, run.status(), run.err());
        String html = Files.readString(page).replace("\n", " ");
        String table = html.substring(html.indexOf("<table class=\"plans"), html.indexOf("</table>",
                html.indexOf("<table class=\"plans")));
        List<String> rows = all("<tr><td>(\\d{10}</td>.*?)</tr>", table);
        assertEquals(plans.size(), rows.size());
        for (int v = 0; v < plans.size(); v++) {
            JsonNode p = plans.get(v);
            List<String> values = all("<td class=\"num\">([^<]*)</td>", rows.get(v));
            assertTrue(rows.get(v).startsWith(p.get("kodeDesa").asText() + "</td>"), rows.get(v));
            assertEquals(List.of(p.get("skor").asText(), p.get("skorAfter").asText()), values);
            assertTrue(rows.get(v).contains(">" + p.get("statusAfter").asText() + "<"), rows.get(v));
        }
        JsonNode work = MAPPER.readTree(Cli.run("interventions", "--plan", "--format", "json", EXAMPLE).out());
        Cli.Result interventions = Cli.run("interventions", "--plan", "--format", "html", EXAMPLE);
        assertEquals(0, interventions.status(), interventions.err());
        int tasks = 0;
        for (JsonNode agency : work) {
            tasks += agency.get("taskCount").asInt();
        }
        assertTrue(interventions.out().contains(work.size() + " pelaksana, " + tasks + " tugas, " + plans.size()
                + " desa dibaca."), interventions.out());
        List<IndeksDesaPlan> direct = new ArrayList<>();
        results().forEach(r -> direct.add(IndeksDesaPlanner.official().plan(r)));
        assertEquals(Interventions.ofIndeksDesaPlans(direct).agencies().size(), work.size());
    }

    @Test
    void anErrorLeavesNoPageBehind(@TempDir Path dir) {
        Path page = dir.resolve("mixed.html");
        Cli.Result run = Cli.run("plan", "--format", "html", "-o", page.toString(), EXAMPLE,
                Cli.file("examples/data/scores.csv"));
        assertEquals(2, run.status());
        assertTrue(run.err().contains("IDM and Indeks Desa inputs cannot be mixed in one page"), run.err());
        assertFalse(Files.exists(page), "no page after an error");
        assertEquals(List.of(), List.of(dir.toFile().list()), "nothing else either");
    }

    @Test
    void anUnwritablePageNamesItsFile(@TempDir Path dir) {
        Path page = dir.resolve("missing").resolve("s.html");
        Cli.Result run = Cli.run("summary", "--format", "html", "-o", page.toString(), EXAMPLE);
        assertEquals(2, run.status());
        assertTrue(run.err().contains("cannot write the output: " + page + ": no such directory"), run.err());
    }
}
