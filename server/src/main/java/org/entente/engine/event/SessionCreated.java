package org.entente.engine.event;

import java.util.List;

/** The first event of every session: which scenario and which national roles. Public. */
public record SessionCreated(String sessionId, String scenarioId, String title, List<NationSeat> nations)
        implements Event {

    public SessionCreated {
        nations = List.copyOf(nations);
    }

    /** A national role as everyone in the session may know it. */
    public record NationSeat(String id, String name) {
    }
}
