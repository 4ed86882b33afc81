// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static java.util.stream.Collectors.toList;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.ScoreValidation;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageScores;
import io.github.indeksdesa.idm.batch.ScoreMatrix;
import io.github.indeksdesa.idm.io.Input;
import io.github.indeksdesa.idm.tables.ScoresMatrixReader;
import io.github.indeksdesa.idm.tables.ScoresTableWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The batch path of {@code score} and {@code summary} prints exactly what the per-village path prints. */
class BatchPathTest {

    private static final IdmModel MODEL = IdmModel.official();

    @TempDir
    static Path dir;

    /** 5,000 villages over two years, scores drawn around a level per village so every status occurs. */
    private static Path table;
    private static final Set<Status> STATUSES = EnumSet.noneOf(Status.class);

    @BeforeAll
    static void writeTable() throws IOException {
        table = dir.resolve("scores-5000.csv");
        Random random = new Random(20_24);
        try (Writer out = Files.newBufferedWriter(table); ScoresTableWriter writer = ScoresTableWriter.open(out, MODEL)) {
            for (int v = 0; v < 5_000; v++) {
                double level = random.nextDouble();
                int[] scores = new int[MODEL.indicatorCount()];
                for (int p = 0; p < scores.length; p++) {
                    List<Integer> ladder = MODEL.indicators().get(p).allowedScores();
                    double q = Math.min(0.999, Math.max(0, level + random.nextGaussian() * 0.2));
                    scores[p] = ladder.get((int) (q * ladder.size()));
                }
                String code = String.format("%02d%02d%02d%04d", 11 + random.nextInt(84), 1 + random.nextInt(30),
                        1 + random.nextInt(20), 1 + random.nextInt(9999));
                VillageScores village = VillageScores.of(MODEL, VillageCode.of(code), 2023 + random.nextInt(2), scores);
                STATUSES.add(village.evaluate().status());
                writer.write(village);
            }
        }
    }

    @Test
    void theTableHoldsEveryStatus() {
        assertEquals(EnumSet.allOf(Status.class), STATUSES);
    }

    @Test
    void summaryIsTheSameOnBothPaths() {
        for (String by : List.of("provinsi", "kabupaten", "kecamatan")) {
            for (String format : List.of("table", "csv", "json")) {
                assertSame("summary", "--by", by, "--format", format, table.toString());
            }
        }
    }

    @Test
    void scoreIsTheSameOnBothPaths() {
        for (String format : List.of("table", "csv", "ndjson", "json")) {
            assertSame("score", "--format", format, table.toString());
            assertSame("score", "--lenient", "--format", format, table.toString());
        }
    }

