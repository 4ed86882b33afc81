// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.id.IndeksDesaScores;
import io.github.indeksdesa.idm.report.VillageIdentity;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes an Indeks Desa score export as CSV, in the ministry's form: {@code Provinsi},
 * {@code Kabupaten/ Kota}, {@code Kecamatan}, {@code Kode Wilayah Administrasi Desa}, {@code Desa},
 * {@code TAHUN DATA}, the export header of each item in model order, and {@code Status ID} (the
 * status the scores give, in upper case). {@link IndeksDesaExportReader} reads it back.
 *
 * <p>Not thread-safe: one writer per output.
 */
public final class IndeksDesaExportWriter extends CsvTableWriter {

    private final IndeksDesaModel model;

    private IndeksDesaExportWriter(Writer out, IndeksDesaModel model) {
        super(out);
        this.model = model;
    }

    /**
     * Starts an export: writes its header.
     *
     * @param out where to write; closed by {@link #close()}, not null
     * @param model the model whose items are the columns, not null
     * @return the writer, not null
     * @throws UncheckedIOException if writing fails
     */
    public static IndeksDesaExportWriter open(Writer out, IndeksDesaModel model) {
        IndeksDesaExportWriter writer = new IndeksDesaExportWriter(Objects.requireNonNull(out, "out"),
                Objects.requireNonNull(model, "model"));
        List<String> header = new ArrayList<>(List.of("Provinsi", "Kabupaten/ Kota", "Kecamatan",
                "Kode Wilayah Administrasi Desa", "Desa", "TAHUN DATA"));
        model.items().forEach(i -> header.add(i.header()));
        header.add("Status ID");
        writer.record(header);
        return writer;
    }

    /**
     * Writes one village's scores under its names.
     *
     * @param scores the scores, of this export's model, not null
     * @param identity the village's names (its code is not used), not null
     * @throws IllegalArgumentException if the scores are of another model
     * @throws UncheckedIOException if writing fails
     */
    public void write(IndeksDesaScores scores, VillageIdentity identity) {
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(identity, "identity");
        if (!scores.model().equals(model)) {
            throw new IllegalArgumentException("scores: expected the model " + model + ", found " + scores.model());
        }
        List<String> fields = new ArrayList<>(model.itemCount() + 7);
        fields.add(identity.provinceName().orElse(""));
        fields.add(identity.regencyName().orElse(""));
        fields.add(identity.districtName().orElse(""));
        fields.add(scores.villageCode().value());
        fields.add(identity.villageName().orElse(""));
        fields.add(Integer.toString(scores.year()));
        for (int score : scores.toArray()) {
            fields.add(Integer.toString(score));
        }
        fields.add(scores.evaluate().status().officialName());
        record(fields);
    }
}
