package org.entente.journal;

import java.util.List;
import org.entente.engine.event.Recorded;

/**
 * Where a session's events are kept. {@link #append} (or {@link #write} then {@link #sync}) returns
 * only when the events are as safe as the journal makes them: the session acknowledges a command
 * after that, never before.
 */
public interface EventJournal extends AutoCloseable {

    /** Writes events and makes them durable. */
    void append(List<Recorded> events);

    /**
     * Writes events, in order, possibly without waiting for the disk: {@link #sync} then makes
     * everything written durable at once (a group commit). A journal that cannot separate the two
     * makes each write durable at once.
     */
    default void write(List<Recorded> events) {
        append(events);
    }

    /** Returns once everything written so far is as safe as the journal makes it. */
    default void sync() {
    }

    /** Every event of the session, in order. */
    List<Recorded> readAll();

    /**
     * Events {@code from..to} (sequence numbers, inclusive), in order; a {@code to} beyond the last event
     * means up to the last. Sessions keep only their recent events in memory and read older ones here.
     */
    default List<Recorded> read(long from, long to) {
        return readAll().stream().filter(r -> r.seq() >= from && r.seq() <= to).toList();
    }

    @Override
    default void close() {
    }
}
