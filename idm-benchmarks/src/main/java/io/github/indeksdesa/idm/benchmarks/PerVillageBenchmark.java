// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.benchmarks;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageScores;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring one village at a time, over the same synthetic villages as {@link ScanBenchmark}:
 * the way a typical implementation does it ({@link #naive()}) and our per-village API
 * ({@link #objectApi()}). Scores are per whole batch (ns/op); divide by {@code villages} for ns per
 * village. Only the national size (75k): a village's cost does not depend on how many follow it,
 * and 10M villages at a microsecond each would take longer per iteration than the whole quick pass.
 *
 * <p>Run: {@code java -jar idm-benchmarks/target/benchmarks.jar PerVillageBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PerVillageBenchmark {

    private static final MathContext CONTEXT = new MathContext(10, RoundingMode.HALF_UP);
    private static final BigDecimal[] DIVISORS = {BigDecimal.valueOf(175), BigDecimal.valueOf(60), BigDecimal.valueOf(15)};
    private static final BigDecimal THREE = BigDecimal.valueOf(3);
    /** The decimal thresholds, SANGAT TERTINGGAL ≤ 0.4907 < TERTINGGAL ≤ 0.5989 < … ≤ 0.8155 < MANDIRI. */
    private static final BigDecimal[] THRESHOLDS = {
        new BigDecimal("0.4907"), new BigDecimal("0.5989"), new BigDecimal("0.7072"), new BigDecimal("0.8155")};

    /** How many villages. */
    @Param({"75000"})
    public int villages;

    private byte[] scores;
    private IdmModel model;
    private VillageCode code;

    /** Draws the villages; not measured. */
    @Setup
    public void setUp() {
        scores = SyntheticVillages.scores(villages);
        model = IdmModel.official();
        code = VillageCode.of("6401022004");
    }

    /**
     * The typical implementation: per village, sum each index's scores, divide each sum with
     * BigDecimal in a MathContext, take the mean, and compare it with the decimal thresholds.
     *
     * <p>Run: {@code java -jar idm-benchmarks/target/benchmarks.jar 'PerVillageBenchmark.naive'}
     *
     * @return the village count per status
     */
    @Benchmark
    public int[] naive() {
        int[] counts = new int[5];
        int[] ends = {35, 47, 50};
        for (int v = 0; v < villages; v++) {
            int base = v * 50;
            BigDecimal total = BigDecimal.ZERO;
            int start = 0;
            for (int index = 0; index < 3; index++) {
                int sum = 0;
                for (int p = start; p < ends[index]; p++) {
                    sum += scores[base + p];
                }
                total = total.add(BigDecimal.valueOf(sum).divide(DIVISORS[index], CONTEXT));
                start = ends[index];
            }
            BigDecimal idm = total.divide(THREE, CONTEXT);
            int status = 0;
            while (status < THRESHOLDS.length && idm.compareTo(THRESHOLDS[status]) > 0) {
                status++;
            }
            counts[status]++;
        }
        return counts;
    }

    /**
     * Our per-village API including validation against the ladders:
     * {@code VillageScores.of(model, code, year, scores).evaluate().status()} for every village.
     *
     * <p>Run: {@code java -jar idm-benchmarks/target/benchmarks.jar 'PerVillageBenchmark.objectApi'}
     *
     * @return the village count per status
     */
    @Benchmark
    public int[] objectApi() {
        int[] counts = new int[5];
        int[] row = new int[50];
        for (int v = 0; v < villages; v++) {
            int base = v * 50;
            for (int p = 0; p < 50; p++) {
                row[p] = scores[base + p];
            }
            counts[VillageScores.of(model, code, 2024, row).evaluate().status().ordinal()]++;
        }
        return counts;
    }
}
