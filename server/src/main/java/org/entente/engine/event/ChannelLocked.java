package org.entente.engine.event;

/** A channel was locked (only the white cell may post in it) or unlocked. Seen by the channel's readers. */
public record ChannelLocked(String channel, boolean locked, String reason) implements Event {
}
