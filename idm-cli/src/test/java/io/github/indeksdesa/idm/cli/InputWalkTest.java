// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the command expands its arguments: issue 13's links, loops, FIFOs and the empty argument. */
class InputWalkTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyArgumentIsAUsageErrorNotTheCurrentDirectory() {
        Cli.Result r = Cli.run("score", "");
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("an INPUT is empty ('')"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aLinkedDirectoryIsFollowedAndOddEntriesAreNamedAndSkipped() throws IOException, InterruptedException {
        Path store = Files.createDirectories(dir.resolve("store"));
        Files.copy(Path.of(Cli.file("examples/data/rumusan/1104012005_2023.json")), store.resolve("a.json"));
        Path top = Files.createDirectories(dir.resolve("top"));
        Files.copy(Path.of(Cli.file("examples/data/rumusan/6401022004_2024.json")), top.resolve("b.json"));
        Files.createSymbolicLink(top.resolve("linked"), store);
        Files.createSymbolicLink(top.resolve("loop"), top);
        Files.createSymbolicLink(top.resolve("gone.json"), dir.resolve("nowhere.json"));
        assertEquals(0, new ProcessBuilder("mkfifo", top.resolve("pipe.json").toString()).start().waitFor());

        Cli.Result r = Cli.run("score", top.toString());
        assertEquals(IdmCommand.UNREADABLE, r.status(), r.err());
        assertTrue(r.out().contains("1104012005") && r.out().contains("6401022004"), r.out());
        assertEquals(3, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("idm score: " + top.resolve("loop") + ": a link back to a directory above it"),
                r.err());
        assertTrue(r.err().contains(top.resolve("gone.json") + ": a link to nothing"), r.err());
        assertTrue(r.err().contains(top.resolve("pipe.json") + ": not a regular file"), r.err());
    }
}
