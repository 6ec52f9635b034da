package org.entente.engine.bots;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.entente.engine.event.BotResumed;
import org.entente.engine.event.BotSeated;
import org.entente.engine.event.BotUnseated;
import org.entente.engine.event.Event;

/**
 * The bots that hold roles in a session, as its log says: part of the session's state, so that whichever
 * node hosts the session (after a restart or a failover) knows which bots to start again.
 */
public final class SeatedBots {

    /** One bot: its role, its policy, the hash of its current token, the node that last started it and since when (seq). */
    public record SeatedBot(String role, String policy, String tokenHash, String node, long since) {
    }

    private final TreeMap<String, SeatedBot> byRole = new TreeMap<>();

    public void apply(long seq, Event event) {
        if (event instanceof BotSeated e) {
            byRole.put(e.role(), new SeatedBot(e.role(), e.policy(), e.tokenHash(), e.node(), seq));
        } else if (event instanceof BotResumed e) {
            byRole.computeIfPresent(e.role(), (r, b) -> new SeatedBot(r, b.policy(), e.tokenHash(), e.node(), b.since()));
        } else if (event instanceof BotUnseated e) {
            byRole.remove(e.role());
        }
    }

    /** The role a bot event is about, or null for any other event. */
    public static String roleOf(Event event) {
        if (event instanceof BotSeated e) {
            return e.role();
        }
        if (event instanceof BotResumed e) {
            return e.role();
        }
        return event instanceof BotUnseated e ? e.role() : null;
    }

    public Optional<SeatedBot> in(String role) {
        return Optional.ofNullable(byRole.get(role));
    }

    /** In role order. */
    public List<SeatedBot> all() {
        return List.copyOf(byRole.values());
    }

    public boolean isEmpty() {
        return byRole.isEmpty();
    }
}
