package org.entente.engine;

import java.util.List;
import java.util.Set;
import org.entente.engine.event.AccessIssued;
import org.entente.engine.event.ChannelOpened;
import org.entente.engine.event.Event;
import org.entente.engine.event.MessagePosted;
import org.entente.engine.event.SessionCreated;

/**
 * Who may see an event: the white cell always; of the nations, all or some. A pure function of the
 * event and the state it was appended to, applied before anything is sent — to live deliveries,
 * catch-up after a reconnect, snapshots and replays alike.
 */
public record Audience(boolean allNations, Set<String> nations) {

    private static final Audience EVERYONE = new Audience(true, Set.of());
    private static final Audience WHITE_CELL_ONLY = new Audience(false, Set.of());

    public boolean includes(Role role) {
        return role.isWhiteCell() || allNations || nations.contains(role.id());
    }

    public static Audience of(SessionState state, Event event) {
        if (event instanceof SessionCreated) {
            return EVERYONE;
        }
        if (event instanceof AccessIssued) {
            return WHITE_CELL_ONLY;
        }
        if (event instanceof ChannelOpened e) {
            return members(e.kind(), e.nations());
        }
        if (event instanceof MessagePosted e) {
            Channel channel = state.channel(e.channel()).orElseThrow();
            return members(channel.kind(), channel.nations());
        }
        throw new IllegalArgumentException("no audience rule for " + event.getClass().getSimpleName());
    }

    private static Audience members(ChannelKind kind, List<String> nations) {
        return kind == ChannelKind.PLENARY ? EVERYONE : new Audience(false, Set.copyOf(nations));
    }
}
