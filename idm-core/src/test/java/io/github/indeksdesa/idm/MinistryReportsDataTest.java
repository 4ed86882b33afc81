package io.github.indeksdesa.idm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.report.MinistryReport;
import io.github.indeksdesa.idm.report.ReportRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * NO, INDIKATOR, ROW_CELL, KETERANGAN, KEGIATAN, NILAI and the six agency columns. (Summaries are
 * left to the verifier: some published 2024 subtotals disagree with their own scores, §6.)
 */
class MinistryReportsDataTest {

    private static final String DIRECTORY = "data/ministry-api";
    /** The number of reports in the shared data. */
    private static final int REPORTS = 295;

    @Test
    void everyIndicatorRowIsReproducedFromItsScores() throws IOException {
        Path dir = SharedData.require(DIRECTORY + "/6401022004_2024.json").getParent();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().matches("\\d{10}_\\d{4}\\.json")).sorted()
                    .collect(Collectors.toList());
        }
        assertEquals(REPORTS, files.size(), dir.toString());
        List<String> mismatches = new ArrayList<>();
        for (Path file : files) {
            compare(file, mismatches);
        }
        assertTrue(mismatches.isEmpty(), mismatches.size() + " mismatches, first: "
                + mismatches.subList(0, Math.min(10, mismatches.size())));
    }

    private static void compare(Path file, List<String> mismatches) throws IOException {
        String name = file.getFileName().toString();
        Map<String, Object> mapData = MiniJson.object(MiniJson.object(
                MiniJson.parse(Files.readString(file, StandardCharsets.UTF_8))).get("mapData"));
        List<Map<String, Object>> published = MiniJson.array(mapData.get("ROW")).stream().map(MiniJson::object)
                .filter(row -> row.get("NO") != null).collect(Collectors.toList());
        int[] scores = published.stream().mapToInt(row -> ((Long) row.get("SKOR")).intValue()).toArray();
        String code = name.substring(0, 10);
        int year = Integer.parseInt(name.substring(11, 15));
        List<ReportRow> rows = MinistryReport.of(VillageScores.of(IdmModel.official(), VillageCode.of(code), year,
                scores).evaluate()).indicatorRows();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> p = published.get(i);
            ReportRow row = rows.get(i);
            String where = name + " " + row.indicator().orElseThrow().code();
            check(mismatches, where + " NO", ((Long) p.get("NO")).intValue(), row.number().orElseThrow());
            check(mismatches, where + " INDIKATOR", p.get("INDIKATOR"), row.label());
            check(mismatches, where + " ROW_CELL", ((Long) p.get("ROW_CELL")).intValue(), row.rowCell());
            check(mismatches, where + " NILAI", p.get("NILAI"), row.gainText().orElseThrow());
            check(mismatches, where + " KETERANGAN", textOrFalse(p.get("KETERANGAN")), row.meaning().orElse(null));
            check(mismatches, where + " KEGIATAN", textOrFalse(p.get("KEGIATAN")), row.activity().orElse(null));
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

    private static String textOrFalse(Object value) {
        return Boolean.FALSE.equals(value) ? null : (String) value;
    }
}
