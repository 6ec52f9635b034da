package org.entente.engine.command;

import java.util.List;
import org.entente.engine.crisis.Change;

/** The white cell sets adjudicated values by hand, and says why. */
public record OverrideResult(List<Change> changes, String reason) implements Command {
    public OverrideResult {
        changes = List.copyOf(changes);
    }
}
