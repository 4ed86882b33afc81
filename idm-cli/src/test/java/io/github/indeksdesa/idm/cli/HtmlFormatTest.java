// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format html} of report, summary, plan, interventions and compare: the same figures as the JSON. */
class HtmlFormatTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    /** The first group of each match of the regex in the text. */
    static List<String> all(String regex, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static void assertNumber(JsonNode expected, String actual, String what) {
        assertEquals(0, expected.decimalValue().compareTo(new BigDecimal(actual)), what + ": " + expected + " vs "
                + actual);
    }

    @Test
    void summaryShowsTheFiguresOfTheJson() throws IOException {
        String input = Cli.file("examples/data/bulk-kaltim.csv");
        Cli.Result json = Cli.run("summary", "--by", "kabupaten", "--format", "json", input);
        Cli.Result html = Cli.run("summary", "--by", "kabupaten", "--format", "html", input);
        assertEquals(json.status(), html.status(), html.err());
        JsonNode years = MAPPER.readTree(json.out());
        List<String> means = all("<tfoot>.*?<td class=\"num mean\">([^<]*)</td>", html.out().replace("\n", " "));
        List<String> shares = all("<tfoot>.*?<td class=\"num share\">([^<]*)</td>", html.out().replace("\n", " "));
        List<String> regionMeans = all("<tr data-code=\"\\d+\">.*?<td class=\"num mean\">([^<]*)</td>",
                html.out().replace("\n", " "));
        assertEquals(years.size(), means.size());
        int r = 0;
        for (int y = 0; y < years.size(); y++) {
            assertNumber(years.get(y).get("total").get("meanIdm"), means.get(y), "mean");
            assertNumber(years.get(y).get("total").get("majuMandiriPercent"), shares.get(y), "share");
            for (JsonNode region : years.get(y).get("regions")) {
                assertNumber(region.get("meanIdm"), regionMeans.get(r++), region.get("kode").asText());
            }
        }
        assertEquals(regionMeans.size(), r);
    }

    @Test
    void reportHasASectionPerVillageWithItsIdm(@TempDir Path dir) throws IOException {
        String input = Cli.file("examples/data/scores.csv");
        Path page = dir.resolve("report.html");
        Cli.Result html = Cli.run("report", "--format", "html", "-o", page.toString(), input);
        assertEquals(0, html.status(), html.err());
        assertEquals("", html.out());
        String text = Files.readString(page);
        JsonNode villages = MAPPER.readTree(Cli.run("score", "--format", "json", input).out());
        List<String> codes = all("<section class=\"village\" id=\"[^\"]*\" data-village=\"(\\d+)\"", text);
        List<String> idms = all("<dd data-figure=\"IDM\">([^<]*)</dd>", text);
        assertEquals(villages.size(), codes.size());
        for (int i = 0; i < villages.size(); i++) {
            assertEquals(villages.get(i).get("kodeDesa").asText(), codes.get(i));
            assertEquals(villages.get(i).get("exact").get("idm").asText(), exact(idms.get(i), villages.get(i)));
        }
    }

    /** The 4-decimal IDM of the page, checked against the exact value: it must be that value rounded. */
    private static String exact(String shown, JsonNode village) {
        String[] parts = village.get("exact").get("idm").asText().split("/");
        BigDecimal value = new BigDecimal(parts[0]).divide(new BigDecimal(parts.length > 1 ? parts[1] : "1"), 4,
                java.math.RoundingMode.HALF_UP);
        return value.compareTo(new BigDecimal(shown)) == 0 ? village.get("exact").get("idm").asText()
                : "page shows " + shown + ", the exact IDM rounds to " + value;
    }

    @Test
    void planInterventionsAndCompareWritePages() {
        String scores = Cli.file("examples/data/scores.csv");
        for (String[] args : List.of(new String[] {"plan", "--format", "html", scores},
                new String[] {"interventions", "--format", "html", scores},
                new String[] {"interventions", "--plan", "--format", "html", scores},
                new String[] {"compare", "--format", "html", Cli.file("examples/data/kaltim-2023-2024.csv")})) {
            Cli.Result result = Cli.run(args);
            assertEquals(0, result.status(), String.join(" ", args) + ": " + result.err());
            assertTrue(result.out().startsWith("<!DOCTYPE html>") && result.out().contains("<svg class=\"chart"),
                    String.join(" ", args));
        }
    }

    @Test
    void compareHtmlMatrixEqualsTheJson() throws IOException {
        String input = Cli.file("examples/data/kaltim-2023-2024.csv");
        JsonNode total = MAPPER.readTree(Cli.run("compare", "--format", "json", input).out()).get(0).get("total");
        String html = Cli.run("compare", "--format", "html", input).out();
        Matcher m = Pattern.compile("<g class=\"cell\" data-from=\"(\\w+)\" data-to=\"(\\w+)\" data-count=\"(\\d+)\">")
                .matcher(html);
        int cells = 0;
        while (m.find()) {
            cells++;
            assertEquals(total.get("matrix").get(m.group(1).replace('_', ' ')).get(m.group(2).replace('_', ' '))
                    .asInt(), Integer.parseInt(m.group(3)), m.group(1) + " -> " + m.group(2));
        }
        assertEquals(25, cells);
        assertTrue(html.contains("<dd data-figure=\"up\">" + total.get("up").asInt() + "</dd>"));
        assertTrue(html.contains("<dd data-figure=\"unchanged\">" + total.get("unchanged").asInt() + "</dd>"));
    }

    @Test
    void outputFileNeedsHtml() {
        Cli.Result result = Cli.run("summary", "-o", "x.html", Cli.file("examples/data/scores.csv"));
        assertEquals(2, result.status());
        assertTrue(result.err().contains("-o/--output needs --format html"), result.err());
    }
}
