package org.entente.engine.command;

public record ResumeClock() implements Command {
}
