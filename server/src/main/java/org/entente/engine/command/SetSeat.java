package org.entente.engine.command;

/** The council's coalition leader grants (or withdraws) a nation's seat. */
public record SetSeat(String nation, boolean seated) implements Command {
}
