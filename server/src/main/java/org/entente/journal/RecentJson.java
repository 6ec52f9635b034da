package org.entente.journal;

import java.util.function.Function;
import org.entente.engine.event.Event;

/**
 * The JSON of the last few events serialised on one thread, found by identity: a session's writer asks for
 * the same event's JSON for its journal line and then for its frames, one right after the other.
 */
final class RecentJson {
    static final ThreadLocal<RecentJson> CACHE = ThreadLocal.withInitial(RecentJson::new);
    private static final int SIZE = 64;

    private final Event[] events = new Event[SIZE];
    private final String[] json = new String[SIZE];
    private int next;

    String computeIfAbsent(Event event, Function<Event, String> serialise) {
        for (int k = 1; k <= SIZE; k++) { // newest first: the event asked for again is usually the last one
            int i = (next - k + SIZE) % SIZE;
            if (events[i] == event) {
                return json[i];
            }
        }
        String s = serialise.apply(event);
        events[next] = event;
        json[next] = s;
        next = (next + 1) % SIZE;
        return s;
    }
}
