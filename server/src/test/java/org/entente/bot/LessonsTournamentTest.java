package org.entente.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Play teaches the paper: every bundled scenario played by bots, the leader under each of the five
 * leader policies (one seed here; {@code bench/run-tournament} plays three). The smart leader must score
 * highest in every scenario, and each failing policy must be caught at its own failure in most of its turns.
 */
class LessonsTournamentTest {
    private static Tournament.Table table;

    @BeforeAll
    static void play() throws Exception {
        table = Tournament.run(Tournament.bundledScenarios(), Tournament.LEADER_POLICIES, List.of(1L), null);
        table.lines().forEach(System.out::println);
    }

    @Test
    void theSmartLeaderHasTheHighestScoreInEveryScenario() {
        for (String s : table.scenarios()) {
            assertEquals(List.of(SmartLeader.NAME), table.best(s), s + ":\n" + String.join("\n", table.lines()));
        }
    }

    @Test
    void eachFailingPolicyIsFlaggedWithItsOwnFailureInMostOfItsTurns() {
        for (String policy : Tournament.LEADER_POLICIES) {
            if (policy.equals(SmartLeader.NAME)) {
                continue;
            }
            int turns = 0;
            int flagged = 0;
            for (String s : table.scenarios()) {
                turns += table.cell(s, policy).turns();
                flagged += table.cell(s, policy).flaggedTurns();
            }
            assertTrue(flagged * 2 > turns, policy + " flagged in " + flagged + " of " + turns + " turns:\n"
                    + String.join("\n", table.lines()));
        }
    }
}
