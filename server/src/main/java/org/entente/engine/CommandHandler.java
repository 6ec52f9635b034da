package org.entente.engine;

import java.util.Optional;
import org.entente.engine.command.Command;
import org.entente.engine.command.OpenBilateral;
import org.entente.engine.command.PostMessage;
import org.entente.engine.event.ChannelOpened;
import org.entente.engine.event.MessagePosted;

/**
 * Decides commands against the current state: every rule of the game is checked here, before any
 * event exists. Pure: no clock, no I/O, no randomness but the state's own.
 */
public final class CommandHandler {

    private CommandHandler() {
    }

    public static Decision decide(SessionState state, Role actor, Command command) {
        if (command instanceof PostMessage c) {
            return postMessage(state, actor, c);
        }
        if (command instanceof OpenBilateral c) {
            return openBilateral(state, actor, c);
        }
        throw new IllegalArgumentException("no rule for " + command.getClass().getSimpleName());
    }

    private static Decision postMessage(SessionState state, Role actor, PostMessage c) {
        Optional<Channel> channel = state.channel(c.channel()).filter(ch -> ch.readableBy(actor));
        if (channel.isEmpty()) {
            // The same answer whether the channel does not exist or the actor is not in it: nothing to infer.
            return Decision.reject("UNKNOWN_CHANNEL", "channel",
                    "You have no channel '" + c.channel() + "'. Open a bilateral channel first, or pick one from your list.");
        }
        if (!channel.get().writableBy(actor)) {
            return Decision.reject("READ_ONLY_CHANNEL", "channel",
                    "The white cell reads '" + c.channel() + "' but does not speak in it; use the plenary or a white-cell channel.");
        }
        if (c.text().isBlank()) {
            return Decision.reject("EMPTY_MESSAGE", "text", "The message is empty.");
        }
        return Decision.accept(new MessagePosted(c.channel(), actor, c.author(), c.text()));
    }

    private static Decision openBilateral(SessionState state, Role actor, OpenBilateral c) {
        if (actor.isWhiteCell()) {
            return Decision.reject("NATIONS_ONLY", null, "Only a nation opens bilateral channels; the white cell has one with each nation already.");
        }
        if (!state.hasNation(c.with())) {
            return Decision.reject("UNKNOWN_NATION", "with", "There is no nation '" + c.with() + "' in this session.");
        }
        if (c.with().equals(actor.id())) {
            return Decision.reject("SELF", "with", "A bilateral channel needs another nation: use your team channel to talk among yourselves.");
        }
        String id = ChannelId.bilateral(actor.id(), c.with());
        if (state.channel(id).isPresent()) {
            return Decision.reject("CHANNEL_EXISTS", "with", "You already have the channel '" + id + "' with " + c.with() + ".");
        }
        return Decision.accept(new ChannelOpened(id, ChannelKind.BILATERAL, ChannelId.nationsOf(id, state.nationIds()), actor));
    }
}
