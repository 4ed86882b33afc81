// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code idm} command: the entry point of the command-line tool.
 *
 * <p>Exit status: 0 done and nothing found (also when the reader of the output went away), 1
 * {@code verify} found inconsistencies, 2 a usage error, an input that cannot be read or output
 * that cannot be written, 3 an internal error (a stack trace only with {@code --debug}).
 */
@Command(name = "idm", mixinStandardHelpOptions = true, versionProvider = IdmCommand.Version.class,
        description = "Score, report, verify, summarise and plan Indeks Desa Membangun (IDM) data.",
        subcommands = {ScoreCommand.class, ReportCommand.class, VerifyCommand.class, SummaryCommand.class,
            PlanCommand.class, InterventionsCommand.class, CompareCommand.class,
            CatalogCommand.class, VectorsCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done, nothing found", "1:verify found inconsistencies",
            "2:usage error, an input that cannot be read or output that cannot be written",
            "3:internal error (run again with --debug for the stack trace)"})
public final class IdmCommand implements Runnable {

    /** The exit status of a run that found inconsistencies. */
    static final int FOUND = 1;
    /** The exit status of a usage error or an unreadable input. */
    static final int UNREADABLE = 2;
    /** The exit status of an internal error. */
    static final int INTERNAL = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final InputStream stdin;

    private IdmCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    /** Standard input of this run. */
    InputStream stdin() {
        return stdin;
    }

    /**
     * Runs the command with the given arguments and exits with its status.
     *
     * @param args the arguments, not null
     */
    public static void main(String... args) {
        // Not System.out: a PrintStream swallows write errors. The guard turns them into OutputFailure.
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                OutputFailure.guard(new FileOutputStream(FileDescriptor.out)), StandardCharsets.UTF_8), 1 << 16));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int status = execute(System.in, out, err, args);
        err.flush();
        System.exit(status);
    }

    /**
     * Runs the command with the given arguments on the standard streams.
     *
     * @param args the arguments, not null
     * @return the exit status: 0 done, 1 inconsistencies found, 2 usage error, unreadable input or
     *     unwritable output, 3 internal error
     */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(OutputFailure.guard(System.out),
                StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int status = execute(System.in, out, err, args);
        out.flush();
        return status;
    }

    /** Runs with the given streams; tests use it. */
    static int execute(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        Objects.requireNonNull(args, "args");
        CommandLine cmd = commandLine(in);
        cmd.setOut(out);
        cmd.setErr(err);
        int status;
        try {
            status = cmd.execute(args);
            out.flush();
        } catch (OutputFailure e) {
            status = outputFailure(err, "idm", e);
        } catch (OutOfMemoryError e) {
            err.println("idm: out of memory; lower the input limits (docs/limits.md) or give Java more memory "
                    + "(JAVA_OPTS=-Xmx…)");
            status = INTERNAL;
        }
        err.flush();
        return status;
    }

    static CommandLine commandLine(InputStream in) {
        CommandLine cmd = new CommandLine(new IdmCommand(in));
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            String name = "idm " + commandLine.getCommandName();
            if (e instanceof OutputFailure) {
                return outputFailure(err, name, (OutputFailure) e);
            }
            err.println(name + ": internal error" + (e.getMessage() == null ? "" : ": "
                    + Terminal.escape(e.getMessage().replace('\n', ' '))));
            if (isDebug(parseResult)) {
                e.printStackTrace(err);
            } else {
                err.println("(run again with --debug for the stack trace)");
            }
            return INTERNAL;
        });
        return cmd;
    }

    /** Ends a run whose output cannot be written: quietly if the reader went away. */
    private static int outputFailure(PrintWriter err, String name, OutputFailure e) {
        if (e.closedPipe()) {
            return 0;
        }
        err.println(name + ": cannot write the output: " + e.getMessage());
        return UNREADABLE;
    }

    private static boolean isDebug(CommandLine.ParseResult result) {
        for (CommandLine.ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version, from the jar's manifest when there is one. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = IdmCommand.class.getPackage().getImplementationVersion();
            return new String[] {"idm " + (version == null ? "0.1.0-SNAPSHOT" : version),
                "model: " + io.github.indeksdesa.idm.IdmModel.official().name() + " ("
                    + io.github.indeksdesa.idm.IdmModel.official().legalBasis() + ")",
                "Java " + System.getProperty("java.version")};
        }
    }
}
