package org.entente.engine.command;

public record AddNote(String text) implements Command {
}
