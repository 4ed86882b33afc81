// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.verify.PublishedRow;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Writes rows in the ministry's bulk-table shape as CSV (UTF-8 text, LF line ends, RFC 4180
 * quoting), one year per table: {@code KODE_DESA, NAMA_DESA, NAMA_KECAMATAN, NAMA_KABUPATEN,
 * NAMA_PROVINSI, IKS_{year}, IKE_{year}, IKL_{year}, NILAI_IDM_{year}, STATUS_IDM_{year}}.
 * {@link BulkTableReader} reads it back. Rows come from a table or from computed results
 * ({@link PublishedRow#of(io.github.indeksdesa.idm.VillageResult, io.github.indeksdesa.idm.report.VillageIdentity,
 * String, String)}).
 *
 * <p>Not thread-safe: one writer per output.
 */
public final class BulkTableWriter extends CsvTableWriter {

    private final int year;

    private BulkTableWriter(Writer out, int year) {
        super(out);
        this.year = year;
    }

    /**
     * Starts a table: writes its header.
     *
     * @param out where to write; closed by {@link #close()}, not null
     * @param year the data year of every row, 1..9999
     * @return the writer, not null
     * @throws IllegalArgumentException if the year is out of range
     * @throws UncheckedIOException if writing fails
     */
    public static BulkTableWriter open(Writer out, int year) {
        Objects.requireNonNull(out, "out");
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year: expected 1..9999, found " + year);
        }
        BulkTableWriter writer = new BulkTableWriter(out, year);
        writer.record(List.of("KODE_DESA", "NAMA_DESA", "NAMA_KECAMATAN", "NAMA_KABUPATEN", "NAMA_PROVINSI",
                "IKS_" + year, "IKE_" + year, "IKL_" + year, "NILAI_IDM_" + year, "STATUS_IDM_" + year));
        return writer;
    }

    /**
     * Writes one row.
     *
     * @param row the row, of this table's year, not null
     * @throws IllegalArgumentException if the row is of another year
     * @throws UncheckedIOException if writing fails
     */
    public void write(PublishedRow row) {
        Objects.requireNonNull(row, "row");
        if (row.year() != year) {
            throw new IllegalArgumentException("row: expected year " + year + ", found " + row.year() + " ("
                    + row.villageCode() + ")");
        }
        record(List.of(row.villageCode(), row.villageName().orElse(""), row.districtName().orElse(""),
                row.regencyName().orElse(""), row.provinceName().orElse(""), row.part(Index.IKS), row.part(Index.IKE),
                row.part(Index.IKL), row.idm(), row.status()));
    }
}
