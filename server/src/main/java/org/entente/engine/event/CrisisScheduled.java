package org.entente.engine.event;

import java.util.List;

/** A crisis card set to strike when a later turn begins. White cell only. */
public record CrisisScheduled(String card, int atTurn, List<String> targets, List<String> tell) implements Event {
    public CrisisScheduled {
        targets = List.copyOf(targets);
        tell = List.copyOf(tell);
    }
}
