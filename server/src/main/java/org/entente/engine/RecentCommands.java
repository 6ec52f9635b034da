package org.entente.engine;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The idempotency window: for each role, the ids of its last {@value #WINDOW} commands that produced
 * events, with the seq of the first event each produced. A command re-sent with an id still in the window
 * gets its original answer and is not applied again; the window bounds what a long session remembers
 * (a client re-sends only its few unacknowledged commands, never a thousand). See docs/journal.md.
 */
public final class RecentCommands {
    public static final int WINDOW = 1000;

    private final int window;
    private final Map<String, LinkedHashMap<String, Long>> byRole = new HashMap<>();

    public RecentCommands() {
        this(WINDOW);
    }

    RecentCommands(int window) {
        this.window = window;
    }

    /** Notes the first event of a command; later events of the same command keep the first seq. */
    void record(Role actor, String commandId, long seq) {
        byRole.computeIfAbsent(actor.id(), r -> new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > window;
            }
        }).putIfAbsent(commandId, seq);
    }

    /** The seq of the first event of a command still in the role's window. */
    public Optional<Long> seqOf(Role actor, String commandId) {
        Map<String, Long> ids = byRole.get(actor.id());
        return ids == null ? Optional.empty() : Optional.ofNullable(ids.get(commandId));
    }
}
