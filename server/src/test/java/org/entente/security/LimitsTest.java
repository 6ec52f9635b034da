package org.entente.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.config.Limits;
import org.entente.config.ServerConfig;
import org.entente.web.TestServer;
import org.entente.web.WsPeer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Every limit answers with its name; a client that keeps on is cut off; nobody else notices. */
@ExtendWith(VertxExtension.class)
class LimitsTest {

    private static ServerConfig config(Path dir, Limits limits) {
        return new ServerConfig("127.0.0.1", 0, dir, TestServer.ADMIN_KEY, null, limits);
    }

    @Test
    void aFloodIsRateLimitedByNameThenDisconnectedWhileOthersCarryOn(Vertx vertx, @TempDir Path dir) throws Exception {
        Limits limits = new Limits(16384, 262144, 4000, 40, 5, 10, 20, 4 * 1024 * 1024, 12);
        try (TestServer server = new TestServer(vertx, config(dir, limits))) {
            JsonObject s = server.createSession("grand-alliance-1941");
            String flooder = s.getJsonArray("invites").getJsonObject(0).getString("token");
            String bystander = s.getJsonArray("invites").getJsonObject(1).getString("token");
            try (WsPeer bad = server.connect(); WsPeer good = server.connect()) {
                bad.join(flooder, null);
                good.join(bystander, null);
                JsonObject ping = new JsonObject().put("type", "ping");
                int limited = 0;
                for (int i = 0; i < 60 && !bad.isClosed(); i++) {
                    bad.send(ping);
                }
                long deadline = System.currentTimeMillis() + 5000;
                while (bad.closeStatus() == null && System.currentTimeMillis() < deadline) {
                    Thread.sleep(20);
                }
                for (JsonObject m : bad.drainQuietly()) {
                    if ("reject".equals(m.getString("type"))) {
                        assertEquals("RATE_LIMITED", m.getString("code"));
                        assertTrue(m.getString("message").contains("commandsPerSecond"), m.getString("message"));
                        limited++;
                    }
                }
                assertTrue(limited > 0, "the flood was refused by name");
                assertTrue(bad.isClosed(), "a client that keeps on is disconnected");
                assertEquals((short) 1008, bad.closeStatus());
                good.command(new JsonObject().put("type", "post").put("channel", "plenary").put("text", "still fine"));
                assertEquals("still fine", good.next("event").getJsonObject("event").getString("text"));
            }
            System.out.println("LimitsTest: rate limit refused frames by name, then closed the flooding connection with 1008");
        }
    }

    @Test
    void aClientThatStopsReadingIsDroppedAndResumesFromItsPosition(Vertx vertx, @TempDir Path dir) throws Exception {
        Limits limits = new Limits(16384, 262144, 4000, 40, 2000, 2000, 50, 64 * 1024, 12);
        try (TestServer server = new TestServer(vertx, config(dir, limits))) {
            JsonObject s = server.createSession("grand-alliance-1941");
            String slowToken = s.getJsonArray("invites").getJsonObject(0).getString("token");
            String talker = s.getJsonArray("invites").getJsonObject(1).getString("token");
            long position;
            int sent = 0;
            String sessionPath = "/api/v1/sessions/" + s.getString("id");
            String nation = s.getJsonArray("invites").getJsonObject(0).getString("role");
            try (RawWebSocket slow = new RawWebSocket(server.port()); WsPeer fast = server.connect();
                 WsPeer probe = server.connect()) {
                position = probe.join(slowToken, null).getLong("seq");
                probe.close();
                slow.sendText(new JsonObject().put("type", "join").put("token", slowToken).encode());
                fast.join(talker, null);
                long until = System.currentTimeMillis() + 5000;
                while (connected(server, sessionPath, s, nation) == 0 && System.currentTimeMillis() < until) {
                    Thread.sleep(20);
                }
                assertEquals(1, connected(server, sessionPath, s, nation), "the raw client joined");
                String text = "x".repeat(3900);
                while (connected(server, sessionPath, s, nation) > 0 && sent < 5000) {
                    for (int i = 0; i < 50; i++, sent++) {
                        fast.ok(new JsonObject().put("type", "post").put("channel", "plenary").put("text", text + sent));
                    }
                }
                assertEquals(0, connected(server, sessionPath, s, nation), "the slow consumer was dropped after " + sent + " messages");
                assertTrue(sent < 5000, "it was dropped while the flood went on, not after it");
                slow.readUntilClosed(10_000);
            }
            try (WsPeer back = server.connect()) {
                // So far behind that its missed events exceed what it may be sent at once: a fresh snapshot
                // at the head of its stream, with the latest messages, instead of megabytes of backlog.
                JsonObject welcome = back.join(slowToken, position);
                assertEquals(position + sent, welcome.getLong("seq"));
                JsonObject plenary = welcome.getJsonObject("snapshot").getJsonArray("channels").stream().map(o -> (JsonObject) o)
                        .filter(c -> c.getString("id").equals("plenary")).findFirst().orElseThrow();
                JsonArray messages = plenary.getJsonArray("messages");
                assertTrue(messages.getJsonObject(messages.size() - 1).getString("text").endsWith(String.valueOf(sent - 1)));
                assertTrue(back.drain().stream().noneMatch(m -> "event".equals(m.getString("type"))), "nothing doubled after the snapshot");
            }
            try (WsPeer near = server.connect()) {
                // A client only a little behind gets exactly what it missed.
                near.join(slowToken, position + sent - 3);
                List<JsonObject> missed = near.drain().stream().filter(m -> "event".equals(m.getString("type"))).toList();
                assertEquals(List.of(position + sent - 2, position + sent - 1, position + sent),
                        missed.stream().map(m -> m.getLong("seq")).toList());
            }
            System.out.println("LimitsTest: a client that stopped reading was dropped after " + sent
                    + " messages of 3.9 kB (maxQueuedBytes 64 KiB) and came back to a snapshot at the head of its stream");
        }
    }

