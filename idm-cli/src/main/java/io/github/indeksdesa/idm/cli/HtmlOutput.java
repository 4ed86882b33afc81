// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.AccessDeniedException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code -o FILE} of the commands that write HTML pages, and the writing itself. */
final class HtmlOutput {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "With --format html: write the page to FILE instead of standard output.")
    Path file;

    /** Rejects {@code -o} with any format but html. */
    void check(CommandLine.Model.CommandSpec spec, boolean html) {
        if (file != null && !html) {
            throw new CommandLine.ParameterException(spec.commandLine(), "-o/--output needs --format html");
        }
    }

    /**
     * Writes a page to the file, or to the command's standard output. A regular file is written whole
     * or not at all: a page that fails half-way leaves no file (nor a changed one) behind.
     */
    void write(BaseCommand command, Consumer<Appendable> page) throws IOException {
        if (file == null) {
            page.accept(command.out());
            command.out().flush();
            return;
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                page.accept(out);
            }
            return;
        }
        // Written beside the file and moved in place once complete: a failure leaves no page behind.
        Path target = file.toAbsolutePath();
        Path part = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        try {
            try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                page.accept(out);
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchFileException e) {
            throw new OutputFailure(new IOException(file + ": no such directory", e));
        } catch (AccessDeniedException e) {
            throw new OutputFailure(new IOException(file + ": permission denied", e));
        } catch (IOException e) {
            throw new OutputFailure(new IOException(file + ": " + e.getMessage(), e));
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
