package io.github.indeksdesa.idm.cli;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.batch.ScoreMatrix;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads a scores table straight into a {@link ScoreMatrix}, byte by byte, when it is in the plain
 * form {@code ScoresTableWriter} writes: the header {@code kode_desa,tahun,IKS01,…,IKL03}, then
 * rows of a valid 10-digit code, a 4-digit year and one allowed digit per indicator, each line
 * ended by {@code \n}. It stops at anything else (quotes, spaces, blank lines, {@code \r},
 * another column order, a bad or disallowed value, a read error), and the caller reads the rest of
 * the table with {@code ScoresTableReader}, which reports each problem with its place. Every line
 * this class accepts is one that reader would read to the same village, with no rejected row.
 */
final class BatchTable {

    private final IdmModel model;
    private final byte[] header;
    /** Bit s of allowed[p] is set when score s is allowed at position p. */
    private final int[] allowed;

    BatchTable(IdmModel model, boolean lenient) {
        this.model = model;
        StringBuilder names = new StringBuilder("kode_desa,tahun");
        allowed = new int[model.indicatorCount()];
        for (int p = 0; p < allowed.length; p++) {
            Indicator indicator = model.indicators().get(p);
            names.append(',').append(indicator.code());
            for (int s = IdmModel.MIN_SCORE; s <= IdmModel.MAX_SCORE; s++) {
                if (lenient || indicator.allows(s)) {
                    allowed[p] |= 1 << s;
                }
            }
        }
        header = names.append('\n').toString().getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Reads the table in matrices of at most {@code chunk} villages, handing each to
     * {@code matrices} as soon as it is full (and the last one at the end), so memory stays bounded.
     * Stops at the first line not in the plain form (or at a read error): the villages read since
     * the last matrix handed over are then dropped.
     *
     * @return true if the whole table was read, false if it stopped early
     */
    boolean read(Source source, int chunk, Consumer<ScoreMatrix> matrices) {
        try (InputStream in = source.open()) {
            return read(new Bytes(in), chunk, matrices);
        } catch (IOException e) {
            return false;
        }
    }

    private boolean read(Bytes in, int chunk, Consumer<ScoreMatrix> matrices) throws IOException {
        for (byte b : header) {
            if (in.next() != b) {
                return false;
            }
        }
        ScoreMatrix.Builder matrix = ScoreMatrix.builder(model);
        byte[] code = new byte[10];
        int[] scores = new int[allowed.length];
        while (in.peek() >= 0) {
            for (int i = 0; i < code.length; i++) {
                int c = in.next();
                if (c < '0' || c > '9') {
                    return false;
                }
                code[i] = (byte) c;
            }
            if (in.next() != ',') {
                return false;
            }
            int year = 0;
            for (int i = 0; i < 4; i++) {
                int d = in.next() - '0';
                if (d < 0 || d > 9) {
                    return false;
                }
                year = year * 10 + d;
            }
            for (int p = 0; p < scores.length; p++) {
                if (in.next() != ',') {
                    return false;
                }
                int s = in.next() - '0';
                if (s < 0 || s > IdmModel.MAX_SCORE || (allowed[p] >>> s & 1) == 0) {
                    return false;
                }
                scores[p] = s;
            }
            int end = in.next();
            String text = new String(code, StandardCharsets.US_ASCII);
            if (end != '\n' && end != -1 || year < 1 || !VillageCode.isValid(text)) {
                return false;
            }
            matrix.add(VillageCode.of(text), year, scores);
            if (matrix.size() == chunk) {
                matrices.accept(matrix.build());
                matrix = ScoreMatrix.builder(model);
            }
        }
        if (matrix.size() > 0) {
            matrices.accept(matrix.build());
        }
        return true;
    }

    /** A stream read through its own buffer: no call per byte. */
    private static final class Bytes {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int position;
        private int limit;

        Bytes(InputStream in) {
            this.in = in;
        }

        int peek() throws IOException {
            if (position == limit) {
                limit = Math.max(0, in.read(buffer));
                position = 0;
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
    }
}
