package io.github.indeksdesa.idm.cli;

import java.io.EOFException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.zip.ZipException;

/**
 * Why an input or output failed, in words and without Java class names: {@code NoSuchFileException}
 * carries only the path as its message, a truncated gzip none at all.
 */
final class Reasons {

    private Reasons() {
    }

    /** Returns the reason for a failure, never empty and never a class name. */
    static String of(Throwable e) {
        if (e == null) {
            return "unknown reason";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "the file already exists";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the directory is not empty";
        }
        if (e instanceof FileSystemLoopException) {
            return "the links form a loop";
        }
        if (e instanceof EOFException) {
            return "it ends too early (truncated?)";
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
