package org.entente.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.entente.engine.event.Recorded;
import org.entente.journal.EventCodec;
import org.entente.journal.EventJournal;
import org.entente.journal.FileJournal;
import org.entente.journal.JournalStore;
import org.entente.session.Session;
import org.entente.session.SessionRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's part in a cluster (issue 8, docs/operations.md): it claims the sessions it creates,
 * writes their events to the replicated log before they are acknowledged, takes over the sessions
 * of members that have left, and relays the clients of sessions hosted elsewhere.
 *
 * <p>Ownership: {@value HazelcastSetup#OWNER_MAP} maps a session to {@code nodeId#epoch}, changed only
 * by compare-and-set; the new owner then raises the fence on the session's log to its epoch
 * ({@link SessionLog.Fence}), and every append carries the writer's epoch ({@link SessionLog.Append}):
 * a writer that has been taken over is refused and stops.
 */
public final class ClusterNode implements SessionRegistry.Cluster {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterNode.class);

    private final Vertx vertx;
    private final HazelcastInstance hz;
    private final JournalStore store;
    private final Path sessionsDir;
    private final LongSupplier clock;
    private final String nodeId;
    private final IMap<String, SessionLog> logs;
    private final IMap<String, String> owners;
    private final IMap<String, String> tokens;
    private final IMap<String, String> nodes;
    private final Map<String, Long> owned = new ConcurrentHashMap<>();
    private final AtomicLong failovers = new AtomicLong();
    private final AtomicLong fencedWrites = new AtomicLong();
    private final AtomicBoolean sweeping = new AtomicBoolean();
    private final Relay relay;
    private volatile SessionRegistry registry;

    private ClusterNode(Vertx vertx, HazelcastInstance hz, JournalStore store, Path dataDir, LongSupplier clock) {
        this.vertx = vertx;
        this.hz = hz;
        this.store = store;
        this.sessionsDir = dataDir.resolve("sessions");
        this.clock = clock;
        this.nodeId = hz.getCluster().getLocalMember().getUuid().toString();
        this.logs = hz.getMap(HazelcastSetup.LOG_MAP);
        this.owners = hz.getMap(HazelcastSetup.OWNER_MAP);
        this.tokens = hz.getMap(HazelcastSetup.TOKEN_MAP);
        this.nodes = hz.getMap(HazelcastSetup.NODE_MAP);
        this.relay = new Relay(vertx);
    }

    /** Starts Hazelcast and a clustered Vert.x on it. */
    public static Future<ClusterNode> start(ClusterConfig config, JournalStore store, Path dataDir, LongSupplier clock) {
        HazelcastClusterManager manager;
        try {
            manager = new HazelcastClusterManager(HazelcastSetup.config(config));
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        return Vertx.builder().with(org.entente.metrics.NodeMetrics.vertxOptions()).withClusterManager(manager).buildClustered()
                .map(vertx -> new ClusterNode(vertx, manager.getHazelcastInstance(), store, dataDir, clock));
    }

    public Vertx vertx() {
        return vertx;
    }

    public String nodeId() {
        return nodeId;
    }

    public HazelcastInstance hazelcast() {
        return hz;
    }

    /**
     * Joins the registry, takes back (or seeds the cluster with) the sessions in this node's data
     * directory, and starts watching for members that leave.
     */
    public Future<?> attach(SessionRegistry registry, List<JournalStore.Recovered> recovered) {
        this.registry = registry;
        registry.cluster(this);
        List<Future<?>> hosted = new ArrayList<>();
        for (JournalStore.Recovered r : recovered) {
            SessionLog seed = new SessionLog(1, json(r.events()));
            if (logs.putIfAbsent(r.sessionId(), seed) == null) {
                owners.put(r.sessionId(), nodeId + "#1");
                owned.put(r.sessionId(), 1L);
                ClusterJournal journal = new ClusterJournal(r.sessionId(), 1, logs, r.journal(), this::fenced);
                hosted.add(registry.host(Session.restore(r.events(), journal, clock)));
            } else {
                // The cluster kept this session while we were away: its log there is the truth.
                LOG.info("session {}: held by the cluster already; this node's copy is not used", r.sessionId());
                r.journal().close();
            }
        }
        hz.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent e) {
            }

            @Override
            public void memberRemoved(MembershipEvent e) {
                LOG.warn("cluster member {} left; taking over its sessions", e.getMember());
                nodes.removeAsync(e.getMember().getUuid().toString());
                sweepSoon();
            }
        });
        vertx.setPeriodic(1000, id -> sweepSoon());
        return Future.all(hosted).onComplete(v -> sweepSoon());
    }

    /** Tells the other nodes where this node's websockets are, for relaying. */
    public void advertise(String host, int port) {
        String shown = host == null || "0.0.0.0".equals(host) || "::".equals(host)
                ? hz.getCluster().getLocalMember().getAddress().getHost() : host;
        nodes.put(nodeId, shown + ":" + port);
    }

    /** The journal of a session created on this node: claimed at epoch 1. */
    public EventJournal newJournal(String sessionId) {
        if (owners.putIfAbsent(sessionId, nodeId + "#1") != null || logs.putIfAbsent(sessionId, new SessionLog(1, List.of())) != null) {
            throw new IllegalStateException("session " + sessionId + " exists in the cluster already");
        }
        owned.put(sessionId, 1L);
        return new ClusterJournal(sessionId, 1, logs, store.create(sessionId), this::fenced);
    }

    private void sweepSoon() {
        if (registry == null || !sweeping.compareAndSet(false, true)) {
            return;
        }
        vertx.executeBlocking(() -> {
            sweep();
            return null;
        }, false).onComplete(v -> sweeping.set(false)).onFailure(e -> LOG.warn("takeover sweep failed: {}", e.toString()));
    }

    /** Takes over every session whose owner is no longer a member. */
    void sweep() {
        Set<String> live = hz.getCluster().getMembers().stream().map(m -> m.getUuid().toString()).collect(Collectors.toSet());
        for (Map.Entry<String, String> e : owners.entrySet()) {
            String owner = e.getValue();
            if (!live.contains(nodeOf(owner))) {
                takeOver(e.getKey(), owner);
            }
        }
    }

    /** Claims one orphaned session by compare-and-set, fences its log, rebuilds it and hosts it here. */
    boolean takeOver(String sessionId, String expectedOwner) {
        long epoch = epochOf(expectedOwner) + 1;
        if (!owners.replace(sessionId, expectedOwner, nodeId + "#" + epoch)) {
            return false; // another survivor was faster
        }
        List<String> events = logs.executeOnKey(sessionId, new SessionLog.Fence(epoch));
        if (events == null) {
            LOG.error("session {}: the log is fenced at or above epoch {} already; not taken over", sessionId, epoch);
            return false;
        }
        List<Recorded> recorded = parse(events);
        FileJournal local = freshLocalCopy(sessionId, recorded);
        owned.put(sessionId, epoch);
        ClusterJournal journal = new ClusterJournal(sessionId, epoch, logs, local, this::fenced);
        Session session = Session.restore(recorded, journal, clock);
        registry.host(session).toCompletionStage().toCompletableFuture().join();
        failovers.incrementAndGet();
        org.entente.metrics.NodeMetrics.failover();
        LOG.warn("session {}: taken over from {} at epoch {} with {} events", sessionId, nodeOf(expectedOwner), epoch, recorded.size());
        return true;
    }

    /** This node's file copy of a session taken over: the whole replicated log, written and fsynced once. */
    private FileJournal freshLocalCopy(String sessionId, List<Recorded> events) {
        Path file = sessionsDir.resolve(sessionId + ".journal");
        try {
            if (Files.exists(file)) {
                // An older copy from when this node last owned it: kept aside, not replayed.
                Files.move(file, file.resolveSibling(sessionId + ".journal.superseded-" + clock.getAsLong()),
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FileJournal journal = store.create(sessionId);
        if (!events.isEmpty()) {
            journal.append(events);
        }
        return journal;
    }

    /** A write of ours was refused: another node owns the session now. Stop hosting it here. */
    private void fenced(String sessionId) {
        fencedWrites.incrementAndGet();
        owned.remove(sessionId);
        LOG.error("session {}: this node's write was refused (fenced by a newer owner); it stops hosting the session", sessionId);
        registry.forget(sessionId).ifPresent(v -> vertx.undeploy(v.deploymentID()));
    }

    // --- SessionRegistry.Cluster -----------------------------------------------------------------------

    @Override
    public Future<Void> hosted(String sessionId, Set<String> tokenHashes) {
        Map<String, String> entries = new HashMap<>();
        tokenHashes.forEach(h -> entries.put(h, sessionId));
        return Future.fromCompletionStage(tokens.putAllAsync(entries), vertx.getOrCreateContext());
    }

    @Override
    public void granted(String sessionId, String tokenHash) {
        tokens.setAsync(tokenHash, sessionId);
    }

    @Override
    public Future<Boolean> relay(ServerWebSocket socket, String joinFrame, String tokenHash) {
        return vertx.executeBlocking(() -> {
            String sessionId = tokens.get(tokenHash);
            String owner = sessionId == null ? null : owners.get(sessionId);
            if (owner == null || nodeOf(owner).equals(nodeId)) {
                return null;
            }
            return nodes.get(nodeOf(owner));
        }, false).compose(address -> address == null ? Future.succeededFuture(false)
                : relay.pipe(socket, address, joinFrame).map(true));
    }

    @Override
    public Future<String> ownerAddress(String sessionId) {
        return vertx.executeBlocking(() -> {
            String owner = owners.get(sessionId);
            return owner == null || nodeOf(owner).equals(nodeId) ? null : nodes.get(nodeOf(owner));
        }, false);
    }

    @Override
    public JsonObject health() {
        JsonArray members = new JsonArray();
        for (Member m : hz.getCluster().getMembers()) {
            members.add(new JsonObject().put("id", m.getUuid().toString()).put("address", m.getAddress().toString())
                    .put("self", m.localMember()));
        }
        JsonArray sessions = new JsonArray();
        new TreeMap<>(owned).forEach((id, epoch) -> sessions.add(new JsonObject().put("id", id).put("epoch", epoch)));
        return new JsonObject().put("name", hz.getConfig().getClusterName()).put("members", members)
                .put("ownedSessions", sessions).put("failovers", failovers.get()).put("fencedWrites", fencedWrites.get())
                .put("relayedConnections", relay.open());
    }

    /** Vert.x closing leaves the cluster and stops Hazelcast; nothing else to do. */
    public void shutdown() {
    }

    static String nodeOf(String owner) {
        return owner.substring(0, owner.lastIndexOf('#'));
    }

    static long epochOf(String owner) {
        return Long.parseLong(owner.substring(owner.lastIndexOf('#') + 1));
    }

    private static List<String> json(List<Recorded> events) {
        return events.stream().map(EventCodec::recordedJson).toList();
    }

    private static List<Recorded> parse(List<String> events) {
        List<Recorded> out = new ArrayList<>(events.size());
        for (String e : events) {
            try {
                out.add(EventCodec.parseRecorded(e));
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException("the replicated log holds an unreadable event: " + ex.getMessage(), ex);
            }
        }
        return out;
    }

}
