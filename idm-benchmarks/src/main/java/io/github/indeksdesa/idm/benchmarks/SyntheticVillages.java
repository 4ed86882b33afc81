// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.benchmarks;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.batch.BatchResult;
import io.github.indeksdesa.idm.batch.BatchScorer;
import io.github.indeksdesa.idm.batch.ScoreMatrix;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * The synthetic villages every benchmark and the numpy peer score: each indicator's score drawn
 * independently from its ladder with the frequencies of the ministry's reports
 * ({@link LadderFrequencies}), from a fixed seed, so the same size always gives the same bytes.
 *
 * <p>Run as a program it writes the matrix for the numpy peer, raw (one byte per score, 50 per
 * village), and the status counts the Java batch gives for it:
 * {@code java -cp idm-benchmarks/target/benchmarks.jar io.github.indeksdesa.idm.benchmarks.SyntheticVillages 10000000 /tmp/villages.bin}
 * writes {@code /tmp/villages.bin} and {@code /tmp/villages.bin.counts}.
 */
public final class SyntheticVillages {

    /** The seed of every data set. */
    public static final long SEED = 20_240_101L;

    private SyntheticVillages() {
    }

    /**
     * Returns the scores of {@code villages} synthetic villages, row-major in ministry order.
     *
     * @param villages how many villages, at least 0
     * @return a new array of {@code villages × 50} scores, not null
     */
    public static byte[] scores(int villages) {
        IdmModel model = IdmModel.official();
        int width = model.indicatorCount();
        // draw[p][r] is the score of the r-th of the 10,006 reports, in score order: an exact lookup.
        byte[][] draw = new byte[width][LadderFrequencies.TOTAL];
        for (int p = 0; p < width; p++) {
            Indicator indicator = model.indicators().get(p);
            int r = 0;
            for (int s = 0; s <= IdmModel.MAX_SCORE; s++) {
                int count = LadderFrequencies.COUNTS[p][s];
                if (count > 0 && !indicator.allows(s)) {
                    throw new IllegalStateException(indicator.code() + " score " + s + " is not on the ladder");
                }
                for (int i = 0; i < count; i++) {
                    draw[p][r++] = (byte) s;
                }
            }
        }
        byte[] scores = new byte[Math.multiplyExact(villages, width)];
        SplittableRandom random = new SplittableRandom(SEED);
        int i = 0;
        for (int v = 0; v < villages; v++) {
            for (int p = 0; p < width; p += 2) {
                // Two draws per long: the high and low 32 bits, each scaled to 0..10005 (bias < 3e-6).
                long bits = random.nextLong();
                scores[i++] = draw[p][(int) (((bits >>> 32) * LadderFrequencies.TOTAL) >>> 32)];
                scores[i++] = draw[p + 1][(int) (((bits & 0xFFFF_FFFFL) * LadderFrequencies.TOTAL) >>> 32)];
            }
        }
        return scores;
    }

    /**
     * Writes {@code args[0]} synthetic villages to the file {@code args[1]}, and their status
     * counts, one {@code STATUS count} line each, to {@code args[1] + ".counts"}.
     *
     * @param args the village count and the file
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SyntheticVillages <villages> <file>");
            System.exit(2);
        }
        int villages = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        byte[] scores = scores(villages);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(scores);
        }
        BatchResult result = BatchScorer.of(IdmModel.official()).score(ScoreMatrix.wrap(IdmModel.official(), scores));
        StringBuilder counts = new StringBuilder();
        for (Status status : Status.values()) {
            counts.append(status.name()).append(' ').append(result.count(status)).append('\n');
        }
        Files.writeString(Path.of(args[1] + ".counts"), counts, StandardCharsets.UTF_8);
        System.out.print(counts);
    }
}
