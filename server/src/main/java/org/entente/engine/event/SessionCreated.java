package org.entente.engine.event;

import java.util.List;

/**
 * The first event of every session: which scenario, which national roles, and which rules of
 * adjudication ({@code rules}, see {@link org.entente.engine.RulesVersion}; absent in journals written
 * before sessions recorded it). Public.
 */
public record SessionCreated(String sessionId, String scenarioId, String title, List<NationSeat> nations, String rules)
        implements Event {

    public SessionCreated {
        nations = List.copyOf(nations);
    }

    /** A national role as everyone in the session may know it. */
    public record NationSeat(String id, String name) {
    }
}
