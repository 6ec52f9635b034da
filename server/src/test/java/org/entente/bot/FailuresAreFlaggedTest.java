package org.entente.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The leader policies that commit a failure are flagged by the adjudicator as that failure, read
 * from the white cell's turn.adjudicated events; the leader that follows the framework is not.
 */
class FailuresAreFlaggedTest {
    private static final List<String> MOTIVATED = List.of("GBR", "SUN", "CHN", "FRA");

    @Test
    void aLeaderThatFollowsTheFrameworkCommitsNoFailureTowardItsMotivatedAllies() throws Exception {
        BotPlay.Outcome o = Plays.play("grand-alliance-1941", 21, Map.of());
        for (String p : MOTIVATED) {
            JsonObject j = Plays.judgement(o, 1, p);
            assertEquals("NONE", j.getString("failure"), p + ": " + j.encode());
            assertEquals("VOLUNTARY", j.getString("compliance"), p + ": " + j.encode());
        }
        assertEquals(List.of(), Plays.failures(o).stream().filter(f -> f.startsWith("1 ")).toList());
    }

    @Test
    void theNeglectfulLeaderIsFlaggedForMalignNeglectTowardItsMotivatedAllies() throws Exception {
        BotPlay.Outcome o = Plays.play("grand-alliance-1941", 21, Map.of("USA", "neglectful-leader"));
        for (String p : MOTIVATED) {
            JsonObject j = Plays.judgement(o, 1, p);
            assertTrue(j.getDouble("softPower") >= 0.35, p + " is motivated: " + j.encode());
            assertEquals("MALIGN_NEGLECT", j.getString("failure"), p + ": " + j.getJsonArray("explanation"));
        }
    }

    @Test
    void theHeavyHandedLeaderIsFlaggedForHeavyHandednessAndItsAlliesCooperateLessIntensely() throws Exception {
        BotPlay.Outcome heavy = Plays.play("grand-alliance-1941", 21, Map.of("USA", "heavy-handed-leader"));
        BotPlay.Outcome smart = Plays.play("grand-alliance-1941", 21, Map.of());
        for (String p : MOTIVATED) {
            JsonObject j = Plays.judgement(heavy, 1, p);
            assertEquals("HEAVY_HANDEDNESS", j.getString("failure"), p + ": " + j.getJsonArray("explanation"));
            assertTrue(j.getDouble("intensity") < Plays.judgement(smart, 1, p).getDouble("intensity"),
                    p + " complies less intensely when bullied");
        }
        JsonObject last = heavy.result().adjudications().get(heavy.result().adjudications().size() - 1);
        assertTrue(last.getJsonArray("relationships").stream().map(r -> (JsonObject) r)
                .filter(r -> "GBR".equals(r.getString("partner"))).allMatch(r -> r.getJsonObject("inputs").getDouble("affinity") < 0.7),
                "resentment: Britain's affinity toward the USA fell from 0.7");
    }

    @Test
    void theLightHandedLeaderIsFlaggedForLightHandednessTowardBritainAndPakistan() throws Exception {
        BotPlay.Outcome o = Plays.play("vietnam-1964", 21, Map.of("USA", "light-handed-leader"));
        for (String p : List.of("GBR", "PAK")) {
            JsonObject j = Plays.judgement(o, 1, p);
            assertTrue(j.getDouble("softPower") < 0.35, p + " is not motivated: " + j.encode());
            assertEquals("LIGHT_HANDEDNESS", j.getString("failure"), p + ": " + j.getJsonArray("explanation"));
            assertEquals("NONE", j.getString("compliance"), "moral suasion moves " + p + " to nothing");
        }
        BotPlay.Outcome smart = Plays.play("vietnam-1964", 21, Map.of());
        for (String p : List.of("GBR", "PAK")) {
            assertEquals("NONE", Plays.judgement(smart, 2, p).getString("failure"),
                    "paid side-payments, " + p + " is not under-bought: " + Plays.judgement(smart, 2, p).encode());
        }
    }
}
