package org.entente.web;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.entente.config.Limits;
import org.entente.config.ServerConfig;
import org.entente.server.EntenteServer;

/** A real node on a free loopback port, and real HTTP and websocket clients to talk to it. */
public final class TestServer implements AutoCloseable {
    public static final String ADMIN_KEY = "test-admin-key-0123456789";
    /** The defaults, but with room for scripted clients that send as fast as acknowledgements return. */
    public static final Limits SCRIPTED = new Limits(Limits.DEFAULTS.maxFrameBytes(), Limits.DEFAULTS.hardFrameBytes(),
            Limits.DEFAULTS.maxMessageChars(), Limits.DEFAULTS.maxNameChars(), 10_000, 10_000, Limits.DEFAULTS.maxStrikes(),
            Limits.DEFAULTS.maxQueuedBytes(), Limits.DEFAULTS.maxConnectionsPerToken());

    public final EntenteServer server;
    public final Vertx clientVertx;
    public final HttpClient http;
    public final WebSocketClient ws;
    private final boolean owned;

    public TestServer(Vertx clientVertx, Path dataDir) throws Exception {
        this(clientVertx, new ServerConfig("127.0.0.1", 0, dataDir, ADMIN_KEY, null, SCRIPTED));
    }

    public TestServer(Vertx clientVertx, ServerConfig config) throws Exception {
        this(clientVertx, start(new EntenteServer(config)), true);
    }

    /** Clients for a node started elsewhere (a cluster member); closing them leaves the node running. */
    public static TestServer attach(Vertx clientVertx, EntenteServer started) {
        return new TestServer(clientVertx, started, false);
    }

    private static EntenteServer start(EntenteServer server) throws Exception {
        await(server.start());
        return server;
    }

    private TestServer(Vertx clientVertx, EntenteServer server, boolean owned) {
        this.clientVertx = clientVertx;
        this.server = server;
        this.owned = owned;
        // Kept in fields: Vert.x clients are closed when garbage-collected.
        // A fresh connection per request, as curl makes: an intermittent stall of pooled keep-alive
        // connections was seen under a loaded machine in the test client (docs/security.md, known issues).
        this.http = clientVertx.createHttpClient(new io.vertx.core.http.HttpClientOptions().setKeepAlive(false));
        this.ws = clientVertx.createWebSocketClient(new io.vertx.core.http.WebSocketClientOptions()
                .setMaxMessageSize(64 * 1024 * 1024).setMaxFrameSize(64 * 1024 * 1024).setMaxConnections(1000));
    }

    public int port() {
        return server.port();
    }

    public record Response(int status, String body) {
        public JsonObject json() {
            return new JsonObject(body);
        }
    }

    public Response request(HttpMethod method, String path, String bearer, String body) throws Exception {
        RequestOptions options = new RequestOptions().setMethod(method).setHost("127.0.0.1").setPort(port()).setURI(path);
        if (bearer != null) {
            options.putHeader("Authorization", "Bearer " + bearer);
        }
        if (body != null) {
            options.putHeader("Content-Type", "application/json");
        }
        options.setIdleTimeout(8_000).setConnectTimeout(8_000);
        try {
            return send(options, body);
        } catch (java.util.concurrent.TimeoutException e) {
            // The same known issue seen before the request was under way (no idle timeout applies yet).
            System.err.println("TestServer: no answer to " + method + " " + path + " within 20 s; asking again");
            return send(options, body);
        } catch (java.util.concurrent.ExecutionException e) {
            if (!(e.getCause() instanceof io.vertx.core.http.HttpClosedException
                    || String.valueOf(e.getCause()).contains("idle timeout"))) {
                throw e;
            }
            // Known issue (docs/security.md): on a loaded machine the test client has, rarely, seen a request
            // go unanswered with both sides idle. Say so, and ask once more; a second loss fails the test.
            System.err.println("TestServer: no answer to " + method + " " + path + " within 8 s (" + e.getCause() + "); asking again");
            return send(options, body);
        }
    }

    private Response send(RequestOptions options, String body) throws Exception {
        return http.request(options).compose(req -> body == null ? req.send() : req.send(body))
                .compose(resp -> resp.body().map(b -> new Response(resp.statusCode(), b.toString())))
                .toCompletionStage().toCompletableFuture().get(20, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** Creates a session of a bundled scenario through the API and returns the API's answer. */
    public JsonObject createSession(String scenario) throws Exception {
        Response r = request(HttpMethod.POST, "/api/v1/sessions", ADMIN_KEY, new JsonObject().put("scenario", scenario).encode());
        if (r.status() != 201) {
            throw new AssertionError("session not created: " + r.status() + " " + r.body());
        }
        return r.json();
    }

    /** The invite token of a role in the answer of {@link #createSession}. */
    public static String inviteToken(JsonObject session, String role) {
        return session.getJsonArray("invites").stream().map(o -> (JsonObject) o)
                .filter(i -> role.equals(i.getString("role"))).findFirst()
                .orElseThrow(() -> new AssertionError("no invite for " + role)).getString("token");
    }

    public WsPeer connect() throws Exception {
        return new WsPeer(await(ws.connect(port(), "127.0.0.1", "/ws")));
    }

    public static <T> T await(io.vertx.core.Future<T> future) throws Exception {
        try {
            return future.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            // Say where everything stood: a hang is a bug to find, not a timeout to raise.
            StringBuilder dump = new StringBuilder("threads when a future timed out:\n");
            Thread.getAllStackTraces().forEach((t, stack) -> {
                dump.append('"').append(t.getName()).append("\" ").append(t.getState()).append('\n');
                for (StackTraceElement el : stack) {
                    dump.append("    at ").append(el).append('\n');
                }
            });
            System.err.println(dump);
            throw e;
        }
    }

    @Override
    public void close() throws Exception {
        await(http.close());
        await(ws.close());
        if (owned) {
            await(server.stop());
        }
    }
}
