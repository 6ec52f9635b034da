package org.entente.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.List;
import org.entente.web.TestServer;
import org.entente.web.WsPeer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node restarted on its data directory starts the bots its sessions' logs say are seated, once each,
 * with fresh tokens: the facilitator is told ({@code bot.resumed}) and the bot plays on.
 */
@ExtendWith(VertxExtension.class)
class BotsComeBackAfterARestartTest {

    @Test
    void theBotPlaysAgainAfterARestart(Vertx vertx, @TempDir Path dir) throws Exception {
        JsonObject created;
        long seen;
        String firstNode;
        try (TestServer first = new TestServer(vertx, dir); WsPeer white = first.connect()) {
            created = first.createSession("grand-alliance-1941");
            white.join(created.getString("facilitatorToken"), null);
            assertEquals(201, first.request(HttpMethod.POST, bots(created), created.getString("facilitatorToken"),
                    new JsonObject().put("role", "GBR").put("policy", "motivated-ally").encode()).status());
            seen = white.awaitEvent("bot.seated").getLong("seq");
            firstNode = first.server.nodeId();
        }
        String facilitator = created.getString("facilitatorToken");
        try (TestServer second = new TestServer(vertx, dir); WsPeer white = second.connect(); WsPeer usa = second.connect()) {
            white.join(facilitator, seen);
            JsonObject resumed = white.awaitEvent("bot.resumed").getJsonObject("event");
            assertEquals("GBR", resumed.getString("role"));
            assertEquals(second.server.nodeId(), resumed.getString("node"));
            assertEquals(firstNode, resumed.getString("previousNode"));

            // The bot is connected again, and plays: it accepts the aid a person offers it, and says so.
            usa.join(SeatedBotsTest.invite(created, "USA"), null);
            white.ok(new JsonObject().put("type", "startExercise"));
            usa.ok(new JsonObject().put("type", "makeOffer").put("to", "GBR").put("kind", "aid").put("form", "destroyers")
                    .put("amount", 2));
            JsonObject answered = usa.awaitEvent("offer.answered").getJsonObject("event");
            assertEquals("accepted", answered.getString("status"), answered.encode());
            JsonArray listed = new JsonArray(second.request(HttpMethod.GET, bots(created), facilitator, null).body());
            assertEquals(1, listed.size(), listed.encode());
            assertTrue(listed.getJsonObject(0).getBoolean("connected"), listed.encode());

            // Exactly once: one resume for the one restart.
            List<JsonObject> rest = white.drain();
            rest.addAll(white.seen);
            assertEquals(0, rest.stream().filter(f -> "event".equals(f.getString("type"))
                    && "bot.resumed".equals(f.getJsonObject("event").getString("type"))).count());
        }
    }

    private static String bots(JsonObject created) {
        return "/api/v1/sessions/" + created.getString("id") + "/bots";
    }
}
