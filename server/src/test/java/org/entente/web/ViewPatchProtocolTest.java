package org.entente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.journal.EventCodec;
import org.entente.session.PatchRule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over the websocket: a player's first refresh is its whole view, and each later one a patch of what changed; a
 * player who joined since gets the whole view, and the two end with the same view.
 */
@ExtendWith(VertxExtension.class)
class ViewPatchProtocolTest {
    private TestServer server;
    private final List<WsPeer> peers = new ArrayList<>();

    @BeforeEach
    void start(Vertx vertx, @TempDir Path dir) throws Exception {
        server = new TestServer(vertx, dir);
    }

    @AfterEach
    void stop() throws Exception {
        for (WsPeer p : peers) {
            p.close();
        }
        server.close();
    }

    @Test
    void afterOneWholeViewAPlayerIsSentOnlyWhatChangedAndEndsWithTheViewANewcomerGets() throws Exception {
        JsonObject session = server.createSession("grand-alliance-1941");
        WsPeer white = join(session.getString("facilitatorToken"));
        white.ok(new JsonObject().put("type", "startExercise"));
        WsPeer usa = join(TestServer.inviteToken(session, "USA"));
        usa.ok(new JsonObject().put("type", "makeOffer").put("to", "GBR").put("kind", "aid").put("form", "materiel").put("amount", 1));

        advance(white, 3); // to the reports: the adjudication refreshes every view
        JsonObject first = refresh(usa.drain());
        assertEquals("snapshot", first.getString("type"), "no view sent since the welcome: the whole view");
        ObjectNode held = (ObjectNode) tree(first.getJsonObject("snapshot"));

        advance(white, 1); // negotiation of turn 2
        JsonObject patch = refresh(usa.drain());
        assertEquals("patch", patch.getString("type"), patch.encode());
        assertTrue(patch.encode().length() * 3 < first.encode().length(),
                "the start of a turn changes little: patch " + patch.encode().length() + " characters, view " + first.encode().length());
        assertFalse(patch.getJsonObject("patch").containsKey("nations"), "what did not change is not sent: " + patch.encode());
        held = PatchRule.apply(held, tree(patch.getJsonObject("patch")));

        WsPeer newcomer = join(TestServer.inviteToken(session, "USA"));
        advance(white, 3); // to the reports of turn 2
        JsonObject later = refresh(usa.drain());
        JsonObject whole = refresh(newcomer.drain());
        assertEquals("patch", later.getString("type"));
        assertEquals("snapshot", whole.getString("type"), "it holds its welcome's view, not the last refresh");
        assertEquals(whole.getLong("seq"), later.getLong("seq"));
        assertEquals(tree(whole.getJsonObject("snapshot")), PatchRule.apply(held, tree(later.getJsonObject("patch"))),
                "the patched view is the whole view");
    }

    private void advance(WsPeer white, int phases) throws Exception {
        for (int i = 0; i < phases; i++) {
            white.ok(new JsonObject().put("type", "advancePhase"));
        }
    }

    /** The one refresh (snapshot or patch) among the frames, failing if there are several. */
    private static JsonObject refresh(List<JsonObject> frames) {
        List<JsonObject> views = frames.stream().filter(f -> f.getString("type").equals("snapshot") || f.getString("type").equals("patch")).toList();
        assertEquals(1, views.size(), views.toString());
        return views.get(0);
    }

    private static JsonNode tree(JsonObject o) throws Exception {
        return EventCodec.MAPPER.readTree(o.encode());
    }

    private WsPeer join(String token) throws Exception {
        WsPeer p = server.connect();
        peers.add(p);
        p.join(token, null);
        return p;
    }
}
