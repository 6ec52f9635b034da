package org.entente.engine.event;

import java.util.List;
import org.entente.engine.crisis.Change;

/**
 * The white cell overrode an adjudicated result, with its reason; the original stays in the log
 * beside it. {@code was} describes each value before the override.
 */
public record ResultOverridden(int turn, List<Change> changes, List<String> was, String reason) implements Event {
    public ResultOverridden {
        changes = List.copyOf(changes);
        was = List.copyOf(was);
    }
}
