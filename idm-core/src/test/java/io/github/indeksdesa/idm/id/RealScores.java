// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.indeksdesa.idm.SharedData;
import io.github.indeksdesa.idm.VillageCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads the real villages of the ministry's 2025 score export in the shared data (the test that
 * calls it is skipped, naming the path, when the file is absent): columns found by the official
 * headers, every row checked to have them all.
 */
public final class RealScores {

    /** The export below the shared directory. */
    public static final String PATH = "data/indeks-desa-2025/skor-2025-5prov.csv.gz";

    private RealScores() {
    }

    /**
     * One row of the export.
     *
     * @param scores the village's scores
     * @param line the 1-based line number in the file
     * @param itemCells the item columns as written, in the model's item order
     */
    public record Row(IndeksDesaScores scores, int line, List<String> itemCells) {
    }

    /**
     * Scores every village of the export with a model, in file order.
     *
     * @param model the model whose headers name the columns
     * @param action what to do with each village's scores
     * @return the number of villages read
     * @throws IOException if the file cannot be read
     */
    public static int forEach(IndeksDesaModel model, Consumer<IndeksDesaScores> action) throws IOException {
        return forEachRow(model, row -> action.accept(row.scores()));
    }

    /**
     * Reads every row of the export with a model, in file order.
     *
     * @param model the model whose headers name the columns
     * @param action what to do with each row
     * @return the number of villages read
     * @throws IOException if the file cannot be read
     */
    public static int forEachRow(IndeksDesaModel model, Consumer<Row> action) throws IOException {
        Path file = SharedData.require(PATH);
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
                assertEquals(header.size(), row.size(), PATH + ":" + lineNo);
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < scores.length; i++) {
                    cells.add(row.get(columnOfItem[i]));
                    scores[i] = Integer.parseInt(cells.get(i).strip());
                }
                action.accept(new Row(IndeksDesaScores.of(model, VillageCode.of(row.get(codeColumn).strip()),
                        Integer.parseInt(row.get(yearColumn).strip()), scores), lineNo, List.copyOf(cells)));
            }
            return lineNo - 1;
        }
    }
}
