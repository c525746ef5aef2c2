package dev.zcu.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code zcu} command line: the entry point of the jar. Each subcommand lives in its own class and
 * delegates to the package that owns the work (see {@code DESIGN.md} §5).
 */
@Command(name = "zcu",
        mixinStandardHelpOptions = false,
        description = "An incremental Zig compiler front end with a live debug server.",
        subcommands = {
                VersionCommand.class,
                AstCheckCommand.class,
                BuildObjCommand.class,
                WatchCommand.class,
                CommandLine.HelpCommand.class,
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        // Initialise logging before any thread logs, or SLF4J replays (and reports) the early calls.
        org.slf4j.LoggerFactory.getILoggerFactory();
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status (for tests that drive the CLI in-process). */
    public static int run(String... args) {
        if (args.length >= 2 && (args[1].equals("--help") || args[1].equals("-h"))) {
            args = new String[] {"help", args[0]};
        }
        CommandLine cl = new CommandLine(new Main());
        cl.setUnmatchedOptionsArePositionalParams(false);
        // Bad command lines are fatal errors as zig prints them: "error: ...", exit status 1.
        cl.setParameterExceptionHandler((ex, ignored) -> Fatal.print(ex.getMessage()));
        return cl.execute(args);
    }
}
