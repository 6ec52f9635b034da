package org.entente.engine.event;

import java.util.List;
import org.entente.engine.crisis.Change;

/**
 * A nation is told that the white cell changed its own figures: the changes to them, and nothing of
 * the reason or of what the override did to others. Seen by that nation (and the white cell).
 */
public record OverrideAnnounced(String nation, List<Change> changes) implements Event {
    public OverrideAnnounced {
        changes = List.copyOf(changes);
    }
}
