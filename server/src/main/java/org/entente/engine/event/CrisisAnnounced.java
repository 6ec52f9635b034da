package org.entente.engine.event;

import java.util.List;

/** The news of a crisis, as the nations told of it read it (all, if {@code nations} is empty), with any leaked secrets. */
public record CrisisAnnounced(String card, String title, String text, List<String> nations, List<String> leaks)
        implements Event {
    public CrisisAnnounced {
        nations = List.copyOf(nations);
        leaks = List.copyOf(leaks);
    }
}
