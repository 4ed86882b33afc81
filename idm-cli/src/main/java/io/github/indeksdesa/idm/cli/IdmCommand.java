package io.github.indeksdesa.idm.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code idm} command: the entry point of the command-line tool.
 */
@Command(name = "idm", mixinStandardHelpOptions = true, version = "idm 0.1.0-SNAPSHOT",
        description = "Score, report, verify and summarise Indeks Desa Membangun (IDM) data.",
        subcommands = CommandLine.HelpCommand.class)
public final class IdmCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private IdmCommand() {
    }

    /**
     * Runs the command with the given arguments and exits with its status.
     *
     * @param args the arguments, not null
     */
    public static void main(String... args) {
        System.exit(run(args));
    }

    /**
     * Runs the command with the given arguments.
     *
     * @param args the arguments, not null
     * @return the exit status: 0 done, 1 inconsistencies found, 2 usage error or unreadable input
     */
    public static int run(String... args) {
        return new CommandLine(new IdmCommand()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
