package io.github.indeksdesa.idm.cli;

import java.io.BufferedWriter;
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
 * <p>Exit status: 0 done and nothing found, 1 {@code verify} found inconsistencies, 2 a usage error
 * or an input that cannot be read.
 */
@Command(name = "idm", mixinStandardHelpOptions = true, versionProvider = IdmCommand.Version.class,
        description = "Score, report, verify, summarise and plan Indeks Desa Membangun (IDM) data.",
        subcommands = {ScoreCommand.class, ReportCommand.class, VerifyCommand.class, SummaryCommand.class,
            PlanCommand.class, InterventionsCommand.class, CompareCommand.class,
            CatalogCommand.class, VectorsCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done, nothing found", "1:verify found inconsistencies",
            "2:usage error or an input that cannot be read"})
public final class IdmCommand implements Runnable {

    /** The exit status of a run that found inconsistencies. */
    static final int FOUND = 1;
    /** The exit status of a usage error or an unreadable input. */
    static final int UNREADABLE = 2;

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
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out,
                StandardCharsets.UTF_8), 1 << 16));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int status = execute(System.in, out, err, args);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * Runs the command with the given arguments on the standard streams.
     *
     * @param args the arguments, not null
     * @return the exit status: 0 done, 1 inconsistencies found, 2 usage error or unreadable input
     */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
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
        int status = cmd.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    static CommandLine commandLine(InputStream in) {
        CommandLine cmd = new CommandLine(new IdmCommand(in));
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("idm " + commandLine.getCommandName() + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            if (isDebug(parseResult)) {
                e.printStackTrace(err);
            } else {
                err.println("(run again with --debug for the stack trace)");
            }
            return UNREADABLE;
        });
        return cmd;
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
