package io.github.indeksdesa.idm.json;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.ScoreValidation;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.batch.BatchScorer;
import io.github.indeksdesa.idm.batch.ScoreMatrix;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads files straight into a {@link ScoreMatrix} for {@link BatchScorer batch scoring}: the
 * project's scores table and a directory of the ministry's {@code rumusan} reports. Rows and
 * reports are read one at a time into one flat array, with each village's code and year; nothing
 * is kept per village but its bytes.
 *
 * <pre>{@code
 * List<RejectedRow> rejected = new ArrayList<>();
 * ScoreMatrix matrix = BatchReaders.scoresTable(IdmModel.official(), ScoreValidation.LADDER,
 *     Path.of("scores-2024.csv.gz"), rejected::add);
 * BatchResult result = BatchScorer.of(IdmModel.official()).score(matrix);
 * }</pre>
 */
public final class BatchReaders {

    private BatchReaders() {
    }

    /**
     * Reads a scores table ({@code kode_desa, tahun, IKS01 … IKL03}; CSV, gzip or not) into a
     * matrix. Rows the {@link ScoresTableReader} rejects go to {@code rejected}, with line and
     * reason, and are not in the matrix; the matrix is {@link ScoreMatrix#isChecked() checked}.
     *
     * @param model the model, not null
     * @param validation {@link ScoreValidation#LADDER} to reject scores off their ladders,
     *     {@link ScoreValidation#RANGE} to accept any 0..5, not null
     * @param file the table, not null
     * @param rejected receives each row that could not be read, not null
     * @return the villages read, in table order, not null
     * @throws IdmJsonException if the header is not a scores table's
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static ScoreMatrix scoresTable(IdmModel model, ScoreValidation validation, Path file,
            Consumer<RejectedRow> rejected) {
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(rejected, "rejected");
        ScoreMatrix.Builder builder = ScoreMatrix.builder(model);
        ScoresTableReader reader = ScoresTableReader.of(model);
        if (validation == ScoreValidation.RANGE) {
            reader = reader.lenient();
        }
        reader.read(file, builder::add, rejected);
        return builder.build();
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
