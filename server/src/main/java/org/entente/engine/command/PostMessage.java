package org.entente.engine.command;

/** Say something in a channel the actor belongs to; {@code author} is the player's display name, or null. */
public record PostMessage(String channel, String text, String author) implements Command {
}
