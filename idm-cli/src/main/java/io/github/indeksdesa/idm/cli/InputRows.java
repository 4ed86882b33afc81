// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.io.Input;
import io.github.indeksdesa.idm.io.ReadLimits;
import io.github.indeksdesa.idm.tables.BulkTableReader;
import io.github.indeksdesa.idm.verify.Check;
import io.github.indeksdesa.idm.verify.PublishedIndeksDesaRow;
import io.github.indeksdesa.idm.verify.PublishedRow;
import io.github.indeksdesa.idm.verify.Verifier;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one path by which every command reads the villages of its inputs, so that every command
 * accepts and rejects the same rows and reports them in the same words: the rule that leaves a row
 * out (for each kind of input), and the village and year given twice, within an input or across
 * inputs, which is reported after its input and left out.
 */
final class InputRows {

    /** A row handed on with whether the rule accepts it (verify also lists the findings of a rejected row). */
    interface RowSink<R> {
        void accept(R row, boolean usable);
    }

    /** What makes a bulk row unusable: a malformed code, or a value missing, not a number or an unknown status. */
    private static final Set<Check> UNUSABLE = EnumSet.of(Check.MALFORMED_CODE, Check.MISSING_VALUE,
            Check.NOT_A_NUMBER, Check.UNKNOWN_STATUS);

    /** The repeated villages of one input reported one by one; the rest are counted. */
    static final int REPEATS_SHOWN = 10;

    private final IdmModel model;
    private final ReadLimits limits;
    private final Consumer<InputException> errors;
    private final Verifier verifier;
    private final SeenVillages seen = new SeenVillages();
    private final List<InputException> repeats = new ArrayList<>();
    private long moreRepeats;
    private String repeatSource = "";

    InputRows(IdmModel model, ReadLimits limits, Consumer<InputException> errors) {
        this.model = model;
        this.limits = limits;
        this.errors = errors;
        this.verifier = Verifier.of(model);
    }

    /** The limits every input is read under. */
    ReadLimits limits() {
        return limits;
    }

    /**
     * Records a village and year; a second row of them is noted, reported after its input, and
     * left out.
     *
     * @return true if the village and year were not given before in this run
     */
    boolean first(String source, String place, String villageCode, int year) {
        if (seen.add(villageCode, year)) {
            return true;
        }
        repeatSource = source;
        if (repeats.size() < REPEATS_SHOWN) {
            repeats.add(new InputException(source, place, "village " + villageCode + " appears again for " + year
                    + "; the row is left out"));
        } else {
            moreRepeats++;
        }
        return false;
    }

    /** Reports the repeated villages of the input just read; {@link BaseCommand#forEachSource} calls it. */
    void endSource() {
        repeats.forEach(errors);
        if (moreRepeats > 0) {
            errors.accept(new InputException(repeatSource, "", moreRepeats + " more rows repeat a village and year; "
                    + "they are left out"));
        }
        repeats.clear();
        moreRepeats = 0;
    }

