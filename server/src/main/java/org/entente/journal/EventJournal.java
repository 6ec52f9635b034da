package org.entente.journal;

import java.util.List;
import org.entente.engine.event.Recorded;

/**
 * Where a session's events are kept. {@link #append} returns only when the events are as safe as
 * the journal makes them: the session acknowledges a command after that, never before.
 */
public interface EventJournal extends AutoCloseable {

    void append(List<Recorded> events);

    /** Every event of the session, in order. */
    List<Recorded> readAll();

    @Override
    default void close() {
    }
}
