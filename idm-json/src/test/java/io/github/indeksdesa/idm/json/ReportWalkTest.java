// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Walking a directory for reports: links followed, loops and odd entries reported once and skipped. */
class ReportWalkTest {

    @TempDir
    Path dir;

    private final List<IdmJsonException> skipped = new ArrayList<>();

    private List<String> names(List<Path> files) {
        return files.stream().map(p -> dir.relativize(p).toString()).collect(Collectors.toList());
    }

    private String reasons() {
        return skipped.stream().map(IdmJsonException::getMessage).collect(Collectors.joining("\n"));
    }

    @Test
    void followsALinkedDirectoryAndReportsALoopOnce() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("store/reports"));
        Files.writeString(reports.resolve("a.json"), "{}");
        Path top = Files.createDirectories(dir.resolve("top"));
        Files.writeString(top.resolve("b.json"), "{}");
        Files.createSymbolicLink(top.resolve("linked"), reports);
        Files.createSymbolicLink(top.resolve("loop"), top);
        List<Path> files = RumusanReader.reportFiles(top, skipped::add);
        assertEquals(List.of("top/b.json", "top/linked/a.json"), names(files));
        assertEquals(1, skipped.size(), reasons());
        assertTrue(reasons().contains("top/loop: a link back to a directory above it (a loop)"), reasons());
    }

    @Test
    void reportsADanglingLinkAndAFifoAndGoesOn() throws IOException, InterruptedException {
        Files.writeString(dir.resolve("good.json"), "{}");
        Files.createSymbolicLink(dir.resolve("gone.json"), dir.resolve("nowhere.json"));
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.json").toString()).start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo");
        List<Path> files = RumusanReader.reportFiles(dir, skipped::add);
        assertEquals(List.of("good.json"), names(files));
        assertEquals(2, skipped.size(), reasons());
        assertTrue(reasons().contains("gone.json: a link to nothing (it points to "), reasons());
        assertTrue(reasons().contains("pipe.json: not a regular file (a FIFO, socket or device); skipped"), reasons());
    }

    @Test
    void aSubDirectoryThatCannotBeListedIsReportedAndTheWalkGoesOn() throws IOException {
        // chmod cannot deny root, so the failure the walk is handed is made here
        ReportWalk walk = new ReportWalk(dir, skipped::add);
        Path locked = dir.resolve("locked");
        assertEquals(FileVisitResult.CONTINUE, walk.visitFileFailed(locked,
                new AccessDeniedException(locked.toString())));
        assertEquals(1, skipped.size());
        assertEquals(locked + ": cannot be read: permission denied; skipped", skipped.get(0).getMessage());
    }

    @Test
    void anUnlistableDirectoryBelowTheTopDoesNotAbortTheWalk() throws IOException {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.writeString(locked.resolve("hidden.json"), "{}");
        Files.writeString(dir.resolve("good.json"), "{}");
        boolean denied = locked.toFile().setReadable(false, false) && !Files.isReadable(locked);
        try {
            List<Path> files = RumusanReader.reportFiles(dir, skipped::add);
            assertTrue(names(files).contains("good.json"), names(files).toString());
            if (denied) {
                assertEquals(List.of("good.json"), names(files));
                assertTrue(reasons().contains("locked: cannot be read: permission denied"), reasons());
            }
        } finally {
            locked.toFile().setReadable(true, false);
        }
    }

    @Test
    void theTopDirectoryMissingIsStillAnError() {
        assertThrows(UncheckedIOException.class, () -> RumusanReader.reportFiles(dir.resolve("missing"), skipped::add));
    }
}
