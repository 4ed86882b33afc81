// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The walk below a directory for report files: links to directories are followed (a loop is
 * reported once, where it closes, and not followed); a {@code *.json} entry that is a link to
 * nothing, a FIFO, socket or device, or unreadable, and a sub-directory that cannot be listed, are
 * handed to the consumer with the reason and skipped; the same file reached twice through links
 * is listed once.
 */
final class ReportWalk extends SimpleFileVisitor<Path> {

    private final Path root;
    private final Consumer<IdmJsonException> skipped;
    private final List<Path> files = new ArrayList<>();
    private final Set<Object> seen = new HashSet<>();
    private final Predicate<Path> accept;

    ReportWalk(Path root, Consumer<IdmJsonException> skipped) {
        this(root, file -> file.getFileName().toString().endsWith(".json"), skipped);
    }

    ReportWalk(Path root, Predicate<Path> accept, Consumer<IdmJsonException> skipped) {
        this.root = root;
        this.accept = accept;
        this.skipped = skipped;
    }

    /** The files found so far, in the order found. */
    List<Path> found() {
        return files;
    }

    static List<Path> files(Path root, Consumer<IdmJsonException> skipped) {
        return files(new ReportWalk(root, skipped));
    }

    static List<Path> files(Path root, Predicate<Path> accept, Consumer<IdmJsonException> skipped) {
        return files(new ReportWalk(root, accept, skipped));
    }

    private static List<Path> files(ReportWalk walk) {
        Path root = walk.root;
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walk);
        } catch (IOException e) {
            throw new UncheckedIOException(root + ": " + reason(e), e);
        }
        walk.files.sort(null);
        return walk.files;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (!accept.test(file)) {
            return FileVisitResult.CONTINUE;
        }
        if (attrs.isSymbolicLink()) {
            skip(file, "a link to nothing" + target(file) + "; skipped");
        } else if (!attrs.isRegularFile()) {
            skip(file, "not a regular file (a FIFO, socket or device); skipped");
        } else if (!Files.isReadable(file)) {
            skip(file, "cannot be read: permission denied; skipped");
        } else if (attrs.fileKey() == null || seen.add(attrs.fileKey())) {
            files.add(file);
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
        if (file.equals(root)) {
            throw e;
        }
        if (e instanceof FileSystemLoopException) {
            skip(file, "a link back to a directory above it (a loop)" + target(file) + "; not followed");
        } else {
            skip(file, "cannot be read: " + reason(e) + "; skipped");
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
        if (e != null) {
            skip(dir, "the directory could not be listed to the end: " + reason(e) + "; the rest of it is skipped");
        }
        return FileVisitResult.CONTINUE;
    }

    private void skip(Path file, String reason) {
        skipped.accept(new IdmJsonException(file.toString(), "", reason, null));
    }

    private static String target(Path link) {
        try {
            return Files.isSymbolicLink(link) ? " (it points to " + Files.readSymbolicLink(link) + ")" : "";
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }

    /** The reason for a failure in words, without a class name. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        return e.getMessage() == null ? "unknown reason" : e.getMessage();
    }
}
