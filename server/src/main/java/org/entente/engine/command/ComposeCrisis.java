package org.entente.engine.command;

import java.util.List;

/**
 * The white cell composes a crisis on the spot: {@code cardJson} is a card in the deck's own format
 * ({@code {title, text, effects: [...], defaultTargets?}}), checked against the session's scenario.
 */
public record ComposeCrisis(String cardJson, List<String> targets, List<String> tell, Integer atTurn) implements Command {
    public ComposeCrisis {
        targets = targets == null ? List.of() : List.copyOf(targets);
        tell = tell == null ? List.of() : List.copyOf(tell);
    }
}
