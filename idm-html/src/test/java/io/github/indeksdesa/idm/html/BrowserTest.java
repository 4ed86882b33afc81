// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.id.Dimension;
import io.github.indeksdesa.idm.id.IndeksDesaResult;
import io.github.indeksdesa.idm.id.Item;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * Every page type in headless Chromium: no console errors, the charts with the expected number of
 * bars and segments, the numbers in the DOM equal to the library's, a screenshot of each page
 * under {@code target/screenshots}, and print to PDF of a 5-village report gives 5 pages or more.
 *
 * <p>Needs the Debian packages {@code chromium} and {@code chromium-driver}: skipped without them,
 * except under CI ({@code CI=true}), where their absence fails.
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("idm.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("idm.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SHOTS = Path.of("target", "screenshots");

    private static ChromeDriver driver;
    private static Path profile;
    private static Map<String, Path> pages;

    @BeforeAll
    static void start() throws IOException {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add("chromium (" + CHROMIUM + ")");
        }
        if (!Files.isExecutable(DRIVER)) {
            missing.add("chromium-driver (" + DRIVER + ")");
        }
        String message = "browser tests need the Debian packages " + String.join(" and ", missing)
                + ": apt-get install chromium chromium-driver";
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(missing.isEmpty(), message);
        }
        assumeTrue(missing.isEmpty(), message);
        pages = Samples.write(Path.of("target", "browser"));
        Files.createDirectories(SHOTS);
        profile = Files.createTempDirectory("idm-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1200,1500",
                "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Opens a page, checks the console and writes its screenshot. */
    private static void open(String name) throws IOException {
        driver.get(pages.get(name).toUri().toString());
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        assertEquals(List.of(), errors, name + " page: console errors");
        Path shot = SHOTS.resolve(name + ".png");
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
        String readme = System.getProperty("idm.screenshots.dir", "");
        if (!readme.isBlank() && name.equals("summary")) {
            Files.createDirectories(Path.of(readme));
            Files.copy(shot, Path.of(readme).resolve("summary-dashboard.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    @Test
    void villageReport() throws IOException {
        open("village");
        List<VillagePage> expected = Samples.villages(5);
        List<WebElement> sections = all("section.village");
        assertEquals(5, sections.size());
        for (int i = 0; i < 5; i++) {
            WebElement section = sections.get(i);
            VillagePage page = expected.get(i);
            assertEquals(page.villageCode(), section.getAttribute("data-village"));
            assertEquals(4, section.findElements(By.cssSelector("svg.bars g.bar")).size());
            assertEquals(page.figures().get(0).value(),
                    section.findElement(By.cssSelector("dd[data-figure='IDM']")).getText());
            for (Bar bar : page.bars()) {
                assertEquals(bar.display(), section.findElement(By.cssSelector("g.bar[data-code='" + bar.code()
                        + "'] text:last-of-type")).getText(), bar.code());
                WebElement rect = section.findElement(By.cssSelector("g.bar[data-code='" + bar.code() + "'] rect.value"));
                double drawn = rect.getRect().getWidth()
                        / (double) section.findElement(By.cssSelector("g.bar[data-code='" + bar.code() + "'] rect.track"))
                        .getRect().getWidth();
                assertEquals(bar.ratio(), drawn, 0.02, bar.code() + " bar length");
            }
            assertEquals(page.weak().size(), section.findElements(By.cssSelector("table.weak tbody tr")).size());
            assertEquals(page.plan().size(), section.findElements(By.cssSelector("table.plan tbody tr")).size());
        }
        Pdf pdf = print();
        assertTrue(pdf.pages >= 5, "a 5-village report prints on " + pdf.pages + " pages");
    }

    @Test
    void summaryDashboard() throws IOException {
        open("summary");
        SummarySection section = Samples.summary().sections().get(0);
        List<WebElement> regions = all("svg.stacked g.region");
        assertEquals(section.regions().size() + 1, regions.size(), "a bar per region and one for the total");
        long segments = section.regions().stream().mapToLong(r -> r.counts().stream().filter(c -> c > 0).count()).sum()
                + section.total().counts().stream().filter(c -> c > 0).count();
        assertEquals(segments, all("svg.stacked rect.segment").size());
        for (Status status : Status.values()) {
            long drawn = all("svg.stacked g.region[data-code='TOTAL'] rect.st-" + status.name()).stream()
                    .mapToLong(r -> Long.parseLong(r.getAttribute("data-count"))).sum();
            assertEquals(section.total().count(status), drawn, status.name());
        }
        assertEquals(section.total().mean(), driver.findElement(By.cssSelector("tfoot td.mean")).getText());
        assertEquals(section.total().share(), driver.findElement(By.cssSelector("tfoot td.share")).getText());
        assertEquals(section.weakest().size(), all("svg.weakest g.bar").size());
        // Sorting: the mean column, twice, gives descending order.
        WebElement button = driver.findElement(By.xpath("//table[contains(@class,'regions')]//th[.='Rata-rata indeks']"
                + "/button"));
        button.click();
        button.click();
        List<Double> means = all("table.regions tbody td.mean").stream().map(e -> Double.parseDouble(e.getText()))
                .toList();
        List<Double> sorted = new ArrayList<>(means);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, means);
        open("summary");
    }

    @Test
    void interventions() throws IOException {
        open("interventions");
        InterventionsPage page = Samples.interventions();
        assertEquals(page.agencies().size(), all("svg.agencies g.bar").size());
        assertEquals(page.agencies().size(), all("section.agency").size());
        assertEquals(page.agencies().get(0).taskCount() + "", driver.findElement(By.cssSelector(
                "table.agency-totals tbody tr:first-child td:nth-child(3)")).getText());
        assertEquals(page.plans().size(), all("table.plans tbody tr").size());
    }

    @Test
    void compare() throws IOException {
        open("compare");
        ComparePage page = Samples.compare();
        assertEquals(25, all("svg.heatmap g.cell").size());
        for (Status from : Status.values()) {
            for (Status to : Status.values()) {
                assertEquals(Integer.toString(page.count(from, to)), driver.findElement(By.cssSelector(
                        "g.cell[data-from='" + from.name() + "'][data-to='" + to.name() + "'] text")).getText());
            }
        }
        assertEquals(Integer.toString(page.up().size()), driver.findElement(By.cssSelector("dd[data-figure='up']"))
                .getText());
        assertEquals(page.up().size(), all("table.movers.up tbody tr").size());
    }

    @Test
    void indeksDesaVillageReport() throws IOException {
        open("id-village");
        List<WebElement> sections = all("section.village");
        assertEquals(Samples.CODES.length, sections.size());
        for (int k = 0; k < sections.size(); k++) {
            WebElement section = sections.get(k);
            IndeksDesaResult result = Samples.idResult(k);
            assertEquals(result.villageCode().value(), section.getAttribute("data-village"));
            assertEquals(6, section.findElements(By.cssSelector("svg.bars g.bar")).size());
            assertEquals(result.skorId().toPublishedString(),
                    section.findElement(By.cssSelector("dd[data-figure='Skor ID']")).getText());
            assertEquals(result.points() + " / 635", section.findElement(By.cssSelector("dd[data-figure='Poin']"))
                    .getText());
            assertTrue(section.getText().contains(result.status().officialName()), "status of " + k);
            int sum = 0;
            for (Dimension d : Dimension.values()) {
                String bar = "g.bar[data-code='" + d.code() + "'] ";
                String text = section.findElement(By.cssSelector(bar + "text:last-of-type")).getText();
                assertEquals(result.points(d) + " / " + Samples.ID_MODEL.maxPoints(d), text, d.code());
                sum += Integer.parseInt(text.substring(0, text.indexOf(' ')));
                double drawn = section.findElement(By.cssSelector(bar + "rect.value")).getRect().getWidth()
                        / (double) section.findElement(By.cssSelector(bar + "rect.track")).getRect().getWidth();
                assertEquals(result.points(d) / (double) Samples.ID_MODEL.maxPoints(d), drawn, 0.02, d.code());
            }
            assertEquals(result.points(), sum, "the six bars add up to P");
            int lowest = Samples.ID_MODEL.items().stream().mapToInt(i -> result.scores().score(i)).min().orElseThrow();
            int weakAt = lowest <= 2 ? 2 : lowest < 5 ? lowest : 0;
            List<Item> weak = Samples.ID_MODEL.items().stream().filter(i -> result.scores().score(i) <= weakAt)
                    .sorted(java.util.Comparator.comparingInt(i -> result.scores().score(i))).toList();
            List<WebElement> rows = section.findElements(By.cssSelector("table.weak tbody tr"));
            assertEquals(Math.min(weak.size(), HtmlReports.WEAK_LISTED), rows.size(), "weak items of " + k);
            for (int i = 0; i < rows.size(); i++) {
                Item item = weak.get(i);
                assertEquals(item.code(), rows.get(i).findElement(By.cssSelector("td:first-child")).getText());
                assertEquals(result.scores().score(item) + "/5",
                        rows.get(i).findElement(By.cssSelector("td.num")).getText(), item.code());
            }
            assertTrue(section.findElement(By.tagName("h3")).getText().startsWith("Item lemah (" + weak.size()
                    + " dari 127)"), section.findElement(By.tagName("h3")).getText());
            List<WebElement> more = section.findElements(By.cssSelector("p.weak-more"));
            assertEquals(weak.size() > HtmlReports.WEAK_LISTED, !more.isEmpty(), "the line on the others, " + k);
            more.forEach(m -> assertTrue(m.getText().contains((weak.size() - HtmlReports.WEAK_LISTED)
                    + " item lemah lainnya"), m.getText()));
            io.github.indeksdesa.idm.plan.IndeksDesaPlan plan = Samples.idPlans().get(k);
            List<WebElement> steps = section.findElements(By.cssSelector("table.plan tbody tr"));
            assertEquals(plan.changes().size(), steps.size(), "plan steps of " + k);
            for (int i = 0; i < steps.size(); i++) {
                List<WebElement> cells = steps.get(i).findElements(By.tagName("td"));
                assertEquals(plan.changes().get(i).code(), cells.get(0).getText());
                assertEquals(Integer.toString(plan.changes().get(i).from()), cells.get(2).getText());
                assertEquals(Integer.toString(plan.changes().get(i).to()), cells.get(3).getText());
                assertEquals("+" + plan.changes().get(i).points() + " poin", cells.get(4).getText());
            }
            if (result.pointsToTarget() > 0) {
                assertEquals(Integer.toString(result.pointsToTarget()),
                        section.findElement(By.cssSelector("dd[data-figure='Kekurangan poin']")).getText());
            }
        }
    }

    @Test
    void indeksDesaInterventions() throws IOException {
        open("id-interventions");
        List<io.github.indeksdesa.idm.plan.IndeksDesaPlan> plans = Samples.idPlans();
        List<WebElement> rows = all("table.plans tbody tr");
        assertEquals(plans.size(), rows.size());
        for (int k = 0; k < rows.size(); k++) {
            List<WebElement> cells = rows.get(k).findElements(By.tagName("td"));
            io.github.indeksdesa.idm.plan.IndeksDesaPlan plan = plans.get(k);
            assertEquals(plan.villageCode().value(), cells.get(0).getText());
            assertEquals(plan.statusAfter().officialName(), cells.get(3).getText());
            assertEquals(plan.skorId().toPublishedString(), cells.get(4).getText());
            assertEquals(plan.skorIdAfter().toPublishedString(), cells.get(5).getText());
        }
        int tasks = io.github.indeksdesa.idm.plan.Interventions.ofIndeksDesaPlans(plans).agencies().stream()
                .mapToInt(io.github.indeksdesa.idm.plan.AgencyWork::taskCount).sum();
        assertEquals(tasks, all("section.agency table.tasks tbody tr").size());
    }

    @Test
    void indeksDesaSummary() throws IOException {
        open("id-summary");
        SummarySection section = Samples.idSummary().sections().get(0);
        assertEquals("Indeks Desa", driver.findElement(By.cssSelector("section.year")).getAttribute("data-edition"));
        assertTrue(driver.findElement(By.cssSelector("section.year h2")).getText().startsWith("Indeks Desa 2025"));
        List<WebElement> regions = all("svg.stacked g.region");
        assertEquals(section.regions().size() + 1, regions.size(), "a bar per region and one for the total");
        long segments = section.regions().stream().mapToLong(r -> r.counts().stream().filter(c -> c > 0).count()).sum()
                + section.total().counts().stream().filter(c -> c > 0).count();
        assertEquals(segments, all("svg.stacked rect.segment").size());
        for (Status status : Status.values()) {
            long expected = java.util.stream.IntStream.range(0, Samples.CODES.length)
                    .filter(k -> Samples.idResult(k).status() == status).count();
            long drawn = all("svg.stacked g.region[data-code='TOTAL'] rect.st-" + status.name()).stream()
                    .mapToLong(r -> Long.parseLong(r.getAttribute("data-count"))).sum();
            assertEquals(expected, drawn, status.name());
        }
        java.math.BigDecimal mean = java.util.stream.IntStream.range(0, Samples.CODES.length)
                .mapToObj(k -> new java.math.BigDecimal(Samples.idResult(k).points() * 100))
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)
                .divide(java.math.BigDecimal.valueOf(635L * Samples.CODES.length), 2, java.math.RoundingMode.HALF_UP);
        assertEquals(mean.toPlainString(), driver.findElement(By.cssSelector("tfoot td.mean")).getText());
        assertEquals(section.total().share(), driver.findElement(By.cssSelector("tfoot td.share")).getText());
        assertTrue(driver.findElement(By.xpath("//table[contains(@class,'regions')]//th[.='Rata-rata Skor ID']"))
                .isDisplayed());
        assertEquals(section.weakest().size(), all("svg.weakest g.bar").size());
        for (WeakIndicatorRow w : section.weakest()) {
            long expected = java.util.stream.IntStream.range(0, Samples.CODES.length)
                    .filter(k -> Samples.idResult(k).scores().score(w.code()) <= 2).count();
            assertEquals(Long.toString(expected), driver.findElement(By.cssSelector("svg.weakest g.bar[data-code='"
                    + w.code() + "'] text:last-of-type")).getText(), w.code());
        }
    }

    private record Pdf(int pages) {
    }

    private static Pdf print() throws IOException {
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        options.setBackground(true);
        byte[] pdf = Base64.getDecoder().decode(driver.print(options).getContent());
        Files.write(SHOTS.resolve("village.pdf"), pdf);
        Matcher m = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(new String(pdf,
                java.nio.charset.StandardCharsets.ISO_8859_1));
        int count = 0;
        while (m.find()) {
            count++;
        }
        return new Pdf(count);
    }
}
