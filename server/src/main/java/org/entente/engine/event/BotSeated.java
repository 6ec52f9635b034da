package org.entente.engine.event;

/** A bot playing {@code policy} holds a nation's role, with the token whose hash is given (the role's only one); white cell only. */
public record BotSeated(String role, String policy, String tokenHash, String node) implements Event {
}
