package org.entente.cluster;

import com.hazelcast.map.IMap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.entente.engine.event.Recorded;
import org.entente.journal.EventCodec;
import org.entente.journal.EventJournal;

/**
 * A session's journal in cluster mode: each batch goes first to the replicated log (the owner's
 * copy and a synchronous backup on another member, refused unless this writer's epoch is still the
 * fence), then to the local file with fsync. {@link #append} returns — and the session acknowledges —
 * only after both.
 */
public final class ClusterJournal implements EventJournal {
    private final String sessionId;
    private final long epoch;
    private final IMap<String, SessionLog> log;
    private final EventJournal local;
    private final Consumer<String> onFenced;
    private volatile boolean fenced;

    ClusterJournal(String sessionId, long epoch, IMap<String, SessionLog> log, EventJournal local, Consumer<String> onFenced) {
        this.sessionId = sessionId;
        this.epoch = epoch;
        this.log = log;
        this.local = local;
        this.onFenced = onFenced;
    }

    public long epoch() {
        return epoch;
    }

    @Override
    public void append(List<Recorded> events) {
        if (fenced) {
            throw new NotOwnerException("session " + sessionId + " is owned by another node now");
        }
        List<String> batch = new ArrayList<>(events.size());
        for (Recorded r : events) {
            batch.add(EventCodec.recordedJson(r));
        }
        SessionLog.Outcome outcome = log.executeOnKey(sessionId, new SessionLog.Append(epoch, events.get(0).seq(), batch));
        switch (outcome) {
            case APPENDED, DUPLICATE -> local.append(events);
            case FENCED -> {
                fenced = true;
                onFenced.accept(sessionId);
                throw new NotOwnerException("session " + sessionId + ": epoch " + epoch
                        + " has been fenced off by a newer owner; the write was refused");
            }
            default -> {
                fenced = true;
                onFenced.accept(sessionId);
                throw new NotOwnerException("session " + sessionId + ": the replicated log does not continue at event "
                        + events.get(0).seq() + "; this writer stops");
            }
        }
    }

    @Override
    public List<Recorded> readAll() {
        return local.readAll();
    }

    @Override
    public void close() {
        local.close();
    }
}
