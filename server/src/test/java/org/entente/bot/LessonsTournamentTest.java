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

    /**
     * The smart leader alone at the top of every scenario: in libya-2011 and two-seas-2031 it leads from behind
     * under its cap, in gulf-1991 and two-seas-2031 it keeps out whom its objectives want kept out.
     */
    @Test
    void theSmartLeaderHasTheHighestScoreInEveryScenario() {
        for (String s : table.scenarios()) {
            List<String> best = table.best(s);
            assertEquals(List.of(SmartLeader.NAME), best, s + ":\n" + String.join("\n", table.lines()));
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

    @Test
    void theTournamentCommandPrintsTheTableAndRefusesAPartnerPolicyByName() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream was = System.out;
        int status;
        try {
            System.setOut(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
            status = org.entente.Main.run("tournament", "--scenarios", "vietnam-1964", "--leaders",
                    "smart-leader,neglectful-leader", "--seeds", "1", "--quiet");
        } finally {
            System.setOut(was);
        }
        String printed = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, status, printed);
        assertTrue(printed.contains("| vietnam-1964 | **") && printed.contains("highest mean score"), printed);
        assertEquals(2, org.entente.Main.run("tournament", "--leaders", "motivated-ally"));
        assertEquals(2, org.entente.Main.run("tournament", "--scenarios", "atlantis-1999", "--seeds", "1"));
    }
}
