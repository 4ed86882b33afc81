// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import io.github.indeksdesa.idm.id.Dimension;
import io.github.indeksdesa.idm.id.IndeksDesaResult;
import io.github.indeksdesa.idm.report.VillageIdentity;
import io.github.indeksdesa.idm.verify.PublishedIndeksDesaRow;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes an Indeks Desa dimension table as CSV: the header
 * {@code kode_desa,tahun,nama_desa,kecamatan,kabupaten,provinsi,LD,SO,EK,LI,AK,TK,skor_id,status_id},
 * then one row per village: the six point sums, the Skor ID as published ({@code 68.98}) and the
 * status in upper case ({@code MAJU}). {@link DimensionTableReader} reads it back.
 *
 * <pre>{@code
 * try (DimensionTableWriter w = DimensionTableWriter.open(Files.newBufferedWriter(path))) {
 *     w.write(scores.evaluate(), VillageIdentity.of(scores.villageCode()));
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one writer per output.
 */
public final class DimensionTableWriter extends CsvTableWriter {

    private DimensionTableWriter(Writer out) {
        super(out);
    }

    /**
     * Starts a table: writes its header.
     *
     * @param out where to write; closed by {@link #close()}, not null
     * @return the writer, not null
     * @throws UncheckedIOException if writing fails
     */
    public static DimensionTableWriter open(Writer out) {
        DimensionTableWriter writer = new DimensionTableWriter(Objects.requireNonNull(out, "out"));
        List<String> header = new ArrayList<>(List.of("kode_desa", "tahun", "nama_desa", "kecamatan", "kabupaten",
                "provinsi"));
        for (Dimension d : Dimension.values()) {
            header.add(d.code());
        }
        header.add("skor_id");
        header.add("status_id");
        writer.record(header);
        return writer;
    }

    /**
     * Writes a computed result under a village's names.
     *
     * @param result the result, not null
     * @param identity the village's names (its code is not used), not null
     * @throws UncheckedIOException if writing fails
     */
    public void write(IndeksDesaResult result, VillageIdentity identity) {
        Objects.requireNonNull(identity, "identity");
        PublishedIndeksDesaRow computed = PublishedIndeksDesaRow.of(result, "", "");
        List<String> fields = new ArrayList<>(List.of(computed.villageCode(), Integer.toString(computed.year()),
                identity.villageName().orElse(""), identity.districtName().orElse(""),
                identity.regencyName().orElse(""), identity.provinceName().orElse("")));
        addFigures(fields, computed);
        record(fields);
    }

    /**
     * Writes a row as published (cells a row lacks are written empty).
     *
     * @param row the row, not null
     * @throws UncheckedIOException if writing fails
     */
    public void write(PublishedIndeksDesaRow row) {
        Objects.requireNonNull(row, "row");
        List<String> fields = new ArrayList<>(List.of(row.villageCode(), Integer.toString(row.year()),
                text(row.villageName()), text(row.districtName()), text(row.regencyName()),
                text(row.provinceName())));
        addFigures(fields, row);
        record(fields);
    }

    private static void addFigures(List<String> fields, PublishedIndeksDesaRow row) {
        for (Dimension d : Dimension.values()) {
            fields.add(row.dimensions().getOrDefault(d, ""));
        }
        fields.add(text(row.skorId()));
        fields.add(text(row.status()));
    }

    private static String text(Optional<String> value) {
        return value.orElse("");
    }
}
