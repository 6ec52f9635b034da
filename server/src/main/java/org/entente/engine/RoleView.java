package org.entente.engine;

import java.util.List;
import org.entente.engine.event.SessionCreated.NationSeat;
import org.entente.engine.view.GameView;
import org.entente.engine.view.GameViews;

/**
 * Everything one role may see of a session at one moment: the snapshot a client starts from.
 * Built only through {@link #of}, which filters by the same rules as live delivery.
 */
public record RoleView(String sessionId, String scenarioId, String title, Role role,
                       List<NationSeat> nations, List<ChannelView> channels, GameView game) {

    /** How many messages of each channel a snapshot carries; older ones stay in the log for replay. */
    public static final int MESSAGES_PER_CHANNEL = 200;

    public static RoleView of(SessionState state, Role role) {
        return of(state, role, true);
    }

    /**
     * A role's view; without {@code history}, what a client already holds is left out, for refreshes: the
     * channels, turn reports and adjudications (null: the events carry them), the scenario's texts and the
     * crisis deck (null: they never change), and offers settled before the previous turn (the list holds only
     * the offers of this turn and the last, which the client merges by id into those it has).
     */
    public static RoleView of(SessionState state, Role role, boolean history) {
        // A refresh leaves the channels out: the client holds them from the events.
        List<ChannelView> channels = !history ? null : state.channelsReadableBy(role).stream()
                .map(c -> ChannelView.of(c, state.canWrite(role, c))).toList();
        return of(state, role, channels, GameViews.of(state.world(), role, history));
    }

    /**
     * The refresh that follows a catch-up: as a refresh, but with every offer, since the client may have
     * missed the refreshes that settled some of them.
     */
    public static RoleView afterCatchUp(SessionState state, Role role) {
        return of(state, role, null, GameViews.of(state.world(), role, false, 0));
    }

    private static RoleView of(SessionState state, Role role, List<ChannelView> channels,
                               GameView game) {
        return new RoleView(state.sessionId(), state.scenarioId(), state.title(), role, state.nations(), channels, game);
    }

    /** A channel as a role sees it; {@code locked}: the white cell has locked it (only the white cell posts). */
    public record ChannelView(String id, ChannelKind kind, List<String> nations, boolean writable, boolean locked,
                              List<MessageView> messages) {
        static ChannelView of(Channel c, boolean writable) {
            List<Channel.Message> all = c.messages();
            List<MessageView> recent = all.subList(Math.max(0, all.size() - MESSAGES_PER_CHANNEL), all.size())
                    .stream().map(m -> new MessageView(m.at(), m.from(), m.author(), m.text())).toList();
            return new ChannelView(c.id(), c.kind(), c.nations(), writable, c.locked(), recent);
        }
    }

    /** A message as a snapshot shows it: no log position, which would tell a role how much it does not see. */
    public record MessageView(long at, Role from, String author, String text) {
    }
}
