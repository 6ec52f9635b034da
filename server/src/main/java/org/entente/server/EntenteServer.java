package org.entente.server;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.UUID;
import org.entente.config.ServerConfig;
import org.entente.scenario.ScenarioCatalog;
import org.entente.session.MemoryJournal;
import org.entente.session.SessionRegistry;
import org.entente.web.WebServer;

/** The composition root of one node: Vert.x, the scenarios, the sessions and the web surface. */
public final class EntenteServer {
    private final ServerConfig config;
    private final String nodeId = UUID.randomUUID().toString();
    private Vertx vertx;
    private WebServer web;
    private SessionRegistry registry;
    private int port;

    public EntenteServer(ServerConfig config) {
        this.config = config;
    }

    public Future<EntenteServer> start() {
        ScenarioCatalog scenarios = ScenarioCatalog.bundled();
        vertx = Vertx.vertx();
        registry = new SessionRegistry(vertx, id -> new MemoryJournal(), System::currentTimeMillis);
        web = new WebServer(vertx, config, nodeId, registry, scenarios);
        return web.start().map(server -> {
            port = server.actualPort();
            return this;
        });
    }

    public Future<Void> stop() {
        return vertx == null ? Future.succeededFuture() : vertx.close();
    }

    public int port() {
        return port;
    }

    public String nodeId() {
        return nodeId;
    }

    public String publicUrl() {
        return web.publicUrl();
    }

    public SessionRegistry registry() {
        return registry;
    }

    public ServerConfig config() {
        return config;
    }
}
