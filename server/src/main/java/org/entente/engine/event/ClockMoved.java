package org.entente.engine.event;

/**
 * The white cell moved the current phase's end: {@code deadline} while the clock runs, or the time
 * {@code remaining} while it is paused. Public.
 */
public record ClockMoved(long deadline, long remaining, int seconds, String reason) implements Event {
}
