// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.VillageScores;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes the project's indicator-level scores table as CSV: {@code kode_desa,tahun} followed by
 * the model's indicator codes in ministry order ({@code IKS01} … {@code IKL03}), one village and
 * year per line. {@link ScoresTableReader} reads it back.
 *
 * <p>Not thread-safe: one writer per output.
 */
public final class ScoresTableWriter extends CsvTableWriter {

    private final IdmModel model;

    private ScoresTableWriter(Writer out, IdmModel model) {
        super(out);
        this.model = model;
    }

    /**
     * Starts a table: writes its header.
     *
     * @param out where to write; closed by {@link #close()}, not null
     * @param model the model whose indicators are the columns, not null
     * @return the writer, not null
     * @throws UncheckedIOException if writing fails
     */
    public static ScoresTableWriter open(Writer out, IdmModel model) {
        ScoresTableWriter writer = new ScoresTableWriter(Objects.requireNonNull(out, "out"),
                Objects.requireNonNull(model, "model"));
        List<String> header = new ArrayList<>(List.of("kode_desa", "tahun"));
        model.indicators().forEach(i -> header.add(i.code()));
        writer.record(header);
        return writer;
    }

    /**
     * Writes one village's scores.
     *
     * @param scores the scores, of this table's model, not null
     * @throws IllegalArgumentException if the scores are of another model
     * @throws UncheckedIOException if writing fails
     */
    public void write(VillageScores scores) {
        Objects.requireNonNull(scores, "scores");
        if (!scores.model().equals(model)) {
            throw new IllegalArgumentException("scores: expected the model " + model + ", found " + scores.model());
        }
        List<String> fields = new ArrayList<>(model.indicatorCount() + 2);
        fields.add(scores.villageCode().value());
        fields.add(Integer.toString(scores.year()));
        for (int score : scores.toArray()) {
            fields.add(Integer.toString(score));
        }
        record(fields);
    }
}
