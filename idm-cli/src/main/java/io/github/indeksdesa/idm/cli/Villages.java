package io.github.indeksdesa.idm.cli;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.InvalidScoreException;
import io.github.indeksdesa.idm.VillageResult;
import io.github.indeksdesa.idm.report.VillageIdentity;
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

    Villages(IdmModel model, boolean lenient) {
        this.model = model;
        this.lenient = lenient;
        this.rumusan = new RumusanReader(model);
    }

    /**
     * Scores every village of a source; a bad row of a table goes to {@code rejected}.
     *
     * @throws InputException if the source cannot be read or holds no scores
     */
    void read(Source source, Consumer<Scored> accepted, Consumer<InputException> rejected) throws IOException {
        switch (source.kind()) {
            case RUMUSAN:
                PublishedReport report;
                try (InputStream in = source.open()) {
                    report = rumusan.read(source.name(), in);
                }
                VillageResult result;
                try {
                    result = report.villageScores(model, lenient).evaluate();
                } catch (InvalidScoreException e) {
                    int position = model.position(model.indicator(e.indicatorCode()));
                    throw new InputException(source.name(), "mapData.ROW[" + report.rows().get(position).rowIndex()
                            + "].SKOR", e.getMessage() + " (--lenient accepts any 0..5)", e);
                }
                accepted.accept(new Scored(source.name(), report.identity(), result));
                break;
            case SCORES:
                try (Reader reader = source.reader()) {
                    new ScoresTable(model).read(source.name(), reader, lenient,
                            scores -> accepted.accept(new Scored(source.name(),
                                    VillageIdentity.of(scores.villageCode()), scores.evaluate())), rejected);
                }
                break;
            default:
                throw new InputException(source.name(), "", "a " + source.kind().description()
                        + " has no indicator scores; give a rumusan JSON report or a scores table "
                        + "(verify and summary read bulk tables)");
        }
    }
}
