package org.entente.web;

import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the node holds for all its clients together. Beyond {@code maxQueuedBytesPerNode}, or when the
 * heap stays full after a collection ({@link HeapWatch}), the clients holding the most are dropped
 * first, until the node holds half its budget: whoever made the node hold too much goes, not everyone.
 */
final class NodeQueues {
    private final long budget;
    /**
     * Added to twice per frame, by the session threads that queue frames and the event loops that settle them:
     * a single atomic there is contended on every delivery; a slightly stale sum is good enough for a budget.
     */
    private final LongAdder held = new LongAdder();
    private final Set<Outbox> outboxes = ConcurrentHashMap.newKeySet();
    private final AtomicLong shed = new AtomicLong();
    private final AtomicLong tooSlow = new AtomicLong();
    private final Object shedding = new Object();

    NodeQueues(long budget) {
        this.budget = budget;
    }

    void register(Outbox o) {
        outboxes.add(o);
    }

    void unregister(Outbox o) {
        outboxes.remove(o);
    }

    void add(long delta) {
        held.add(delta);
    }

    long held() {
        return held.sum();
    }

    long budget() {
        return budget;
    }

    /** Clients this node has dropped to protect itself. */
    long shedCount() {
        return shed.get();
    }

    /** Clients dropped because they alone held more than maxQueuedBytes. */
    long tooSlowCount() {
        return tooSlow.get();
    }

    void countTooSlow() {
        tooSlow.incrementAndGet();
    }

    void shedIfOver() {
        if (held.sum() > budget) {
            shedDownTo(budget / 2);
        }
    }

    /** Drops the clients holding the most until the node holds at most {@code target} bytes. */
    void shedDownTo(long target) {
        synchronized (shedding) {
            var largest = outboxes.stream().sorted(Comparator.comparingLong(Outbox::held).reversed()).iterator();
            // What is in flight is released only as each socket settles: count it as gone at once.
            long remaining = held.sum();
            while (remaining > target && largest.hasNext()) {
                Outbox o = largest.next();
                long h = o.held();
                if (h == 0) {
                    break;
                }
                remaining -= h;
                shed.incrementAndGet();
                o.shed();
            }
        }
    }
}
