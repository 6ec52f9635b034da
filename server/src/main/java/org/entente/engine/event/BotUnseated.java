package org.entente.engine.event;

/** The bot is out of its role and every token of the role is revoked; white cell only. */
public record BotUnseated(String role) implements Event {
}
