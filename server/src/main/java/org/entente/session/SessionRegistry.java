package org.entente.session;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.entente.engine.Role;
import org.entente.engine.SessionOpening;
import org.entente.engine.event.SessionCreated.NationSeat;
import org.entente.journal.EventJournal;
import org.entente.scenario.Scenario;

/**
 * The sessions this node runs, and the index from token hashes to the role each grants. Thread-safe;
 * each session's own work happens on its verticle's thread.
 */
public final class SessionRegistry {
    /**
     * Threads that run sessions (each session on one at a time, in order); {@code -Dentente.sessionThreads=N}
     * overrides it for measurement.
     */
    static final int SESSION_THREADS = Integer.getInteger("entente.sessionThreads", 64);

    private final Vertx vertx;
    private final Function<String, EventJournal> journals;
    private final LongSupplier clock;
    private final BulkLane bulk = BulkLane.forThisMachine();
    private final ConcurrentMap<String, SessionVerticle> sessions = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Grant> grants = new ConcurrentHashMap<>();

    /** What a token grants: one role in one session. */
    public record Grant(String sessionId, Role role) {
    }

    /**
     * Cluster mode (issue 8; {@code org.entente.cluster.ClusterNode}): what the registry tells the
     * cluster, and who relays clients of sessions hosted on other nodes. Null on a single node.
     */
    public interface Cluster {
        /** A session is now hosted here: these token hashes open it (published for the other nodes). */
        Future<Void> hosted(String sessionId, java.util.Set<String> tokenHashes);

        /** A token now opens a session hosted here. */
        void granted(String sessionId, String tokenHash);

        /**
         * Pipes a client whose token opens a session hosted elsewhere: PIPED; UNKNOWN if the token opens
         * nothing the cluster knows; UNAVAILABLE while the session moves or waits for a majority (retry).
         */
        Future<RelayOutcome> relay(io.vertx.core.http.ServerWebSocket socket, String joinFrame, String tokenHash);

        /** Whether this node can write sessions now (it is in contact with a majority of the cluster). */
        boolean acceptsWrites();

        /** The HTTP address (host:port) of the node that hosts a session, or null if it is here or nowhere. */
        Future<String> ownerAddress(String sessionId);

        /** The node, its cluster's members and the sessions it owns, for /health. */
        io.vertx.core.json.JsonObject health();
    }

    /** What became of a join for a session not hosted here. */
    public enum RelayOutcome { PIPED, UNKNOWN, UNAVAILABLE }

    private volatile Cluster cluster;

    /** Told when this node starts and stops hosting a session (the bots of a session run where it is hosted). */
    public interface Hosting {
        /** The session is hosted here now: created, recovered after a restart, or taken over from another node. */
        void hosted(SessionVerticle session);

        /** This node no longer hosts the session (another node took it over, or this one lost its majority). */
        void released(String sessionId);
    }

    private final List<Hosting> hostings = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Follows which sessions this node hosts from now on. */
    public void onHosting(Hosting h) {
        hostings.add(h);
    }

    /** What the creator of a session receives, once: its secrets are not kept anywhere. */
    public record CreatedSession(String id, String facilitatorToken, Map<String, String> inviteTokens) {
    }

    private volatile double viewChangesPerMinute = Double.POSITIVE_INFINITY;

    public SessionRegistry(Vertx vertx, Function<String, EventJournal> journals, LongSupplier clock) {
        this.vertx = vertx;
        this.journals = journals;
        this.clock = clock;
        org.entente.metrics.NodeMetrics.bulkWaiting(bulk::waiting);
    }

