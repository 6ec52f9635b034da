package org.entente.engine.command;

/** Open a private channel between the acting nation and another. */
public record OpenBilateral(String with) implements Command {
}
