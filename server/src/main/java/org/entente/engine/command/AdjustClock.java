package org.entente.engine.command;

/** The white cell lengthens (seconds > 0) or shortens (seconds < 0) the current phase. */
public record AdjustClock(int seconds, String reason) implements Command {
}
