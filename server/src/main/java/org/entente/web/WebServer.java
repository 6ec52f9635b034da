package org.entente.web;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.config.ServerConfig;
import org.entente.metrics.NodeMetrics;
import org.entente.scenario.ScenarioCatalog;
import org.entente.session.SessionRegistry;
import org.entente.web.protocol.ProtocolDecoder;

/** The HTTP and websocket surface of a node: the one route table (docs/api/openapi.yaml, asyncapi.yaml). */
public final class WebServer {
    private static final long MAX_BODY_BYTES = 256 * 1024;

    private final Vertx vertx;
    private final ServerConfig config;
    private final String nodeId;
    private final SessionRegistry registry;
    private final ScenarioCatalog scenarios;
    private final AtomicInteger port = new AtomicInteger();
    private final ConnectionCounter connections = new ConnectionCounter();
    private final OriginPolicy origins;

    public WebServer(Vertx vertx, ServerConfig config, String nodeId, SessionRegistry registry, ScenarioCatalog scenarios) {
        this.vertx = vertx;
        this.config = config;
        this.nodeId = nodeId;
        this.registry = registry;
        this.scenarios = scenarios;
        this.origins = new OriginPolicy(config);
    }

    /** Websocket connections open on this node now. */
    public int connections() {
        return connections.total();
    }

    public Future<HttpServer> start() {
        HttpServerOptions options = new HttpServerOptions()
                .setHost(config.host())
                .setPort(config.port())
                .setMaxWebSocketFrameSize(config.limits().hardFrameBytes())
                .setMaxWebSocketMessageSize(config.limits().hardFrameBytes())
                .setCompressionSupported(true)
                // A client that does not answer our close within this many seconds is cut off.
                .setWebSocketClosingTimeout(3);
        if (config.tls() != null) {
            options.setSsl(true).setKeyCertOptions(new io.vertx.core.net.PemKeyCertOptions()
                    .setCertPath(config.tls().certFile().toString()).setKeyPath(config.tls().keyFile().toString()));
        }
        return vertx.createHttpServer(options).requestHandler(router()).listen()
                .onSuccess(s -> port.set(s.actualPort()));
    }

    public String publicUrl() {
        return config.publicUrlOrDefault(port.get());
    }

    private Router router() {
        Router router = Router.router(vertx);
        router.route().handler(WebServer::securityHeaders);
        router.get("/health").handler(this::health);
        router.get("/api/v1/scenarios").handler(this::listScenarios);
        router.get("/metrics").handler(io.vertx.micrometer.PrometheusScrapingHandler.create(NodeMetrics.REGISTRY));

        SessionHttpRelay relay = new SessionHttpRelay(vertx, registry);
        router.route("/api/v1/sessions/:id").handler(relay::handle);
        router.route("/api/v1/sessions/:id/*").handler(relay::handle);

        SessionApi sessions = new SessionApi(registry, scenarios, config.adminKey(), this::publicUrl);
        router.post("/api/v1/sessions").handler(BodyHandler.create().setBodyLimit(MAX_BODY_BYTES)).handler(sessions::create);
        router.get("/api/v1/sessions/:id").handler(sessions::show);
        router.post("/api/v1/sessions/:id/invites").handler(BodyHandler.create().setBodyLimit(MAX_BODY_BYTES))
                .handler(sessions::issueInvite);
        router.delete("/api/v1/sessions/:id/invites/:role").handler(sessions::revokeInvites);
        // Bots that hold a role (docs/bots.md): run inside this node, over a websocket to its own /ws.
        org.entente.bot.BotManager botManager = new org.entente.bot.BotManager(vertx, registry,
                () -> "0.0.0.0".equals(config.host()) || "::".equals(config.host()) ? "127.0.0.1" : config.host(), port::get);
        BotApi bots = new BotApi(registry, botManager);
        router.post("/api/v1/sessions/:id/bots").handler(BodyHandler.create().setBodyLimit(MAX_BODY_BYTES)).handler(bots::create);
        router.get("/api/v1/sessions/:id/bots").handler(bots::list);
        router.delete("/api/v1/sessions/:id/bots/:role").handler(bots::remove);

        // After-action review: timeline, state at a position as a role saw it, exports (docs/replay.md).
        new ReviewApi(registry, config.dataDir()).routes(router);

        router.post("/api/v1/framework/analyze").handler(BodyHandler.create().setBodyLimit(MAX_BODY_BYTES))
                .handler(FrameworkApi::analyze);

        ProtocolDecoder decoder = new ProtocolDecoder(config.limits());
        router.get("/ws").handler(ctx -> {
            if (!origins.allows(ctx.request())) {
                HttpErrors.send(ctx, 403, "ORIGIN_NOT_ALLOWED", "Origin", "Websockets from "
                        + ctx.request().getHeader("Origin") + " are not allowed (allowedOrigins).");
                return;
            }
            ctx.request().toWebSocket()
                    .onSuccess(ws -> new ClientConnection(ws, registry, decoder, config.limits(), connections).start())
                    .onFailure(e -> { /* toWebSocket already answered the failed upgrade */ });
        });

        router.route("/webjars/*").handler(StaticHandler.create("META-INF/resources/webjars"));
        router.route("/*").handler(StaticHandler.create("webroot").setIndexPage("index.html"));
        router.route("/api/*").last().handler(ctx -> HttpErrors.send(ctx, 404, "NOT_FOUND", null,
                "No such endpoint: " + ctx.request().method() + " " + ctx.request().path()));
        return router;
    }

