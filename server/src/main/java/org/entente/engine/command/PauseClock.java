package org.entente.engine.command;

public record PauseClock(String reason) implements Command {
}
