// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.InvalidScoreException;
import io.github.indeksdesa.idm.ScoreValidation;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageResult;
import io.github.indeksdesa.idm.VillageScores;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * The batch path against the per-village API, which is the reference: for every village, the same
 * N, the same status, and for what-if questions the same status as {@code withScore(...).evaluate()}.
 */
class BatchScorerTest {

    private static final IdmModel MODEL = IdmModel.official();
    private static final int WIDTH = MODEL.indicatorCount();
    private static final long[] CODES_BASE = {6401022004L};
    /**
     * Whether this JVM runs with {@code --add-modules jdk.incubator.vector}: the build runs these
     * tests once without the Vector API and once with it, and says which by the property
     * {@code idm.batch.vector}. With it, {@code BatchScorer.of} must choose the vector loop
     * wherever the hardware has vectors of 256 bits or more.
     */
    private static final boolean VECTOR_RUN = Boolean.getBoolean("idm.batch.vector");

    /** Kinds of generated village, so that edges are always among the data. */
    private enum Kind { RANDOM_RANGE, RANDOM_LADDER, ALL_MIN, ALL_MAX, THRESHOLD_EDGE }

    // ---- generators ------------------------------------------------------------------------

    @Provide
    Arbitrary<byte[]> matrices() {
        Arbitrary<byte[]> village = Arbitraries.of(Kind.class).flatMap(kind -> Arbitraries.longs()
                .map(seed -> village(kind, new Random(seed))));
        return village.list().ofMinSize(1).ofMaxSize(200).map(rows -> {
            byte[] all = new byte[rows.size() * WIDTH];
            for (int v = 0; v < rows.size(); v++) {
                System.arraycopy(rows.get(v), 0, all, v * WIDTH, WIDTH);
            }
            return all;
        });
    }

    private static byte[] village(Kind kind, Random random) {
        byte[] row = new byte[WIDTH];
        switch (kind) {
            case RANDOM_RANGE:
                for (int p = 0; p < WIDTH; p++) {
                    row[p] = (byte) random.nextInt(6);
                }
                return row;
            case RANDOM_LADDER:
                for (int p = 0; p < WIDTH; p++) {
                    List<Integer> allowed = MODEL.indicators().get(p).allowedScores();
                    row[p] = (byte) (int) allowed.get(random.nextInt(allowed.size()));
                }
                return row;
            case ALL_MIN:
                for (int p = 0; p < WIDTH; p++) {
                    row[p] = (byte) MODEL.indicators().get(p).lowestScore();
                }
                return row;
            case ALL_MAX:
                Arrays.fill(row, (byte) 5);
                return row;
            default:
                return thresholdEdge(random);
        }
    }

    /** A village whose N is the last of one status or the first of the next. */
    private static byte[] thresholdEdge(Random random) {
        List<int[]> sums = new ArrayList<>();
        for (Status status : Status.values()) {
            long lowest = MODEL.lowestGridNumerator(status);
            for (long n = Math.max(0, lowest - 1); n <= lowest; n++) {
                sums.addAll(sumsFor(n));
            }
        }
        int[] chosen = sums.get(random.nextInt(sums.size()));
        byte[] row = new byte[WIDTH];
        for (Index index : Index.values()) {
            spread(row, MODEL.firstPosition(index), MODEL.indicatorCount(index), chosen[index.ordinal()], random);
        }
        return row;
    }

    /** Every (ΣIKS, ΣIKE, ΣIKL) with weighted sum n. */
    private static List<int[]> sumsFor(long n) {
        List<int[]> found = new ArrayList<>();
        for (int ikl = 0; ikl <= MODEL.maxSum(Index.IKL); ikl++) {
            for (int ike = 0; ike <= MODEL.maxSum(Index.IKE); ike++) {
                long rest = n - MODEL.weight(Index.IKL) * ikl - MODEL.weight(Index.IKE) * ike;
                if (rest >= 0 && rest % MODEL.weight(Index.IKS) == 0 && rest / MODEL.weight(Index.IKS) <= MODEL.maxSum(Index.IKS)) {
                    found.add(new int[] {(int) (rest / MODEL.weight(Index.IKS)), ike, ikl});
                }
            }
        }
        return found;
    }

