package org.entente.engine.event;

import java.util.List;
import org.entente.engine.ChannelKind;
import org.entente.engine.Role;

/** A channel exists from now on; {@code openedBy} is null for the channels every session starts with. */
public record ChannelOpened(String channel, ChannelKind kind, List<String> nations, Role openedBy) implements Event {

    public ChannelOpened {
        nations = List.copyOf(nations);
    }
}
