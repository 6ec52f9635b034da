package org.entente.engine.event;

import java.util.List;

/**
 * A crisis set to strike when a later turn begins: a card of the deck, or one composed on the spot
 * ({@code composed} holds its JSON). White cell only.
 */
public record CrisisScheduled(String card, int atTurn, List<String> targets, List<String> tell, String composed)
        implements Event {
    public CrisisScheduled {
        targets = List.copyOf(targets);
        tell = List.copyOf(tell);
    }
}
