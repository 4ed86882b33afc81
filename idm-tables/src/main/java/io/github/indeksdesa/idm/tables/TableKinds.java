// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.io.Input;
import io.github.indeksdesa.idm.io.InputException;
import io.github.indeksdesa.idm.io.InputKind;
import io.github.indeksdesa.idm.io.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Tells the kind of a table input as {@link Input#kind()} does, and also of an XLSX workbook from
 * its first row: an Indeks Desa score export ({@link InputKind#ID_SCORE_EXPORT_XLSX}), an Indeks
 * Desa dimension table ({@link InputKind#ID_DIMENSION_TABLE}) or a bulk table
 * ({@link InputKind#BULK_XLSX}).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class TableKinds {

    private TableKinds() {
    }

    /**
     * Tells an input's kind, reading the first row of a workbook that is a file (a stream input is
     * read once, so its workbook stays {@link InputKind#BULK_XLSX}).
     *
     * @param input the input, not null
     * @return the kind, not null
     * @throws InputException if the input is missing, empty or none of the kinds
     * @throws UncheckedIOException if the input cannot be read
     */
    public static InputKind of(Input input) {
        return of(input, ReadLimits.defaults());
    }

    /**
     * As {@link #of(Input)}, the workbook's first row read under the given limits (those the input
     * is then read under): a workbook over a limit fails here as it would when read.
     *
     * @param input the input, not null
     * @param limits the limits, not null
     * @return the kind, not null
     * @throws InputException if the input is missing, empty or none of the kinds, or a workbook is
     *     over a limit ({@link IdmTableException})
     * @throws UncheckedIOException if the input cannot be read
     */
    public static InputKind of(Input input, ReadLimits limits) {
        java.util.Objects.requireNonNull(limits, "limits");
        InputKind kind = input.kind();
        if (kind != InputKind.BULK_XLSX || input.file().isEmpty()) {
            return kind;
        }
        try (InputStream in = input.open(limits)) {
            return TableInput.rows(in, input.name(), limits, rows -> {
                TableRows.Row header = TableInput.header(rows);
                if (header == null) {
                    return InputKind.BULK_XLSX;
                }
                if (IndeksDesaExportReader.isExportHeader(IndeksDesaModel.official(), header.cells)) {
                    return InputKind.ID_SCORE_EXPORT_XLSX;
                }
                return DimensionTableReader.isDimensionHeader(header.cells) ? InputKind.ID_DIMENSION_TABLE
                        : InputKind.BULK_XLSX;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(input.name() + ": " + e.getMessage(), e);
        }
    }
}
