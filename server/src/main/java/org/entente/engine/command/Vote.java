package org.entente.engine.command;

public record Vote(String proposal, boolean yes) implements Command {
}
