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
    private final NodeQueues queues;
    private HeapWatch heapWatch;
    private org.entente.bot.BotManager botManager;

    public WebServer(Vertx vertx, ServerConfig config, String nodeId, SessionRegistry registry, ScenarioCatalog scenarios) {
        this.vertx = vertx;
        this.config = config;
        this.nodeId = nodeId;
        this.registry = registry;
        this.scenarios = scenarios;
        this.origins = new OriginPolicy(config);
        this.queues = new NodeQueues(config.limits().nodeQueueBudget());
    }

    /** Bytes held now for this node's clients, and how many clients the node has dropped to protect itself. */
    public long queuedBytes() {
        return queues.held();
    }

    public long clientsShed() {
        return queues.shedCount();
    }

    /** The node is stopping: its bots leave first (while their sessions can still see them go), then the heap watch stops. */
    public void close() {
        if (botManager != null) {
            botManager.stopAll();
        }
        if (heapWatch != null) {
            heapWatch.close();
        }
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
                // No HTTP/2 over cleartext (no browser uses it): the connection then exists, and is guarded, from its
                // first byte. (With TLS the connection exists once the handshake is done, within sslHandshakeTimeout;
                // turning h2c off there stalls Vert.x 5.0.7's TLS handshake, so it is left alone.)
                .setHttp2ClearTextEnabled(config.tls() != null)
                // A client that does not answer our close within this many seconds is cut off.
                .setWebSocketClosingTimeout(3);
        if (config.tls() != null) {
            options.setSsl(true).setKeyCertOptions(new io.vertx.core.net.PemKeyCertOptions()
                    .setCertPath(config.tls().certFile().toString()).setKeyPath(config.tls().keyFile().toString()));
        }
        heapWatch = new HeapWatch(queues);
        NodeMetrics.clientQueues(queues::held, queues::shedCount, queues::tooSlowCount);
        long requestTimeout = config.limits().requestTimeoutSeconds() * 1000L;
        int hardFrameBytes = config.limits().hardFrameBytes();
        return vertx.createHttpServer(options).requestHandler(router())
                .connectionHandler(connection -> {
                    // Vert.x offers no request timeout nor UTF-8 check on server websockets: a Netty handler of our own.
                    if (connection instanceof io.vertx.core.net.impl.ConnectionBase base
                            && base.channel().pipeline().get("handler") != null) {
                        base.channel().pipeline().addBefore("handler", "entente-guard",
                                new TransportGuard(requestTimeout, hardFrameBytes));
                    }
                })
                .listen()
                .onSuccess(s -> {
                    port.set(s.actualPort());
                    botManager.follow(); // bots connect to this port: the seated bots of hosted sessions start now
                });
    }

    public String publicUrl() {
        return config.publicUrlOrDefault(port.get());
    }

    private Router router() {
        Router router = Router.router(vertx);
        router.route().handler(WebServer::securityHeaders);
        // Liveness for anyone (load balancers, container checks): it says UP and nothing else. The detailed report
        // and the metrics are the operator's (OperatorAuth): a player must not watch other nations' activity move them.
        OperatorAuth operator = new OperatorAuth(config.adminKey());
        router.get("/health").handler(ctx -> {
            if (operator.isOperator(ctx)) {
                health(ctx);
            } else {
                publicHealth(ctx);
            }
        });
        router.get("/api/v1/scenarios").handler(this::listScenarios);
        router.get("/api/v1/bot-policies").handler(ctx -> ctx.response().putHeader("Content-Type", "application/json; charset=utf-8")
                .end(new JsonArray(org.entente.bot.Policies.names()).encode()));
        // Formatted on a worker: a scrape takes ~10 ms warm and up to 300 ms cold, and on an event loop it would
        // stall every player whose socket shares that loop (it failed a whole bench step on 6 December).
        router.get("/metrics").handler(operator::require)
                .blockingHandler(io.vertx.micrometer.PrometheusScrapingHandler.create(NodeMetrics.REGISTRY), false);

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
        botManager = new org.entente.bot.BotManager(vertx, registry, nodeId,
                () -> "0.0.0.0".equals(config.host()) || "::".equals(config.host()) ? "127.0.0.1" : config.host(), port::get);
        BotApi bots = new BotApi(registry, botManager);
        router.post("/api/v1/sessions/:id/bots").handler(BodyHandler.create().setBodyLimit(MAX_BODY_BYTES)).handler(bots::create);
        router.get("/api/v1/sessions/:id/bots").handler(bots::list);
        router.delete("/api/v1/sessions/:id/bots/:role").handler(bots::remove);

        // After-action review: timeline, state at a position as a role saw it, exports (docs/replay.md).
        new ReviewApi(registry, config.dataDir()).routes(router);

        router.post("/api/v1/qr").handler(BodyHandler.create().setBodyLimit(4096)).handler(QrApi::encode);
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
                    .onSuccess(ws -> new ClientConnection(vertx, ws, registry, decoder, config.limits(), connections,
                            queues).start())
                    .onFailure(e -> { /* toWebSocket already answered the failed upgrade */ });
        });

        router.route("/webjars/*").handler(StaticHandler.create("META-INF/resources/webjars"));
        // Browsers ask for /favicon.ico whatever the page says: answer with the page's own icon.
        router.get("/favicon.ico").handler(ctx -> ctx.reroute("/favicon.svg"));
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

    /** Anyone's answer: the status and its HTTP code (503 when this node cannot accept writes), nothing more. */
    private void publicHealth(RoutingContext ctx) {
        String status = healthReport().getString("status");
        ctx.response().setStatusCode("DOWN".equals(status) ? 503 : 200)
                .putHeader("Content-Type", "application/json; charset=utf-8").end(new JsonObject().put("status", status).encode());
    }

    /** The operator's report (OperatorAuth): node, sessions, cluster. */
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
