// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Careless and hostile input to the command: each failure of issue 13 that lives outside the readers. */
class HostileInputTest {

    private static final String HEADER = "KODE_PROV,NAMA_PROVINSI,KODE_KAB,NAMA_KABUPATEN,KODE_KEC,NAMA_KECAMATAN,"
            + "KODE_DESA,NAMA_DESA,IKS_2024,IKE_2024,IKL_2024,NILAI_IDM_2024,STATUS_IDM_2024\n";

    @TempDir
    Path dir;

    private static String row(String code, String idm, String status) {
        return "64,KALIMANTAN TIMUR,6403,BERAU,640301,,"
                + code + ",MAPULU,0.6286,0.35,0.9333," + idm + "," + status + "\n";
    }

    private Path bulk(String name, String rows) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, rows, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void summaryReadsSpreadsheetDoublesAndLeavesOutAbsurdValuesWithoutCrashing() throws IOException {
        Path file = bulk("bulk.csv", HEADER
                + row("6403012012", "0.63730000000000004", "BERKEMBANG")
                + row("6403012013", "1e308", "MAJU")
                + row("6403012014", "1e-400", "SANGAT TERTINGGAL")
                + row("6403012015", "7".repeat(5000), "MAJU")
                + row("6403012016", "99999", "MANDIRI")
                + row("6403012017", "0.6373", "BERKEMBANG"));
        Cli.Result r = Cli.run("summary", "-f", "csv", file.toString());
        assertEquals(IdmCommand.UNREADABLE, r.status(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertTrue(r.err().contains("NILAI_IDM_2024: expected a number from 0 to 1, found \"1e308\"; the row is left out"),
                r.err());
        assertTrue(r.err().contains("found \"99999\""), r.err());
        assertTrue(r.err().contains("(5000 characters)"), r.err());
        // 0.63730000000000004 and 0.6373 count as 0.6373; 1e-400 is 0 (a finding for verify, not a crash)
        assertTrue(r.out().contains("\n2024,provinsi,64,KALIMANTAN TIMUR,1,0,2,0,0,3,0.4249,0.00\n"), r.out());
    }

    @Test
    void summaryCountsARepeatedVillageOnceAndSaysSo() throws IOException {
        String same = row("6403012012", "0.6373", "BERKEMBANG");
        Path file = bulk("bulk.csv", HEADER + same + same + same);
        Cli.Result r = Cli.run("summary", "-f", "csv", file.toString());
        assertEquals(IdmCommand.UNREADABLE, r.status());
        assertEquals(2, r.err().split("appears again for 2024", -1).length - 1, r.err());
        assertTrue(r.out().contains("\n2024,provinsi,64,KALIMANTAN TIMUR,0,0,1,0,0,1,0.6373,0.00\n"), r.out());
    }

    @Test
    void summaryLeavesOutYearZero() throws IOException {
        Path file = bulk("bulk.csv", HEADER.replace("_2024", "_0000") + row("6403012012", "0.6373", "BERKEMBANG"));
        Cli.Result r = Cli.run("summary", file.toString());
        assertEquals(IdmCommand.UNREADABLE, r.status());
        assertTrue(r.err().contains("the data year 0 is outside the years of the model (2017–2024)"), r.err());
        assertFalse(r.out().contains("IDM 0"), r.out());
    }

    @Test
    void controlCharactersFromTheInputReachTheTerminalEscaped() throws IOException {
        Path file = bulk("bulk.csv", HEADER + row("6403012012", "0.6373", "BERKEMBANG")
                .replace("KALIMANTAN TIMUR", "KALTIM\u001b[2J\u009b31m") + row("64030120x2\u001b]0;pwned\u0007", "0.6",
                "MAJU"));
        Cli.Result r = Cli.run("summary", file.toString());
        assertFalse(r.out().contains("\u001b") || r.out().contains("\u009b"), r.out());
        assertTrue(r.out().contains("KALTIM\\u001B[2J\\u009B31m"), r.out());
        assertFalse(r.err().contains("\u001b") || r.err().contains("\u0007"), r.err());
        assertTrue(r.err().contains("\\u001B]0;pwned\\u0007"), r.err());
    }

    /** A stream that fails as a full disk or a closed pipe does, counting the bytes offered to it. */
    private static OutputStream failing(String message, AtomicLong offered) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                offered.addAndGet(len);
                throw new IOException(message);
            }
        };
    }

    private static Cli.Result runInto(OutputStream target, String... args) {
        StringWriter err = new StringWriter();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(OutputFailure.guard(target), StandardCharsets.UTF_8));
        int status = IdmCommand.execute(new ByteArrayInputStream(new byte[0]), out, new PrintWriter(err), args);
        return new Cli.Result(status, "", err.toString());
    }

    @Test
    void aFullDiskStopsTheRunWithAMessage() {
        AtomicLong offered = new AtomicLong();
        Cli.Result r = runInto(failing("No space left on device", offered), "score",
                Cli.file("examples/data/rumusan/1104012005_2023.json"));
        assertEquals(IdmCommand.UNREADABLE, r.status());
        assertEquals("idm score: cannot write the output: No space left on device\n", r.err());
    }

    @Test
    void aClosedPipeStopsTheRunQuicklyAndQuietly() {
        AtomicLong offered = new AtomicLong();
        Cli.Result r = runInto(failing("Broken pipe", offered), "score", "-f", "csv",
                Cli.file("examples/data/scores.csv"), Cli.file("examples/data/indeks-desa-2025.csv"));
        assertEquals(0, r.status());
        assertEquals("", r.err());
        // one failed write, not one per village
        assertTrue(offered.get() <= 1 << 16, "bytes offered after the pipe closed: " + offered.get());
    }

    @Test
    void aReportOverTheLimitIsNamedAndTheOtherInputsGoOn() {
        String report = Cli.file("examples/data/rumusan/1104012005_2023.json");
        Cli.Result r = Cli.run("score", "-f", "csv", "--limit", "maxReportBytes=1K", report,
                Cli.file("examples/data/scores.csv"));
        assertEquals(IdmCommand.UNREADABLE, r.status());
        assertTrue(r.err().contains("1104012005_2023.json: a report is at most 1024 bytes (ReadLimits.maxReportBytes"),
                r.err());
        assertTrue(r.out().lines().count() > 2, r.out());
        Cli.Result raised = Cli.run("score", "--limit", "maxReportBytes=1M", report);
        assertEquals(0, raised.status(), raised.err());
        Cli.Result unknown = Cli.run("score", "--limit", "maxNothing=1", report);
        assertEquals(IdmCommand.UNREADABLE, unknown.status());
        assertTrue(unknown.err().contains("unknown limit 'maxNothing'"), unknown.err());
    }

    @Test
    void aGzipOfNewlinesStopsAtTheInflationRuleAndTheOtherInputsGoOn() throws IOException {
        Path bomb = dir.resolve("bomb.csv.gz");
        try (OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(bomb))) {
            out.write(HEADER.getBytes(StandardCharsets.UTF_8));
            byte[] newlines = new byte[1 << 20];
            java.util.Arrays.fill(newlines, (byte) '\n');
            for (int i = 0; i < 20; i++) {
                out.write(newlines);
            }
        }
        assertTrue(Files.size(bomb) < 100_000, "bomb size " + Files.size(bomb));
        Path good = bulk("good.csv", HEADER + row("6403012012", "0.6373", "BERKEMBANG"));
        Cli.Result r = Cli.run("summary", "-f", "csv", bomb.toString(), good.toString());
        assertEquals(IdmCommand.UNREADABLE, r.status(), r.err());
        assertTrue(r.err().contains("bomb.csv.gz: decompresses ") && r.err().contains("ReadLimits.minInflateRatio"),
                r.err());
        assertTrue(r.out().contains("\n2024,provinsi,64,KALIMANTAN TIMUR,0,0,1,0,0,1,0.6373,0.00\n"), r.out());
    }

    @Test
    void limitOptionsReachTheTableReadersAndTheOtherInputsGoOn() throws IOException {
        Path bomb = dir.resolve("line.csv.gz");
        try (OutputStream gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(bomb))) {
            gz.write(HEADER.getBytes(StandardCharsets.UTF_8));
            gz.write("7".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII)); // one line of 1 MiB, ~1 KB on disk
        }
        Path good = bulk("good.csv", HEADER + row("6403012012", "0.6373", "BERKEMBANG"));
        Cli.Result r = Cli.run("summary", "-f", "csv", "--limit", "maxRecordChars=4K", bomb.toString(), good.toString());
        assertEquals(IdmCommand.UNREADABLE, r.status(), r.err());
        assertTrue(r.err().contains("line.csv.gz: line 2: a line is longer than 4096 characters "
                + "(ReadLimits.maxRecordChars)"), r.err());
        assertTrue(r.out().contains("\n2024,provinsi,64,KALIMANTAN TIMUR,0,0,1,0,0,1,0.6373,0.00\n"), r.out());
        Cli.Result wide = Cli.run("verify", "--limit", "maxCellsPerRow=5", good.toString());
        assertEquals(IdmCommand.UNREADABLE, wide.status(), wide.err());
        assertTrue(wide.err().contains("good.csv: line 1: a row has more than 5 cells (ReadLimits.maxCellsPerRow)"),
                wide.err());
    }

    @Test
    void anUnreadableFileSaysWhy() throws IOException {
        Cli.Result r = Cli.run("score", dir.resolve("missing.json").toString());
        assertEquals(IdmCommand.UNREADABLE, r.status());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
