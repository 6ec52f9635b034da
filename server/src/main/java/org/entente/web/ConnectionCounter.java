package org.entente.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Open connections per token (by its hash), so that one leaked invite cannot open hundreds. */
final class ConnectionCounter {
    private final ConcurrentMap<String, AtomicInteger> open = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();

    boolean tryOpen(String tokenHash, int max) {
        AtomicInteger n = open.computeIfAbsent(tokenHash, h -> new AtomicInteger());
        if (n.incrementAndGet() > max) {
            n.decrementAndGet();
            return false;
        }
        total.incrementAndGet();
        return true;
    }

    void close(String tokenHash) {
        AtomicInteger n = open.get(tokenHash);
        if (n != null) {
            n.decrementAndGet();
            total.decrementAndGet();
        }
    }

    int total() {
        return total.get();
    }
}
