package org.entente.session;

import java.util.ArrayList;
import java.util.List;
import org.entente.engine.event.Recorded;

/**
 * The last {@link #CAPACITY} events of a session's log, in a ring: what live delivery and most catch-ups
 * need. Older events are read from the journal; a session's memory no longer grows with its length.
 */
final class RecentEvents {
    static final int CAPACITY = 1024;

    private final Recorded[] ring;
    private long last;

    RecentEvents() {
        this(CAPACITY);
    }

    RecentEvents(int capacity) {
        this.ring = new Recorded[capacity];
    }

    /** Adds the next event of the log; sequence numbers must follow each other. */
    void add(Recorded r) {
        if (r.seq() != last + 1) {
            throw new IllegalArgumentException("event " + r.seq() + " after " + last);
        }
        ring[(int) ((r.seq() - 1) % ring.length)] = r;
        last = r.seq();
    }

    /** The seq of the oldest event held (last + 1 when empty). */
    long first() {
        return Math.max(1, last - ring.length + 1);
    }

    long last() {
        return last;
    }

    boolean holds(long seq) {
        return seq >= first() && seq <= last && last > 0;
    }

    /** The event with this seq, which must be {@link #holds held}. */
    Recorded get(long seq) {
        if (!holds(seq)) {
            throw new IndexOutOfBoundsException("event " + seq + " is not among the recent events " + first() + ".." + last);
        }
        return ring[(int) ((seq - 1) % ring.length)];
    }

    /** The held events from {@code from} (at least {@link #first}) to the last, in order. */
    List<Recorded> from(long from) {
        List<Recorded> out = new ArrayList<>();
        for (long s = Math.max(from, first()); s <= last; s++) {
            out.add(get(s));
        }
        return out;
    }
}
