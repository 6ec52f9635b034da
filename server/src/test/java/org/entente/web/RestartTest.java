package org.entente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A node stopped and started again on the same data directory resumes every session where it stood. */
@ExtendWith(VertxExtension.class)
class RestartTest {

    @Test
    void sessionsTokensAndPositionsSurviveARestart(Vertx vertx, @TempDir Path dataDir) throws Exception {
        JsonObject session;
        String token;
        long lastSeen;
        try (TestServer first = new TestServer(vertx, dataDir); WsPeer peer = first.connect()) {
            session = first.createSession("grand-alliance-1941");
            token = session.getJsonArray("invites").getJsonObject(0).getString("token");
            peer.join(token, null);
            peer.command(new JsonObject().put("type", "post").put("channel", "plenary").put("text", "before"));
            lastSeen = peer.next("event").getLong("seq");
            peer.next("ack");
        }
        try (TestServer second = new TestServer(vertx, dataDir); WsPeer peer = second.connect()) {
            assertEquals(1, second.server.recovery().sessions().size());
            JsonObject welcome = peer.join(token, lastSeen);
            assertTrue(welcome.getBoolean("resumed"));
            assertEquals(List.of(), peer.drain());
            peer.command(new JsonObject().put("type", "post").put("channel", "plenary").put("text", "after"));
            assertEquals(lastSeen + 1, peer.next("event").getLong("seq"));
            try (WsPeer fresh = second.connect()) {
                JsonObject plenary = fresh.join(token, null).getJsonObject("snapshot").getJsonArray("channels").getJsonObject(0);
                assertEquals(List.of("before", "after"), plenary.getJsonArray("messages").stream()
                        .map(m -> ((JsonObject) m).getString("text")).toList());
            }
        }
    }

    @Test
    void twoNodesCannotShareADataDirectory(Vertx vertx, @TempDir Path dataDir) throws Exception {
        try (TestServer first = new TestServer(vertx, dataDir)) {
            Exception e = assertThrows(Exception.class, () -> new TestServer(vertx, dataDir));
            assertTrue(String.valueOf(e.getMessage()).contains("in use by another"), e.getMessage());
        }
    }
}
