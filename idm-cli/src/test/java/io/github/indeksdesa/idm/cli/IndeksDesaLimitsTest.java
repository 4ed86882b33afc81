// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --limit} reaches the Indeks Desa readers: a tiny limit ends one input cleanly, the others go on. */
class IndeksDesaLimitsTest {

    private static final String EXPORT = Cli.file("examples/data/indeks-desa-2025.csv");
    private static final String DIMENSIONS = Cli.file("examples/data/indeks-desa-2025-dimensions.csv");
    private static final String RUMUSAN = Cli.file("examples/data/rumusan");

    @Test
    void rowsPerTable() {
        // six villages a table, the header counted: over a limit of 3 rows at line 4; reports have no rows
        for (String command : List.of("score", "summary", "verify", "plan")) {
            for (String table : List.of(EXPORT, DIMENSIONS)) {
                Cli.Result r = Cli.run(command, "--limit", "maxRowsPerTable=3", table, RUMUSAN);
                assertEquals(IdmCommand.UNREADABLE, r.status(), command + r.err());
                assertEquals(List.of("idm " + command + ": " + table + ": line 4: the table has more than 3 rows "
                        + "(ReadLimits.maxRowsPerTable); if the table is genuine, raise the limit (idm --limit "
                        + "maxRowsPerTable=…)"), r.err().lines().filter(l -> !l.contains("a dimension table gives "))
                        .toList(), command);
            }
        }
        Cli.Result score = Cli.run("score", "--format", "csv", "--limit", "maxRowsPerTable=3", EXPORT, RUMUSAN);
        assertEquals(5, score.out().lines().filter(l -> l.contains("/rumusan/")).count(), score.out());
        Cli.Result fine = Cli.run("score", "--format", "csv", "--limit", "maxRowsPerTable=7", EXPORT, DIMENSIONS);
        assertTrue(fine.err().lines().allMatch(l -> l.contains("appears again for 2025")), fine.err());
    }

    @Test
    void lineLengthAndTheOtherInputsGoOn() {
        Cli.Result r = Cli.run("score", "--format", "csv", "--limit", "maxRecordChars=200", EXPORT, DIMENSIONS);
        assertEquals(IdmCommand.UNREADABLE, r.status());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains(EXPORT + ": line 1: a line is longer than 200 characters "
                + "(ReadLimits.maxRecordChars); if the table is genuine, raise the limit (idm --limit "
                + "maxRecordChars=…)"), r.err());
        // the dimension table's lines are short: its six villages are scored
        assertEquals(6, r.out().lines().filter(l -> l.startsWith(DIMENSIONS + ",")).count(), r.out());
    }

    @Test
    void decompressedSize(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("skor-2025.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(Path.of(EXPORT)));
        }
        Cli.Result r = Cli.run("summary", "--format", "csv", "--limit", "maxGzipBytes=1K", gz.toString(), DIMENSIONS);
        assertEquals(IdmCommand.UNREADABLE, r.status());
        assertTrue(r.err().contains(gz + ": ") && r.err().contains("1024 bytes")
                && r.err().contains("maxGzipBytes"), r.err());
        assertTrue(r.out().contains("2025,provinsi,99,PROVINSI CONTOH,"), r.out());
        Cli.Result fine = Cli.run("summary", "--format", "csv", gz.toString());
        assertEquals(0, fine.status(), fine.err());
    }
}
