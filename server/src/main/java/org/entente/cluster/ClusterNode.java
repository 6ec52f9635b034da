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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.entente.engine.event.Recorded;
import org.entente.journal.EventCodec;
import org.entente.journal.EventJournal;
import org.entente.journal.JournalStore;
import org.entente.session.Session;
import org.entente.session.SessionRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's part in a cluster (docs/architecture.md, "Replication and recovery"; docs/operations.md).
 *
 * <p>Every node keeps a copy of every session's log on its own disk ({@link Replication}). The owner of
 * a session acknowledges a command only once a majority of the configured members have its events
 * on their disks. When an owner is gone, a survivor that can reach a majority claims the session:
 * it asks a majority to promise a new, higher epoch (no node then accepts writes from an older
 * owner), takes the newest copy among them — highest (tag, last seq) — makes a majority hold exactly
 * that copy at the new epoch, and only then hosts the session. Hazelcast holds no log: only who owns
 * what ({@value HazelcastSetup#OWNER_MAP}, a hint guarded by a majority), token hashes and addresses.
 */
public final class ClusterNode implements SessionRegistry.Cluster {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterNode.class);
    static final String NODE_ATTRIBUTE = "entente.node";

    private final Vertx vertx;
    private final HazelcastInstance hz;
    private final LongSupplier clock;
    private final String nodeId;
    private final int majority;
    private final IMap<String, String> owners;
    private final IMap<String, String> tokens;
    private final java.util.concurrent.atomic.AtomicBoolean tokensMayBeLost = new java.util.concurrent.atomic.AtomicBoolean();
    private final IMap<String, String> nodes;
    private final Replication replication;
    private final Map<String, Long> owned = new ConcurrentHashMap<>();
    private final Map<String, ClusterJournal> journals = new ConcurrentHashMap<>();
    /** Sessions this node tried to claim and could not, with why: shown on /health. */
    private final Map<String, String> waiting = new ConcurrentHashMap<>();
    private final AtomicLong failovers = new AtomicLong();
    private final AtomicLong fencedWrites = new AtomicLong();
    private final AtomicBoolean sweeping = new AtomicBoolean();
    /** How late the periodic tick may be before this node takes it that it was frozen. */
    static final long FROZEN_MS = 3000;
    private final AtomicLong freezes = new AtomicLong();
    private volatile long lastTick = System.nanoTime();
    private final Relay relay;
    private volatile SessionRegistry registry;

    private ClusterNode(Vertx vertx, HazelcastInstance hz, String nodeId, int majority, Path dataDir, LongSupplier clock) {
        this.vertx = vertx;
        this.hz = hz;
        this.clock = clock;
        this.nodeId = nodeId;
        this.majority = majority;
        this.owners = hz.getMap(HazelcastSetup.OWNER_MAP);
        this.tokens = hz.getMap(HazelcastSetup.TOKEN_MAP);
        this.nodes = hz.getMap(HazelcastSetup.NODE_MAP);
        this.replication = new Replication(vertx, nodeId, dataDir.resolve("sessions"));
        this.relay = new Relay(vertx);
        org.entente.metrics.NodeMetrics.fencedWrites(fencedWrites::get);
    }

    /** Starts Hazelcast and a clustered Vert.x on it. */
    public static Future<ClusterNode> start(ClusterConfig config, JournalStore store, Path dataDir, LongSupplier clock) {
        String nodeId = UUID.randomUUID().toString();
        HazelcastClusterManager manager;
        try {
            manager = new HazelcastClusterManager(HazelcastSetup.config(config, nodeId));
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        int majority = Math.max(1, config.members().size()) / 2 + 1;
        io.vertx.core.VertxOptions options = org.entente.metrics.NodeMetrics.vertxOptions();
        if (config.host() != null) {
            // The event bus (replication between nodes) listens on the cluster's interface; left alone, Vert.x
            // would advertise Hazelcast's public address, port included, as a host name.
            options.getEventBusOptions().setHost(config.host()).setClusterPublicHost(config.host());
        }
        return Vertx.builder().with(options).withClusterManager(manager).buildClustered()
                .map(vertx -> new ClusterNode(vertx, manager.getHazelcastInstance(), nodeId, majority, dataDir, clock));
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
     * Joins the registry and offers this node's copies to the cluster. Nothing is hosted from the
     * disk directly: each session is claimed through a majority (see the class comment), so a node
     * back with an old copy can never override a newer one.
     */
    public Future<?> attach(SessionRegistry registry, JournalStore.Recovery recovery) {
        this.registry = registry;
        registry.cluster(this);
        for (JournalStore.Recovered r : recovery.sessions()) {
            r.journal().close();
            replication.add(Replica.open(r.sessionId(), r.journal().file()));
        }
        for (JournalStore.Refused r : recovery.refused()) {
            String id = r.file().getFileName().toString().replace(".journal", "");
            if (r.reason().contains("holds no whole event")) {
                replication.add(Replica.open(id, r.file())); // an empty copy: it promised an epoch, nothing more
            } else {
                replication.refuse(id);
                LOG.error("session {}: this node's copy was refused; it will not vote for or host this session "
                        + "until the file is repaired or removed (docs/operations.md)", id);
            }
        }
        replication.listen();
        hz.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent e) {
                sweepSoon();
            }

            @Override
            public void memberRemoved(MembershipEvent e) {
                tokensMayBeLost.set(true);
                String gone = e.getMember().getAttribute(NODE_ATTRIBUTE);
                LOG.warn("cluster member {} ({}) left", gone, e.getMember().getAddress());
                if (!quorum()) {
                    LOG.error("this node sees {} of the {} members a majority needs: it stops writing every session it hosts",
                            hz.getCluster().getMembers().size(), majority);
                    List.copyOf(owned.keySet()).forEach(s -> giveUp(s, "this node lost contact with the majority of the cluster"));
                } else if (gone != null) {
                    try {
                        nodes.removeAsync(gone);
                    } catch (RuntimeException ignored) {
                        // cleaned up by a later sweep
                    }
                }
                sweepSoon();
            }
        });
        vertx.setPeriodic(1000, id -> {
            watchForFreeze();
            sweepSoon();
        });
        sweepSoon();
        return Future.succeededFuture();
    }

    /**
     * The periodic tick fires once a second; when it comes more than {@value #FROZEN_MS} ms late, this process
     * was stopped (SIGSTOP, a suspended VM, a long GC pause) and a survivor may have taken its sessions over.
     * Hazelcast may take many seconds to notice, so each owned session is probed at once: a session whose
     * epoch no longer holds is let go and its clients are closed with 1012 (docs/operations.md).
     */
    private void watchForFreeze() {
        long now = System.nanoTime();
        long late = (now - lastTick) / 1_000_000 - 1000;
        lastTick = now;
        if (late <= FROZEN_MS) {
            return;
        }
        freezes.incrementAndGet();
        LOG.warn("this node was frozen for about {} ms: it checks at once that it still owns its {} sessions", late,
                owned.size());
        for (String sessionId : List.copyOf(owned.keySet())) {
            ClusterJournal journal = journals.get(sessionId);
            if (journal != null) {
                vertx.executeBlocking(journal::probe, false);
            }
        }
    }

    /** Tells the other nodes where this node's websockets are, for relaying. */
    public void advertise(String host, int port) {
        String shown = host == null || "0.0.0.0".equals(host) || "::".equals(host)
                ? hz.getCluster().getLocalMember().getAddress().getHost() : host;
        nodes.put(nodeId, shown + ":" + port);
    }

    /** The journal of a session created on this node: claimed at epoch 1. */
    public EventJournal newJournal(String sessionId) {
        if (!quorum()) {
            throw new IllegalStateException("this node is not in contact with a majority of the cluster; try another node");
        }
        if (owners.putIfAbsent(sessionId, nodeId + "#1") != null || replication.existing(sessionId) != null) {
            throw new IllegalStateException("session " + sessionId + " exists in the cluster already");
        }
        Replica replica = replication.replica(sessionId);
        replica.promise(1);
        owned.put(sessionId, 1L);
        return journal(sessionId, 1, replica);
    }

    private ClusterJournal journal(String sessionId, long epoch, Replica replica) {
        ClusterJournal journal = new ClusterJournal(sessionId, epoch, replica, replication, this::others, majority, id -> giveUp(id,
                "this node can no longer write the session (a newer owner, or no majority); reconnect and resume"));
        journals.put(sessionId, journal);
        return journal;
    }

    boolean quorum() {
        return hz.getLifecycleService().isRunning() && hz.getCluster().getMembers().size() >= majority;
    }

    private Set<String> liveNodes() {
        Set<String> live = new HashSet<>();
        for (Member m : hz.getCluster().getMembers()) {
            String id = m.getAttribute(NODE_ATTRIBUTE);
            if (id != null) {
                live.add(id);
            }
        }
        return live;
    }

    private List<String> others() {
        List<String> out = new ArrayList<>(liveNodes());
        out.remove(nodeId);
        return out;
    }

    private void sweepSoon() {
        if (registry == null || !sweeping.compareAndSet(false, true)) {
            return;
        }
        vertx.executeBlocking(() -> {
            sweep();
            return null;
        }, false).onComplete(v -> sweeping.set(false)).onFailure(e -> LOG.debug("sweep: {}", e.toString()));
    }

    /**
     * The token index lives in Hazelcast's memory only: when members die before their partitions' backups were
     * made again (two deaths close together), entries are lost while the owner goes on serving — and a player
     * joining through another node would be told UNKNOWN_TOKEN. After any member leaves, each owner publishes
     * the tokens of the sessions it serves once more (idempotent).
     */
    private void republishTokens() {
        for (String s : owned.keySet()) {
            registry.session(s).ifPresent(v -> v.call(sess -> Set.copyOf(sess.state().tokenHashes().keySet()))
                    .compose(hashes -> hosted(s, hashes))
                    .onFailure(e -> tokensMayBeLost.set(true))); // try again at the next sweep
        }
    }

    /** Claims every session without a live owner; releases claims of this node that it does not serve. */
    void sweep() {
        if (!quorum()) {
            return;
        }
        Set<String> live = liveNodes();
        if (tokensMayBeLost.getAndSet(false)) {
            republishTokens();
        }
        journals.keySet().retainAll(owned.keySet());
        journals.values().forEach(ClusterJournal::catchUp);
        Set<String> sessions = new HashSet<>(replication.sessions());
        sessions.addAll(owners.keySet());
        for (String s : sessions) {
            String owner = owners.get(s);
            boolean hosting = owned.containsKey(s) && registry.session(s).isPresent();
            if (hosting) {
                String mine = nodeId + "#" + owned.get(s);
                if (owner == null) {
                    owners.putIfAbsent(s, mine); // the cluster forgot (every copy of the entry was lost): say it again
                } else if (!owner.equals(mine)) {
                    giveUp(s, "another node claimed this session");
                }
                continue;
            }
            if (owner != null && live.contains(nodeOf(owner))) {
                if (nodeOf(owner).equals(nodeId) && !owned.containsKey(s)) {
                    owners.remove(s, owner); // a claim of ours that we do not serve (we gave the session up)
                }
                continue;
            }
            if (replication.refused(s)) {
                waiting.put(s, "this node's copy is damaged; another node must serve it");
                continue;
            }
            claim(s, owner);
        }
        waiting.keySet().removeIf(s -> {
            String o = owners.get(s);
            return o != null && live.contains(nodeOf(o)) && !o.endsWith("#0");
        });
    }

    /** Claims one session whose owner is gone (or unknown) by compare-and-set, recovers it through a majority and hosts it. */
    boolean claim(String sessionId, String previous) {
        String mark = nodeId + "#0";
        boolean won = previous == null ? owners.putIfAbsent(sessionId, mark) == null : owners.replace(sessionId, previous, mark);
        if (!won) {
            return false;
        }
        try {
            long hint = previous == null ? 0 : epochOf(previous);
            Replica replica = replication.replica(sessionId);
            long epoch = recover(sessionId, replica, Math.max(hint, replica.promised()) + 1);
            List<Recorded> events = parse(replica.read(1, replica.last()));
            if (events.isEmpty()) {
                throw new IllegalStateException("no member holds any event of it");
            }
            owned.put(sessionId, epoch);
            Session session = Session.restore(events, journal(sessionId, epoch, replica), clock);
            registry.host(session).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            if (!owners.replace(sessionId, mark, nodeId + "#" + epoch)) {
                giveUp(sessionId, "another node claimed this session");
                return false;
            }
            waiting.remove(sessionId);
            failovers.incrementAndGet();
            org.entente.metrics.NodeMetrics.failover();
            LOG.warn("session {}: recovered from a majority and hosted here at epoch {} with {} events", sessionId, epoch,
                    events.size());
            return true;
        } catch (Exception e) {
            owned.remove(sessionId);
            waiting.put(sessionId, e.getMessage() == null ? e.toString() : e.getMessage());
            LOG.warn("session {}: not available yet: {}", sessionId, e.getMessage());
            try {
                owners.remove(sessionId, mark);
            } catch (RuntimeException ignored) {
                // the claim lapses with this node's membership
            }
            return false;
        }
    }

    /**
     * The recovery of a session at a new epoch: a majority promises it, the newest of their copies
     * becomes this node's, and a majority then holds exactly that copy at the new epoch.
     */
    private long recover(String sessionId, Replica mine, long epoch) {
        for (int attempt = 0; attempt < 3; attempt++) {
            List<JsonObject> promises = new ArrayList<>();
            long highest = epoch;
            JsonObject own = replication.onPrepare(sessionId, epoch);
            List<CompletableFuture<JsonObject>> asked = new ArrayList<>();
            for (String node : others()) {
                JsonObject prepare = new JsonObject().put("op", "prepare").put("s", sessionId).put("epoch", epoch);
                asked.add(CompletableFuture.supplyAsync(() -> replication.ask(node, prepare)));
            }
            List<JsonObject> answers = new ArrayList<>();
            answers.add(own);
            asked.forEach(f -> answers.add(f.join()));
            for (JsonObject a : answers) {
                if (a == null) {
                    continue;
                }
                if (a.getBoolean("ok", false)) {
                    promises.add(a);
                } else {
                    highest = Math.max(highest, a.getLong("promised", 0L));
                }
            }
            if (promises.size() < majority) {
                if (highest > epoch) {
                    epoch = highest + 1;
                    continue;
                }
                throw new IllegalStateException("only " + promises.size() + " of the " + majority
                        + " members needed could answer for its log; it waits for a majority with their copies");
            }
            JsonObject newest = promises.stream().max(Comparator.<JsonObject>comparingLong(a -> a.getLong("tag"))
                    .thenComparingLong(a -> a.getLong("last"))).orElseThrow();
            String holder = newest.getString("node");
            long last = newest.getLong("last");
            if (!holder.equals(nodeId)) {
                replication.fetchInto(holder, sessionId, epoch, last);
            }
            if (mine.append(epoch, last + 1, mine.chainAt(last), List.of(), true, true) != Replica.Outcome.OK) {
                throw new IllegalStateException("a newer owner was promised meanwhile");
            }
            int holding = 1;
            for (String node : others()) {
                String outcome = replication.deliver(node, sessionId, epoch, last + 1, last, last);
                if ("OK".equals(outcome)) {
                    holding++;
                } else if ("FENCED".equals(outcome)) {
                    throw new IllegalStateException("a newer owner was promised meanwhile");
                }
            }
            if (holding < majority) {
                throw new IllegalStateException("only " + holding + " of the " + majority + " members needed took the recovered log");
            }
            LOG.info("session {}: epoch {}: newest copy (tag {}, {} events) was on {}; {} members hold it now", sessionId,
                    epoch, newest.getLong("tag"), last, holder.equals(nodeId) ? "this node" : holder, holding);
            return epoch;
        }
        throw new IllegalStateException("other nodes kept claiming it with newer epochs");
    }

    /** This node stops serving a session it can no longer write: its clients are told to reconnect elsewhere. */
    private void giveUp(String sessionId, String why) {
        Long epoch = owned.remove(sessionId);
        if (epoch == null) {
            return;
        }
        fencedWrites.incrementAndGet();
        LOG.error("session {}: this node stops hosting it at epoch {}: {}", sessionId, epoch, why);
        registry.forget(sessionId).ifPresent(v -> v.call(s -> {
            s.release(why);
            return null;
        }).onComplete(x -> vertx.undeploy(v.deploymentID())));
        // Only our own claim: when another node has claimed the session meanwhile (that is often why we give it
        // up), its entry must stay, or the session would look ownerless and be claimed and moved once more.
        String mine = nodeId + "#" + epoch;
        vertx.executeBlocking(() -> owners.remove(sessionId, mine), false)
                .onFailure(e -> LOG.debug("session {}: claim not removed ({}); a later sweep does", sessionId, e.toString()));
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
    public Future<SessionRegistry.RelayOutcome> relay(ServerWebSocket socket, String joinFrame, String tokenHash) {
        return vertx.executeBlocking(() -> {
            if (!quorum()) {
                return "";
            }
            String sessionId = tokens.get(tokenHash);
            if (sessionId == null) {
                // The token index is rebuilt as sessions are hosted again: while any session lacks a serving
                // owner, an unknown token may be one of its tokens, so the answer is "retry", not "unknown".
                return waiting.isEmpty() && everySessionServed() ? null : "";
            }
            String owner = owners.get(sessionId);
            if (owner == null || owner.endsWith("#0") || nodeOf(owner).equals(nodeId) || !liveNodes().contains(nodeOf(owner))) {
                return "";
            }
            String address = nodes.get(nodeOf(owner));
            return address == null ? "" : address;
        }, false).recover(e -> Future.succeededFuture("")).compose(address -> {
            if (address == null) {
                return Future.succeededFuture(SessionRegistry.RelayOutcome.UNKNOWN);
            }
            if (address.isEmpty()) {
                return Future.succeededFuture(SessionRegistry.RelayOutcome.UNAVAILABLE);
            }
            return relay.pipe(socket, address, joinFrame).map(SessionRegistry.RelayOutcome.PIPED)
                    .recover(e -> Future.succeededFuture(SessionRegistry.RelayOutcome.UNAVAILABLE));
        });
    }

    /** Whether every session this node knows of has a live owner that serves it. */
    private boolean everySessionServed() {
        Set<String> live = liveNodes();
        Map<String, String> current = new HashMap<>(owners);
        for (String s : replication.sessions()) {
            current.putIfAbsent(s, null);
        }
        for (Map.Entry<String, String> e : current.entrySet()) {
            String owner = e.getValue();
            if (owner == null || owner.endsWith("#0") || !live.contains(nodeOf(owner))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Future<String> ownerAddress(String sessionId) {
        return vertx.executeBlocking(() -> {
            String owner = owners.get(sessionId);
            return owner == null || nodeOf(owner).equals(nodeId) ? null : nodes.get(nodeOf(owner));
        }, false);
    }

    @Override
    public boolean acceptsWrites() {
        return quorum();
    }

    @Override
    public JsonObject health() {
        JsonArray members = new JsonArray();
        for (Member m : hz.getCluster().getMembers()) {
            members.add(new JsonObject().put("id", String.valueOf((Object) m.getAttribute(NODE_ATTRIBUTE)))
                    .put("address", m.getAddress().toString()).put("self", m.localMember()));
        }
        JsonArray sessions = new JsonArray();
        new TreeMap<>(owned).forEach((id, epoch) -> sessions.add(new JsonObject().put("id", id).put("epoch", epoch)));
        JsonArray unavailable = new JsonArray();
        new TreeMap<>(waiting).forEach((id, why) -> unavailable.add(new JsonObject().put("id", id).put("reason", why)));
        return new JsonObject().put("name", hz.getConfig().getClusterName()).put("node", nodeId)
                .put("members", members).put("memberCount", members.size()).put("majority", majority)
                .put("quorum", quorum()).put("ownedSessions", sessions).put("unavailableSessions", unavailable)
                .put("refusedJournals", new JsonArray(new ArrayList<Object>(new java.util.TreeSet<>(replication.refusedSessions()))))
                .put("failovers", failovers.get()).put("fencedWrites", fencedWrites.get()).put("freezes", freezes.get())
                .put("relayedConnections", relay.open()).put("replicatedBytes", replication.bytesSent.get());
    }

    /** Replication bytes sent so far (for the cost test and the benchmark). */
    public long replicatedBytes() {
        return replication.bytesSent.get();
    }

    /** Vert.x closing leaves the cluster and stops Hazelcast; the copies are closed after. */
    public void shutdown() {
        replication.close();
    }

    static String nodeOf(String owner) {
        return owner.substring(0, owner.lastIndexOf('#'));
    }

    static long epochOf(String owner) {
        return Long.parseLong(owner.substring(owner.lastIndexOf('#') + 1));
    }

    private static List<Recorded> parse(List<String> events) {
        List<Recorded> out = new ArrayList<>(events.size());
        for (String e : events) {
            try {
                out.add(EventCodec.parseRecorded(e));
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException("a copy of the log holds an unreadable event: " + ex.getMessage(), ex);
            }
        }
        return out;
    }

    static boolean exists(Path file) {
        return Files.exists(file);
    }
}