    private static void spread(byte[] row, int start, int count, int sum, Random random) {
        for (int unit = 0; unit < sum; unit++) {
            int p;
            do {
                p = start + random.nextInt(count);
            } while (row[p] == 5);
            row[p]++;
        }
    }

    // ---- properties ------------------------------------------------------------------------

    @Property(edgeCases = EdgeCasesMode.FIRST)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void batchEqualsPerVillage(@ForAll("matrices") byte[] scores, @ForAll boolean parallel) {
        ScoreMatrix matrix = withCodes(ScoreMatrix.of(MODEL, scores));
        BatchResult result = BatchScorer.of(MODEL).parallel(parallel).score(matrix);
        BatchScorer words = BatchScorer.withLoop(MODEL, Kernel.Loop.WORDS);
        BatchScorer plainScorer = BatchScorer.withLoop(MODEL, Kernel.Loop.PLAIN);
        BatchScorer officialScorer = BatchScorer.withLoop(MODEL, Kernel.Loop.OFFICIAL);
        assertEquals(VectorLoops.available() ? Kernel.Loop.VECTOR : Kernel.Loop.OFFICIAL, BatchScorer.of(MODEL).loop());
        assertTrue(VECTOR_RUN || !VectorLoops.available(), "the vector loop without the incubator module");
        // Every x86-64 processor of the last decade has 256-bit vectors (AVX2): there the loop must load.
        String arch = System.getProperty("os.arch");
        assertTrue(!VECTOR_RUN || VectorLoops.available() || !(arch.equals("amd64") || arch.equals("x86_64")),
                "the vector loop did not load with the incubator module on " + arch);
        assertEquals(Kernel.Loop.OFFICIAL, officialScorer.loop());
        assertEquals(Kernel.Loop.WORDS, words.loop());
        assertEquals(Kernel.Loop.PLAIN, plainScorer.loop());
        BatchResult word = words.score(matrix);
        BatchResult official = officialScorer.score(matrix);
        ScoreMatrix checked = matrix.check(ScoreValidation.RANGE);
        assertTrue(checked.isChecked());
        assertTrue(!matrix.isChecked());
        BatchResult trusted = BatchScorer.of(MODEL).score(checked);
        BatchResult plain = plainScorer.score(matrix);
        long[] counts = new long[Status.values().length];
        for (int v = 0; v < matrix.villageCount(); v++) {
            VillageResult reference = matrix.village(v, ScoreValidation.RANGE).evaluate();
            assertEquals(reference.value().gridNumerator(), result.gridNumerator(v), "N of village " + v);
            assertEquals(reference.status(), result.status(v), "status of village " + v);
            assertEquals(reference.idm(), result.idm(v), "IDM of village " + v);
            assertEquals(result.gridNumerator(v), plain.gridNumerator(v), "plain N of village " + v);
            assertEquals(result.status(v), plain.status(v), "plain status of village " + v);
            assertEquals(result.gridNumerator(v), word.gridNumerator(v), "word-loop N of village " + v);
            assertEquals(result.status(v), word.status(v), "word-loop status of village " + v);
            assertEquals(result.gridNumerator(v), official.gridNumerator(v), "official-loop N of village " + v);
            assertEquals(result.status(v), official.status(v), "official-loop status of village " + v);
            assertEquals(result.gridNumerator(v), trusted.gridNumerator(v), "checked-matrix N of village " + v);
            assertEquals(result.status(v), trusted.status(v), "checked-matrix status of village " + v);
            counts[reference.status().ordinal()]++;
            Statistics.collect(reference.status());
        }
        for (Status status : Status.values()) {
            assertEquals(counts[status.ordinal()], result.count(status), "count of " + status);
            assertEquals(counts[status.ordinal()], result.statusCounts().get(status), "map count of " + status);
            assertEquals(counts[status.ordinal()], word.count(status), "word-loop count of " + status);
            assertEquals(counts[status.ordinal()], plain.count(status), "plain count of " + status);
            assertEquals(counts[status.ordinal()], official.count(status), "official-loop count of " + status);
        }
        Statistics.coverage(coverage -> {
            for (Status status : Status.values()) {
                coverage.check(status).count(c -> c > 0);
            }
        });
    }

