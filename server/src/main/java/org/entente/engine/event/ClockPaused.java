package org.entente.engine.event;

/** The white cell paused the clock with this much of the phase left. */
public record ClockPaused(long remaining, String reason) implements Event {
}
