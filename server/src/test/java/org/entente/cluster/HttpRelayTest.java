package org.entente.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Behind a load balancer a facilitator's HTTP calls may land on any node: a non-owner passes them to the owner. */
@ExtendWith(VertxExtension.class)
class HttpRelayTest {

    @Test
    void aSessionsHttpEndpointsAnswerOnEveryNode(Vertx vertx, @TempDir Path dir) throws Exception {
        EntenteServer[] nodes = twoNodes(dir, "relay-");
        EntenteServer a = nodes[0];
        EntenteServer b = nodes[1];
        try (TestServer viaA = TestServer.attach(vertx, a); TestServer viaB = TestServer.attach(vertx, b)) {
            JsonObject session = viaA.createSession("grand-alliance-1941");
            String path = "/api/v1/sessions/" + session.getString("id");
            TestServer.Response direct = viaA.request(HttpMethod.GET, path, session.getString("facilitatorToken"), null);
            TestServer.Response relayed = viaB.request(HttpMethod.GET, path, session.getString("facilitatorToken"), null);
            assertEquals(200, relayed.status(), relayed.body());
            assertEquals(direct.json().getString("id"), relayed.json().getString("id"));
            TestServer.Response invite = viaB.request(HttpMethod.POST, path + "/invites", session.getString("facilitatorToken"),
                    new JsonObject().put("role", "GBR").encode());
            assertEquals(201, invite.status(), invite.body());
            String player = session.getJsonArray("invites").getJsonObject(0).getString("token");
            assertEquals(403, viaB.request(HttpMethod.GET, path, player, null).status(), "the owner's checks apply as if direct");
        } finally {
            TestServer.await(b.stop());
            TestServer.await(a.stop());
        }
    }

    /** Vert.x's websocket client queues connections past 50 per endpoint: a node must relay every player, not 50. */
    @Test
    void sixtyPlayersJoinThroughANodeThatDoesNotOwnTheirSession(Vertx vertx, @TempDir Path dir) throws Exception {
        EntenteServer[] nodes = twoNodes(dir, "relay60-");
        EntenteServer a = nodes[0];
        EntenteServer b = nodes[1];
        List<org.entente.web.WsPeer> peers = new java.util.ArrayList<>();
        try (TestServer viaA = TestServer.attach(vertx, a); TestServer viaB = TestServer.attach(vertx, b)) {
            JsonObject session = viaA.createSession("libya-2011");
            var invites = session.getJsonArray("invites");
            for (int i = 0; i < 60; i++) {
                org.entente.web.WsPeer peer = viaB.connect();
                peers.add(peer);
                JsonObject welcome = peer.join(invites.getJsonObject(i % invites.size()).getString("token"), null);
                assertEquals("welcome", welcome.getString("type"), "player " + (i + 1) + ": " + welcome.encode());
            }
        } finally {
            for (var p : peers) {
                p.close();
            }
            TestServer.await(b.stop());
            TestServer.await(a.stop());
        }
    }

    /** Two nodes of one cluster on loopback, started. */
    private static EntenteServer[] twoNodes(Path dir, String prefix) throws Exception {
        System.setProperty("hazelcast.wait.seconds.before.join", "0");
        int pa = FreePorts.next();
        int pb = FreePorts.next();
        List<String> members = List.of("127.0.0.1:" + pa, "127.0.0.1:" + pb);
        String name = prefix + System.nanoTime();
        EntenteServer a = new EntenteServer(config(dir.resolve("a")), new ClusterConfig(true, members, pa, "127.0.0.1", name, null));
        EntenteServer b = new EntenteServer(config(dir.resolve("b")), new ClusterConfig(true, members, pb, "127.0.0.1", name, null));
        TestServer.await(a.start());
        TestServer.await(b.start());
        return new EntenteServer[] {a, b};
    }


    private static ServerConfig config(Path data) {
        return new ServerConfig("127.0.0.1", 0, data, TestServer.ADMIN_KEY, null, TestServer.SCRIPTED);
    }
}
