// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.json;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.batch.BatchScorer;
import io.github.indeksdesa.idm.batch.ScoreMatrix;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads a directory of the ministry's {@code rumusan} reports straight into a {@link ScoreMatrix}
 * for {@link BatchScorer batch scoring}. Reports are read one at a time into one flat array, with
 * each village's code and year; nothing is kept per village but its bytes. (Scores tables are read
 * into a matrix by idm-tables' {@code ScoresMatrixReader}.)
 *
 * <pre>{@code
 * List<IdmJsonException> failures = new ArrayList<>();
 * ScoreMatrix matrix = BatchReaders.rumusanDirectory(IdmModel.official(), Path.of("reports"), failures::add);
 * BatchResult result = BatchScorer.of(IdmModel.official()).score(matrix);
 * }</pre>
 */
public final class BatchReaders {

    private BatchReaders() {
    }

    /**
     * Reads every report file ({@code *.json}) below a directory into a matrix, in path order,
     * with the scores as published: a score off its ladder or outside 0..5 is kept (see
     * {@link ScoreMatrix#problems(ScoreValidation, int)}; the scorer rejects scores outside 0..5).
     * A file that is not a report, or whose scores do not fit a byte, goes to {@code failures}
     * and is not in the matrix.
     *
     * @param model the model, not null
     * @param directory the directory, not null
     * @param failures receives each file that could not be read, not null
     * @return the villages read, not null
     * @throws java.io.UncheckedIOException if the directory cannot be listed
     */
    public static ScoreMatrix rumusanDirectory(IdmModel model, Path directory, Consumer<IdmJsonException> failures) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(failures, "failures");
        ScoreMatrix.Builder builder = ScoreMatrix.builder(model);
        RumusanReader.of(model).readDirectory(directory, report -> {
            try {
                builder.add(VillageCode.of(report.villageCode()), report.year(), report.scores());
            } catch (IllegalArgumentException e) {
                failures.accept(new IdmJsonException(report.source(), "mapData.ROW", e.getMessage(), e));
            }
        }, failures);
        return builder.build();
    }
}
