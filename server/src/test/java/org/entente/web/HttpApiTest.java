package org.entente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.micrometer.backends.BackendRegistries;
import java.nio.file.Path;
import java.util.Base64;
import org.entente.metrics.NodeMetrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP surface as a facilitator's tools and the browser use it. */
@ExtendWith(VertxExtension.class)
class HttpApiTest {
    private TestServer server;

    @BeforeEach
    void start(Vertx vertx, @TempDir Path dataDir) throws Exception {
        server = new TestServer(vertx, dataDir);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void healthNamesTheNodeAndCountsSessionsForTheOperatorOnly() throws Exception {
        JsonObject anyone = server.request(HttpMethod.GET, "/health", null, null).json();
        assertEquals(new JsonObject().put("status", "UP"), anyone, "the public answer says UP and nothing else");
        String player = server.createSession("grand-alliance-1941").getJsonArray("invites").getJsonObject(0).getString("token");
        assertEquals(new JsonObject().put("status", "UP"), server.request(HttpMethod.GET, "/health", player, null).json(),
                "a player's token is not the operator's");
        JsonObject before = server.request(HttpMethod.GET, "/health", TestServer.ADMIN_KEY, null).json();
        assertEquals("UP", before.getString("status"));
        assertEquals(server.server.nodeId(), before.getString("node"));
        assertEquals(1, before.getInteger("sessions"));
        server.createSession("grand-alliance-1941");
        assertEquals(2, server.request(HttpMethod.GET, "/health", TestServer.ADMIN_KEY, null).json().getInteger("sessions"));
    }

    @Test
    void scenariosListTheirRoles() throws Exception {
        TestServer.Response r = server.request(HttpMethod.GET, "/api/v1/scenarios", null, null);
        assertEquals(200, r.status());
        JsonArray list = new JsonArray(r.body());
        JsonObject grand = list.stream().map(o -> (JsonObject) o)
                .filter(s -> s.getString("id").equals("grand-alliance-1941")).findFirst().orElseThrow();
        assertFalse(grand.getString("title").isBlank());
        assertTrue(grand.getJsonArray("roles").size() >= 3);
    }

    @Test
    void creatingASessionGivesUnguessableTokensForEachRole() throws Exception {
        JsonObject created = server.createSession("grand-alliance-1941");
        JsonArray invites = created.getJsonArray("invites");
        assertTrue(invites.size() >= 3);
        for (Object o : invites) {
            JsonObject invite = (JsonObject) o;
            String token = invite.getString("token");
            assertTrue(Base64.getUrlDecoder().decode(token).length * 8 >= 128, "token has at least 128 bits");
            assertTrue(invite.getString("link").endsWith("#token=" + token), "the token travels in the fragment, never to logs");
            assertNotEquals(created.getString("facilitatorToken"), token);
        }
    }

    @Test
    void creatingASessionNeedsTheAdminKeyAndAKnownScenario() throws Exception {
        String body = new JsonObject().put("scenario", "grand-alliance-1941").encode();
        assertEquals(401, server.request(HttpMethod.POST, "/api/v1/sessions", null, body).status());
        assertEquals(401, server.request(HttpMethod.POST, "/api/v1/sessions", "wrong-key", body).status());
        TestServer.Response unknown = server.request(HttpMethod.POST, "/api/v1/sessions", TestServer.ADMIN_KEY,
                new JsonObject().put("scenario", "battle-of-hoth").encode());
        assertEquals(400, unknown.status());
        assertEquals("scenario", unknown.json().getJsonObject("error").getString("field"));
        TestServer.Response extra = server.request(HttpMethod.POST, "/api/v1/sessions", TestServer.ADMIN_KEY,
                new JsonObject().put("scenario", "grand-alliance-1941").put("seats", 4).encode());
        assertEquals(400, extra.status());
        assertEquals("seats", extra.json().getJsonObject("error").getString("field"));
        TestServer.Response malformed = server.request(HttpMethod.POST, "/api/v1/sessions", TestServer.ADMIN_KEY, "{oops");
        assertEquals(400, malformed.status());
        assertEquals("MALFORMED_JSON", malformed.json().getJsonObject("error").getString("code"));
    }

    @Test
    void onlyThatSessionsFacilitatorMaySeeItsState() throws Exception {
        JsonObject one = server.createSession("grand-alliance-1941");
        JsonObject two = server.createSession("grand-alliance-1941");
        String path = "/api/v1/sessions/" + one.getString("id");
        TestServer.Response ok = server.request(HttpMethod.GET, path, one.getString("facilitatorToken"), null);
        assertEquals(200, ok.status());
        assertEquals(one.getString("id"), ok.json().getString("id"));
        assertEquals(401, server.request(HttpMethod.GET, path, null, null).status());
        String playerToken = one.getJsonArray("invites").getJsonObject(0).getString("token");
        assertEquals(403, server.request(HttpMethod.GET, path, playerToken, null).status());
        assertEquals(403, server.request(HttpMethod.GET, path, two.getString("facilitatorToken"), null).status());
    }

    @Test
    void metricsCountEventsCommandsAndConnectionsForPrometheus() throws Exception {
        JsonObject created = server.createSession("grand-alliance-1941");
        try (WsPeer peer = server.connect()) {
            peer.join(created.getJsonArray("invites").getJsonObject(0).getString("token"), null);
            peer.ok(new JsonObject().put("type", "post").put("channel", "plenary").put("text", "counted"));
            peer.call(new JsonObject().put("type", "advancePhase"));
            assertEquals(401, server.request(HttpMethod.GET, "/metrics", null, null).status(), "not for anyone");
            String token = created.getJsonArray("invites").getJsonObject(0).getString("token");
            assertEquals(401, server.request(HttpMethod.GET, "/metrics", token, null).status(), "not for players");
            assertEquals(401, server.request(HttpMethod.GET, "/metrics", created.getString("facilitatorToken"), null).status(),
                    "not for a session's white cell either: the metrics add up every session on the node");
            TestServer.Response metrics = server.request(HttpMethod.GET, "/metrics", TestServer.ADMIN_KEY, null);
            assertEquals(200, metrics.status());
            for (String name : new String[] {"entente_events_total", "entente_commands_accepted_total",
                    "entente_commands_refused_total", "vertx_http_server_active_ws_connections",
                    "entente_journal_sync_seconds_count", "entente_journal_sync_seconds_bucket{le=\"0.02\"}"}) {
                assertTrue(metrics.body().contains(name), name + " in\n" + metrics.body().substring(0, Math.min(2000, metrics.body().length())));
            }
        }
    }

    @Test
    void aScrapeIsFormattedOffTheEventLoopsThatCarryPlayers() throws Exception {
        MeterRegistry registry = BackendRegistries.getNow(NodeMetrics.REGISTRY);
        java.util.List<Boolean> onEventLoop = new java.util.concurrent.CopyOnWriteArrayList<>();
        Gauge probe = Gauge.builder("entente.test.scrape.thread", () -> {
            onEventLoop.add(io.vertx.core.Context.isOnEventLoopThread());
            return 1;
        }).strongReference(true).register(registry);
        try {
            assertEquals(200, server.request(HttpMethod.GET, "/metrics", TestServer.ADMIN_KEY, null).status());
            assertFalse(onEventLoop.isEmpty(), "the scrape read the probe");
            assertFalse(onEventLoop.contains(true), "a scrape never runs on an event loop");
        } finally {
            registry.remove(probe);
        }
    }

    @Test
    void pagesCarryAPolicyThatForbidsInlineScript() throws Exception {
        TestServer.Response r = server.request(HttpMethod.GET, "/health", null, null);
        assertEquals(200, r.status());
        var resp = TestServer.await(server.http.request(HttpMethod.GET, server.port(), "127.0.0.1", "/health")
                .compose(req -> req.send()));
        String csp = resp.getHeader("Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
    }
}