    @Property(tries = 300)
    void scoreIntoAndStatusCountsEqualScore(@ForAll("matrices") byte[] scores, @ForAll boolean parallel,
            @ForAll boolean checked, @ForAll @IntRange(min = 0, max = 3) int spare, @ForAll byte fill,
            @ForAll boolean blocks) {
        ScoreMatrix wrapped = matrix(scores, blocks);
        ScoreMatrix matrix = checked ? wrapped.check(ScoreValidation.RANGE) : wrapped;
        BatchScorer scorer = BatchScorer.of(MODEL).parallel(parallel);
        BatchResult result = scorer.score(matrix);
        int villages = matrix.villageCount();
        short[] numerators = new short[villages + spare];
        byte[] statuses = new byte[villages + spare];
        Arrays.fill(numerators, fill);
        Arrays.fill(statuses, fill);
        // Twice into the same arrays: a reused buffer holds the second matrix's results only.
        assertEquals(result.statusCounts(), scorer.scoreInto(matrix, numerators, statuses));
        assertEquals(result.statusCounts(), scorer.scoreInto(matrix, numerators, statuses));
        for (int v = 0; v < villages; v++) {
            assertEquals(result.gridNumerator(v), Short.toUnsignedInt(numerators[v]), "N of village " + v);
            assertEquals(result.status(v).ordinal(), statuses[v], "status of village " + v);
        }
        for (int v = villages; v < villages + spare; v++) {
            assertEquals(fill, numerators[v], "element past the villages");
            assertEquals(fill, statuses[v], "element past the villages");
        }
        assertEquals(result.statusCounts(), scorer.statusCounts(matrix));
    }

    @Example
    void statusCountsOverManyScratchChunksEqualScore() {
        int villages = 3 * BatchScorer.SCRATCH + 17;
        ScoreMatrix matrix = ScoreMatrix.wrap(MODEL, randomScores(villages, new Random(7)));
        BatchResult result = BatchScorer.of(MODEL).score(matrix);
        assertEquals(result.statusCounts(), BatchScorer.of(MODEL).statusCounts(matrix));
        assertEquals(result.statusCounts(),
                BatchScorer.of(MODEL).statusCounts(ScoreMatrix.inBlocks(MODEL, matrix.toArray())));
        assertEquals(result.statusCounts(), BatchScorer.of(MODEL).parallel(true).statusCounts(matrix));
        assertEquals(villages, result.statusCounts().values().stream().mapToLong(Long::longValue).sum());
    }

