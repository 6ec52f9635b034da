package org.entente.cluster;

import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The copies of every session's log on this node, and the messages between nodes that keep them
 * (docs/architecture.md, "Replication and recovery"), over the clustered event bus at
 * {@code entente.replica.<nodeId>}:
 * <ul>
 *   <li>{@code append}: an owner's batch (or part of a catch-up) for this node's copy; answered once on the disk;</li>
 *   <li>{@code prepare}: a would-be owner asks this node to promise an epoch and to say what its copy holds;</li>
 *   <li>{@code fetch}: a new owner reads the newest copy from the node that holds it.</li>
 * </ul>
 * Work on one session's copy runs in order on a lane of its own; lanes share a pool.
 */
final class Replication {
    private static final Logger LOG = LoggerFactory.getLogger(Replication.class);
    static final int CHUNK = 1000;
    static final long TIMEOUT_MS = Long.getLong("entente.replication.timeout.ms", 4000);

    private final Vertx vertx;
    private final String nodeId;
    private final Path sessionsDir;
    private final Map<String, Replica> replicas = new ConcurrentHashMap<>();
    /** Sessions whose journal this node refused at start (damaged): it neither votes for them nor serves them. */
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final Map<String, CompletableFuture<?>> lanes = new ConcurrentHashMap<>();
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "entente-replication");
        t.setDaemon(true);
        return t;
    });
    /** Bytes of event JSON this node has sent to other nodes' copies: what an append costs the cluster. */
    final AtomicLong bytesSent = new AtomicLong();
    /** When a node last failed to answer, so that later sends to it fail fast until it is caught up again. */
    private final Map<String, Long> unreachableSince = new ConcurrentHashMap<>();

    Replication(Vertx vertx, String nodeId, Path sessionsDir) {
        this.vertx = vertx;
        this.nodeId = nodeId;
        this.sessionsDir = sessionsDir;
    }

    static String address(String node) {
        return "entente.replica." + node;
    }

    void listen() {
        vertx.eventBus().<JsonObject>consumer(address(nodeId), this::onMessage);
    }

    void add(Replica replica) {
        replicas.put(replica.sessionId(), replica);
    }

    void refuse(String sessionId) {
        refused.add(sessionId);
    }

    boolean refused(String sessionId) {
        return refused.contains(sessionId);
    }

    Set<String> refusedSessions() {
        return Set.copyOf(refused);
    }

    Set<String> sessions() {
        return Set.copyOf(replicas.keySet());
    }

    /** This node's copy of a session, created empty if it has none yet. */
    Replica replica(String sessionId) {
        return replicas.computeIfAbsent(sessionId,
                id -> Replica.open(id, sessionsDir.resolve(id + ".journal")));
    }

    Replica existing(String sessionId) {
        return replicas.get(sessionId);
    }

    /** Runs work on one key's lane: in submission order, one at a time. */
    <T> CompletableFuture<T> onLane(String key, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        lanes.compute(key, (k, tail) -> {
            CompletableFuture<?> before = tail == null ? CompletableFuture.completedFuture(null) : tail;
            return before.handleAsync((v, e) -> {
                try {
                    result.complete(work.get());
                } catch (RuntimeException ex) {
                    result.completeExceptionally(ex);
                }
                return null;
            }, pool);
        });
        return result;
    }

    // --- this node as a holder of copies --------------------------------------------------------------

    private void onMessage(Message<JsonObject> m) {
        JsonObject body = m.body();
        String session = body.getString("s");
        onLane("in:" + session, () -> {
            try {
                return switch (body.getString("op")) {
                    case "append" -> onAppend(session, body);
                    case "prepare" -> onPrepare(session, body.getLong("epoch"));
                    case "fetch" -> onFetch(session, body);
                    default -> new JsonObject().put("error", "unknown op");
                };
            } catch (RuntimeException e) {
                LOG.error("session {}: {} from another node failed: {}", session, body.getString("op"), e.toString());
                return new JsonObject().put("error", e.toString());
            }
        }).thenAccept(m::reply);
    }

    private JsonObject onAppend(String session, JsonObject body) {
        if (refused.contains(session)) {
            return new JsonObject().put("outcome", "REFUSED");
        }
        Replica r = replica(session);
        List<String> lines = strings(body.getJsonArray("lines"));
        Replica.Outcome o = r.append(body.getLong("epoch"), body.getLong("first"), body.getLong("prev"), lines,
                body.getBoolean("adopt", true), true);
        return new JsonObject().put("outcome", o.name()).put("last", r.last()).put("promised", r.promised());
    }

    JsonObject onPrepare(String session, long epoch) {
        if (refused.contains(session)) {
            return new JsonObject().put("ok", false).put("refused", true);
        }
        Replica r = replica(session);
        boolean ok = r.promise(epoch);
        return new JsonObject().put("ok", ok).put("node", nodeId).put("promised", r.promised()).put("tag", r.tag())
                .put("last", r.last());
    }

    private JsonObject onFetch(String session, JsonObject body) {
        Replica r = replicas.get(session);
        long from = body.getLong("from");
        if (r == null || r.chainAt(from - 1) != body.getLong("prev")) {
            return new JsonObject().put("mismatch", true);
        }
        return new JsonObject().put("lines", new JsonArray(new ArrayList<Object>(r.read(from, from + CHUNK - 1))))
                .put("last", r.last());
    }

    // --- this node as an owner or a would-be owner --------------------------------------------------------

    /** Sends a request to another node and waits for its answer; null if it did not answer in time. */
    JsonObject ask(String node, JsonObject request) {
        Long since = unreachableSince.get(node);
        if (since != null && System.nanoTime() - since < TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MS)
                && "append".equals(request.getString("op"))) {
            return null; // it did not answer a moment ago: do not queue behind a dead or frozen node
        }
        try {
            JsonObject answer = vertx.eventBus().<JsonObject>request(address(node), request,
                            new DeliveryOptions().setSendTimeout(TIMEOUT_MS))
                    .toCompletionStage().toCompletableFuture().get(TIMEOUT_MS + 1000, TimeUnit.MILLISECONDS).body();
            unreachableSince.remove(node);
            return answer;
        } catch (Exception e) {
            unreachableSince.put(node, System.nanoTime());
            return null;
        }
    }

    /**
     * Brings one other node's copy up to this owner's log, ending at {@code end}: the batch just written
     * (from {@code first}), or — if that node's copy does not continue there — a catch-up from the last
     * point where both agree. Returns "OK", "FENCED" (that node promised a newer owner) or null (no answer).
     */
    String deliver(String node, String session, long epoch, long first, long end, long recoveredEnd) {
        Replica mine = replicas.get(session);
        JsonObject answer = send(node, session, epoch, mine, first, end);
        if (answer == null || !"MISMATCH".equals(answer.getString("outcome"))) {
            return answer == null ? null : answer.getString("outcome");
        }
        long theirs = answer.getLong("last", 0L);
        long tried = first;
        for (long from : new long[] {Math.min(theirs, end) + 1, recoveredEnd + 1, 1}) {
            if (from >= tried) {
                continue;
            }
            tried = from;
            answer = send(node, session, epoch, mine, from, end);
            if (answer == null || !"MISMATCH".equals(answer.getString("outcome"))) {
                if (answer != null && "OK".equals(answer.getString("outcome"))) {
                    LOG.info("session {}: node {} caught up from event {} to {}", session, node, from, end);
                }
                return answer == null ? null : answer.getString("outcome");
            }
        }
        return null;
    }

    /** Sends events {@code from..end} in chunks (the last adopts the epoch); returns the last answer, or null. */
    private JsonObject send(String node, String session, long epoch, Replica mine, long from, long end) {
        long next = from;
        JsonObject answer;
        do {
            long to = Math.min(end, next + CHUNK - 1);
            List<String> lines = mine.read(next, to);
            answer = ask(node, appendRequest(session, epoch, next, mine.chainAt(next - 1), lines, to >= end));
            if (answer == null || answer.containsKey("error")) {
                return null;
            }
            if (!"OK".equals(answer.getString("outcome"))) {
                return answer;
            }
            next = to + 1;
        } while (next <= end);
        return answer;
    }

    private JsonObject appendRequest(String session, long epoch, long first, long prev, List<String> lines, boolean adopt) {
        long bytes = 0;
        for (String l : lines) {
            bytes += l.length();
        }
        bytesSent.addAndGet(bytes);
        return new JsonObject().put("op", "append").put("s", session).put("epoch", epoch).put("first", first)
                .put("prev", prev).put("adopt", adopt).put("lines", new JsonArray(new ArrayList<Object>(lines)));
    }

    /** Reads another node's copy into this node's, from where both agree, without changing this copy's tag. */
    void fetchInto(String node, String session, long epoch, long theirLast) {
        Replica mine = replica(session);
        long from = Math.min(mine.last(), theirLast) + 1;
        boolean restarted = false;
        while (true) {
            JsonObject answer = ask(node, new JsonObject().put("op", "fetch").put("s", session).put("from", from)
                    .put("prev", mine.chainAt(from - 1)));
            if (answer == null) {
                throw new IllegalStateException("node " + node + " holding the newest copy stopped answering");
            }
            if (answer.getBoolean("mismatch", false)) {
                if (restarted || from == 1) {
                    throw new IllegalStateException("node " + node + " changed its copy while it was being read");
                }
                restarted = true;
                from = 1;
                continue;
            }
            List<String> lines = strings(answer.getJsonArray("lines"));
            if (from > theirLast) {
                return; // both agree up to their last event
            }
            if (lines.isEmpty()) {
                throw new IllegalStateException("node " + node + " holds fewer events than it said");
            }
            if (mine.append(epoch, from, mine.chainAt(from - 1), lines, false, true) != Replica.Outcome.OK) {
                throw new IllegalStateException("a newer owner was promised while the newest copy was being read");
            }
            from += lines.size();
        }
    }

    private static List<String> strings(JsonArray array) {
        List<String> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            out.add(array.getString(i));
        }
        return out;
    }

    void close() {
        pool.shutdownNow();
        replicas.values().forEach(Replica::close);
    }
}
