package org.entente.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.List;
import org.entente.config.ServerConfig;
import org.entente.server.EntenteServer;
import org.entente.web.FreePorts;
import org.entente.web.TestServer;
import org.entente.web.WsPeer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * One node of a three-member cluster, alone (the other two dead, or a split): it cannot accept writes
 * and says so — /health answers 503 DOWN, creating a session is refused, and a player who joins is
 * told SESSION_UNAVAILABLE (retry), not UNKNOWN_TOKEN.
 */
@ExtendWith(VertxExtension.class)
class LoneNodeTest {

    @Test
    void aNodeWithoutAMajorityAnswers503AndTellsPlayersToRetry(Vertx vertx, @TempDir Path dir) throws Exception {
        System.setProperty("hazelcast.wait.seconds.before.join", "0");
        int port = FreePorts.next();
        List<String> members = List.of("127.0.0.1:" + port, "127.0.0.1:" + FreePorts.next(), "127.0.0.1:" + FreePorts.next());
        EntenteServer node = new EntenteServer(new ServerConfig("127.0.0.1", 0, dir, TestServer.ADMIN_KEY, null, TestServer.SCRIPTED),
                new ClusterConfig(true, members, port, "127.0.0.1", "lone-" + System.nanoTime(), null));
        node.start().toCompletionStage().toCompletableFuture().get(180, java.util.concurrent.TimeUnit.SECONDS); // Hazelcast's start
        try (TestServer via = TestServer.attach(vertx, node)) {
            TestServer.Response anyone = via.request(HttpMethod.GET, "/health", null, null);
            assertEquals(503, anyone.status(), anyone.body());
            assertEquals(new JsonObject().put("status", "DOWN"), anyone.json(), "a stranger learns the status and nothing more");
            TestServer.Response health = via.request(HttpMethod.GET, "/health", TestServer.ADMIN_KEY, null);
            assertEquals(503, health.status(), health.body());
            JsonObject body = health.json();
            assertEquals("DOWN", body.getString("status"));
            assertFalse(body.getJsonObject("cluster").getBoolean("quorum"));
            assertEquals(1, body.getJsonObject("cluster").getInteger("memberCount"));
            assertEquals(2, body.getJsonObject("cluster").getInteger("majority"));

            TestServer.Response create = via.request(HttpMethod.POST, "/api/v1/sessions", TestServer.ADMIN_KEY,
                    new JsonObject().put("scenario", "grand-alliance-1941").encode());
            assertFalse(create.status() / 100 == 2, "no session is created without a majority: " + create.body());

            try (WsPeer player = via.connect()) {
                player.send(new JsonObject().put("type", "join").put("token", "a-token-of-a-session-held-elsewhere"));
                JsonObject answer = player.next();
                assertEquals("reject", answer.getString("type"), answer.encode());
                assertEquals("SESSION_UNAVAILABLE", answer.getString("code"), answer.encode());
            }
        } finally {
            TestServer.await(node.stop());
        }
    }

}
