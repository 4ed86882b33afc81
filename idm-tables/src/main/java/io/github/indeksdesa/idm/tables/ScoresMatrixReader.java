package io.github.indeksdesa.idm.tables;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.ScoreValidation;
import io.github.indeksdesa.idm.batch.BatchScorer;
import io.github.indeksdesa.idm.batch.ScoreMatrix;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads a scores table ({@code kode_desa, tahun, IKS01 … IKL03}; CSV, gzip or not) straight into a
 * {@link ScoreMatrix} for {@link BatchScorer batch scoring}. Rows are read one at a time into one
 * flat array, with each village's code and year; nothing is kept per village but its bytes. Rows
 * the {@link ScoresTableReader} rejects go to the rejection consumer, with line and reason, and are
 * not in the matrix.
 *
 * <pre>{@code
 * List<RejectedRow> rejected = new ArrayList<>();
 * ScoreMatrix matrix = ScoresMatrixReader.of(IdmModel.official(), ScoreValidation.LADDER)
 *     .read(Path.of("scores-2024.csv.gz"), rejected::add);
 * BatchResult result = BatchScorer.of(IdmModel.official()).score(matrix);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScoresMatrixReader {

    private final IdmModel model;
    private final ScoreValidation validation;

    private ScoresMatrixReader(IdmModel model, ScoreValidation validation) {
        this.model = model;
        this.validation = validation;
    }

    /**
     * Returns a reader for a model.
     *
     * @param model the model, not null
     * @param validation {@link ScoreValidation#LADDER} to reject scores off their ladders,
     *     {@link ScoreValidation#RANGE} to accept any 0..5, not null
     * @return the reader, not null
     */
    public static ScoresMatrixReader of(IdmModel model, ScoreValidation validation) {
        return new ScoresMatrixReader(Objects.requireNonNull(model, "model"),
                Objects.requireNonNull(validation, "validation"));
    }

    /**
     * Reads a scores table file into one matrix, {@link ScoreMatrix#isChecked() checked}.
     *
     * @param file the table, not null
     * @param rejected receives each row that could not be read, not null
     * @return the villages read, in table order, not null
     * @throws IdmTableException if the header is not a scores table's
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public ScoreMatrix read(Path file, Consumer<RejectedRow> rejected) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(rejected, "rejected");
        ScoreMatrix.Builder builder = ScoreMatrix.builder(model);
        tableReader().read(file, builder::add, rejected);
        return builder.build();
    }

    private ScoresTableReader tableReader() {
        ScoresTableReader reader = ScoresTableReader.of(model);
        return validation == ScoreValidation.RANGE ? reader.lenient() : reader;
    }
}
