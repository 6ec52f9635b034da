package org.entente.engine.rules;

import java.util.Optional;
import org.entente.engine.Channel;
import org.entente.engine.ChannelId;
import org.entente.engine.ChannelKind;
import org.entente.engine.Decision;
import org.entente.engine.command.OpenBilateral;
import org.entente.engine.command.PostMessage;
import org.entente.engine.event.ChannelOpened;
import org.entente.engine.event.MessagePosted;

/** Talking: posting in a channel, opening a bilateral one. Allowed in every phase. */
final class ChannelRules {

    private ChannelRules() {
    }

    static Decision post(Move m, PostMessage c) {
        Optional<Channel> channel = m.state().channel(c.channel()).filter(ch -> m.state().canRead(m.actor(), ch));
        if (channel.isEmpty()) {
            // The same answer whether the channel does not exist or the actor is not in it: nothing to infer.
            return Decision.reject("UNKNOWN_CHANNEL", "channel",
                    "You have no channel '" + c.channel() + "'. Open a bilateral channel first, or pick one from your list.");
        }
        if (!m.state().canWrite(m.actor(), channel.get())) {
            return Decision.reject("READ_ONLY_CHANNEL", "channel",
                    "The white cell reads '" + c.channel() + "' but does not speak in it; use the plenary or a white-cell channel.");
        }
        if (c.text().isBlank()) {
            return Decision.reject("EMPTY_MESSAGE", "text", "The message is empty.");
        }
        if (channel.get().locked() && !m.actor().isWhiteCell()) {
            return Decision.reject("CHANNEL_LOCKED", "channel",
                    "The white cell has locked this channel for now: nobody but the white cell can post in it until it unlocks it.");
        }
        // The channel's own id, not the command's copy: the event stays in the session's recent events.
        return Decision.accept(new MessagePosted(channel.get().id(), m.actor(), c.author(), c.text()));
    }

    static Decision openBilateral(Move m, OpenBilateral c) {
        if (m.actor().isWhiteCell()) {
            return Decision.reject("NATIONS_ONLY", null, "Only a nation opens bilateral channels; the white cell has one with each nation already.");
        }
        if (!m.state().hasNation(c.with())) {
            return Decision.reject("UNKNOWN_NATION", "with", "There is no nation '" + c.with() + "' in this session.");
        }
        if (c.with().equals(m.nation())) {
            return Decision.reject("SELF", "with", "A bilateral channel needs another nation: use your team channel to talk among yourselves.");
        }
        String id = ChannelId.bilateral(m.nation(), c.with());
        if (m.state().channel(id).isPresent()) {
            return Decision.reject("CHANNEL_EXISTS", "with", "You already have the channel '" + id + "' with " + c.with() + ".");
        }
        return Decision.accept(new ChannelOpened(id, ChannelKind.BILATERAL, ChannelId.nationsOf(id, m.state().nationIds()), m.actor()));
    }
}
