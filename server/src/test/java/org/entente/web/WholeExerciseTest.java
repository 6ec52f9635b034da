package org.entente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole exercise over real websockets, from the first turn to the final score, played twice with
 * the same seed: the results are the same to the last digit.
 */
@ExtendWith(VertxExtension.class)
class WholeExerciseTest {
    private static final List<String> NATIONS = List.of("USA", "GBR", "SUN", "CHN", "FRA");

    @Test
    void aScriptedGrandAllianceIsPlayedToTheScoreAndIsTheSameEveryTime(Vertx vertx, @TempDir Path a, @TempDir Path b)
            throws Exception {
        JsonObject first = play(vertx, a, 2024);
        JsonObject second = play(vertx, b, 2024);
        assertEquals(first.getJsonArray("scores"), second.getJsonArray("scores"));
        assertEquals(first.getJsonArray("adjudications"), second.getJsonArray("adjudications"));
        assertEquals(5, first.getJsonArray("scores").size());
        assertTrue(first.getJsonArray("adjudications").size() >= 4, "several turns were adjudicated");
    }

    private JsonObject play(Vertx vertx, Path dataDir, long seed) throws Exception {
        try (TestServer server = new TestServer(vertx, dataDir)) {
            JsonObject created = server.request(HttpMethod.POST, "/api/v1/sessions", TestServer.ADMIN_KEY,
                    new JsonObject().put("scenario", "grand-alliance-1941").put("seed", seed).encode()).json();
            Map<String, WsPeer> peers = new LinkedHashMap<>();
            for (Object o : created.getJsonArray("invites")) {
                JsonObject invite = (JsonObject) o;
                WsPeer peer = server.connect();
                peer.join(invite.getString("token"), null);
                peers.put(invite.getString("role"), peer);
            }
            WsPeer white = server.connect();
            white.join(created.getString("facilitatorToken"), null);
            WsPeer usa = peers.get("USA");

            white.ok(new JsonObject().put("type", "startExercise"));
            usa.ok(new JsonObject().put("type", "setSeat").put("nation", "SUN").put("seated", true));
            JsonObject ended = null;
            for (int turn = 1; ended == null; turn++) {
                assertTrue(turn <= 8, "the exercise ends by its last turn");
                if (turn == 4) {
                    white.ok(new JsonObject().put("type", "playCrisis").put("card", "stalingrad"));
                }
                String toGbr = offer(usa, "GBR", 2);
                String toSun = offer(usa, "SUN", 2);
                peers.get("GBR").ok(new JsonObject().put("type", "answerOffer").put("offer", toGbr).put("accept", true));
                peers.get("SUN").ok(new JsonObject().put("type", "answerOffer").put("offer", toSun).put("accept", true));
                if (turn == 1) {
                    String item = peers.get("SUN").ok(new JsonObject().put("type", "tableItem").put("title", "A second front"))
                            .getString("id");
                    String itemId = peers.get("SUN").awaitEvent("council.item").getJsonObject("event").getJsonObject("item").getString("id");
                    peers.get("SUN").ok(new JsonObject().put("type", "propose").put("item", itemId).put("kind", "aims")
                            .put("axis", "conduct").put("toward", 0.9).put("text", "Invade France in 1942"));
                    assertFalse(item.isEmpty());
                }
                white.ok(new JsonObject().put("type", "advancePhase"));
                white.ok(new JsonObject().put("type", "advancePhase"));
                usa.ok(orders(1.0).put("deliveries", new JsonObject().put(toGbr, 2).put(toSun, 2)));
                for (String n : List.of("GBR", "SUN", "CHN", "FRA")) {
                    peers.get(n).ok(orders(0.9));
                }
                white.ok(new JsonObject().put("type", "advancePhase"));
                for (String n : NATIONS) {
                    JsonObject report = peers.get(n).awaitEvent("turn.report").getJsonObject("event").getJsonObject("report");
                    assertEquals(n, report.getString("nation"), "each nation receives its own report");
                }
                int mark = white.seen.size();
                white.ok(new JsonObject().put("type", "advancePhase"));
                for (JsonObject m : white.seen.subList(mark, white.seen.size())) {
                    if ("event".equals(m.getString("type")) && "exercise.ended".equals(m.getJsonObject("event").getString("type"))) {
                        ended = m.getJsonObject("event");
                    }
                }
            }
            for (String n : NATIONS) {
                JsonObject seenByPlayer = peers.get(n).awaitEvent("exercise.ended").getJsonObject("event");
                assertEquals(ended, seenByPlayer, "every nation sees the final scores");
            }
            JsonArray adjudications = new JsonArray();
            white.drain();
            for (JsonObject m : white.seen) {
                if ("event".equals(m.getString("type")) && "turn.adjudicated".equals(m.getJsonObject("event").getString("type"))) {
                    adjudications.add(m.getJsonObject("event").getJsonObject("adjudication"));
                }
            }
            for (WsPeer p : peers.values()) {
                p.close();
            }
            white.close();
            return new JsonObject().put("scores", ended.getJsonArray("scores")).put("adjudications", adjudications);
        }
    }

    private static String offer(WsPeer usa, String to, int units) throws Exception {
        usa.ok(new JsonObject().put("type", "makeOffer").put("to", to).put("kind", "aid").put("form", "Lend-Lease materiel")
                .put("amount", units));
        return usa.awaitEvent("offer.made").getJsonObject("event").getJsonObject("offer").getString("id");
    }

    private static JsonObject orders(double forces) {
        return new JsonObject().put("type", "submitOrders").put("forces", forces);
    }
}
