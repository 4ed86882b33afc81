// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageScores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Plans for the ministry's real reports in ../shared (skipped where that folder is absent). */
class MinistryReportsPlanTest {

    private static final IdmModel MODEL = IdmModel.official();
    private static final Pattern SKOR = Pattern.compile("\"SKOR\":([^,]*),");
    /** ROW indices of the subtotal, IDM and status rows (spec §6). */
    private static final List<Integer> NOT_INDICATORS = List.of(35, 48, 52, 53, 54);

    private static Path reports() {
        Path shared = Path.of(System.getProperty("idm.shared.dir", "../shared"));
        Path dir = shared.resolve("data/ministry-api");
        assumeTrue(Files.isDirectory(dir), "missing " + dir.toAbsolutePath() + ": ministry reports not available");
        return dir;
    }

    /** The 50 indicator scores of a report, in ministry order. */
    private static int[] scores(Path report) throws IOException {
        Matcher m = SKOR.matcher(Files.readString(report, StandardCharsets.UTF_8));
        List<Integer> scores = new ArrayList<>();
        int row = 0;
        while (m.find()) {
            if (!NOT_INDICATORS.contains(row++)) {
                scores.add(Integer.parseInt(m.group(1).strip()));
            }
        }
        assertEquals(55, row, report + ": ROW count");
        return scores.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void keladenScoresQuotedInTheTestsMatchTheReport() throws IOException {
        Path report = reports().resolve("6401022004_2024.json");
        assumeTrue(Files.isRegularFile(report), "missing " + report.toAbsolutePath());
        assertArrayEquals(scores(report), UpgradePlannerTest.KELADEN_2024);
    }

    @Test
    void everyReportGetsAPlanWithTheFewestPossibleChanges() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(reports())) {
            files = list.filter(p -> p.getFileName().toString().matches("\\d{10}_\\d{4}\\.json")).sorted().toList();
        }
        assumeTrue(!files.isEmpty(), "no reports in " + reports());
        int planned = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            VillageScores village = VillageScores.of(MODEL, VillageCode.of(name.substring(0, 10)),
                    Integer.parseInt(name.substring(11, 15)), scores(file));
            UpgradePlan plan = UpgradePlanner.official().plan(village);
            assertTrue(plan.isReachable(), name);
            assertTrue(plan.statusAfter().compareTo(plan.target()) >= 0, name + ": " + plan);
            assertEquals(fewestChanges(village, plan.neededGridUnits()), plan.changes().size(), name + ": " + plan);
            planned += plan.changes().isEmpty() ? 0 : 1;
        }
        assertTrue(planned > 0, "some report needs changes");
    }

    /**
     * An independent count: each indicator can at best go to its top, so the fewest changes is the
     * least k whose k largest such gains cover the need.
     */
    private static int fewestChanges(VillageScores village, long need) {
        List<Long> gains = new ArrayList<>();
        for (Indicator indicator : MODEL.indicators()) {
            gains.add(MODEL.weight(indicator.index()) * (indicator.highestScore() - village.score(indicator)));
        }
        gains.sort((a, b) -> Long.compare(b, a));
        long sum = 0;
        int k = 0;
        while (sum < need) {
            sum += gains.get(k++);
        }
        return k;
    }
}