    /**
     * Creates a session of a scenario; {@code scenarioYaml} is the text it was read from, kept in the
     * log. {@code seed} fixes the session's random source (rehearsals, tests); null draws a secret one.
     */
    public Future<CreatedSession> create(Scenario scenario, String scenarioYaml, Long seed) {
        String id = Tokens.newSessionId();
        String facilitatorToken = Tokens.newToken();
        Map<Role, String> hashes = new LinkedHashMap<>();
        hashes.put(Role.whiteCell(), Tokens.hash(facilitatorToken));
        Map<String, String> invites = new LinkedHashMap<>();
        for (var nation : scenario.nations()) {
            String token = Tokens.newToken();
            invites.put(nation.id(), token);
            hashes.put(Role.nation(nation.id()), Tokens.hash(token));
        }
        List<NationSeat> seats = scenario.nations().stream().map(n -> new NationSeat(n.id(), n.name())).toList();
        long drawn = seed == null ? Tokens.newSeed() : seed;
        // Opening a journal and fsyncing the first events (and, in a cluster, claiming the session) block:
        // not on the event loop that received the request.
        return vertx.<Session>executeBlocking(() -> Session.create(
                        SessionOpening.events(id, scenario.id(), scenario.title(), seats, scenarioYaml, drawn, hashes),
                        journals.apply(id), clock), false)
                .compose(this::host)
                .map(v -> new CreatedSession(id, facilitatorToken, invites));
    }

    /** How many changes that refresh every view a nation may make per minute, in every session hosted from now on. */
    public void limitViewChanges(double perMinute) {
        this.viewChangesPerMinute = perMinute;
    }

    /** Runs a session rebuilt from its journal on this node. */
    public Future<SessionVerticle> host(Session session) {
        session.limitViewChanges(viewChangesPerMinute);
        SessionVerticle verticle = new SessionVerticle(session, clock, bulk);
        // Sessions share a pool of their own, sized for threads that mostly wait on fsync: the disk,
        // not the CPU, bounds how many commands are made durable at once.
        DeploymentOptions options = new DeploymentOptions().setThreadingModel(ThreadingModel.WORKER)
                .setWorkerPoolName("entente-sessions").setWorkerPoolSize(SESSION_THREADS);
        Future<SessionVerticle> hosted = vertx.deployVerticle(verticle, options).map(deploymentId -> {
            sessions.put(verticle.id(), verticle);
            session.state().tokenHashes().forEach((hash, role) -> grants.put(hash, new Grant(verticle.id(), role)));
            return verticle;
        });
        Cluster c = cluster;
        Future<SessionVerticle> published = c == null ? hosted
                : hosted.compose(v -> c.hosted(v.id(), Set.copyOf(session.state().tokenHashes().keySet())).map(v));
        return published.onSuccess(v -> hostings.forEach(h -> h.hosted(v)));
    }

    // --- cluster mode (issue 8) ------------------------------------------------------------------------

    /** Joins this registry to a cluster (before any session is hosted). */
    public void cluster(Cluster c) {
        this.cluster = c;
    }

    /** The cluster this node belongs to, or null on a single node. */
    public Cluster cluster() {
        return cluster;
    }

    /** Stops routing to a session hosted here (another node has taken it over); returns its verticle to undeploy. */
    public Optional<SessionVerticle> forget(String id) {
        grants.values().removeIf(g -> g.sessionId().equals(id));
        Optional<SessionVerticle> forgotten = Optional.ofNullable(sessions.remove(id));
        forgotten.ifPresent(v -> hostings.forEach(h -> h.released(id)));
        return forgotten;
    }

    /** Records that a token now grants a role (after the session accepted it). */
    public void grant(String sessionId, Role role, String tokenHash) {
        grants.put(tokenHash, new Grant(sessionId, role));
        Cluster c = cluster;
        if (c != null) {
            c.granted(sessionId, tokenHash);
        }
    }

    /** Forgets every token of a role in a session (after the session revoked them). */
    public void revoke(String sessionId, Role role) {
        grants.values().removeIf(g -> g.sessionId().equals(sessionId) && g.role().equals(role));
    }

    public Optional<Grant> grantFor(String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(grants.get(Tokens.hash(token)));
    }

    public Optional<SessionVerticle> session(String id) {
        return Optional.ofNullable(sessions.get(id));
    }

    public Collection<SessionVerticle> sessions() {
        return sessions.values();
    }

    /** The node's lane for adjudications and view refreshes. */
    public BulkLane bulkLane() {
        return bulk;
    }

    public int count() {
        return sessions.size();
    }
}
