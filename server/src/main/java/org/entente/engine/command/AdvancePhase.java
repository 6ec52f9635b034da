package org.entente.engine.command;

import org.entente.engine.turn.Phase;

/**
 * The white cell closes the current phase now, before its deadline. With {@code fromTurn} and
 * {@code fromPhase}, only that phase: a second press of the same button (or a second facilitator's) finds
 * the clock moved on and closes nothing more.
 */
public record AdvancePhase(String reason, Integer fromTurn, Phase fromPhase) implements Command {
    public AdvancePhase(String reason) {
        this(reason, null, null);
    }
}
