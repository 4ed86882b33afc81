// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import java.io.EOFException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipException;

/**
 * Why an input or output failed, in words and without Java class names: {@code NoSuchFileException}
 * carries only the path as its message, a truncated gzip none at all.
 */
final class Reasons {

    /** Failures whose message is only a path, with the reason they stand for. */
    private static final List<Map.Entry<Class<? extends Throwable>, String>> KNOWN = List.of(
            Map.entry(NoSuchFileException.class, "no such file"),
            Map.entry(AccessDeniedException.class, "permission denied"),
            Map.entry(FileAlreadyExistsException.class, "the file already exists"),
            Map.entry(NotDirectoryException.class, "not a directory"),
            Map.entry(DirectoryNotEmptyException.class, "the directory is not empty"),
            Map.entry(FileSystemLoopException.class, "the links form a loop"),
            Map.entry(EOFException.class, "it ends too early (truncated?)"));

    private Reasons() {
    }

    /** Returns the reason for a failure, never empty and never a class name. */
    static String of(Throwable e) {
        if (e == null) {
            return "unknown reason";
        }
        for (Map.Entry<Class<? extends Throwable>, String> known : KNOWN) {
            if (known.getKey().isInstance(e)) {
                return known.getValue();
            }
        }
        if (e instanceof ZipException) {
            return "not valid compressed data" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
        }
        if (e instanceof FileSystemException) {
            String reason = ((FileSystemException) e).getReason();
            return reason == null ? "cannot be accessed" : reason;
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getCause() != null && e.getCause() != e ? of(e.getCause()) : "unknown reason";
        }
        return message;
    }
}
