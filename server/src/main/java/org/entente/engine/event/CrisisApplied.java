package org.entente.engine.event;

import java.util.List;
import org.entente.engine.crisis.Change;

/** A crisis changed the game: what it changed, exactly. White cell only; the nations get {@link CrisisAnnounced}. */
public record CrisisApplied(String card, String title, List<String> targets, List<Change> changes) implements Event {
    public CrisisApplied {
        targets = List.copyOf(targets);
        changes = List.copyOf(changes);
    }
}
