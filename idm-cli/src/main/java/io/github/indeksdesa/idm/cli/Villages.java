// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.io.ReadLimits;
import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.InvalidScoreException;
import io.github.indeksdesa.idm.ScoreValidation;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageResult;
import io.github.indeksdesa.idm.VillageScores;
import io.github.indeksdesa.idm.batch.BatchResult;
import io.github.indeksdesa.idm.batch.BatchScorer;
import io.github.indeksdesa.idm.io.Input;
import io.github.indeksdesa.idm.json.RumusanReader;
import io.github.indeksdesa.idm.report.VillageIdentity;
import io.github.indeksdesa.idm.tables.RejectedRow;
import io.github.indeksdesa.idm.tables.ScoresMatrixReader;
import io.github.indeksdesa.idm.tables.ScoresTableReader;
import io.github.indeksdesa.idm.verify.PublishedReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.function.Consumer;

/**
 * Reads villages with their 50 scores from the inputs that hold them (rumusan reports and scores
 * tables) and scores them.
 */
final class Villages {

    /**
     * One scored village.
     *
     * @param source the input
     * @param identity the village's identity, names where the input has them
     * @param result the recomputation from the 50 scores
     */
    record Scored(String source, VillageIdentity identity, VillageResult result) {
    }

    private final IdmModel model;
    private final boolean lenient;
    private final RumusanReader rumusan;
    private final ReadLimits limits;

    Villages(IdmModel model, boolean lenient) {
        this(model, lenient, ReadLimits.defaults());
    }

    Villages(IdmModel model, boolean lenient, ReadLimits limits) {
        this.model = model;
        this.lenient = lenient;
        this.rumusan = RumusanReader.of(model).withLimits(limits);
        this.limits = limits;
    }

    /** Reads a rumusan report with idm-json, its errors as {@link InputException}s. */
    static PublishedReport readReport(RumusanReader reader, Input source) throws IOException {
        try (InputStream in = source.open()) {
            return reader.read(in, source.name());
        } catch (io.github.indeksdesa.idm.io.InputException e) {
            throw inputException(source, e);
        }
    }

    /** An error of the readers of idm-json and idm-tables, as an input that cannot be read. */
    static InputException inputException(Input source, io.github.indeksdesa.idm.io.InputException e) {
        return new InputException(source.name(), e.location(), e.reason(), e);
    }

    /** A table row idm-json's readers rejected. */
    static InputException rejection(RejectedRow row) {
        return new InputException(row.source(), row.location(), row.reason());
    }

    /** The scores table reader, lenient or not. */
    static ScoresTableReader scoresReader(IdmModel model, boolean lenient, ReadLimits limits) {
        ScoresTableReader reader = ScoresTableReader.of(model).withLimits(limits);
        return lenient ? reader.lenient() : reader;
    }

    /**
     * Scores every village of a source; a bad row of a table goes to {@code rejected}.
     *
     * @throws InputException if the source cannot be read or holds no scores
     */
    void read(Input source, Consumer<Scored> accepted, Consumer<InputException> rejected) throws IOException {
        switch (source.kind()) {
            case RUMUSAN_JSON:
                accepted.accept(scored(source, readReport(rumusan, source)));
                break;
            case SCORES_TABLE:
                try (Reader reader = source.reader(limits)) {
                    scoresReader(model, lenient, limits).read(reader, source.name(),
                            scores -> accepted.accept(new Scored(source.name(),
                                    VillageIdentity.of(scores.villageCode()), scores.evaluate())),
                            row -> rejected.accept(rejection(row)));
                } catch (io.github.indeksdesa.idm.io.InputException e) {
                    throw inputException(source, e);
                }
                break;
            default:
                throw new InputException(source.name(), "", Terminal.article(source.kind().description())
                        + " has no indicator scores; give a rumusan JSON report or a scores table "
                        + "(verify and summary read bulk tables)");
        }
    }

    /**
     * Scores a rumusan report by the rule every command reads reports by.
     *
     * @throws InputException if its village code is malformed or a score is outside 0..5 (or off its
     *     ladder, unless lenient)
     */
    Scored scored(Input source, PublishedReport report) {
        return new Scored(source.name(), identity(source, report), evaluate(source, report));
    }

    /** Villages per batch: bounded memory (3.2 MB of scores), and each batch still long. */
    static final int BATCH = 1 << 16;

    /**
     * Scores a scores table in batches of at most {@link #BATCH} villages, read by idm-tables'
     * {@link ScoresMatrixReader}, handing each to {@code scored}; each bad row goes to
     * {@code rejected}. The villages, their order and the rejected rows are those {@link #read} gives.
     *
     * @throws io.github.indeksdesa.idm.io.InputException if the source is not a scores table or cannot be read
     */
    void readBatch(Input source, Consumer<BatchResult> scored, Consumer<InputException> rejected) {
        BatchScorer scorer = BatchScorer.of(model);
        ScoresMatrixReader.of(model, lenient ? ScoreValidation.RANGE : ScoreValidation.LADDER).withLimits(limits).read(source, BATCH,
                matrix -> scored.accept(scorer.score(matrix)), row -> rejected.accept(rejection(row)));
    }

    private static VillageIdentity identity(Input source, PublishedReport report) {
        if (!VillageCode.isValid(report.villageCode())) {
            throw new InputException(source.name(), "mapData.IDENTITAS[0].id_desa", "expected a 10-digit village "
                    + "code, found \"" + report.villageCode() + "\"");
        }
        return VillageIdentity.of(VillageCode.of(report.villageCode()), report.villageName().orElse(null),
                report.districtName().orElse(null), report.regencyName().orElse(null),
                report.provinceName().orElse(null));
    }

    private VillageResult evaluate(Input source, PublishedReport report) {
        int[] scores = report.scores();
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] < IdmModel.MIN_SCORE || scores[i] > IdmModel.MAX_SCORE) {
                throw new InputException(source.name(), rowPath(i), "score " + scores[i] + " of "
                        + model.indicators().get(i).describe() + " is outside 0..5");
            }
        }
        try {
            return VillageScores.builder(model).villageCode(report.villageCode()).year(report.year())
                    .validation(lenient ? ScoreValidation.RANGE : ScoreValidation.LADDER).scores(scores).build()
                    .evaluate();
        } catch (InvalidScoreException e) {
            throw new InputException(source.name(), rowPath(model.position(model.indicator(e.indicatorCode()))),
                    e.getMessage() + " (--lenient accepts any 0..5)", e);
        }
    }

    /** The JSON path of an indicator's score: the subtotal rows of earlier indices come before it. */
    private String rowPath(int position) {
        Index index = model.indicators().get(position).index();
        return "mapData.ROW[" + (position + index.ordinal()) + "].SKOR";
    }
}
