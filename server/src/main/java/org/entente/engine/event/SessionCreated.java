package org.entente.engine.event;

import java.util.List;

/** The first event of every session: which scenario, which national roles, and the seed of its random source. */
public record SessionCreated(String sessionId, String scenarioId, String title, List<NationSeat> nations, long seed)
        implements Event {

    public SessionCreated {
        nations = List.copyOf(nations);
    }

    /** A national role as everyone in the session may know it. */
    public record NationSeat(String id, String name) {
    }
}
