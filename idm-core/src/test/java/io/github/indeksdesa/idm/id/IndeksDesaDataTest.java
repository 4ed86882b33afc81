package io.github.indeksdesa.idm.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.indeksdesa.idm.SharedData;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.batch.IndeksDesaBatchResult;
import io.github.indeksdesa.idm.batch.IndeksDesaBatchScorer;
import io.github.indeksdesa.idm.batch.IndeksDesaMatrix;
import io.github.indeksdesa.idm.verify.Check;
import io.github.indeksdesa.idm.verify.Finding;
import io.github.indeksdesa.idm.verify.IndeksDesaVerifier;
import io.github.indeksdesa.idm.verify.PublishedIndeksDesaRow;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The 10,733 real villages of the 2025 score export: scored per village and in batch, and verified.
 */
class IndeksDesaDataTest {

    static final String SCORES = "data/indeks-desa-2025/skor-2025-5prov.csv.gz";

    @Test
    void fiveProvincesGiveThePublishedStatusCounts() throws IOException {
        Path file = SharedData.require(SCORES);
        IndeksDesaModel model = IndeksDesaModel.official();
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        Map<Check, Integer> findings = new EnumMap<>(Check.class);
        IndeksDesaVerifier verifier = IndeksDesaVerifier.of(model);
        IndeksDesaMatrix.Builder matrix = IndeksDesaMatrix.builder(model);
        int min = Integer.MAX_VALUE;
        int max = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            List<String> header = SharedData.splitCsvLine(in.readLine());
            int codeColumn = header.indexOf("Kode Wilayah Administrasi Desa");
            int yearColumn = header.indexOf("TAHUN DATA");
            int[] columnOfItem = new int[model.itemCount()];
            Arrays.fill(columnOfItem, -1);
            for (int c = 0; c < header.size(); c++) {
                Optional<Item> item = model.findByHeader(header.get(c));
                if (item.isPresent()) {
                    int position = model.position(item.get());
                    assertEquals(-1, columnOfItem[position], "two columns for " + item.get().code());
                    columnOfItem[position] = c;
                }
            }
            for (int i = 0; i < columnOfItem.length; i++) {
                assertNotNull(columnOfItem[i] < 0 ? null : columnOfItem[i], "no column for "
                        + model.items().get(i).describe());
            }
            String line;
            int lineNo = 1;
            int[] scores = new int[model.itemCount()];
            while ((line = in.readLine()) != null) {
                lineNo++;
                List<String> row = SharedData.splitCsvLine(line);
                assertEquals(header.size(), row.size(), SCORES + ":" + lineNo);
                for (int i = 0; i < scores.length; i++) {
                    scores[i] = Integer.parseInt(row.get(columnOfItem[i]).strip());
                }
                IndeksDesaResult result = IndeksDesaScores.of(model, VillageCode.of(row.get(codeColumn).strip()),
                        Integer.parseInt(row.get(yearColumn).strip()), scores).evaluate();
                counts.merge(result.status(), 1, Integer::sum);
                matrix.add(result.scores());
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < scores.length; i++) {
                    cells.add(row.get(columnOfItem[i]));
                }
                for (Finding f : verifier.verify(PublishedIndeksDesaRow.builder(SCORES, "line " + lineNo,
                        row.get(codeColumn), result.year()).itemScores(cells).build())) {
                    findings.merge(f.check(), 1, Integer::sum);
                }
                min = Math.min(min, result.points());
                max = Math.max(max, result.points());
            }
            assertEquals(10_734, lineNo);
        }
        assertEquals(Map.of(Status.MANDIRI, 3492, Status.MAJU, 4698, Status.BERKEMBANG, 2494, Status.TERTINGGAL, 47,
                Status.SANGAT_TERTINGGAL, 2), counts);
        IndeksDesaBatchResult batch = IndeksDesaBatchScorer.of(model).parallel(true).score(matrix.build());
        assertEquals(Map.of(Status.MANDIRI, 3492L, Status.MAJU, 4698L, Status.BERKEMBANG, 2494L, Status.TERTINGGAL, 47L,
                Status.SANGAT_TERTINGGAL, 2L), batch.statusCounts());
        assertEquals(Map.of(), findings);
        assertEquals(272, min);
        assertEquals(626, max);
    }
}
