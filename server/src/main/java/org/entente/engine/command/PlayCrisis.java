package org.entente.engine.command;

import java.util.List;

/**
 * The white cell plays a card of the scenario's deck: on {@code targets} (the card's defaults if
 * empty), told to {@code tell} (everyone if empty), now or when turn {@code atTurn} begins.
 */
public record PlayCrisis(String card, List<String> targets, List<String> tell, Integer atTurn) implements Command {
    public PlayCrisis {
        targets = targets == null ? List.of() : List.copyOf(targets);
        tell = tell == null ? List.of() : List.copyOf(tell);
    }
}
