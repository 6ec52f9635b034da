package org.entente.engine.command;

/** The white cell locks a channel (no nation may post in it) or unlocks it, e.g. silence before a vote. */
public record LockChannel(String channel, boolean locked, String reason) implements Command {
}
