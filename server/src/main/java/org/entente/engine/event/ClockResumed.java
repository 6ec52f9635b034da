package org.entente.engine.event;

/** The clock runs again; the phase now ends at {@code deadline}. */
public record ClockResumed(long deadline) implements Event {
}