    @Test
    void manyInputsGzipAndStandardInputAreTheSameOnBothPaths() throws IOException {
        Path gz = dir.resolve("scores.csv.gz");
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(table));
        }
        String report = Cli.file("examples/data/rumusan/6401022004_2024.json");
        assertSame("summary", report, gz.toString(), table.toString(), dir.resolve("missing.csv").toString());
        assertSame("score", "--format", "csv", gz.toString(), report, table.toString());
        Result batch = run(true, Files.readString(table), "score", "--format", "ndjson", "-");
        assertEquals(batch, run(false, Files.readString(table), "score", "--format", "ndjson", "-"));
        assertEquals(5_000, batch.out().lines().count());
    }

    @Test
    void tablesNotInThePlainFormGiveTheSameRejectionsOnBothPaths() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(table));
        lines.set(3, lines.get(3).replaceFirst(",\\d,", ",9,"));
        lines.set(7, lines.get(7).substring(0, 20));
        lines.set(9, "");
        Path bad = Files.write(dir.resolve("bad.csv"), lines);
        Path crlf = Files.writeString(dir.resolve("crlf.csv"), String.join("\r\n", lines.subList(0, 30)) + "\r\n");
        Path offLadder = Files.writeString(dir.resolve("off-ladder.csv"),
                lines.get(0) + "\n" + lines.get(1).replaceFirst("^(\\d+,\\d+),\\d,", "$1,0,") + "\n");
        for (Path file : List.of(bad, crlf, offLadder)) {
            assertSame("summary", file.toString());
            assertSame("score", "--format", "csv", file.toString());
            assertSame("score", "--lenient", "--format", "csv", file.toString());
        }
        Result result = run(true, "", "score", "--format", "csv", bad.toString());
        assertEquals(2, result.status());
        assertTrue(result.err().contains("bad.csv") && result.err().contains("line 4"), result.err());
    }

    @Test
    void aBadRowAfterTheFirstBatchesGivesTheSameOutputOnBothPaths() throws IOException {
        List<String> lines = Files.readAllLines(table);
        List<String> big = new ArrayList<>(List.of(lines.get(0)));
        for (int copy = 0; copy < 14; copy++) {
            big.addAll(lines.subList(1, lines.size()));
        }
        big.add(lines.get(5).replace(",", ", "));  // read by ScoresTableReader, which strips cells
        big.add(lines.get(6).replaceFirst(",\\d$", ",9"));  // rejected
        big.addAll(lines.subList(1, 300));
        Path file = Files.write(dir.resolve("big-bad.csv"), big);
        List<ScoreMatrix> read = new ArrayList<>();
        ScoresMatrixReader.of(MODEL, ScoreValidation.LADDER).read(Input.of(file), Villages.BATCH, read::add, r -> { });
        assertEquals(List.of(Villages.BATCH, 70_000 + 1 + 299 - Villages.BATCH),
                read.stream().map(ScoreMatrix::villageCount).collect(toList()), "full batches across the bad row");
        assertSame("summary", "--by", "kabupaten", file.toString());
        Result batch = run(true, "", "score", "--format", "csv", file.toString());
        assertEquals(run(false, "", "score", "--format", "csv", file.toString()), batch);
        // the copies repeat villages and years: each path scores a village once and reports the rest alike
        long distinct = lines.subList(1, lines.size()).stream().map(l -> l.substring(0, l.indexOf(',', 11)))
                .distinct().count();
        assertEquals(1 + distinct, batch.out().lines().count());
        assertEquals(2, batch.status());
        assertTrue(batch.err().contains("line 70003"), batch.err());
        assertTrue(batch.err().contains((70_000 + 1 + 299 - distinct - InputRows.REPEATS_SHOWN)
                + " more rows repeat a village and year; they are left out"), batch.err());
    }

    @Test
    void standardInputTakesTheBatchPathWithTheSameOutput() throws IOException {
        List<String> lines = Files.readAllLines(table);
        lines.set(3_000, lines.get(3_000).replaceFirst(",\\d$", ",9"));
        String text = String.join("\n", lines) + "\n";
        for (String command : List.of("score", "summary")) {
            Result batch = run(true, text, command, "--format", "csv", "-");
            assertEquals(run(false, text, command, "--format", "csv", "-"), batch, command);
            assertTrue(batch.err().contains("<stdin> at line 3001") || batch.err().contains("<stdin>: line 3001"),
                    batch.err());
        }
    }

    private static void assertSame(String... args) {
        Result batch = run(true, "", args);
        Result object = run(false, "", args);
        assertEquals(object, batch, String.join(" ", args));
        assertFalse(object.out().isEmpty() && object.err().isEmpty(), String.join(" ", args));
    }

    /** What a run printed and returned. */
    private record Result(int status, String out, String err) {
    }

    private static Result run(boolean batch, String stdin, String... args) {
        CommandLine cmd = IdmCommand.commandLine(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        for (CommandLine sub : cmd.getSubcommands().values()) {
            if (sub.getCommand() instanceof BaseCommand) {
                ((BaseCommand) sub.getCommand()).batch = batch;
            }
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int status = cmd.execute(args);
        cmd.getOut().flush();
        cmd.getErr().flush();
        return new Result(status, out.toString(), err.toString());
    }
}
