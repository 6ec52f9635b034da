package org.entente.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import org.entente.web.TestServer;
import org.entente.web.WsPeer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facilitator puts a bot into an empty role of a live session, the bot plays beside a person
 * (its words reach that person's channel), and the facilitator takes the role back for a late
 * player, who joins with a fresh invite.
 */
@ExtendWith(VertxExtension.class)
class BotApiTest {

    @Test
    void aBotHoldsAnEmptyRoleUntilTheFacilitatorHandsItToALatePlayer(Vertx vertx, @TempDir Path dir) throws Exception {
        try (TestServer server = new TestServer(vertx, dir)) {
            JsonObject created = server.createSession("grand-alliance-1941");
            String id = created.getString("id");
            String facilitator = created.getString("facilitatorToken");
            String bots = "/api/v1/sessions/" + id + "/bots";
            WsPeer usa = server.connect();
            usa.join(invite(created, "USA"), null);
            WsPeer white = server.connect();
            white.join(facilitator, null);

            TestServer.Response put = server.request(HttpMethod.POST, bots, facilitator,
                    new JsonObject().put("role", "GBR").put("policy", "motivated-ally").encode());
            assertEquals(201, put.status(), put.body());
            assertEquals("GBR", put.json().getString("role"));
            assertEquals("motivated-ally", put.json().getString("policy"));

            assertRefused(server.request(HttpMethod.POST, bots, facilitator,
                    new JsonObject().put("role", "GBR").put("policy", "free-rider").encode()), 409, "role");
            assertRefused(server.request(HttpMethod.POST, bots, facilitator,
                    new JsonObject().put("role", "ATL").put("policy", "free-rider").encode()), 400, "role");
            assertRefused(server.request(HttpMethod.POST, bots, facilitator,
                    new JsonObject().put("role", "SUN").put("policy", "pacifist").encode()), 400, "policy");
            assertRefused(server.request(HttpMethod.POST, bots, facilitator,
                    new JsonObject().put("role", "USA").put("policy", "smart-leader").encode()), 409, "role");
            assertEquals(401, server.request(HttpMethod.POST, bots, null,
                    new JsonObject().put("role", "SUN").put("policy", "repulsed").encode()).status());
            JsonArray listed = new JsonArray(server.request(HttpMethod.GET, bots, facilitator, null).body());
            assertEquals(1, listed.size(), listed.encode());
            assertEquals("GBR", listed.getJsonObject(0).getString("role"));

            // The exercise runs; the person playing the USA offers the bot aid, and the bot answers in words too.
            white.ok(new JsonObject().put("type", "startExercise"));
            usa.ok(new JsonObject().put("type", "makeOffer").put("to", "GBR").put("kind", "aid").put("form", "destroyers")
                    .put("amount", 2));
            JsonObject answered = usa.awaitEvent("offer.answered").getJsonObject("event");
            assertEquals("accepted", answered.getString("status"), answered.encode());
            JsonObject said = usa.awaitEvent("message.posted").getJsonObject("event");
            assertEquals("GBR", said.getString("from"));
            assertEquals("bilateral:GBR+USA", said.getString("channel"), said.encode());

            // Taken out: the bot's token stops working, and a late player takes the role with a fresh invite.
            assertEquals(204, server.request(HttpMethod.DELETE, bots + "/GBR", facilitator, null).status());
            assertEquals(0, new JsonArray(server.request(HttpMethod.GET, bots, facilitator, null).body()).size());
            assertEquals(404, server.request(HttpMethod.DELETE, bots + "/GBR", facilitator, null).status());
            TestServer.Response invite = server.request(HttpMethod.POST, "/api/v1/sessions/" + id + "/invites", facilitator,
                    new JsonObject().put("role", "GBR").encode());
            assertEquals(201, invite.status(), invite.body());
            WsPeer late = server.connect();
            JsonObject welcome = late.join(invite.json().getString("token"), null);
            assertEquals("GBR", welcome.getString("role"));
            assertTrue(welcome.getJsonObject("snapshot").getJsonObject("game").getJsonArray("offers").stream()
                    .anyMatch(o -> "accepted".equals(((JsonObject) o).getString("status"))),
                    "the late player takes over what the bot agreed");
            late.ok(new JsonObject().put("type", "post").put("channel", "plenary").put("text", "Sorry I'm late."));
            late.close();
            usa.close();
            white.close();
        }
    }

    private static String invite(JsonObject created, String role) {
        for (Object o : created.getJsonArray("invites")) {
            if (role.equals(((JsonObject) o).getString("role"))) {
                return ((JsonObject) o).getString("token");
            }
        }
        throw new AssertionError("no invite for " + role);
    }

    private static void assertRefused(TestServer.Response r, int status, String field) {
        assertEquals(status, r.status(), r.body());
        assertEquals(field, r.json().getJsonObject("error").getString("field"), r.body());
    }
}
