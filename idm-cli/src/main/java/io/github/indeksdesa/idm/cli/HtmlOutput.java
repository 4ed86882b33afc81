package io.github.indeksdesa.idm.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Writes a page to the file, or to the command's standard output. */
    void write(BaseCommand command, Consumer<Appendable> page) throws IOException {
        if (file == null) {
            page.accept(command.out());
            command.out().flush();
            return;
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            page.accept(out);
        }
    }
}
