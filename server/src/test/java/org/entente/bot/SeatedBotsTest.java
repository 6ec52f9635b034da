package org.entente.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.engine.Game;
import org.entente.engine.Rejection;
import org.entente.engine.Role;
import org.entente.engine.SessionState;
import org.entente.engine.command.ResumeBot;
import org.entente.engine.command.SeatBot;
import org.entente.engine.command.UnseatBot;
import org.entente.engine.event.BotResumed;
import org.entente.web.TestServer;
import org.entente.web.WsPeer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bots are session state: seating, resuming and unseating one are events in the log (white cell only),
 * folded into {@link SessionState#bots()}; the role's token becomes the bot's alone.
 */
@ExtendWith(VertxExtension.class)
class SeatedBotsTest {

    @Test
    void seatingAndUnseatingAreEventsOnlyTheWhiteCellSees(Vertx vertx, @TempDir Path dir) throws Exception {
        try (TestServer server = new TestServer(vertx, dir)) {
            JsonObject created = server.createSession("grand-alliance-1941");
            String id = created.getString("id");
            String facilitator = created.getString("facilitatorToken");
            String bots = "/api/v1/sessions/" + id + "/bots";
            WsPeer usa = server.connect();
            usa.join(invite(created, "USA"), null);
            WsPeer white = server.connect();
            white.join(facilitator, null);

            assertEquals(201, server.request(HttpMethod.POST, bots, facilitator,
                    new JsonObject().put("role", "GBR").put("policy", "motivated-ally").encode()).status());
            JsonObject seated = white.awaitEvent("bot.seated").getJsonObject("event");
            assertEquals("GBR", seated.getString("role"));
            assertEquals("motivated-ally", seated.getString("policy"));
            assertEquals(server.server.nodeId(), seated.getString("node"));

            JsonArray listed = new JsonArray(server.request(HttpMethod.GET, bots, facilitator, null).body());
            assertEquals("GBR", listed.getJsonObject(0).getString("role"));
            assertEquals(seated.getLong("seq", listed.getJsonObject(0).getLong("seatedAt")),
                    listed.getJsonObject(0).getLong("seatedAt"));

            assertEquals(204, server.request(HttpMethod.DELETE, bots + "/GBR", facilitator, null).status());
            white.awaitEvent("bot.unseated");

            // The player's stream carried none of it: neither the events nor the token hashes in them.
            for (JsonObject frame : usa.drain()) {
                String type = "event".equals(frame.getString("type")) ? frame.getJsonObject("event").getString("type") : "";
                assertTrue(!type.startsWith("bot.") && !type.startsWith("access."), frame.encode());
                assertTrue(!frame.encode().contains(seated.getString("tokenHash")), frame.encode());
            }
            // Nor does a fresh snapshot: a nation's view has no trace of the bot events.
            try (WsPeer again = server.connect()) {
                String snapshot = again.join(invite(created, "USA"), null).encode();
                assertTrue(!snapshot.contains("bot.seated") && !snapshot.contains(seated.getString("tokenHash")), snapshot);
            }
            usa.close();
            white.close();
        }
    }

    @Test
    void theInviteHolderOfARoleThatGetsABotLosesIt(Vertx vertx, @TempDir Path dir) throws Exception {
        try (TestServer server = new TestServer(vertx, dir)) {
            JsonObject created = server.createSession("grand-alliance-1941");
            String facilitator = created.getString("facilitatorToken");
            String bots = "/api/v1/sessions/" + created.getString("id") + "/bots";
            assertEquals(201, server.request(HttpMethod.POST, bots, facilitator,
                    new JsonObject().put("role", "SUN").put("policy", "motivated-ally").encode()).status());
            try (WsPeer late = server.connect()) {
                late.send(new JsonObject().put("type", "join").put("token", invite(created, "SUN")));
                JsonObject answer = late.next();
                assertNotEquals("welcome", answer.getString("type"), answer.encode());
            }
        }
    }

    @Test
    void badRequestsNameTheField(Vertx vertx, @TempDir Path dir) throws Exception {
        try (TestServer server = new TestServer(vertx, dir)) {
            JsonObject created = server.createSession("grand-alliance-1941");
            String facilitator = created.getString("facilitatorToken");
            String bots = "/api/v1/sessions/" + created.getString("id") + "/bots";
            assertRefused(server.request(HttpMethod.POST, bots, facilitator,
                    new JsonObject().put("role", "XXX").put("policy", "free-rider").encode()), 400, "role");
            assertRefused(server.request(HttpMethod.POST, bots, facilitator,
                    new JsonObject().put("role", "CHN").put("policy", "pacifist").encode()), 400, "policy");
            assertRefused(server.request(HttpMethod.POST, bots, facilitator,
                    new JsonObject().put("role", "CHN").encode()), 400, "policy");
            assertEquals(201, server.request(HttpMethod.POST, bots, facilitator,
                    new JsonObject().put("role", "CHN").put("policy", "free-rider").encode()).status());
            assertRefused(server.request(HttpMethod.POST, bots, facilitator,
                    new JsonObject().put("role", "CHN").put("policy", "repulsed").encode()), 409, "role");
            assertRefused(server.request(HttpMethod.DELETE, bots + "/FRA", facilitator, null), 404, "role");
            assertRefused(server.request(HttpMethod.DELETE, bots + "/XXX", facilitator, null), 400, "role");
        }
    }

    @Test
    void theFoldKeepsEachRolesBotAndItsCurrentTokenOnly() {
        Game g = Game.of("grand-alliance-1941", 7);
        String white = Role.WHITE_CELL_ID;
        Rejection notYours = g.refused("USA", new SeatBot("GBR", "motivated-ally", "hb", "n1"));
        assertEquals("WHITE_CELL_ONLY", notYours.code());
        assertEquals("role", g.refused(white, new ResumeBot("GBR", "hb", "n1")).field());
        assertEquals("policy", g.refused(white, new SeatBot("GBR", " ", "hb", "n1")).field());

        g.does(white, new SeatBot("GBR", "motivated-ally", "hb1", "n1"));
        assertEquals(List.of(Role.nation("GBR")), rolesOf(g.state, "hb1", "h-GBR"), "the invite's hash no longer grants GBR");
        BotResumed resumed = (BotResumed) g.does(white, new ResumeBot("GBR", "hb2", "n2")).get(0);
        assertEquals("n1", resumed.previousNode());
        assertEquals(List.of(Role.nation("GBR")), rolesOf(g.state, "hb1", "hb2"), "only the fresh token opens the role");
        assertEquals("n2", g.state.bots().in("GBR").orElseThrow().node());

        SessionState replayed = SessionState.replay(g.log);
        assertEquals(g.state.bots().all(), replayed.bots().all());
        assertEquals(g.state.tokenHashes(), replayed.tokenHashes());

        g.does(white, new UnseatBot("GBR"));
        assertTrue(g.state.bots().isEmpty());
        assertEquals(List.of(), rolesOf(g.state, "hb1", "hb2", "h-GBR"));
        assertEquals("role", g.refused(white, new UnseatBot("GBR")).field());
    }

    private static List<Role> rolesOf(SessionState state, String... hashes) {
        List<Role> out = new ArrayList<>();
        for (String h : hashes) {
            state.roleForTokenHash(h).ifPresent(out::add);
        }
        return out;
    }

    static String invite(JsonObject created, String role) {
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