    private static void securityHeaders(RoutingContext ctx) {
        ctx.response()
                .putHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                        + "img-src 'self' data:; connect-src 'self' ws: wss:; object-src 'none'; base-uri 'none'; "
                        + "frame-ancestors 'none'; form-action 'self'")
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Referrer-Policy", "no-referrer")
                .putHeader("X-Frame-Options", "DENY");
        ctx.next();
    }

    private void health(RoutingContext ctx) {
        JsonObject body = healthReport();
        ctx.response().setStatusCode("DOWN".equals(body.getString("status")) ? 503 : 200)
                .putHeader("Content-Type", "application/json; charset=utf-8").end(body.encode());
    }

    /**
     * What /health says (docs/operations.md): DOWN (503) when this node cannot accept writes (in a cluster:
     * no majority in sight), DEGRADED when it serves but some sessions cannot be served or a journal was
     * refused, UP otherwise.
     */
    JsonObject healthReport() {
        JsonObject body = new JsonObject().put("node", nodeId).put("sessions", registry.count());
        JsonArray refused = new JsonArray();
        refusedJournals.forEach(refused::add);
        String status = refused.isEmpty() ? "UP" : "DEGRADED";
        if (registry.cluster() != null) {
            JsonObject cluster = registry.cluster().health();
            body.put("cluster", cluster);
            if (!registry.cluster().acceptsWrites()) {
                status = "DOWN";
            } else if (!cluster.getJsonArray("unavailableSessions", new JsonArray()).isEmpty()) {
                status = "DEGRADED";
            }
        }
        return body.put("status", status).put("refusedJournals", refused);
    }

    private volatile java.util.List<String> refusedJournals = java.util.List.of();

    /** The journals this node refused at start (damaged), named in /health. */
    public void refusedJournals(java.util.List<String> files) {
        this.refusedJournals = java.util.List.copyOf(files);
    }

    private void listScenarios(RoutingContext ctx) {
        JsonArray list = new JsonArray();
        for (var s : scenarios.all()) {
            JsonArray roles = new JsonArray();
            s.nations().forEach(n -> roles.add(new JsonObject().put("id", n.id()).put("name", n.name())));
            list.add(new JsonObject().put("id", s.id()).put("title", s.title()).put("summary", s.summary())
                    .put("roles", roles));
        }
        ctx.response().putHeader("Content-Type", "application/json; charset=utf-8").end(list.encode());
    }
}
