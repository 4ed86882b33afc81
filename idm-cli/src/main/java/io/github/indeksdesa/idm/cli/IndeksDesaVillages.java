// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.id.Dimension;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.id.IndeksDesaResult;
import io.github.indeksdesa.idm.id.SkorId;
import io.github.indeksdesa.idm.io.Input;
import io.github.indeksdesa.idm.io.InputKind;
import io.github.indeksdesa.idm.io.ReadLimits;
import io.github.indeksdesa.idm.report.VillageIdentity;
import io.github.indeksdesa.idm.tables.DimensionTableReader;
import io.github.indeksdesa.idm.tables.IndeksDesaExportReader;
import io.github.indeksdesa.idm.tables.TableKinds;
import io.github.indeksdesa.idm.verify.PublishedIndeksDesaRow;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Indeks Desa side of the commands: which edition an input is (told from its header, or forced
 * by {@code --index}), and its villages read and scored — from the 127 item scores of a score
 * export, or from the six point sums of a dimension table.
 */
final class IndeksDesaVillages {

    /** The editions {@code --index} forces. */
    enum Edition { idm, id }

    /**
     * One scored village.
     *
     * @param source the input
     * @param identity the village's names where the input has them
     * @param year the data year
     * @param points the total points P
     * @param dimensions the six point sums
     * @param result the result from the item scores; empty for a dimension table
     */
    record Scored(String source, VillageIdentity identity, int year, int points, Map<Dimension, Integer> dimensions,
            Optional<IndeksDesaResult> result) {

        Status status() {
            return MODEL.status(points);
        }

        Status target() {
            return status().target();
        }

        int pointsToTarget() {
            return Math.max(0, MODEL.firstPoints(target()) - points);
        }

        SkorId skor() {
            return SkorId.of(points, MODEL);
        }
    }

    static final IndeksDesaModel MODEL = IndeksDesaModel.official();

    private IndeksDesaVillages() {
    }

    /**
     * Tells whether an input is to be read as Indeks Desa: its header says so, or {@code --index id}
     * forces it; a forced edition the input does not hold is an error naming both. The header is read
     * under the run's limits, as the input is then read.
     */
    static boolean isIndeksDesa(Input source, Edition forced, ReadLimits limits) {
        InputKind kind = TableKinds.of(source, limits);
        if (forced == Edition.id && !kind.isIndeksDesa()) {
            throw new InputException(source.name(), "", "--index id: expected an Indeks Desa score export or "
                    + "dimension table, found a " + kind.description());
        }
        if (forced == Edition.idm && kind.isIndeksDesa()) {
            throw new InputException(source.name(), "", "--index idm: expected IDM data, found an "
                    + kind.description());
        }
        return kind.isIndeksDesa();
    }

    private static final IndeksDesaExportReader EXPORT = IndeksDesaExportReader.of(MODEL);

    /** Reads the rows of an Indeks Desa input as published, under the limits; rejected rows go to errors. */
    static void readRows(Input source, ReadLimits limits, Consumer<PublishedIndeksDesaRow> rows,
            Consumer<InputException> errors) {
        try {
            if (TableKinds.of(source, limits) == InputKind.ID_DIMENSION_TABLE) {
                DimensionTableReader.create().withLimits(limits).read(source, rows,
                        r -> errors.accept(Villages.rejection(r)));
            } else {
                EXPORT.withLimits(limits).read(source, rows, r -> errors.accept(Villages.rejection(r)));
            }
        } catch (io.github.indeksdesa.idm.io.InputException e) {
            throw Villages.inputException(source, e);
        }
    }

    /**
     * Scores one row: from its item scores, or from its six dimension sums.
     *
     * @throws InputException naming the row and the cell if it cannot be scored; the row is left out
     */
    static Scored score(PublishedIndeksDesaRow row) {
        try {
            return row.itemScores().isPresent() ? fromItems(EXPORT, row) : fromSums(row);
        } catch (IllegalArgumentException e) {
            throw new InputException(row.source(), row.location(), e.getMessage() + "; the row is left out");
        }
    }

    private static VillageIdentity identity(VillageCode code, PublishedIndeksDesaRow row) {
        return VillageIdentity.of(code, row.villageName().orElse(null), row.districtName().orElse(null),
                row.regencyName().orElse(null), row.provinceName().orElse(null));
    }

    private static Scored fromItems(IndeksDesaExportReader reader, PublishedIndeksDesaRow row) {
        IndeksDesaResult result = reader.scores(row).evaluate();
        return new Scored(row.source(), identity(result.villageCode(), row), row.year(), result.points(),
                result.dimensionPoints(), Optional.of(result));
    }

    private static Scored fromSums(PublishedIndeksDesaRow row) {
        String code = row.villageCode().strip();
        if (!VillageCode.isValid(code)) {
            throw new IllegalArgumentException("kode_desa: expected 10 digits, found \"" + code + "\"");
        }
        Map<Dimension, Integer> sums = new EnumMap<>(Dimension.class);
        int points = 0;
        for (Dimension d : Dimension.values()) {
            String cell = row.dimensions().getOrDefault(d, "").strip();
            int min = MODEL.itemCount(d) * IndeksDesaModel.MIN_SCORE;
            int max = MODEL.maxPoints(d);
            int value = cell.matches("\\d{1,4}") ? Integer.parseInt(cell) : -1;
            if (value < min || value > max) {
                throw new IllegalArgumentException(d.code() + ": expected whole points " + min + ".." + max
                        + ", found \"" + cell + "\"");
            }
            sums.put(d, value);
            points += value;
        }
        return new Scored(row.source(), identity(VillageCode.of(code), row), row.year(), points, sums,
                Optional.empty());
    }
}
