package org.entente.cluster;

import com.hazelcast.map.EntryProcessor;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One session's replicated log in Hazelcast: its events (as journal JSON, in order) and the fence,
 * the highest writer epoch that has claimed it. Changed only by the entry processors below, which
 * Hazelcast runs one at a time on the key's partition owner and then on its backups: checking the
 * fence and appending are one atomic step.
 */
public final class SessionLog implements Serializable {
    private static final long serialVersionUID = 1L;
    final long epoch;
    final ArrayList<String> events;

    SessionLog(long epoch, List<String> events) {
        this.epoch = epoch;
        this.events = new ArrayList<>(events);
    }

    /** What an append came to. */
    public enum Outcome { APPENDED, DUPLICATE, FENCED, CONFLICT }

    /**
     * Appends a batch whose first event has sequence {@code firstSeq}, if the writer's epoch is still
     * the fence. A batch already there (a retried invocation) is a duplicate, not a second copy.
     */
    static final class Append implements EntryProcessor<String, SessionLog, Outcome>, Serializable {
        private static final long serialVersionUID = 1L;
        private final long epoch;
        private final long firstSeq;
        private final ArrayList<String> batch;

        Append(long epoch, long firstSeq, List<String> batch) {
            this.epoch = epoch;
            this.firstSeq = firstSeq;
            this.batch = new ArrayList<>(batch);
        }

        @Override
        public Outcome process(Map.Entry<String, SessionLog> entry) {
            SessionLog log = entry.getValue();
            if (log == null || log.epoch != epoch) {
                return Outcome.FENCED;
            }
            int size = log.events.size();
            if (firstSeq == size + 1) {
                SessionLog next = new SessionLog(log.epoch, log.events);
                next.events.addAll(batch);
                entry.setValue(next);
                return Outcome.APPENDED;
            }
            if (firstSeq >= 1 && firstSeq - 1 + batch.size() <= size
                    && log.events.subList((int) firstSeq - 1, (int) firstSeq - 1 + batch.size()).equals(batch)) {
                return Outcome.DUPLICATE;
            }
            return Outcome.CONFLICT;
        }
    }

    /**
     * Raises the fence to a new owner's epoch and hands it the log as it stands: from now on only
     * that owner's appends are accepted. Returns null if the fence is already at or above it.
     */
    static final class Fence implements EntryProcessor<String, SessionLog, ArrayList<String>>, Serializable {
        private static final long serialVersionUID = 1L;
        private final long epoch;

        Fence(long epoch) {
            this.epoch = epoch;
        }

        @Override
        public ArrayList<String> process(Map.Entry<String, SessionLog> entry) {
            SessionLog log = entry.getValue();
            if (log == null || log.epoch >= epoch) {
                return null;
            }
            entry.setValue(new SessionLog(epoch, log.events));
            return new ArrayList<>(log.events);
        }
    }
}
