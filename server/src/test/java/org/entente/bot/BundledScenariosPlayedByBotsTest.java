package org.entente.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.entente.Main;
import org.entente.scenario.Scenario;
import org.entente.scenario.ScenarioCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled scenario is played to its end with a bot in every role, the white cell closing each phase. */
class BundledScenariosPlayedByBotsTest {

    static Stream<String> scenarios() {
        return ScenarioCatalog.bundled().all().stream().map(Scenario::id);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void isPlayedToTheFinalScoreByBots(String id) throws Exception {
        Scenario scenario = ScenarioCatalog.bundled().find(id).orElseThrow();
        BotPlay.Outcome o = Plays.play(id, 11, Map.of());
        BotRunner.Result r = o.result();
        assertNotNull(r.ended(), "the exercise ended");
        assertEquals(scenario.nations().size(), r.ended().getJsonArray("scores").size(), "every nation is scored");
        int turns = r.adjudications().size();
        assertTrue(turns >= 1 && turns <= scenario.turns().count() + scenario.war().peaceTurns(), "turns adjudicated: " + turns);
        for (int t = 1; t <= turns; t++) {
            assertEquals(t, r.adjudications().get(t - 1).getInteger("turn"), "every turn in order");
        }
        String reason = r.ended().getString("reason");
        boolean won = r.adjudications().stream().anyMatch(a -> a.getJsonArray("coalitions").stream()
                .anyMatch(c -> ((JsonObject) c).getBoolean("victory", false)));
        assertTrue(won ? reason.contains("peace") : turns == scenario.turns().count() && reason.contains("last turn"),
                "it ends after the peace turns that follow victory, or after the last turn: " + reason + " after " + turns);
        r.rejections().forEach((role, refused) -> assertTrue(refused.isEmpty(), role + " had moves refused: " + refused));
        for (String nation : scenario.nationIds()) {
            assertTrue(r.messages().stream().anyMatch(m -> nation.equals(m.getString("from"))),
                    nation + "'s bot wrote in a channel");
        }
        assertTrue(r.millis() < 15_000, "played in " + r.millis() + " ms");
    }

    @Test
    void thePlayCommandWritesTheJournalAndPrintsTheScores(@TempDir Path dir) {
        Path journal = dir.resolve("out/vietnam.journal");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream was = System.out;
        int status;
        try {
            System.setOut(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
            status = Main.run("play", "vietnam-1964", "--bots", "all", "--seed", "5", "--policies", "GBR=free-rider",
                    "--journal", journal.toString());
        } finally {
            System.setOut(was);
        }
        String printed = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, status, printed);
        assertTrue(printed.contains("GBR plays free-rider"), printed);
        assertTrue(printed.contains("Turn 1") && printed.contains("USA -> GBR"), printed);
        assertTrue(printed.contains("Ended: "), printed);
        assertTrue(Files.exists(journal), "the journal was written");
        try {
            String first = Files.readAllLines(journal).get(0);
            // each line: a CRC, a space, the recorded event
            assertEquals("session.created", new JsonObject(first.substring(first.indexOf(' ') + 1))
                    .getJsonObject("event").getString("type"), first);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anUnknownPolicyOrRoleIsRefusedByName() {
        assertEquals(2, Main.run("play", "vietnam-1964", "--policies", "GBR=pacifist"));
        assertEquals(2, Main.run("play", "vietnam-1964", "--policies", "XXX=free-rider"));
    }
}
