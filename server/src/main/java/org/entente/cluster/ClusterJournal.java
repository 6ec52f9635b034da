package org.entente.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.entente.engine.event.Recorded;
import org.entente.journal.EventCodec;
import org.entente.journal.EventJournal;

/**
 * A session's journal in cluster mode, written by its owner at its epoch: each batch goes to this
 * node's copy, and {@link #sync} returns — so the session acknowledges — only once a majority of the
 * cluster's configured members (this node included) have it on their disks. Every other live member
 * is sent the batch too, and caught up if its copy lags or diverges. A batch that cannot reach a
 * majority, or that a member refuses because it promised a newer owner, throws
 * {@link NotOwnerException}: nothing of it is acknowledged, and the node stops hosting the session.
 *
 * <p>What an append costs does not depend on the log's length: the batch's JSON is written once here
 * and sent once to each member (see {@code ReplicationCostTest}).
 */
public final class ClusterJournal implements EventJournal {
    private final String sessionId;
    private final long epoch;
    private final Replica replica;
    private final Replication replication;
    private final Supplier<List<String>> followers;
    private final int majority;
    private final long recoveredEnd;
    private final Consumer<String> onLost;
    private long pendingFrom = -1;
    private volatile boolean lost;
    /** The last event a majority confirmed, and how far each other member is known to hold the log. */
    private volatile long syncedEnd;
    private final java.util.Map<String, Long> confirmed = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Set<String> catchingUp = java.util.concurrent.ConcurrentHashMap.newKeySet();

    ClusterJournal(String sessionId, long epoch, Replica replica, Replication replication, Supplier<List<String>> followers,
                   int majority, Consumer<String> onLost) {
        this.sessionId = sessionId;
        this.epoch = epoch;
        this.replica = replica;
        this.replication = replication;
        this.followers = followers;
        this.majority = majority;
        this.recoveredEnd = replica.last();
        this.syncedEnd = replica.last();
        this.onLost = onLost;
    }

    public long epoch() {
        return epoch;
    }

    @Override
    public void append(List<Recorded> events) {
        write(events);
        sync();
    }

    @Override
    public void write(List<Recorded> events) {
        if (lost) {
            throw new NotOwnerException("session " + sessionId + " is no longer written by this node");
        }
        List<String> lines = new ArrayList<>(events.size());
        for (Recorded r : events) {
            lines.add(EventCodec.recordedJson(r));
        }
        long first = events.get(0).seq();
        if (replica.append(epoch, first, replica.chainAt(first - 1), lines, true, false) != Replica.Outcome.OK) {
            throw lose("epoch " + epoch + " has been fenced off on this node by a newer owner; the write was refused");
        }
        if (pendingFrom < 0) {
            pendingFrom = first;
        }
    }

