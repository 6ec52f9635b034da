package org.entente.server;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.entente.cluster.ClusterConfig;
import org.entente.cluster.ClusterNode;
import org.entente.config.ServerConfig;
import org.entente.metrics.NodeMetrics;
import org.entente.journal.JournalStore;
import org.entente.scenario.ScenarioCatalog;
import org.entente.session.Session;
import org.entente.session.SessionRegistry;
import org.entente.web.WebServer;

/**
 * The composition root of one node: the data directory and the sessions recovered from it, the
 * scenarios, Vert.x and the web surface.
 */
public final class EntenteServer {
    private final ServerConfig config;
    private String nodeId = UUID.randomUUID().toString();
    private final ClusterConfig cluster;
    private ClusterNode clusterNode;
    private final LongSupplier clock = System::currentTimeMillis;
    private Vertx vertx;
    private JournalStore store;
    private WebServer web;
    private SessionRegistry registry;
    private JournalStore.Recovery recovery;
    private int port;

    public EntenteServer(ServerConfig config) {
        this(config, ClusterConfig.SINGLE_NODE);
    }

    /** A node that joins a cluster when {@code cluster.enabled()} (issue 8, docs/operations.md). */
    public EntenteServer(ServerConfig config, ClusterConfig cluster) {
        this.config = config;
        this.cluster = cluster;
    }

    public Future<EntenteServer> start() {
        ScenarioCatalog scenarios;
        try {
            scenarios = config.scenariosDir() == null ? ScenarioCatalog.bundled()
                    : ScenarioCatalog.bundled().with(config.scenariosDir());
            store = new JournalStore(config.dataDir());
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        if (cluster.enabled()) {
            recovery = store.recoverAll();
            return startClustered(scenarios);
        }
        vertx = Vertx.builder().with(NodeMetrics.vertxOptions()).build();
        vertx.exceptionHandler(FatalErrors::onUncaughtInVertx);
        registry = new SessionRegistry(vertx, store::create, clock);
        registry.limitViewChanges(config.limits().membershipChangesPerMinute());
        // Journals are read and folded on every core at once, each session hosted as soon as it is rebuilt.
        List<Future<?>> hosted = java.util.Collections.synchronizedList(new ArrayList<>());
        recovery = store.recoverEach(JournalStore.RECOVERY_THREADS,
                (id, events, journal) -> hosted.add(registry.host(Session.restore(events, journal, clock))));
        web = new WebServer(vertx, config, nodeId, registry, scenarios);
        web.refusedJournals(refusedNames());
        return Future.all(hosted).compose(v -> web.start()).map(server -> {
            port = server.actualPort();
            return this;
        });
    }

    /** Cluster mode: Vert.x clustered on Hazelcast; sessions are claimed, replicated and taken over by {@link ClusterNode}. */
    private Future<EntenteServer> startClustered(ScenarioCatalog scenarios) {
        return ClusterNode.start(cluster, store, config.dataDir(), clock).compose(node -> {
            clusterNode = node;
            vertx = node.vertx();
            vertx.exceptionHandler(FatalErrors::onUncaughtInVertx);
            nodeId = node.nodeId();
            registry = new SessionRegistry(vertx, node::newJournal, clock);
            registry.limitViewChanges(config.limits().membershipChangesPerMinute());
            web = new WebServer(vertx, config, nodeId, registry, scenarios);
            web.refusedJournals(refusedNames());
            return node.attach(registry, recovery).compose(v -> web.start()).map(server -> {
                port = server.actualPort();
                node.advertise(config.host(), port);
                return this;
            });
        });
    }

    public Future<Void> stop() {
        if (web != null) {
            web.close();
        }
        Future<Void> closed = vertx == null ? Future.succeededFuture() : vertx.close();
        return closed.onComplete(v -> {
            if (clusterNode != null) {
                clusterNode.shutdown();
            }
            if (store != null) {
                store.close();
            }
        });
    }

    private List<String> refusedNames() {
        return recovery.refused().stream().filter(r -> !r.reason().contains("holds no whole event"))
                .map(r -> r.file().getFileName() + ": " + r.reason()).toList();
    }

    /** What the start found in the data directory: sessions resumed, journals refused. */
    public JournalStore.Recovery recovery() {
        return recovery;
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

    /** This node's web surface (what it holds for clients, how many it has shed). */
    public org.entente.web.WebServer web() {
        return web;
    }

    public SessionRegistry registry() {
        return registry;
    }

    public ServerConfig config() {
        return config;
    }
}
