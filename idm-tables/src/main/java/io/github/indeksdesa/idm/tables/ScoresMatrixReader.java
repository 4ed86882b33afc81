// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.ScoreValidation;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageScores;
import io.github.indeksdesa.idm.batch.BatchScorer;
import io.github.indeksdesa.idm.batch.ScoreMatrix;
import io.github.indeksdesa.idm.io.Input;
import io.github.indeksdesa.idm.io.ReadLimits;
import io.github.indeksdesa.idm.io.InputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads a scores table ({@code kode_desa, tahun, IKS01 … IKL03}; CSV, gzip or not; a file or
 * standard input) straight into {@link ScoreMatrix score matrices} for {@link BatchScorer batch
 * scoring}, without an object per village. Rows the {@link ScoresTableReader} rejects go to the
 * rejection consumer, with line and reason, and are not in the matrix; every matrix is
 * {@link ScoreMatrix#isChecked() checked}.
 *
 * <p>Lines in the plain form {@link ScoresTableWriter} writes (the header
 * {@code kode_desa,tahun,IKS01,…,IKL03} in model order, then a 10-digit code, a 4-digit year and
 * one digit per indicator, each line ended by {@code \n}) are read byte by byte. From the first
 * line in any other form (quotes, spaces, blank lines, {@code \r}, another column order, a bad
 * value) on, the rest is read by {@link ScoresTableReader}, which reports each problem with its
 * line. Either way the villages and rejected rows are the same as {@link ScoresTableReader} alone
 * gives, in table order.
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
    /** The plain header line, with its line break. */
    private final byte[] header;
    /** Bit s of allowed[p] is set when score s is allowed at position p. */
    private final int[] allowed;
    private final ReadLimits limits;

    private ScoresMatrixReader(IdmModel model, ScoreValidation validation, ReadLimits limits) {
        this.model = model;
        this.validation = validation;
        this.limits = limits;
        StringBuilder names = new StringBuilder("kode_desa,tahun");
        allowed = new int[model.indicatorCount()];
        for (int p = 0; p < allowed.length; p++) {
            Indicator indicator = model.indicators().get(p);
            names.append(',').append(indicator.code());
            for (int s = IdmModel.MIN_SCORE; s <= IdmModel.MAX_SCORE; s++) {
                if (validation == ScoreValidation.RANGE || indicator.allows(s)) {
                    allowed[p] |= 1 << s;
                }
            }
        }
        header = names.append('\n').toString().getBytes(StandardCharsets.US_ASCII);
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
                Objects.requireNonNull(validation, "validation"), ReadLimits.defaults());
    }

    /**
     * Returns a reader that reads under other limits (see docs/limits.md and
     * {@link ScoresTableReader#withLimits(ReadLimits)}); gzip input under their
     * {@code maxGzipBytes} and {@code minInflateRatio}.
     *
     * @param limits the limits, not null
     * @return the reader, not null
     */
    public ScoresMatrixReader withLimits(ReadLimits limits) {
        return new ScoresMatrixReader(model, validation, Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Reads a scores table file into one matrix.
     *
     * @param file the table, not null
     * @param rejected receives each row that could not be read, not null
     * @return the villages read, in table order, not null
     * @throws IdmTableException if the header is not a scores table's
     * @throws InputException if the file does not exist ({@code "no such file"})
     * @throws UncheckedIOException if the file cannot be read
     */
    public ScoreMatrix read(Path file, Consumer<RejectedRow> rejected) {
        return read(Input.of(Objects.requireNonNull(file, "file")), rejected);
    }

    /**
     * Reads a scores table into one matrix.
     *
     * @param input the table: a file, or standard input or another stream, not null
     * @param rejected receives each row that could not be read, not null
     * @return the villages read, in table order, not null
     * @throws IdmTableException if the header is not a scores table's
     * @throws InputException if the input is a file that does not exist ({@code "no such file"})
     * @throws UncheckedIOException if the input cannot be read
     */
    public ScoreMatrix read(Input input, Consumer<RejectedRow> rejected) {
        ScoreMatrix[] one = {ScoreMatrix.builder(model).build()};
        read(input, Integer.MAX_VALUE, matrix -> one[0] = matrix, rejected);
        return one[0];
    }

    /**
     * Reads a scores table in matrices of at most {@code chunk} villages, handing each to
     * {@code matrices} as soon as it is full (and the last, partial one at the end), so memory stays
     * bounded however long the table is.
     *
     * <pre>{@code
     * BatchScorer scorer = BatchScorer.of(IdmModel.official());
     * ScoresMatrixReader.of(IdmModel.official(), ScoreValidation.LADDER).read(Input.stdin(), 1 << 16,
     *     matrix -> System.out.println(scorer.score(matrix).statusCounts()), System.err::println);
     * }</pre>
     *
     * @param input the table: a file, or standard input or another stream, not null
     * @param chunk the most villages per matrix, at least 1
     * @param matrices receives each matrix, in table order, not null
     * @param rejected receives each row that could not be read, not null
     * @return the counts, not null
     * @throws IdmTableException if the header is not a scores table's
     * @throws InputException if the input is a file that does not exist ({@code "no such file"})
     * @throws UncheckedIOException if the input cannot be read
     */
    public ReadSummary read(Input input, int chunk, Consumer<ScoreMatrix> matrices, Consumer<RejectedRow> rejected) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(matrices, "matrices");
        Objects.requireNonNull(rejected, "rejected");
        if (chunk < 1) {
            throw new IllegalArgumentException("chunk must be at least 1, was " + chunk);
        }
        try (InputStream in = input.open(limits)) {
            Chunks chunks = new Chunks(chunk, matrices);
            Bytes bytes = new Bytes(in);
            long plain = readPlain(bytes, chunks);
            ReadSummary summary;
            if (plain < 0) {
                summary = new ReadSummary(input.name(), List.of(), -plain - 1, 0, -plain - 1);
            } else {
                // Line plain + 2 onwards (the header is line 1) is read by the general reader.
                InputStream rest = new SequenceInputStream(new ByteArrayInputStream(bytes.restOfLine()), in);
                Reader text = new InputStreamReader(plain == 0 && bytes.line == 0 ? rest
                        : new SequenceInputStream(new ByteArrayInputStream(header), rest), StandardCharsets.UTF_8);
                ScoresTableReader reader = ScoresTableReader.of(model).withLimits(limits);
                ReadSummary general = (validation == ScoreValidation.RANGE ? reader.lenient() : reader)
                        .read(text, input.name(), bytes.line == 0 ? 0 : plain, chunks::add, rejected);
                summary = new ReadSummary(input.name(), List.of(), plain + general.rowsRead(),
                        general.rowsRejected(), plain + general.rowsAccepted());
            }
            chunks.flush();
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException(input.name() + ": " + e.getMessage(), e);
        }
    }

    /** Matrices of at most {@code chunk} villages, handed over as they fill. */
    private final class Chunks {
        private final int chunk;
        private final Consumer<ScoreMatrix> matrices;
        private ScoreMatrix.Builder builder = ScoreMatrix.builder(model);

        Chunks(int chunk, Consumer<ScoreMatrix> matrices) {
            this.chunk = chunk;
            this.matrices = matrices;
        }

        void add(VillageCode code, int year, int[] scores) {
            builder.add(code, year, scores);
            full();
        }

        void add(VillageScores village) {
            builder.add(village);
            full();
        }

        private void full() {
            if (builder.size() == chunk) {
                matrices.accept(builder.build());
                builder = ScoreMatrix.builder(model);
            }
        }

        void flush() {
            if (builder.size() > 0) {
                matrices.accept(builder.build());
            }
        }
    }

    /**
     * Reads lines in the plain form. Returns {@code -(villages + 1)} when the whole input was
     * plain, else the villages read before the first line that is not (that line is kept in
     * {@code in} for {@link Bytes#restOfLine()}; {@code in.line} is 0 when it is the header).
     */
    private long readPlain(Bytes in, Chunks chunks) throws IOException {
        in.startLine();
        for (byte b : header) {
            if (in.next() != b) {
                return 0;
            }
        }
        long villages = 0;
        byte[] code = new byte[10];
        int[] scores = new int[allowed.length];
        while (true) {
            in.startLine();
            if (in.peek() < 0) {
                return -villages - 1;
            }
            for (int i = 0; i < code.length; i++) {
                int c = in.next();
                if (c < '0' || c > '9') {
                    return villages;
                }
                code[i] = (byte) c;
            }
            if (in.next() != ',') {
                return villages;
            }
            int year = 0;
            for (int i = 0; i < 4; i++) {
                int d = in.next() - '0';
                if (d < 0 || d > 9) {
                    return villages;
                }
                year = year * 10 + d;
            }
            for (int p = 0; p < scores.length; p++) {
                if (in.next() != ',') {
                    return villages;
                }
                int s = in.next() - '0';
                if (s < 0 || s > IdmModel.MAX_SCORE || (allowed[p] >>> s & 1) == 0) {
                    return villages;
                }
                scores[p] = s;
            }
            int end = in.next();
            String text = new String(code, StandardCharsets.US_ASCII);
            if (end != '\n' && end != -1 || year < 1 || !VillageCode.isValid(text)) {
                return villages;
            }
            chunks.add(VillageCode.of(text), year, scores);
            villages++;
        }
    }

    /**
     * A stream read through its own buffer (no call per byte) that keeps the current line's bytes,
     * so that reading can go on from the start of a line the plain form does not fit.
     */
    private static final class Bytes {
        private final InputStream in;
        private byte[] buffer = new byte[1 << 16];
        private int position;
        private int limit;
        private int lineStart;
        /** Lines started, the header being line 0. */
        long line = -1;

        Bytes(InputStream in) {
            this.in = in;
        }

        void startLine() {
            lineStart = position;
            line++;
        }

        int peek() throws IOException {
            if (position == limit) {
                int kept = limit - lineStart;
                if (kept == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                }
                System.arraycopy(buffer, lineStart, buffer, 0, kept);
                lineStart = 0;
                position = kept;
                limit = kept + Math.max(0, in.read(buffer, kept, buffer.length - kept));
            }
            return position < limit ? buffer[position] & 0xFF : -1;
        }

        int next() throws IOException {
            int b = peek();
            if (b >= 0) {
                position++;
            }
            return b;
        }

        /** The bytes read from the start of the current line on (and the rest of the buffer). */
        byte[] restOfLine() {
            return Arrays.copyOfRange(buffer, lineStart, limit);
        }
    }
}
