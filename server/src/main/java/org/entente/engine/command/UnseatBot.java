package org.entente.engine.command;

/** The white cell takes a bot out of its role; every token of the role stops working (a late player gets a fresh invite). */
public record UnseatBot(String role) implements Command {
}
