package org.entente.engine.command;

/** The white cell closes the current phase now, before its deadline. */
public record AdvancePhase(String reason) implements Command {
}
