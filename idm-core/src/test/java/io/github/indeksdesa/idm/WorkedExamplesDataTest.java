package io.github.indeksdesa.idm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.indeksdesa.idm.report.MinistryReport;
import io.github.indeksdesa.idm.report.ReportRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Checks the scores quoted in {@link WorkedExample} against the ministry's reports in the shared
 * data, and that the computed report matches the published one field by field.
 */
class WorkedExamplesDataTest {

    private static final double API_TOLERANCE = 1e-12;

    private static Map<String, Object> mapData(WorkedExample example) throws IOException {
        String text = Files.readString(SharedData.require(example.apiFile()), StandardCharsets.UTF_8);
        return MiniJson.object(MiniJson.object(MiniJson.parse(text)).get("mapData"));
    }

    private static List<Object> rows(Map<String, Object> mapData) {
        return MiniJson.array(mapData.get("ROW"));
    }

    @ParameterizedTest
    @EnumSource(WorkedExample.class)
    void quotedScoresEqualThePublishedScores(WorkedExample example) throws IOException {
        int[] published = rows(mapData(example)).stream().map(MiniJson::object)
                .filter(row -> row.get("NO") != null)
                .mapToInt(row -> ((Long) row.get("SKOR")).intValue()).toArray();
        assertArrayEquals(published, example.scores(), example.apiFile());
    }

    @ParameterizedTest
    @EnumSource(WorkedExample.class)
    void summaryEqualsThePublishedSummary(WorkedExample example) throws IOException {
        Map<String, Object> summary = MiniJson.object(mapData(example).get("SUMMARIES"));
        VillageResult result = example.result();
        assertEquals((Double) summary.get("SKOR_SAAT_INI"), result.idm().doubleValue(), API_TOLERANCE);
        assertEquals(summary.get("STATUS"), result.status().officialName());
        assertEquals(summary.get("TARGET_STATUS"), result.targetStatus().officialName());
        assertEquals(summary.get("SKOR_MINIMAL"), result.minimumScore().toPlainString());
        assertEquals((Double) summary.get("PENAMBAHAN"), result.gap().doubleValue(), API_TOLERANCE);
        assertEquals((long) example.year(), summary.get("TAHUN"));
    }

    @ParameterizedTest
    @EnumSource(WorkedExample.class)
    void rowsEqualThePublishedRows(WorkedExample example) throws IOException {
        List<Object> published = rows(mapData(example));
        List<ReportRow> computed = MinistryReport.of(example.result()).rows();
        assertEquals(published.size(), computed.size());
        for (int i = 0; i < computed.size(); i++) {
            Map<String, Object> p = MiniJson.object(published.get(i));
            ReportRow row = computed.get(i);
            String where = example.apiFile() + " ROW[" + i + "]";
            assertEquals(((Long) p.get("ROW_CELL")).intValue(), row.rowCell(), where + " ROW_CELL");
            assertEquals(p.get("INDIKATOR"), row.label(), where + " INDIKATOR");
            if (p.get("NO") != null) {
                assertEquals(((Long) p.get("NO")).intValue(), row.number().orElseThrow(), where + " NO");
                assertEquals(p.get("NILAI"), row.gainText().orElseThrow(), where + " NILAI");
                assertEquals(textOrFalse(p.get("KETERANGAN")), row.meaning().orElse(null), where + " KETERANGAN");
                assertEquals(textOrFalse(p.get("KEGIATAN")), row.activity().orElse(null), where + " KEGIATAN");
                for (AgencyLevel level : AgencyLevel.values()) {
                    assertEquals(p.get(level.name()), row.agencies().get(level).orElse(null), where + " " + level);
                }
            } else if (p.get("SKOR") instanceof String) {
                assertEquals(p.get("SKOR"), row.status().orElseThrow().label(), where + " SKOR");
            } else {
                double skor = ((Number) p.get("SKOR")).doubleValue();
                assertEquals(skor, row.value().orElseThrow().doubleValue(), API_TOLERANCE, where + " SKOR");
            }
        }
    }

    private static String textOrFalse(Object value) {
        return Boolean.FALSE.equals(value) ? null : (String) value;
    }
}
