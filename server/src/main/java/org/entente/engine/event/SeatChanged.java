package org.entente.engine.event;

/** The coalition leader granted a council seat, or withdrew one: public, as such things are. */
public record SeatChanged(String nation, boolean seated) implements Event {
}
