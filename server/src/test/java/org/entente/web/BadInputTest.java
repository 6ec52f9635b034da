package org.entente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad frame gets a rejection naming the problem; the connection and the session carry on. */
@ExtendWith(VertxExtension.class)
class BadInputTest {
    private TestServer server;
    private JsonObject session;
    private String token;

    @BeforeEach
    void start(Vertx vertx, @TempDir Path dataDir) throws Exception {
        server = new TestServer(vertx, dataDir);
        session = server.createSession("grand-alliance-1941");
        token = session.getJsonArray("invites").getJsonObject(0).getString("token");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    static Stream<Arguments> badFrames() {
        String huge = "x".repeat(20_000);
        return Stream.of(
                Arguments.of("malformed JSON", "{\"type\": \"post\", ", "MALFORMED_JSON", null),
                Arguments.of("not an object", "[1, 2, 3]", "NOT_AN_OBJECT", null),
                Arguments.of("no type", "{\"id\": \"c1\"}", "MISSING_FIELD", "type"),
                Arguments.of("unknown type", "{\"type\": \"nuke\", \"id\": \"c1\"}", "UNKNOWN_TYPE", "type"),
                Arguments.of("missing field", "{\"type\": \"post\", \"id\": \"c1\", \"channel\": \"plenary\"}", "MISSING_FIELD", "text"),
                Arguments.of("wrong type", "{\"type\": \"post\", \"id\": \"c1\", \"channel\": 7, \"text\": \"hi\"}", "INVALID_FIELD", "channel"),
                Arguments.of("unknown field", "{\"type\": \"post\", \"id\": \"c1\", \"channel\": \"plenary\", \"text\": \"hi\", \"as\": \"USA\"}", "UNKNOWN_FIELD", "as"),
                Arguments.of("bad command id", "{\"type\": \"post\", \"id\": \"<script>\", \"channel\": \"plenary\", \"text\": \"hi\"}", "INVALID_FIELD", "id"),
                Arguments.of("deep nesting", "{\"type\": \"post\", \"id\": \"c1\", \"text\": " + "[".repeat(100) + "]".repeat(100) + "}", "MALFORMED_JSON", null),
                Arguments.of("oversized frame", "{\"type\": \"post\", \"id\": \"c1\", \"channel\": \"plenary\", \"text\": \"" + huge + "\"}", "FRAME_TOO_LARGE", null),
                Arguments.of("not a channel member", "{\"type\": \"post\", \"id\": \"c1\", \"channel\": \"team:ZZZ\", \"text\": \"hi\"}", "UNKNOWN_CHANNEL", "channel"),
                Arguments.of("nation that is not in the game", "{\"type\": \"openBilateral\", \"id\": \"c1\", \"with\": \"ATLANTIS\"}", "UNKNOWN_NATION", "with"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFrames")
    void aBadFrameIsRejectedByNameAndNothingChanges(String what, String frame, String code, String field) throws Exception {
        long before = sessionSeq();
        try (WsPeer peer = server.connect()) {
            long position = peer.join(token, null).getLong("seq");
            peer.sendRaw(frame);
            JsonObject reject = peer.next("reject");
            assertEquals(code, reject.getString("code"), reject.encode());
            assertEquals(field, reject.getString("field"), reject.encode());
            assertFalse(reject.getString("message").isBlank());
            // The connection is still usable and the session unchanged.
            peer.command(new JsonObject().put("type", "post").put("channel", "plenary").put("text", "still here"));
            assertEquals(position + 1, peer.next("event").getLong("seq"));
            peer.next("ack");
        }
        assertEquals(before + 1, sessionSeq());
    }

    @Test
    void anUnknownTokenIsRefusedAndTheConnectionMayTryAgain() throws Exception {
        try (WsPeer peer = server.connect()) {
            peer.send(new JsonObject().put("type", "join").put("token", "not-a-real-token"));
            JsonObject reject = peer.next("reject");
            assertEquals("UNKNOWN_TOKEN", reject.getString("code"));
            assertEquals("token", reject.getString("field"));
            assertEquals("welcome", peer.join(token, null).getString("type"));
        }
    }

    @Test
    void commandsBeforeJoiningAreRefused() throws Exception {
        try (WsPeer peer = server.connect()) {
            peer.command(new JsonObject().put("type", "post").put("channel", "plenary").put("text", "hi"));
            assertEquals("NOT_JOINED", peer.next("reject").getString("code"));
        }
    }

    @Test
    void joiningTwiceOnOneConnectionIsRefused() throws Exception {
        try (WsPeer peer = server.connect()) {
            peer.join(token, null);
            peer.send(new JsonObject().put("type", "join").put("token", session.getString("facilitatorToken")));
            JsonObject reject = peer.next("reject");
            assertEquals("ALREADY_JOINED", reject.getString("code"));
            assertNull(reject.getString("field"));
        }
    }

    @Test
    void aFrameBeyondTheHardLimitClosesOnlyThatConnection() throws Exception {
        try (WsPeer bad = server.connect(); WsPeer good = server.connect()) {
            bad.join(token, null);
            good.join(token, null);
            bad.sendRaw("{\"type\":\"post\",\"text\":\"" + "y".repeat(300_000) + "\"}");
            long deadline = System.currentTimeMillis() + 10_000;
            while (!bad.isClosed() && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(bad.isClosed());
            good.command(new JsonObject().put("type", "post").put("channel", "plenary").put("text", "unaffected"));
            assertEquals("unaffected", good.next("event").getJsonObject("event").getString("text"));
        }
    }

    private long sessionSeq() throws Exception {
        TestServer.Response r = server.request(HttpMethod.GET, "/api/v1/sessions/" + session.getString("id"),
                session.getString("facilitatorToken"), null);
        return r.json().getLong("seq");
    }
}
