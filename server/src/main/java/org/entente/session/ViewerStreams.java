package org.entente.session;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.entente.engine.Audience;
import org.entente.engine.Role;

/**
 * Each role reads its own stream of the session's log, numbered 1, 2, 3… with no holes: a nation
 * that sees events 1, 4 and 9 of the log knows them as 1, 2 and 3, and so cannot count what it is
 * not shown. The white cell sees everything, so its positions are the log's own sequence numbers.
 */
final class ViewerStreams {
    private final Map<String, SeqList> byNation = new HashMap<>();
    private long whiteCellPosition;

    void record(long seq, Audience audience, Iterable<String> allNations) {
        whiteCellPosition = seq;
        for (String nation : allNations) {
            if (audience.allNations() || audience.nations().contains(nation)) {
                byNation.computeIfAbsent(nation, n -> new SeqList()).add(seq);
            }
        }
    }

    /** The position of the last event this role has been shown. */
    long position(Role role) {
        if (role.isWhiteCell()) {
            return whiteCellPosition;
        }
        SeqList list = byNation.get(role.id());
        return list == null ? 0 : list.size();
    }

    /** The log sequence number of the event at a position of a role's stream (positions start at 1). */
    long seqAt(Role role, long position) {
        return role.isWhiteCell() ? position : byNation.get(role.id()).get((int) position - 1);
    }

    /** The position, in a role's stream, of a log sequence number the role can see. */
    long positionOf(Role role, long seq) {
        if (role.isWhiteCell()) {
            return seq;
        }
        SeqList list = byNation.get(role.id());
        int index = list == null ? -1 : list.indexOf(seq);
        if (index < 0) {
            throw new IllegalArgumentException(role + " cannot see event " + seq);
        }
        return index + 1;
    }

    /**
     * A growable array of ascending sequence numbers with binary search, to keep millions of positions
     * cheap: 4 bytes per event a nation sees (a session's log stays far below 2^31 events).
     */
    private static final class SeqList {
        private int[] values = new int[64];
        private int size;

        void add(long v) {
            if (v > Integer.MAX_VALUE) {
                throw new IllegalStateException("a session's log is limited to " + Integer.MAX_VALUE + " events");
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = (int) v;
        }

        long get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            return values[index];
        }

        int size() {
            return size;
        }

        int indexOf(long v) {
            int i = v > Integer.MAX_VALUE ? -1 : Arrays.binarySearch(values, 0, size, (int) v);
            return i < 0 ? -1 : i;
        }
    }
}
