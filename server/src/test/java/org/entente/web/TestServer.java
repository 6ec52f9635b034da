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

    public final EntenteServer server;
    public final Vertx clientVertx;
    public final HttpClient http;
    public final WebSocketClient ws;

    public TestServer(Vertx clientVertx, Path dataDir) throws Exception {
        this(clientVertx, new ServerConfig("127.0.0.1", 0, dataDir, ADMIN_KEY, null, Limits.DEFAULTS));
    }

    public TestServer(Vertx clientVertx, ServerConfig config) throws Exception {
        this.clientVertx = clientVertx;
        this.server = new EntenteServer(config);
        await(server.start());
        // Kept in fields: Vert.x clients are closed when garbage-collected.
        this.http = clientVertx.createHttpClient();
        this.ws = clientVertx.createWebSocketClient(new io.vertx.core.http.WebSocketClientOptions()
                .setMaxMessageSize(64 * 1024 * 1024).setMaxFrameSize(64 * 1024 * 1024));
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
        return await(http.request(options).compose(req -> body == null ? req.send() : req.send(body))
                .compose(resp -> resp.body().map(b -> new Response(resp.statusCode(), b.toString()))));
    }

    /** Creates a session of a bundled scenario through the API and returns the API's answer. */
    public JsonObject createSession(String scenario) throws Exception {
        Response r = request(HttpMethod.POST, "/api/v1/sessions", ADMIN_KEY, new JsonObject().put("scenario", scenario).encode());
        if (r.status() != 201) {
            throw new AssertionError("session not created: " + r.status() + " " + r.body());
        }
        return r.json();
    }

    public WsPeer connect() throws Exception {
        return new WsPeer(await(ws.connect(port(), "127.0.0.1", "/ws")));
    }

    public static <T> T await(io.vertx.core.Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        await(http.close());
        await(ws.close());
        await(server.stop());
    }
}
