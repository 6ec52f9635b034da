package org.entente.journal;

import java.util.ArrayList;
import java.util.List;
import org.entente.engine.event.Recorded;

/** A journal that lives as long as the process: for tests and for servers run without a data directory. */
public final class MemoryJournal implements EventJournal {
    private final List<Recorded> events = new ArrayList<>();

    @Override
    public synchronized void append(List<Recorded> batch) {
        events.addAll(batch);
    }

    @Override
    public synchronized List<Recorded> readAll() {
        return List.copyOf(events);
    }

    @Override
    public synchronized List<Recorded> read(long from, long to) {
        int start = (int) Math.max(0, Math.min(from - 1, events.size()));
        int end = (int) Math.max(start, Math.min(to, events.size()));
        return List.copyOf(events.subList(start, end));
    }
}
