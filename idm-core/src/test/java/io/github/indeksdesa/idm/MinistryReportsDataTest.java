// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.report.MinistryReport;
import io.github.indeksdesa.idm.report.ReportRow;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every indicator row of every ministry report in the shared data is reproduced from its scores:
 * NO, INDIKATOR, ROW_CELL, KETERANGAN, KEGIATAN, NILAI and the six agency columns; and every
 * summary is reproduced from the published subtotals, which match the scores except in the 2024
 * reports §6 describes.
 */
class MinistryReportsDataTest {

    private static final String DIRECTORY = "data/ministry-api";
    /** The number of reports in the shared data. */
    private static final int REPORTS = 295;
    private static final int INCONSISTENT_REPORTS = 30;
    /** How far an inconsistent IKS subtotal is from ΣIKS, in points (4/175). */
    private static final int INCONSISTENT_IKS_DIFFERENCE = 4;
    private static final double API_TOLERANCE = 1e-12;
    private static final int IKS_SUBTOTAL = 35;
    private static final int IKE_SUBTOTAL = 48;
    private static final int IKL_SUBTOTAL = 52;
    private static final int IDM_ROW = 53;
    private static final int STATUS_ROW = 54;

    private static List<Path> reports() throws IOException {
        Path dir = SharedData.require(DIRECTORY + "/6401022004_2024.json").getParent();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().matches("\\d{10}_\\d{4}\\.json")).sorted()
                    .collect(Collectors.toList());
        }
        assertEquals(REPORTS, files.size(), dir.toString());
        return files;
    }

    private static VillageResult evaluate(Path file, int[] scores) {
        String name = file.getFileName().toString();
        return VillageScores.of(IdmModel.official(), VillageCode.of(name.substring(0, 10)),
                Integer.parseInt(name.substring(11, 15)), scores).evaluate();
    }

    /**
     * §6: the summary always follows the published subtotals; in some 2024 reports the IKS subtotal
     * is 4/175 off the indicator scores. In this sample that is 30 reports, all of 2024.
     */
    @Test
    void summariesFollowThePublishedSubtotals() throws IOException {
        int inconsistent = 0;
        for (Path file : reports()) {
            String name = file.getFileName().toString();
            PublishedReport report = PublishedReport.read(file);
            List<Object> rows = report.rows();
            IdmValue published = IndexRecovery.of(IdmModel.official(), subtotal(rows, IKS_SUBTOTAL),
                    subtotal(rows, IKE_SUBTOTAL), subtotal(rows, IKL_SUBTOTAL)).valueOrThrow();
            IdmValue fromScores = evaluate(file, report.scores()).value();
            if (!published.equals(fromScores)) {
                inconsistent++;
                assertTrue(name.endsWith("_2024.json"), name);
                assertEquals(INCONSISTENT_IKS_DIFFERENCE,
                        Math.abs(published.sum(Index.IKS) - fromScores.sum(Index.IKS)), name);
                assertEquals(published.sum(Index.IKE), fromScores.sum(Index.IKE), name);
                assertEquals(published.sum(Index.IKL), fromScores.sum(Index.IKL), name);
            }
            Map<String, Object> summary = report.summary();
            assertEquals(((Number) summary.get("SKOR_SAAT_INI")).doubleValue(), published.idm().doubleValue(),
                    API_TOLERANCE, name);
            assertEquals(((Number) MiniJson.object(rows.get(IDM_ROW)).get("SKOR")).doubleValue(),
                    published.idm().doubleValue(), API_TOLERANCE, name);
            assertEquals(summary.get("STATUS"), published.status().officialName(), name);
            assertEquals(MiniJson.object(rows.get(STATUS_ROW)).get("SKOR"), published.status().label(), name);
            assertEquals(summary.get("TARGET_STATUS"), published.targetStatus().officialName(), name);
            assertEquals(summary.get("SKOR_MINIMAL"), published.minimumScore().toPlainString(), name);
            assertEquals(((Number) summary.get("PENAMBAHAN")).doubleValue(), published.gap().doubleValue(),
                    API_TOLERANCE, name);
        }
        assertEquals(INCONSISTENT_REPORTS, inconsistent);
    }

    private static BigDecimal subtotal(List<Object> rows, int position) {
        Object skor = MiniJson.object(rows.get(position)).get("SKOR");
        return skor instanceof Long ? BigDecimal.valueOf((Long) skor) : BigDecimal.valueOf((Double) skor);
    }

    @Test
    void everyIndicatorRowIsReproducedFromItsScores() throws IOException {
        List<String> mismatches = new ArrayList<>();
        for (Path file : reports()) {
            compare(file, mismatches);
        }
        assertTrue(mismatches.isEmpty(), mismatches.size() + " mismatches, first: "
                + mismatches.subList(0, Math.min(10, mismatches.size())));
    }

    private static void compare(Path file, List<String> mismatches) throws IOException {
        String name = file.getFileName().toString();
        PublishedReport report = PublishedReport.read(file);
        List<Map<String, Object>> published = report.rows().stream().map(MiniJson::object)
                .filter(row -> row.get("NO") != null).collect(Collectors.toList());
        List<ReportRow> rows = MinistryReport.of(evaluate(file, report.scores())).indicatorRows();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> p = published.get(i);
            ReportRow row = rows.get(i);
            String where = name + " " + row.indicator().orElseThrow().code();
            check(mismatches, where + " NO", ((Long) p.get("NO")).intValue(), row.number().orElseThrow());
            check(mismatches, where + " INDIKATOR", p.get("INDIKATOR"), row.label());
            check(mismatches, where + " ROW_CELL", ((Long) p.get("ROW_CELL")).intValue(), row.rowCell());
            check(mismatches, where + " NILAI", p.get("NILAI"), row.gainText().orElseThrow());
            check(mismatches, where + " KETERANGAN", PublishedReport.textOrFalse(p.get("KETERANGAN")),
                    row.meaning().orElse(null));
            check(mismatches, where + " KEGIATAN", PublishedReport.textOrFalse(p.get("KEGIATAN")),
                    row.activity().orElse(null));
            for (AgencyLevel level : AgencyLevel.values()) {
                check(mismatches, where + " " + level, p.get(level.name()), row.agencies().get(level).orElse(null));
            }
        }
    }

    private static void check(List<String> mismatches, String where, Object expected, Object actual) {
        if (!java.util.Objects.equals(expected, actual)) {
            mismatches.add(where + ": published " + expected + ", computed " + actual);
        }
    }
}
