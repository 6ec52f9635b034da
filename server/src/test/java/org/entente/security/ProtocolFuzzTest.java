package org.entente.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.List;
import org.entente.config.Limits;
import org.entente.config.ServerConfig;
import org.entente.engine.CommandHandler;
import org.entente.engine.Decision;
import org.entente.engine.Game;
import org.entente.engine.Role;
import org.entente.web.TestServer;
import org.entente.web.WsPeer;
import org.entente.web.protocol.ClientMessage;
import org.entente.web.protocol.ProtocolDecoder;
import org.entente.web.protocol.ProtocolError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tens of thousands of hostile frames against the decoder and the rules, and thousands over a real
 * websocket: nothing crashes, every refusal says why, and refused frames change nothing.
 */
@ExtendWith(VertxExtension.class)
class ProtocolFuzzTest {
    private static final List<String> ROLES = List.of("USA", "GBR", "SUN", "CHN", "FRA", Role.WHITE_CELL_ID);

    @Test
    void theDecoderAndTheRulesSurviveHostileFrames() {
        ProtocolDecoder decoder = new ProtocolDecoder(Limits.DEFAULTS);
        FrameFuzzer fuzz = new FrameFuzzer(20261125);
        Game game = Game.of("grand-alliance-1941", 5);
        int frames = 40_000;
        int refusedByDecoder = 0;
        int refusedByRules = 0;
        int accepted = 0;
        for (int i = 0; i < frames; i++) {
            if (i == frames / 2) {
                game.start(); // half the frames in the lobby, half in play
            }
            String frame = fuzz.next();
            ClientMessage m;
            try {
                m = decoder.decode(frame);
            } catch (ProtocolError e) {
                assertFalse(e.getMessage() == null || e.getMessage().isBlank(), frame);
                refusedByDecoder++;
                continue;
            }
            if (!(m instanceof ClientMessage.CommandRequest request)) {
                continue;
            }
            String role = ROLES.get(i % ROLES.size());
            long before = game.state.lastSeq();
            Decision d = CommandHandler.decide(game.state, Role.parse(role), request.command(), game.now);
            if (d instanceof Decision.Rejected r) {
                assertFalse(r.rejection().message().isBlank());
                assertEquals(before, game.state.lastSeq());
                refusedByRules++;
            } else {
                game.decide(role, request.command());
                accepted++;
            }
        }
        System.out.println("ProtocolFuzzTest: " + frames + " frames: " + refusedByDecoder + " refused by the decoder, "
                + refusedByRules + " by the rules, " + accepted + " accepted and folded without error");
        assertTrue(refusedByDecoder > frames / 3 && refusedByRules > 100);
    }

    @Test
    void aRealConnectionSurvivesThousandsOfHostileFramesAndOnlyAcknowledgedOnesCount(Vertx vertx, @TempDir Path dir)
            throws Exception {
        Limits generous = new Limits(16384, 262144, 4000, 40, 100_000, 100_000, 50, 4 * 1024 * 1024, 12);
        try (TestServer server = new TestServer(vertx, new ServerConfig("127.0.0.1", 0, dir, TestServer.ADMIN_KEY, null, generous))) {
            JsonObject s = server.createSession("grand-alliance-1941");
            String path = "/api/v1/sessions/" + s.getString("id");
            long before = server.request(HttpMethod.GET, path, s.getString("facilitatorToken"), null).json().getLong("seq");
            FrameFuzzer fuzz = new FrameFuzzer(7);
            int acks = 0;
            int rejects = 0;
            int frames = 3_000;
            try (WsPeer peer = server.connect()) {
                peer.join(s.getJsonArray("invites").getJsonObject(1).getString("token"), null);
                for (int i = 0; i < frames; i++) {
                    String frame = fuzz.next();
                    if (frame.contains("\"type\":\"join\"")) {
                        continue;
                    }
                    peer.sendRaw(frame);
                }
                for (JsonObject m : peer.drain()) {
                    if ("ack".equals(m.getString("type")) && !m.getBoolean("duplicate")) {
                        acks++;
                    } else if ("reject".equals(m.getString("type"))) {
                        rejects++;
                    }
                }
            }
            long after = server.request(HttpMethod.GET, path, s.getString("facilitatorToken"), null).json().getLong("seq");
            assertTrue(rejects > frames / 2, "refusals: " + rejects);
            assertTrue(after - before >= acks, "every acknowledged command is in the log");
            assertEquals(200, server.request(HttpMethod.GET, "/health", null, null).status());
            System.out.println("ProtocolFuzzTest: " + frames + " frames over a websocket: " + rejects + " refused, " + acks
                    + " acknowledged; the log grew by " + (after - before) + "; the node is healthy");
        }
    }
}