    @Override
    public void sync() {
        if (pendingFrom < 0) {
            return;
        }
        long first = pendingFrom;
        long end = replica.last();
        pendingFrom = -1;
        List<String> others = followers.get();
        // this node's own copy counts once it is flushed (below); the others are sent the batch first, so that
        // their fsyncs overlap this one instead of following it (a majority still holds every acknowledged event)
        AtomicInteger confirmed = new AtomicInteger(0);
        AtomicBoolean fenced = new AtomicBoolean();
        CountDownLatch decided = new CountDownLatch(1);
        AtomicInteger answered = new AtomicInteger();
        for (String node : others) {
            CompletableFuture<String> sent = replication.onLane("out:" + sessionId + ":" + node,
                    () -> replication.deliver(node, sessionId, epoch, first, end, recoveredEnd));
            sent.whenComplete((outcome, e) -> {
                if ("OK".equals(outcome)) {
                    this.confirmed.merge(node, end, Math::max);
                }
                if ("OK".equals(outcome) && confirmed.incrementAndGet() >= majority) {
                    decided.countDown();
                } else if ("FENCED".equals(outcome)) {
                    fenced.set(true);
                    decided.countDown();
                }
                if (answered.incrementAndGet() == others.size()) {
                    decided.countDown();
                }
            });
        }
        replica.force();
        if (confirmed.incrementAndGet() >= majority) {
            decided.countDown();
        }
        try {
            decided.await(Replication.TIMEOUT_MS * 2, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (fenced.get()) {
            throw lose("epoch " + epoch + " has been fenced off by a newer owner; the write was refused");
        }
        if (confirmed.get() < majority) {
            throw lose("only " + confirmed.get() + " of the " + majority + " members a write needs have event " + end
                    + " on their disks; nothing of this batch is acknowledged");
        }
        syncedEnd = end;
    }

    /**
     * Brings every live member that is not known to hold the log up to its last acknowledged event
     * (called every second): a member that missed batches while it was slow, restarting or unreachable
     * is caught up even if the session is quiet.
     */
    void catchUp() {
        if (lost) {
            return;
        }
        long end = syncedEnd;
        for (String node : followers.get()) {
            if (confirmed.getOrDefault(node, 0L) >= end || !catchingUp.add(node)) {
                continue;
            }
            replication.onLane("out:" + sessionId + ":" + node,
                    () -> replication.deliver(node, sessionId, epoch, end + 1, end, recoveredEnd)).whenComplete((outcome, e) -> {
                        if ("OK".equals(outcome)) {
                            confirmed.merge(node, end, Math::max);
                        }
                        catchingUp.remove(node);
                    });
        }
    }

    /**
     * Asks every live member, at once, whether this node's epoch still holds (an empty append, as
     * {@link #catchUp} sends): called after this node was frozen, when a survivor may have taken the
     * session over meanwhile. Loses the session if any member was promised a newer epoch, or if fewer
     * than a majority vouch for this one; returns whether this node still writes it.
     */
    boolean probe() {
        if (lost) {
            return false;
        }
        long end = syncedEnd;
        List<String> others = followers.get();
        AtomicInteger vouching = new AtomicInteger(1);
        CountDownLatch decided = new CountDownLatch(1);
        AtomicInteger answered = new AtomicInteger();
        AtomicBoolean fenced = new AtomicBoolean();
        if (others.isEmpty() || vouching.get() >= majority) {
            decided.countDown();
        }
        for (String node : others) {
            replication.onLane("out:" + sessionId + ":" + node,
                    () -> replication.deliver(node, sessionId, epoch, end + 1, end, recoveredEnd)).whenComplete((outcome, e) -> {
                        if ("FENCED".equals(outcome)) {
                            fenced.set(true);
                            decided.countDown(); // one newer promise is proof enough: no need to wait for the rest
                        } else if ("OK".equals(outcome)) {
                            confirmed.merge(node, end, Math::max);
                            if (vouching.incrementAndGet() >= majority) {
                                decided.countDown(); // a majority at this epoch: no newer one can have been promised
                            }
                        }
                        if (answered.incrementAndGet() == others.size()) {
                            decided.countDown();
                        }
                    });
        }
        try {
            decided.await(Replication.TIMEOUT_MS * 2, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (fenced.get()) {
            lose("epoch " + epoch + " was fenced off by a newer owner while this node was frozen");
            return false;
        }
        if (vouching.get() < majority) {
            lose("after this node was frozen only " + vouching.get() + " of the " + majority
                    + " members needed still vouch for epoch " + epoch);
            return false;
        }
        return true;
    }

    private synchronized NotOwnerException lose(String why) {
        if (!lost) {
            lost = true;
            onLost.accept(sessionId);
        }
        return new NotOwnerException("session " + sessionId + ": " + why);
    }

    @Override
    public List<Recorded> readAll() {
        return read(1, replica.last());
    }

    /** Events from this node's copy; the replica knows where each line starts. */
    @Override
    public List<Recorded> read(long from, long to) {
        List<Recorded> out = new ArrayList<>();
        from = Math.max(1, from);
        to = Math.min(to, replica.last());
        if (from > to) {
            return out;
        }
        for (String json : replica.read(from, to)) {
            try {
                out.add(EventCodec.parseRecorded(json));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    @Override
    public void close() {
        // the copy stays open: this node keeps it as a member of the cluster
    }
}
