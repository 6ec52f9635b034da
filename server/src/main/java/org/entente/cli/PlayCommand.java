package org.entente.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.bot.BotPlay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code entente play SCENARIO --bots all --seed N}: a whole exercise played by bots on an
 * in-process node, without a browser; the same seed gives the same game. See docs/bots.md.
 */
@Command(name = "play", mixinStandardHelpOptions = true,
        description = "Play a whole exercise with a bot in every role, print each turn's adjudication and the final scores, "
                + "and keep the session's journal for replay.")
public final class PlayCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "A bundled scenario id (e.g. grand-alliance-1941).")
    String scenario;

    @Option(names = "--bots", paramLabel = "WHICH", defaultValue = "all",
            description = "Which roles bots hold: 'all' (the only choice: play drives the white cell itself).")
    String bots;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "The session's seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--policies", paramLabel = "ROLE=POLICY", split = ",",
            description = "Policies for some roles, e.g. GBR=free-rider,USA=heavy-handed-leader; the others get their defaults.")
    Map<String, String> policies = new LinkedHashMap<>();

    @Option(names = "--journal", paramLabel = "FILE", description = "Where to write the session's journal.")
    Path journal;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "The node's data directory (default: a temporary one, deleted after).")
    Path dataDir;

    @Option(names = "--no-deck", description = "Play no crisis cards (by default the white cell plays the scenario's deck, "
            + "each card as its suggested turn begins).")
    boolean noDeck;

    @Override
    public Integer call() {
        if (!"all".equals(bots)) {
            System.err.println("entente play: --bots " + bots + ": only 'all' is supported (to mix bots and players, "
                    + "use the bot API of a running node: docs/bots.md)");
            return 2;
        }
        try {
            BotPlay.Outcome outcome = BotPlay.play(new BotPlay.Options(scenario, seed, policies, dataDir, journal, System.out::println, !noDeck));
            System.out.println("Played in " + outcome.result().millis() + " ms.");
            if (outcome.journal() != null) {
                System.out.println("Journal: " + outcome.journal().toAbsolutePath());
            }
            return outcome.result().ended() == null ? 1 : 0;
        } catch (IllegalArgumentException e) {
            System.err.println("entente play: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            System.err.println("entente play: " + e.getMessage());
            return 1;
        }
    }
}
