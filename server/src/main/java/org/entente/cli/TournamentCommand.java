package org.entente.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.bot.Tournament;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code entente tournament}: every bundled scenario played by bots, the leader under each leader
 * policy, over several seeds; prints the lessons table (docs/bots.md).
 */
@Command(name = "tournament", mixinStandardHelpOptions = true,
        description = "Play every scenario with bots in every role, the leader under each leader policy, over several seeds, "
                + "and print each policy's mean score and how often its own failure was flagged.")
public final class TournamentCommand implements Callable<Integer> {

    @Option(names = "--scenarios", paramLabel = "ID", split = ",", description = "Scenarios to play (default: every bundled one).")
    List<String> scenarios = new ArrayList<>();

    @Option(names = "--leaders", paramLabel = "POLICY", split = ",", description = "Leader policies to compare (default: all five).")
    List<String> leaders = new ArrayList<>();

    @Option(names = "--seeds", paramLabel = "N", split = ",", description = "Seeds to play each pairing with (default: 1,2,3).")
    List<Long> seeds = new ArrayList<>(List.of(1L, 2L, 3L));

    @Option(names = "--quiet", description = "Print only the table, not a line per game.")
    boolean quiet;

    @Override
    public Integer call() {
        try {
            Tournament.Table t = Tournament.run(scenarios.isEmpty() ? Tournament.bundledScenarios() : scenarios,
                    leaders.isEmpty() ? Tournament.LEADER_POLICIES : leaders, seeds, quiet ? null : System.out::println);
            System.out.println();
            t.lines().forEach(System.out::println);
            List<String> notFirst = t.scenarios().stream()
                    .filter(s -> t.policies().contains("smart-leader") && !t.best(s).equals(List.of("smart-leader"))).toList();
            if (t.policies().contains("smart-leader")) {
                System.out.println();
                System.out.println(notFirst.isEmpty() ? "The smart leader has the highest mean score in every scenario."
                        : "The smart leader is not alone at the top in: " + String.join(", ", notFirst));
            }
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("entente tournament: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            System.err.println("entente tournament: " + e.getMessage());
            return 1;
        }
    }
}