    /**
     * Matrices long enough for the vector loop's groups and blocks (the properties above draw at
     * most 60 villages): every village's N and status equal the scalar official loop's, scored
     * into arrays at an offset chunk, with and without the range check, and a bad byte deep in
     * the matrix is found.
     */
    @Property(tries = 20)
    void longMatricesEqualTheScalarLoop(@ForAll @IntRange(min = 1, max = 3000) int villages, @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 49) int position, @ForAll boolean checked, @ForAll boolean blocks) {
        ScoreMatrix wrapped = matrix(randomScores(villages, new Random(seed)), blocks);
        ScoreMatrix matrix = checked ? wrapped.check(ScoreValidation.RANGE) : wrapped;
        BatchResult fast = BatchScorer.of(MODEL).score(matrix);
        BatchResult scalar = BatchScorer.withLoop(MODEL, Kernel.Loop.OFFICIAL).score(matrix);
        BatchResult plain = BatchScorer.withLoop(MODEL, Kernel.Loop.PLAIN).score(matrix);
        assertArrayEquals(plain.gridNumerators(), scalar.gridNumerators());
        for (int v = 0; v < villages; v++) {
            assertEquals(scalar.gridNumerator(v), fast.gridNumerator(v), "N of village " + v);
            assertEquals(scalar.status(v), fast.status(v), "status of village " + v);
        }
        assertEquals(scalar.statusCounts(), fast.statusCounts());
        assertEquals(scalar.statusCounts(), BatchScorer.of(MODEL).statusCounts(matrix));
        byte[] bad = randomScores(villages, new Random(seed));
        int village = (int) Math.floorMod(seed, (long) villages);
        bad[village * WIDTH + position] = (byte) (6 + Math.floorMod(seed, 122));
        InvalidBatchException e = assertThrows(InvalidBatchException.class,
                () -> BatchScorer.of(MODEL).score(matrix(bad, blocks)));
        assertEquals(village, e.problems().get(0).village());
        assertEquals(MODEL.indicators().get(position).code(), e.problems().get(0).indicatorCode());
    }

    @Example
    void scoreIntoRejectsShortArraysNamingThem() {
        ScoreMatrix matrix = ScoreMatrix.wrap(MODEL, new byte[3 * WIDTH]);
        BatchScorer scorer = BatchScorer.of(MODEL);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> scorer.scoreInto(matrix, new short[2], new byte[3]));
        assertEquals("numerators: expected an array of at least 3 elements (one per village of the matrix), found 2",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> scorer.scoreInto(matrix, new short[3], new byte[0]));
        assertEquals("statuses: expected an array of at least 3 elements (one per village of the matrix), found 0",
                e.getMessage());
        assertThrows(NullPointerException.class, () -> scorer.scoreInto(matrix, null, new byte[3]));
    }

    private static byte[] randomScores(int villages, Random random) {
        byte[] scores = new byte[villages * WIDTH];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = (byte) random.nextInt(IdmModel.MAX_SCORE + 1);
        }
        return scores;
    }

    @Property(tries = 300)
    void whatIfEqualsRescoringEachVillage(@ForAll("matrices") byte[] scores,
            @ForAll @IntRange(min = 0, max = 49) int position, @ForAll @IntRange(min = 0, max = 5) int step,
            @ForAll long subsetSeed) {
        ScoreMatrix matrix = withCodes(ScoreMatrix.of(MODEL, scores));
        Indicator indicator = MODEL.indicators().get(position);
        int score = indicator.allowedScores().get(step % indicator.allowedScores().size());
        Random random = new Random(subsetSeed);
        BitSet subset = new BitSet();
        for (int v = 0; v < matrix.villageCount(); v++) {
            if (random.nextBoolean()) {
                subset.set(v);
            }
        }
        BatchResult result = BatchScorer.of(MODEL).score(matrix);
        StatusChanges changes = result.whatIf(indicator, score, subset);
        long[][] expected = new long[5][5];
        for (int v = 0; v < matrix.villageCount(); v++) {
            VillageScores village = matrix.village(v, ScoreValidation.RANGE);
            Status before = village.evaluate().status();
            Status after = subset.get(v) ? village.withScore(indicator, score).evaluate().status() : before;
            expected[before.ordinal()][after.ordinal()]++;
        }
        long changed = 0;
        for (Status from : Status.values()) {
            for (Status to : Status.values()) {
                assertEquals(expected[from.ordinal()][to.ordinal()], changes.count(from, to), from + "→" + to);
                changed += from == to ? 0 : expected[from.ordinal()][to.ordinal()];
            }
            assertEquals(result.count(from), changes.before(from), "before " + from);
        }
        assertEquals(changed, changes.changed());
        StatusChanges everyone = result.whatIf(indicator, score);
        BitSet all = new BitSet();
        all.set(0, matrix.villageCount());
        StatusChanges explicit = result.whatIf(indicator, score, all);
        for (Status from : Status.values()) {
            for (Status to : Status.values()) {
                assertEquals(explicit.count(from, to), everyone.count(from, to));
            }
        }
    }

    @Property(tries = 200)
    void outOfRangeScoreIsRejectedNamingVillageAndIndicator(@ForAll("matrices") byte[] scores,
            @ForAll @IntRange(min = 0, max = 10_000) int where, @ForAll byte bad, @ForAll boolean parallel,
            @ForAll boolean blocks) {
        if (bad >= 0 && bad <= 5) {
            bad = (byte) (bad + 6);
        }
        int at = where % scores.length;
        scores[at] = bad;
        ScoreMatrix matrix = matrix(scores, blocks);
        InvalidBatchException e = assertThrows(InvalidBatchException.class,
                () -> BatchScorer.of(MODEL).parallel(parallel).score(matrix));
        ScoreProblem problem = e.problems().get(0);
        assertEquals(at / WIDTH, problem.village());
        assertEquals(MODEL.indicators().get(at % WIDTH).code(), problem.indicatorCode());
        assertEquals(bad, problem.value());
        assertEquals(List.of(0, 1, 2, 3, 4, 5), problem.allowed());
        assertEquals(1, e.problemCount());
        assertThrows(InvalidBatchException.class, () -> BatchScorer.withLoop(MODEL, Kernel.Loop.WORDS).score(matrix));
        assertThrows(InvalidBatchException.class, () -> BatchScorer.withLoop(MODEL, Kernel.Loop.PLAIN).score(matrix));
    }

    /** The matrix of these rows, kept as rows ({@code wrap}) or copied into blocks ({@code of}). */
    private static ScoreMatrix matrix(byte[] scores, boolean blocks) {
        ScoreMatrix matrix = blocks ? ScoreMatrix.inBlocks(MODEL, scores) : ScoreMatrix.wrap(MODEL, scores);
        assertEquals(blocks, matrix.isBlocked());
        return matrix;
    }

    @Property(tries = 200)
    void blocksGiveBackTheRowsTheyWereMadeOf(@ForAll("matrices") byte[] scores, @ForAll byte bad,
            @ForAll @IntRange(min = 0, max = 10_000) int where) {
        scores[where % scores.length] = bad;
        ScoreMatrix rows = ScoreMatrix.wrap(MODEL, scores);
        ScoreMatrix blocks = ScoreMatrix.inBlocks(MODEL, scores);
        assertArrayEquals(scores, blocks.toArray());
        assertEquals(VectorLoops.available(), ScoreMatrix.of(MODEL, scores).isBlocked());
        assertArrayEquals(scores, ScoreMatrix.of(MODEL, scores).toArray());
        assertEquals(rows.villageCount(), blocks.villageCount());
        for (int v = 0; v < rows.villageCount(); v++) {
            for (int p = 0; p < WIDTH; p++) {
                assertEquals(rows.score(v, p), blocks.score(v, p), "village " + v + " position " + p);
            }
        }
        assertEquals(rows.problems(ScoreValidation.LADDER, 1000), blocks.problems(ScoreValidation.LADDER, 1000));
        assertEquals(Blocks.length(rows.villageCount()), blocks.array().length);
    }

    // ---- examples ----------------------------------------------------------------------------

    @Example
    void everyExtremeByteAtEveryPositionIsRejected() {
        for (Kernel.Loop loop : Kernel.Loop.values()) {
            BatchScorer scorer = BatchScorer.withLoop(MODEL, loop);
            for (int position = 0; position < WIDTH; position++) {
                for (int bad : new int[] {6, 7, 8, 127, -1, -128}) {
                    byte[] scores = new byte[3 * WIDTH];
                    Arrays.fill(scores, (byte) 5);
                    // Every score of the middle village bad: the largest garbage sums there are.
                    Arrays.fill(scores, WIDTH, 2 * WIDTH, (byte) bad);
                    scores[2 * WIDTH + position] = (byte) bad;
                    InvalidBatchException e = assertThrows(InvalidBatchException.class,
                            () -> scorer.score(ScoreMatrix.wrap(MODEL, scores)), loop + " " + position + " " + bad);
                    InvalidBatchException inBlocks = assertThrows(InvalidBatchException.class,
                            () -> scorer.score(ScoreMatrix.inBlocks(MODEL, scores)), loop + " blocks " + position + " " + bad);
                    assertEquals(e.problems(), inBlocks.problems());
                    assertEquals(WIDTH + 1, e.problemCount());
                    assertEquals(2, e.problems().get(WIDTH).village());
                    assertEquals(MODEL.indicators().get(position).code(), e.problems().get(WIDTH).indicatorCode());
                }
            }
        }
    }

    @Example
    void largeParallelBatchEqualsSequential() {
        Random random = new Random(42);
        int villages = 9 * BatchScorer.MIN_CHUNK + 17;
        byte[] scores = new byte[villages * WIDTH];
        for (int v = 0; v < villages; v++) {
            System.arraycopy(village(Kind.values()[v % Kind.values().length], random), 0, scores, v * WIDTH, WIDTH);
        }
        ScoreMatrix matrix = ScoreMatrix.wrap(MODEL, scores);
        BatchResult sequential = BatchScorer.of(MODEL).score(matrix);
        BatchResult parallel = BatchScorer.of(MODEL).parallel(true).score(matrix);
        BatchResult blocks = BatchScorer.of(MODEL).parallel(true).score(ScoreMatrix.inBlocks(MODEL, scores));
        assertArrayEquals(sequential.gridNumerators(), blocks.gridNumerators());
        assertArrayEquals(sequential.statusOrdinals(), blocks.statusOrdinals());
        assertEquals(sequential.statusCounts(), blocks.statusCounts());
        assertArrayEquals(sequential.gridNumerators(), parallel.gridNumerators());
        assertArrayEquals(sequential.statusOrdinals(), parallel.statusOrdinals());
        assertEquals(sequential.statusCounts(), parallel.statusCounts());
        assertEquals(villages, sequential.statusCounts().values().stream().mapToLong(Long::longValue).sum());
    }

    @Example
    void ministryWorkedExamplesOnTheGrid() {
        // Keladen 2024: N = 5098, MAJU; one more IKL point (+140) makes it MANDIRI.
        byte[] row = new byte[WIDTH];
        Random random = new Random(1);
        spread(row, 0, 35, 139, random);
        spread(row, 35, 12, 50, random);
        spread(row, 47, 3, 12, random);
        BatchResult result = BatchScorer.of(MODEL).score(ScoreMatrix.of(MODEL, row));
        assertEquals(5098, result.gridNumerator(0));
        assertEquals(Status.MAJU, result.status(0));
        int iklPosition = 47;
        while (row[iklPosition] == 5) {
            iklPosition++;
        }
        Indicator ikl = MODEL.indicators().get(iklPosition);
        StatusChanges changes = result.whatIf(ikl, row[iklPosition] + 1);
        assertEquals(1, changes.count(Status.MAJU, Status.MANDIRI));
        assertEquals(1, changes.raised());
        assertTrue(changes.toString().contains("MAJU→MANDIRI 1"), changes.toString());
    }

    @Example
    void validationListsEveryProblemApartFromScoring() {
        byte[] scores = new byte[3 * WIDTH];
        Arrays.fill(scores, (byte) 5);
        scores[WIDTH + 1] = 3;   // village 1, IKS02 Dokter: 0 or 5 only
        scores[2 * WIDTH + 2] = 0; // village 2, IKS03 Bidan: 1 or 5 only
        ScoreMatrix matrix = ScoreMatrix.of(MODEL, scores);
        List<ScoreProblem> problems = matrix.problems(ScoreValidation.LADDER, 10);
        assertEquals(2, problems.size());
        assertEquals(1, problems.get(0).village());
        assertEquals("IKS02", problems.get(0).indicatorCode());
        assertEquals(3, problems.get(0).value());
        assertEquals(List.of(0, 5), problems.get(0).allowed());
        assertEquals("village 2: IKS03 score 0 is not allowed; allowed: {1, 5}", problems.get(1).toString());
        assertEquals(1, matrix.problems(ScoreValidation.LADDER, 1).size());
        assertTrue(matrix.problems(ScoreValidation.RANGE, 10).isEmpty());
        InvalidBatchException e = assertThrows(InvalidBatchException.class, () -> matrix.check(ScoreValidation.LADDER));
        assertEquals(2, e.problemCount());
        assertTrue(e.getMessage().startsWith("2 scores are not allowed: village 1: IKS02"), e.getMessage());
        // Scoring accepts what RANGE accepts, as the lenient per-village API does.
        BatchResult result = BatchScorer.of(MODEL).score(matrix);
        assertEquals(Status.MANDIRI, result.status(0));
        assertThrows(InvalidScoreException.class, () -> withCodes(matrix).village(1, ScoreValidation.LADDER));
    }

    @Example
    void argumentsAreChecked() {
        assertThrows(NullPointerException.class, () -> ScoreMatrix.of(MODEL, (byte[]) null));
        IllegalArgumentException width = assertThrows(IllegalArgumentException.class,
                () -> ScoreMatrix.of(MODEL, new byte[WIDTH + 1]));
        assertTrue(width.getMessage().contains("multiple of 50"), width.getMessage());
        ScoreMatrix matrix = ScoreMatrix.of(MODEL, new byte[2 * WIDTH]);
        assertThrows(IllegalArgumentException.class,
                () -> matrix.withVillages(new long[] {-1L, 2L}, new int[] {2024, 2024}));
        assertThrows(IllegalArgumentException.class,
                () -> matrix.withVillages(new long[] {10_000_000_000L, 2L}, new int[] {2024, 2024}));
        assertThrows(IllegalArgumentException.class,
                () -> matrix.withVillages(new long[] {6401022004L, 6401022005L}, new int[] {2024, 0}));
        ScoreMatrix leadingZero = matrix.withVillages(new long[] {123456789L, 6401022004L}, new int[] {2024, 2023});
        assertEquals("0123456789", leadingZero.villageCode(0).value());
        assertEquals("6401022004", leadingZero.villageCode(1).value());
        assertEquals(2023, leadingZero.year(1));
        assertThrows(IllegalArgumentException.class, () -> matrix.withVillages(new long[] {6401022004L}, new int[] {2024}));
        assertThrows(IllegalStateException.class, () -> matrix.villageCode(0));
        assertThrows(IllegalArgumentException.class, () -> matrix.problems(ScoreValidation.LADDER, -1));
        BatchResult result = BatchScorer.of(MODEL).score(matrix);
        Indicator dokter = MODEL.indicator("IKS02");
        IllegalArgumentException ladder = assertThrows(IllegalArgumentException.class, () -> result.whatIf(dokter, 3));
        assertTrue(ladder.getMessage().contains("[0, 5]"), ladder.getMessage());
        assertThrows(NullPointerException.class, () -> result.whatIf(null, 5));
        assertEquals(0, BatchScorer.of(MODEL).score(ScoreMatrix.of(MODEL, new byte[0])).villageCount());
    }

    @Example
    void matrixFromVillagesCarriesCodesAndYears() {
        int[] row = new int[WIDTH];
        Arrays.fill(row, 5);
        VillageScores a = VillageScores.of(MODEL, io.github.indeksdesa.idm.VillageCode.of("6401022004"), 2024, row);
        VillageScores b = a.withVillage(io.github.indeksdesa.idm.VillageCode.of("1508042002"), 2023);
        ScoreMatrix matrix = ScoreMatrix.of(MODEL, List.of(a, b));
        assertEquals(2, matrix.villageCount());
        assertEquals("1508042002", matrix.villageCode(1).value());
        assertEquals(2023, matrix.year(1));
        assertEquals(b, matrix.village(1, ScoreValidation.LADDER));
        assertTrue(matrix.isChecked());
    }

    @Example
    void builderKeepsPublishedScoresAndKnowsWhetherTheyAreInRange() {
        int[] row = new int[WIDTH];
        Arrays.fill(row, 5);
        io.github.indeksdesa.idm.VillageCode code = io.github.indeksdesa.idm.VillageCode.of("6401022004");
        ScoreMatrix.Builder builder = ScoreMatrix.builder(MODEL);
        for (int i = 0; i < 100; i++) {
            builder.add(code, 2024, row);
        }
        assertEquals(100, builder.size());
        ScoreMatrix good = builder.build();
        assertTrue(good.isChecked());
        assertEquals(100, good.villageCount());
        assertEquals(2024, good.year(99));
        row[3] = 9;
        ScoreMatrix bad = builder.add(code, 2023, row).build();
        assertTrue(!bad.isChecked());
        InvalidBatchException e = assertThrows(InvalidBatchException.class, () -> BatchScorer.of(MODEL).score(bad));
        assertEquals(100, e.problems().get(0).village());
        assertEquals("IKS04", e.problems().get(0).indicatorCode());
        row[3] = 300;
        assertThrows(IllegalArgumentException.class, () -> builder.add(code, 2024, row));
        assertThrows(IllegalArgumentException.class, () -> builder.add(code, 2024, new int[3]));
        assertThrows(IllegalArgumentException.class, () -> builder.add(code, 0, new int[WIDTH]));
    }

    private static ScoreMatrix withCodes(ScoreMatrix matrix) {
        long[] codes = new long[matrix.villageCount()];
        int[] years = new int[matrix.villageCount()];
        for (int v = 0; v < codes.length; v++) {
            codes[v] = CODES_BASE[0] + v;
            years[v] = 2024;
        }
        return matrix.withVillages(codes, years);
    }
}
