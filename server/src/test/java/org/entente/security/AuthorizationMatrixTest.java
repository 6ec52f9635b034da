package org.entente.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.web.TestServer;
import org.entente.web.WsPeer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every role tries to read every other role's private data through every interface, as a
 * competitive player would, and finds nothing. Each private thing carries a marker naming its
 * owners; a role may only ever receive markers it owns.
 */
@ExtendWith(VertxExtension.class)
class AuthorizationMatrixTest {
    private static final List<String> NATIONS = List.of("USA", "GBR", "SUN", "CHN", "FRA");

    @Test
    void noRoleSeesAnotherRolesPrivateData(Vertx vertx, @TempDir Path dir) throws Exception {
        try (TestServer server = new TestServer(vertx, dir)) {
            JsonObject created = server.createSession("grand-alliance-1941");
            String sessionPath = "/api/v1/sessions/" + created.getString("id");
            Map<String, String> tokens = new LinkedHashMap<>();
            created.getJsonArray("invites").forEach(o -> tokens.put(((JsonObject) o).getString("role"), ((JsonObject) o).getString("token")));
            Map<String, WsPeer> peers = new LinkedHashMap<>();
            for (String n : NATIONS) {
                WsPeer p = server.connect();
                p.join(tokens.get(n), null);
                peers.put(n, p);
            }
            WsPeer white = server.connect();
            white.join(created.getString("facilitatorToken"), null);

            // Private things, each marked with the roles entitled to it.
            white.ok(new JsonObject().put("type", "startExercise"));
            white.ok(new JsonObject().put("type", "addNote").put("text", "MARK[WC] the USA player is struggling"));
            for (String n : NATIONS) {
                peers.get(n).ok(post("team:" + n, "MARK[" + n + "] our team's plan"));
                white.ok(post("white-cell:" + n, "MARK[" + n + "] a word from the white cell"));
            }
            peers.get("USA").ok(new JsonObject().put("type", "openBilateral").put("with", "GBR"));
            peers.get("SUN").ok(new JsonObject().put("type", "openBilateral").put("with", "CHN"));
            peers.get("USA").ok(post("bilateral:GBR+USA", "MARK[GBR,USA] Torch is on"));
            peers.get("CHN").ok(post("bilateral:CHN+SUN", "MARK[CHN,SUN] Manchuria"));
            peers.get("USA").ok(new JsonObject().put("type", "makeOffer").put("to", "SUN").put("kind", "aid").put("amount", 1)
                    .put("form", "MARK[SUN,USA] trucks"));
            peers.get("GBR").ok(new JsonObject().put("type", "makeOffer").put("to", "FRA").put("kind", "threat").put("severity", 0.5)
                    .put("demand", "MARK[FRA,GBR] stand down at Dakar"));
            peers.get("USA").ok(post("council", "MARK[GBR,USA] Combined Chiefs only"));
            white.ok(new JsonObject().put("type", "advancePhase"));
            white.ok(new JsonObject().put("type", "advancePhase"));
            for (String n : NATIONS) {
                peers.get(n).ok(new JsonObject().put("type", "submitOrders").put("forces", 0.5));
            }
            white.ok(new JsonObject().put("type", "advancePhase"));

            int attempts = 0;
            List<String> leaks = new ArrayList<>();
            for (String viewer : NATIONS) {
                WsPeer p = peers.get(viewer);
                List<JsonObject> received = new ArrayList<>(p.seen);
                received.addAll(p.drain());
                try (WsPeer fresh = server.connect()) {
                    received.add(fresh.join(tokens.get(viewer), null));
                }
                for (JsonObject frame : received) {
                    attempts++;
                    leaks.addAll(foreignMarkers(viewer, frame.encode()));
                    if ("event".equals(frame.getString("type"))) {
                        String type = frame.getJsonObject("event").getString("type");
                        assertFalse(List.of("turn.adjudicated", "scenario.loaded", "access.issued", "note.added", "crisis.applied")
                                .contains(type), viewer + " received " + type);
                        if ("turn.report".equals(type)) {
                            assertEquals(viewer, frame.getJsonObject("event").getJsonObject("report").getString("nation"));
                        }
                    }
                    if ("welcome".equals(frame.getString("type"))) {
                        JsonObject game = frame.getJsonObject("snapshot").getJsonObject("game");
                        assertEquals(viewer, game.getJsonObject("you").getString("id"));
                        assertEquals(List.of(viewer), List.copyOf(game.getJsonObject("reports").fieldNames()));
                        assertTrue(game.getJsonArray("adjudications").isEmpty() && game.getJsonArray("deck").isEmpty());
                        assertTrue(game.getJsonObject("orders").fieldNames().stream().allMatch(viewer::equals));
                    }
                }
                // HTTP: a player's token opens nothing of the white cell's.
                for (String[] call : new String[][] {{"GET", sessionPath}, {"POST", sessionPath + "/invites"},
                        {"DELETE", sessionPath + "/invites/GBR"}}) {
                    attempts++;
                    int status = server.request(HttpMethod.valueOf(call[0]), call[1], tokens.get(viewer),
                            "POST".equals(call[0]) ? new JsonObject().put("role", viewer).encode() : null).status();
                    assertEquals(403, status, viewer + " " + call[0] + " " + call[1]);
                }
                // Websocket: every white-cell command is refused for a player.
                for (JsonObject wc : List.of(new JsonObject().put("type", "advancePhase"), new JsonObject().put("type", "pauseClock"),
                        new JsonObject().put("type", "addNote").put("text", "x"),
                        new JsonObject().put("type", "playCrisis").put("card", "pearl-harbor"),
                        new JsonObject().put("type", "override").put("reason", "x")
                                .put("set", new JsonObject().put("kind", "progress").put("coalition", "grand-alliance").put("value", 1)))) {
                    attempts++;
                    assertEquals("WHITE_CELL_ONLY", p.call(wc).getString("code"), viewer + " " + wc.getString("type"));
                }
            }
            assertEquals(List.of(), leaks);
            System.out.println("AuthorizationMatrixTest: " + NATIONS.size() + " roles x " + attempts / NATIONS.size()
                    + " frames and calls each (websocket events, snapshots, HTTP, white-cell commands) = " + attempts
                    + " checks, 0 leaks");
        }
    }

    private static JsonObject post(String channel, String text) {
        return new JsonObject().put("type", "post").put("channel", channel).put("text", text);
    }

    /** Markers in a frame that do not list the viewer among their owners. */
    private static List<String> foreignMarkers(String viewer, String json) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while ((i = json.indexOf("MARK[", i)) >= 0) {
            int end = json.indexOf(']', i);
            List<String> owners = List.of(json.substring(i + 5, end).split(","));
            if (!owners.contains(viewer)) {
                out.add(viewer + " saw " + json.substring(i, Math.min(json.length(), end + 30)));
            }
            i = end;
        }
        return out;
    }
}
