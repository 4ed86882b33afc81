// SPDX-License-Identifier: Apache-2.0
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shipped official model equals the reference tables {@code reference/indicators.tsv} and
 * {@code reference/score-ladder.tsv} of the shared data (skipped where they are absent).
 */
class OfficialModelIntegrityTest {

    private static final String INDICATORS = "reference/indicators.tsv";
    private static final String LADDER = "reference/score-ladder.tsv";
    /** The ladder file writes "false" where the ministry emits JSON false: no text. */
    private static final String NO_TEXT = "false";
    private static final int LADDER_PAIRS = 178;

    private final IdmModel model = IdmModel.official();

    /** Reads a TSV file as maps from header to field, every field exactly as written. */
    private static List<Map<String, String>> readTsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                continue;
            }
            String[] fields = lines.get(i).split("\t", -1);
            assertEquals(header.length, fields.length, file + ":" + (i + 1) + " field count");
            Map<String, String> row = new HashMap<>();
            for (int f = 0; f < header.length; f++) {
                row.put(header[f], fields[f]);
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void indicatorsEqualTheReferenceTable() throws IOException {
        List<Map<String, String>> rows = readTsv(SharedData.require(INDICATORS));
        assertEquals(rows.size(), model.indicatorCount(), "indicator count");
        List<ReportRow> reportRows = MinistryReport.of(WorkedExample.KELADEN.result()).rows();
        for (int position = 0; position < rows.size(); position++) {
            Map<String, String> row = rows.get(position);
            Indicator indicator = model.indicators().get(position);
            String where = INDICATORS + " row " + (position + 2) + " (" + row.get("code") + ")";
            assertEquals(row.get("code"), indicator.code(), where + " code");
            assertEquals(Index.valueOf(row.get("index")), indicator.index(), where + " index");
            assertEquals(Integer.parseInt(row.get("no")), indicator.number(), where + " no");
            assertEquals(row.get("api_label"), indicator.label(), where + " api_label");
            assertEquals(row.get("dimension"), indicator.dimension(), where + " dimension");
            assertEquals(row.get("name_en"), indicator.englishName(), where + " name_en");
            List<Integer> observed = Arrays.stream(row.get("observed_scores").split(","))
                    .map(Integer::valueOf).collect(Collectors.toList());
            assertEquals(observed, indicator.allowedScores(), where + " observed_scores");
            for (AgencyLevel level : AgencyLevel.values()) {
                assertEquals(row.get(level.name()), indicator.agencies().get(level).orElse(""), where + " " + level);
            }
            ReportRow reportRow = reportRows.get(Integer.parseInt(row.get("api_row")));
            assertEquals(indicator, reportRow.indicator().orElseThrow(), where + " api_row");
            assertEquals(Integer.parseInt(row.get("api_row_cell")), reportRow.rowCell(), where + " api_row_cell");
        }
    }

    @Test
    void ladderEqualsTheReferenceTable() throws IOException {
        List<Map<String, String>> rows = readTsv(SharedData.require(LADDER));
        assertEquals(LADDER_PAIRS, rows.size(), LADDER + " pairs");
        int steps = model.indicators().stream().mapToInt(i -> i.ladder().size()).sum();
        assertEquals(rows.size(), steps, "ladder steps of the model");
        for (Map<String, String> row : rows) {
            String where = LADDER + " " + row.get("code") + " score " + row.get("score");
            Indicator indicator = model.indicator(row.get("code"));
            LadderStep step = indicator.step(Integer.parseInt(row.get("score")))
                    .orElseThrow(() -> new AssertionError(where + ": not on the model's ladder"));
            assertEquals(text(row.get("KETERANGAN")), step.meaning().orElse(null), where + " KETERANGAN");
            assertEquals(text(row.get("KEGIATAN")), step.activity().orElse(null), where + " KEGIATAN");
        }
    }

    @Test
    void onlyIks16ScoreZeroHasNoText() {
        List<String> withoutText = new ArrayList<>();
        for (Indicator indicator : model.indicators()) {
            for (LadderStep step : indicator.ladder()) {
                if (step.meaning().isEmpty() || step.activity().isEmpty()) {
                    withoutText.add(indicator.code() + "/" + step.score());
                }
            }
        }
        assertEquals(List.of("IKS16/0"), withoutText);
    }

    @Test
    void everyTopStepIsFiveWithActivityDash() {
        for (Indicator indicator : model.indicators()) {
            assertEquals(IdmModel.MAX_SCORE, indicator.highestScore(), indicator.describe());
            assertTrue(indicator.step(IdmModel.MAX_SCORE).flatMap(LadderStep::activity).filter("-"::equals).isPresent(),
                    indicator.describe() + " KEGIATAN at 5");
        }
    }

    private static String text(String field) {
        return NO_TEXT.equals(field) ? null : field;
    }
}
