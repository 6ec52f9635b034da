package org.entente.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entente.engine.event.AccessIssued;
import org.entente.engine.event.AccessRevoked;
import org.entente.engine.event.CrisisAnnounced;
import org.entente.engine.event.CrisisApplied;
import org.entente.engine.event.CrisisScheduled;
import org.entente.engine.event.NoteAdded;
import org.entente.engine.event.ResultOverridden;
import org.entente.engine.event.AgendaItemTabled;
import org.entente.engine.event.ChannelOpened;
import org.entente.engine.event.ClockMoved;
import org.entente.engine.event.ClockPaused;
import org.entente.engine.event.ClockResumed;
import org.entente.engine.event.Event;
import org.entente.engine.event.ExerciseEnded;
import org.entente.engine.event.MembershipChanged;
import org.entente.engine.event.MessagePosted;
import org.entente.engine.event.OfferAnswered;
import org.entente.engine.event.OfferMade;
import org.entente.engine.event.OrdersSubmitted;
import org.entente.engine.event.PhaseBegan;
import org.entente.engine.event.ProposalMade;
import org.entente.engine.event.ProposalResolved;
import org.entente.engine.event.ScenarioLoaded;
import org.entente.engine.event.SeatChanged;
import org.entente.engine.event.SessionCreated;
import org.entente.engine.event.TurnAdjudicated;
import org.entente.engine.event.TurnReported;
import org.entente.engine.event.VoteCast;

/**
 * Who may see an event: the white cell always; of the nations, all or some. A pure function of the
 * event and the state it was appended to, applied before anything is sent — to live deliveries,
 * catch-up after a reconnect, snapshots and replays alike. An event type without a rule here fails
 * loudly rather than defaulting to anyone.
 */
public record Audience(boolean allNations, Set<String> nations) {

    private static final Audience EVERYONE = new Audience(true, Set.of());
    private static final Audience WHITE_CELL_ONLY = new Audience(false, Set.of());

    public boolean includes(Role role) {
        return role.isWhiteCell() || allNations || nations.contains(role.id());
    }

    public static Audience of(SessionState state, Event event) {
        if (event instanceof SessionCreated || event instanceof PhaseBegan || event instanceof ClockPaused
                || event instanceof ClockResumed || event instanceof ClockMoved || event instanceof SeatChanged || event instanceof ProposalResolved
                || event instanceof MembershipChanged || event instanceof ExerciseEnded) {
            return EVERYONE;
        }
        if (event instanceof AccessIssued || event instanceof AccessRevoked || event instanceof ScenarioLoaded || event instanceof TurnAdjudicated
                || event instanceof CrisisApplied || event instanceof CrisisScheduled || event instanceof NoteAdded
                || event instanceof ResultOverridden || event instanceof org.entente.engine.event.BotSeated
                || event instanceof org.entente.engine.event.BotUnseated || event instanceof org.entente.engine.event.BotResumed) {
            // Overrides may touch several nations' private figures: each nation is told of the changes to
            // its own figures only (OverrideAnnounced), never the reason or what happened to others.
            return WHITE_CELL_ONLY;
        }
        if (event instanceof ChannelOpened e) {
            return e.kind() == ChannelKind.COUNCIL ? nationsOf(state.seated()) : members(e.kind(), e.nations());
        }
        if (event instanceof org.entente.engine.event.ChannelLocked e) {
            Channel channel = state.channel(e.channel()).orElseThrow();
            return channel.kind() == ChannelKind.COUNCIL ? nationsOf(state.seated()) : members(channel.kind(), channel.nations());
        }
        if (event instanceof MessagePosted e) {
            Channel channel = state.channel(e.channel()).orElseThrow();
            return channel.kind() == ChannelKind.COUNCIL ? nationsOf(state.seated()) : members(channel.kind(), channel.nations());
        }
        if (event instanceof OfferMade e) {
            return nationsOf(List.of(e.offer().from(), e.offer().to()));
        }
        if (event instanceof OfferAnswered e) {
            return nationsOf(List.of(e.from(), e.to()));
        }
        if (event instanceof AgendaItemTabled || event instanceof ProposalMade || event instanceof VoteCast) {
            return nationsOf(state.seated());
        }
        if (event instanceof OrdersSubmitted e) {
            return nationsOf(List.of(e.nation()));
        }
        if (event instanceof CrisisAnnounced e) {
            return e.nations().isEmpty() ? EVERYONE : nationsOf(e.nations());
        }
        if (event instanceof TurnReported e) {
            return nationsOf(List.of(e.report().nation()));
        }
        if (event instanceof org.entente.engine.event.StanceSet e) {
            // a keep-out is put to the partner (it is asked to hold back); a write-off is the leader's own counsel
            return e.stance() == org.entente.engine.stance.Stance.KEEP_OUT ? nationsOf(List.of(e.leader(), e.partner()))
                    : nationsOf(List.of(e.leader()));
        }
        if (event instanceof org.entente.engine.event.OverrideAnnounced e) {
            return nationsOf(List.of(e.nation()));
        }
        throw new IllegalArgumentException("no audience rule for " + event.getClass().getSimpleName());
    }

    private static Audience nationsOf(java.util.Collection<String> nations) {
        return new Audience(false, Set.copyOf(new LinkedHashSet<>(nations)));
    }

    private static Audience members(ChannelKind kind, List<String> nations) {
        return kind == ChannelKind.PLENARY ? EVERYONE : new Audience(false, Set.copyOf(nations));
    }
}