    /** The rule for a bulk table row: why it is left out, or empty if it is usable. */
    Optional<InputException> bulkProblem(PublishedRow row) {
        String year = Integer.toString(row.year());
        if (!model.appliesTo(row.year())) {
            return Optional.of(new InputException(row.source(), row.location() + ", NILAI_IDM_" + year,
                    "the data year " + year + " is outside the years of the model (" + model.firstYear() + "–"
                            + model.lastYear() + "); the row is left out"));
        }
        for (io.github.indeksdesa.idm.verify.Finding finding : verifier.verify(row)) {
            if (UNUSABLE.contains(finding.check())) {
                return Optional.of(new InputException(row.source(), row.location() + ", " + finding.field(),
                        "expected " + finding.expected() + ", found \"" + Terminal.abbreviate(finding.published())
                                + "\"; the row is left out"));
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a bulk table (CSV, CSV.GZ, XLSX): a row the reader or the rule rejects is reported, a
     * repeated village and year is reported and not handed on, every other row is handed on with
     * whether the rule accepts it.
     */
    void readBulk(Input source, RowSink<PublishedRow> rows) throws IOException {
        try (InputStream in = source.open(limits)) {
            BulkTableReader.official().withLimits(limits).read(in, source.name(), row -> {
                Optional<InputException> problem = bulkProblem(row);
                problem.ifPresent(errors);
                if (problem.isEmpty() && !first(row.source(), row.location(), row.villageCode(), row.year())) {
                    return;
                }
                rows.accept(row, problem.isEmpty());
            }, row -> errors.accept(Villages.rejection(row)));
        } catch (io.github.indeksdesa.idm.io.InputException e) {
            throw Villages.inputException(source, e);
        }
    }

    /**
     * Reads the usable rows of a bulk table, each converted by {@code convert}, which may reject a row
     * with an {@link InputException}. The conversion runs before the repeat test, so that a row it
     * rejects does not hold its village and year against a good row in a later input.
     */
    <T> void readBulk(Input source, Function<PublishedRow, T> convert, Consumer<T> usable) throws IOException {
        try (InputStream in = source.open(limits)) {
            BulkTableReader.official().withLimits(limits).read(in, source.name(), row -> {
                Optional<InputException> problem = bulkProblem(row);
                if (problem.isPresent()) {
                    errors.accept(problem.get());
                    return;
                }
                T value;
                try {
                    value = convert.apply(row);
                } catch (InputException e) {
                    errors.accept(e);
                    return;
                }
                if (first(row.source(), row.location(), row.villageCode(), row.year())) {
                    usable.accept(value);
                }
            }, row -> errors.accept(Villages.rejection(row)));
        } catch (io.github.indeksdesa.idm.io.InputException e) {
            throw Villages.inputException(source, e);
        }
    }

    /** Reads the usable rows of a bulk table; see {@link #readBulk(Input, RowSink)}. */
    void readBulk(Input source, Consumer<PublishedRow> usable) throws IOException {
        readBulk(source, (row, ok) -> {
            if (ok) {
                usable.accept(row);
            }
        });
    }

    /** Reads and scores the villages of a rumusan report or a scores table, once per village and year. */
    void readScored(Input source, Villages villages, Consumer<Villages.Scored> scored) throws IOException {
        villages.read(source, s -> {
            if (first(s.source(), "", s.result().villageCode().value(), s.result().year())) {
                scored.accept(s);
            }
        }, errors);
    }

    /**
     * Reads an Indeks Desa input as published: a row the reader rejects is reported; a row that
     * cannot be scored is reported and handed on as not usable; a repeated village and year is
     * reported and not handed on.
     */
    void readIndeksDesaRows(Input source, RowSink<PublishedIndeksDesaRow> rows) {
        IndeksDesaVillages.readRows(source, limits, row -> {
            Optional<IndeksDesaVillages.Scored> scored = scoreIndeksDesa(row);
            if (scored.isPresent() && !first(row.source(), row.location(), scored.get().identity().villageCode()
                    .value(), row.year())) {
                return;
            }
            rows.accept(row, scored.isPresent());
        }, errors);
    }

    /** Reads and scores the villages of an Indeks Desa input, once per village and year. */
    void readIndeksDesa(Input source, Consumer<IndeksDesaVillages.Scored> villages) {
        IndeksDesaVillages.readRows(source, limits, row -> scoreIndeksDesa(row).ifPresent(v -> {
            if (first(row.source(), row.location(), v.identity().villageCode().value(), row.year())) {
                villages.accept(v);
            }
        }), errors);
    }

    private Optional<IndeksDesaVillages.Scored> scoreIndeksDesa(PublishedIndeksDesaRow row) {
        try {
            return Optional.of(IndeksDesaVillages.score(row));
        } catch (InputException e) {
            errors.accept(e);
            return Optional.empty();
        }
    }
}
