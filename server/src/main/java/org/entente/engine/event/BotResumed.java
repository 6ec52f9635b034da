package org.entente.engine.event;

/**
 * A seated bot plays again, on {@code node}, with a fresh token (its hash replaces the old one); {@code previousNode}
 * is where it ran before. White cell only.
 */
public record BotResumed(String role, String tokenHash, String node, String previousNode) implements Event {
}
