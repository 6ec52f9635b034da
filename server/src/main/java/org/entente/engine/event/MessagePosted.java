package org.entente.engine.event;

import org.entente.engine.Role;

/** A message in a channel; {@code author} is the display name the player joined with, if any. */
public record MessagePosted(String channel, Role from, String author, String text) implements Event {
}
