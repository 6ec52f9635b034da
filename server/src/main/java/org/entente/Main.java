package org.entente;

import org.entente.cli.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The single entry point of {@code entente.jar}. With no sub-command it serves; the sub-commands are
 * the offline tools (analysis, validation, replay, bot play) that share the engine with the server.
 */
@Command(name = "entente",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Entente: a wargame server for coalition negotiation exercises.",
        subcommands = {ServeCommand.class, org.entente.cli.ValidateCommand.class, org.entente.cli.AnalyzeCommand.class, org.entente.cli.ReplayCommand.class, org.entente.cli.PlayCommand.class, org.entente.cli.TournamentCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status; the server command blocks until stopped. */
    public static int run(String... args) {
        CommandLine root = new CommandLine(new Main());
        boolean subcommandGiven = args.length > 0 && root.getSubcommands().containsKey(args[0]);
        boolean rootOption = args.length > 0 && (args[0].equals("--help") || args[0].equals("-h")
                || args[0].equals("--version") || args[0].equals("-V"));
        if (subcommandGiven || rootOption) {
            return root.execute(args);
        }
        // `java -jar entente.jar [--port ...]` means `serve [--port ...]`.
        String[] serveArgs = new String[args.length + 1];
        serveArgs[0] = "serve";
        System.arraycopy(args, 0, serveArgs, 1, args.length);
        return root.execute(serveArgs);
    }
}
