// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.io.ReadLimits;
import io.github.indeksdesa.idm.io.Input;
import io.github.indeksdesa.idm.io.InputKind;
import io.github.indeksdesa.idm.json.RumusanReader;
import io.github.indeksdesa.idm.tables.TableKinds;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * What every subcommand shares: the streams, {@code --debug}, and reading many inputs, reporting
 * each unreadable one on stderr and processing the rest.
 */
abstract class BaseCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    IdmCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--debug", description = "Print the stack trace of errors.")
    boolean debug;

    @Option(names = "--limit", paramLabel = "NAME=VALUE", description = "Raise or lower one input limit "
            + "(docs/limits.md), e.g. --limit maxReportBytes=64M; K, M and G are powers of 1024.")
    Map<String, String> limitOptions = new LinkedHashMap<>();

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--index", paramLabel = "idm|id",
            description = "The index the inputs hold: idm (IDM, up to 2024) or id (Indeks Desa, from 2025); "
                    + "default: told from each input's header.")
    IndeksDesaVillages.Edition index;

    final IdmModel model = IdmModel.official();

    /**
     * Whether commands that can score scores tables as one batch do so (faster, same output); tests
     * turn it off to compare with the per-village path.
     */
    boolean batch = true;

    /** The number of inputs (or rows) that could not be read. */
    int unreadable;

    /** Whether an input ran out of memory: an internal error (exit 3), though the other inputs go on. */
    boolean outOfMemory;

    /** The shared reading of villages: one rule for every command, repeated villages reported alike. */
    private InputRows rows;

    /** The limits the inputs are read under: the defaults, changed by {@code --limit}. */
    ReadLimits limits() {
        ReadLimits.Builder b = ReadLimits.builder();
        limitOptions.forEach((name, text) -> Limits.set(b, name, text, spec.commandLine()));
        return b.build();
    }

    /** The one path by which this run reads its villages (see {@link InputRows}). */
    InputRows rows() {
        if (rows == null) {
            rows = new InputRows(model, limits(), this::error);
        }
        return rows;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Reports an unreadable input or row on stderr. */
    void error(InputException e) {
        unreadable++;
        // one line, control characters from the input escaped
        err().println("idm " + spec.name() + ": " + Terminal.escape(e.getMessage().replace("\r\n", " ")
                .replace('\n', ' ')));
        if (debug && e.getCause() != null) {
            e.printStackTrace(err());
        }
    }

    /** What to do with one source. */
    interface SourceAction {
        void accept(Input source) throws IOException;
    }

    /** Expands every argument and runs the action on each source; unreadable ones are reported. */
    void forEachSource(List<String> inputs, SourceAction action) {
        if (inputs.stream().anyMatch(String::isEmpty)) {
            // an empty argument would otherwise name the current directory
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "an INPUT is empty (''); name a file, a directory or - for standard input");
        }
        for (String input : inputs) {
            List<Input> sources;
            try {
                sources = expand(input, parent.stdin(), directoryKinds(),
                        skipped -> error(new InputException(skipped.sourceName(), "", skipped.reason(), null)));
            } catch (InputException e) {
                error(e);
                continue;
            } catch (UncheckedIOException e) {
                error(new InputException(input, "", "the directory cannot be listed: " + e.getMessage(), e));
                continue;
            }
            for (Input source : sources) {
                try {
                    action.accept(source);
                } catch (InputException e) {
                    error(e);
                } catch (io.github.indeksdesa.idm.io.InputException e) {
                    error(Villages.inputException(source, e));
                } catch (IOException e) {
                    error(new InputException(source.name(), "", "cannot be read: " + Reasons.of(e), e));
                } catch (UncheckedIOException e) {
                    error(new InputException(source.name(), "", "cannot be read: " + Reasons.of(e.getCause()), e));
                } catch (OutOfMemoryError e) {
                    outOfMemory = true;
                    error(new InputException(source.name(), "", "out of memory while reading it; lower the limits "
                            + "(docs/limits.md) or give Java more memory (JAVA_OPTS=-Xmx…); the other inputs go on"));
                } finally {
                    if (rows != null) {
                        rows.endSource();
                    }
                }
            }
        }
    }

    /**
     * The kinds of file this command takes from a directory argument, besides the rumusan reports
     * ({@code *.json}): none by default; commands that read tables name the table kinds.
     */
    Set<InputKind> directoryKinds() {
        return EnumSet.of(InputKind.RUMUSAN_JSON);
    }

    /**
     * Expands one command-line argument into inputs: standard input for {@code -}, a file, or, for a
     * directory, every file below it in path order that is a report ({@code *.json}) or a table
     * ({@code *.csv}, {@code *.csv.gz}, {@code *.xlsx}) of one of the given kinds; other files (a
     * README, a costs table) are passed over. Links are followed; entries that cannot be read
     * (dangling links, special files, unreadable files or directories, link loops) go to
     * {@code skipped}.
     *
     * @throws InputException if a directory holds no such file
     */
    static List<Input> expand(String argument, InputStream stdin, Set<InputKind> kinds,
            java.util.function.Consumer<io.github.indeksdesa.idm.json.IdmJsonException> skipped) {
        if (argument.equals("-")) {
            return List.of(Input.of("<stdin>", stdin));
        }
        Path path = Path.of(argument);
        if (!Files.isDirectory(path)) {
            return List.of(Input.of(path));
        }
        List<Input> files = RumusanReader.inputFiles(path, BaseCommand::looksLikeInput, skipped).stream()
                .map(Input::of).filter(input -> hasKind(input, kinds)).collect(Collectors.toList());
        if (files.isEmpty()) {
            throw new InputException(argument, "", "the directory holds no "
                    + kinds.stream().map(InputKind::description).collect(Collectors.joining(" or ")));
        }
        return files;
    }

    private static boolean looksLikeInput(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".csv") || name.endsWith(".csv.gz") || name.endsWith(".xlsx");
    }

    /** A {@code *.json} file is always taken (a broken one is reported, not skipped); a table by its kind. */
    private static boolean hasKind(Input input, Set<InputKind> kinds) {
        if (input.name().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return kinds.contains(InputKind.RUMUSAN_JSON);
        }
        try {
            return kinds.contains(TableKinds.of(input));
        } catch (io.github.indeksdesa.idm.io.InputException | UncheckedIOException e) {
            return false;
        }
    }

    /** The exit status once all inputs are done. */
    int status(boolean found) {
        out().flush();
        return outOfMemory ? IdmCommand.INTERNAL : unreadable > 0 ? IdmCommand.UNREADABLE : found ? IdmCommand.FOUND : 0;
    }
}
