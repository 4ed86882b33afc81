// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.indeksdesa.idm.report.MinistryReport;
import io.github.indeksdesa.idm.report.ReportRow;
import java.io.IOException;
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

    private static PublishedReport published(WorkedExample example) throws IOException {
        return PublishedReport.read(SharedData.require(example.apiFile()));
    }

    @ParameterizedTest
    @EnumSource(WorkedExample.class)
    void quotedScoresEqualThePublishedScores(WorkedExample example) throws IOException {
        assertArrayEquals(published(example).scores(), example.scores(), example.apiFile());
    }

    @ParameterizedTest
    @EnumSource(WorkedExample.class)
    void summaryEqualsThePublishedSummary(WorkedExample example) throws IOException {
        Map<String, Object> summary = published(example).summary();
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
        List<Object> published = published(example).rows();
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
                assertEquals(PublishedReport.textOrFalse(p.get("KETERANGAN")), row.meaning().orElse(null),
                        where + " KETERANGAN");
                assertEquals(PublishedReport.textOrFalse(p.get("KEGIATAN")), row.activity().orElse(null),
                        where + " KEGIATAN");
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
}
