package org.entente.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.entente.engine.Role;
import org.entente.engine.command.ChangeMembership;
import org.entente.engine.command.Command;
import org.entente.engine.command.SetSeat;

/**
 * Rate limits per role, shared by all of a nation's connections on this node: a change that makes the
 * session send every connected client a fresh view (leaving or joining a coalition, seating a nation)
 * costs the node far more than the frame that asked for it, so a nation may make only
 * {@code membershipChangesPerMinute} of them, however many sockets it opens.
 */
final class RoleRates {
    private final double perMinute;
    private final ConcurrentMap<String, RateLimit> buckets = new ConcurrentHashMap<>();

    RoleRates(double perMinute) {
        this.perMinute = perMinute;
    }

    static boolean refreshesEveryView(Command command) {
        return command instanceof ChangeMembership || command instanceof SetSeat;
    }

    boolean tryTake(String sessionId, Role role) {
        int burst = Math.max(1, (int) Math.ceil(perMinute));
        RateLimit bucket = buckets.computeIfAbsent(sessionId + "/" + role.id(),
                k -> new RateLimit(perMinute / 60.0, burst, System.nanoTime()));
        synchronized (bucket) {
            return bucket.tryTake(System.nanoTime());
        }
    }

    static String format(double perMinute) {
        return perMinute == Math.rint(perMinute) ? String.valueOf((long) perMinute) : String.valueOf(perMinute);
    }
}
