package org.entente.scenario;

import java.util.List;

/**
 * A crisis event in the facilitator's deck.
 *
 * @param defaultTargets nations the event hits unless the facilitator names others (every nation if the
 *                       file does not say; {@code all} in the file is expanded to every nation id)
 * @param suggestedTurn  the turn the designer suggests playing it, or 0 for "whenever"
 */
public record CrisisEvent(String id, String title, String text, List<Effect> effects, List<String> defaultTargets,
                          int suggestedTurn) {

    public CrisisEvent {
        effects = List.copyOf(effects);
        defaultTargets = List.copyOf(defaultTargets);
    }
}
