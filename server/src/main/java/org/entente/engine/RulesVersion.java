package org.entente.engine;

import java.util.List;
import org.entente.engine.event.Recorded;
import org.entente.engine.event.SessionCreated;

/**
 * Which rules of adjudication a session was played under. A journal replays under the rules it
 * was written with only; a change to adjudication (so old journals would recompute differently)
 * gets a new {@link #CURRENT}, recorded in every new session's {@code session.created}.
 */
public final class RulesVersion {
    /**
     * The rules this build adjudicates by: the leader's stance order (issue 15, item 5), and a nation in several
     * coalitions booked an equal part of its costs in each (issue 15: two-seas-2031's offshore balancer).
     */
    public static final String CURRENT = "2026-12-05 costs apportioned";
    /** What a journal written before sessions recorded their rules was played under. */
    public static final String EARLIER = "before 2026-12-05 (session.created names no rules)";

    private RulesVersion() {
    }

    /** The rules a session was created under; {@link #EARLIER} for a journal that does not say. */
    public static String of(SessionCreated created) {
        return created.rules() == null || created.rules().isBlank() ? EARLIER : created.rules();
    }

    /** The rules of a log (its first event is its {@code session.created}); null if it does not begin with one. */
    public static String of(List<Recorded> log) {
        if (log.isEmpty() || !(log.get(0).event() instanceof SessionCreated created)) {
            return null;
        }
        return of(created);
    }
}