    @Test
    void aNodeHoldingTooMuchDropsTheClientHoldingTheMostAndNobodyElse(Vertx vertx, @TempDir Path dir) throws Exception {
        // Each client may hold 4 MiB, but the node only 256 KiB in all: the node's budget acts first.
        Limits limits = new Limits(16384, 262144, 4000, 40, 2000, 2000, 50, 4 * 1024 * 1024, 12)
                .withMaxQueuedBytesPerNode(256 * 1024);
        try (TestServer server = new TestServer(vertx, config(dir, limits))) {
            JsonObject s = server.createSession("grand-alliance-1941");
            String slowToken = s.getJsonArray("invites").getJsonObject(0).getString("token");
            String talker = s.getJsonArray("invites").getJsonObject(1).getString("token");
            String sessionPath = "/api/v1/sessions/" + s.getString("id");
            String nation = s.getJsonArray("invites").getJsonObject(0).getString("role");
            int sent = 0;
            try (RawWebSocket slow = new RawWebSocket(server.port()); WsPeer fast = server.connect();
                 WsPeer reader = server.connect()) {
                slow.sendText(new JsonObject().put("type", "join").put("token", slowToken).encode());
                fast.join(talker, null);
                reader.join(s.getJsonArray("invites").getJsonObject(2).getString("token"), null);
                long until = System.currentTimeMillis() + 5000;
                while (connected(server, sessionPath, s, nation) == 0 && System.currentTimeMillis() < until) {
                    Thread.sleep(20);
                }
                String text = "x".repeat(3900);
                while (server.server.web().clientsShed() == 0 && sent < 20_000) {
                    for (int i = 0; i < 50; i++, sent++) {
                        fast.ok(new JsonObject().put("type", "post").put("channel", "plenary").put("text", text + sent));
                    }
                    reader.drainQuietly();
                }
                assertTrue(server.server.web().clientsShed() >= 1, "the node shed a client after " + sent + " messages");
                assertEquals(0, connected(server, sessionPath, s, nation), "the one that held the most");
                fast.ok(new JsonObject().put("type", "post").put("channel", "plenary").put("text", "still fine"));
                assertTrue(!fast.isClosed() && !reader.isClosed(), "the readers were not shed");
                slow.readUntilClosed(10_000);
                System.out.println("LimitsTest: the node (maxQueuedBytesPerNode 256 KiB) shed the client that stopped reading after "
                        + sent + " messages of 3.9 kB; " + server.server.web().clientsShed() + " shed, the others carried on");
            }
        }
    }

    private static int connected(TestServer server, String path, JsonObject session, String nation) throws Exception {
        JsonObject state = server.request(HttpMethod.GET, path, session.getString("facilitatorToken"), null).json();
        return state.getJsonArray("nations").stream().map(o -> (JsonObject) o).filter(n -> n.getString("id").equals(nation))
                .findFirst().orElseThrow().getInteger("connected");
    }

    @Test
    void oneTokenCannotHoldMoreConnectionsThanTheLimit(Vertx vertx, @TempDir Path dir) throws Exception {
        Limits limits = new Limits(16384, 262144, 4000, 40, 10, 30, 50, 4 * 1024 * 1024, 3);
        try (TestServer server = new TestServer(vertx, config(dir, limits))) {
            String token = server.createSession("grand-alliance-1941").getJsonArray("invites").getJsonObject(0).getString("token");
            List<WsPeer> peers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                WsPeer p = server.connect();
                p.join(token, null);
                peers.add(p);
            }
            try (WsPeer fourth = server.connect()) {
                fourth.send(new JsonObject().put("type", "join").put("token", token));
                JsonObject reject = fourth.next("reject");
                assertEquals("TOO_MANY_CONNECTIONS", reject.getString("code"));
                assertTrue(reject.getString("message").contains("maxConnectionsPerToken"));
                peers.remove(0).close();
                Thread.sleep(200);
                assertEquals("welcome", fourth.join(token, null).getString("type"), "a slot freed is a slot again");
            }
            for (WsPeer p : peers) {
                p.close();
            }
        }
    }

    @Test
    void websocketsFromAnotherSiteAreRefused(Vertx vertx, @TempDir Path dir) throws Exception {
        try (TestServer server = new TestServer(vertx, dir)) {
            WebSocketConnectOptions evil = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(server.port()).setURI("/ws")
                    .addHeader("Origin", "http://evil.example");
            Throwable refused = null;
            try {
                TestServer.await(server.ws.connect(evil));
            } catch (Exception e) {
                refused = e;
            }
            assertTrue(refused != null && String.valueOf(refused.getMessage()).contains("403"), String.valueOf(refused));
            WebSocketConnectOptions own = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(server.port()).setURI("/ws")
                    .addHeader("Origin", "http://127.0.0.1:" + server.port());
            TestServer.await(TestServer.await(server.ws.connect(own)).close());
            assertEquals(200, server.request(HttpMethod.GET, "/health", null, null).status());
        }
    }
}
