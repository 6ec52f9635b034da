package org.entente.engine.command;

/** A nation joins a coalition, or leaves it (defects). */
public record ChangeMembership(String coalition, boolean member) implements Command {
}
