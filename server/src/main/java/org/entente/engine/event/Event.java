package org.entente.engine.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A fact in a session's log. Events are only ever appended; state is their fold. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = SessionCreated.class, name = "session.created"),
    @JsonSubTypes.Type(value = AccessIssued.class, name = "access.issued"),
    @JsonSubTypes.Type(value = AccessRevoked.class, name = "access.revoked"),
    @JsonSubTypes.Type(value = ChannelOpened.class, name = "channel.opened"),
    @JsonSubTypes.Type(value = MessagePosted.class, name = "message.posted"),
    @JsonSubTypes.Type(value = ScenarioLoaded.class, name = "scenario.loaded"),
    @JsonSubTypes.Type(value = PhaseBegan.class, name = "phase.began"),
    @JsonSubTypes.Type(value = ClockPaused.class, name = "clock.paused"),
    @JsonSubTypes.Type(value = ClockResumed.class, name = "clock.resumed"),
    @JsonSubTypes.Type(value = ClockMoved.class, name = "clock.moved"),
    @JsonSubTypes.Type(value = OfferMade.class, name = "offer.made"),
    @JsonSubTypes.Type(value = OfferAnswered.class, name = "offer.answered"),
    @JsonSubTypes.Type(value = SeatChanged.class, name = "council.seat"),
    @JsonSubTypes.Type(value = AgendaItemTabled.class, name = "council.item"),
    @JsonSubTypes.Type(value = ProposalMade.class, name = "council.proposal"),
    @JsonSubTypes.Type(value = VoteCast.class, name = "council.vote"),
    @JsonSubTypes.Type(value = ProposalResolved.class, name = "council.resolved"),
    @JsonSubTypes.Type(value = OrdersSubmitted.class, name = "orders.submitted"),
    @JsonSubTypes.Type(value = MembershipChanged.class, name = "coalition.membership"),
    @JsonSubTypes.Type(value = TurnAdjudicated.class, name = "turn.adjudicated"),
    @JsonSubTypes.Type(value = TurnReported.class, name = "turn.report"),
    @JsonSubTypes.Type(value = ExerciseEnded.class, name = "exercise.ended"),
    @JsonSubTypes.Type(value = CrisisApplied.class, name = "crisis.applied"),
    @JsonSubTypes.Type(value = CrisisAnnounced.class, name = "crisis.announced"),
    @JsonSubTypes.Type(value = CrisisScheduled.class, name = "crisis.scheduled"),
    @JsonSubTypes.Type(value = ResultOverridden.class, name = "result.overridden"),
    @JsonSubTypes.Type(value = NoteAdded.class, name = "note.added"),
    @JsonSubTypes.Type(value = OverrideAnnounced.class, name = "override.announced"),
    @JsonSubTypes.Type(value = ChannelLocked.class, name = "channel.locked"),
    @JsonSubTypes.Type(value = BotSeated.class, name = "bot.seated"),
    @JsonSubTypes.Type(value = BotUnseated.class, name = "bot.unseated"),
    @JsonSubTypes.Type(value = BotResumed.class, name = "bot.resumed"),
    @JsonSubTypes.Type(value = StanceSet.class, name = "stance.set"),
})
public sealed interface Event permits SessionCreated, AccessIssued, ChannelOpened, MessagePosted, ScenarioLoaded,
        PhaseBegan, ClockPaused, ClockResumed, OfferMade, OfferAnswered, SeatChanged, AgendaItemTabled, ProposalMade,
        VoteCast, ProposalResolved, OrdersSubmitted, MembershipChanged, TurnAdjudicated, TurnReported, ExerciseEnded,
        CrisisApplied, CrisisAnnounced, CrisisScheduled, ResultOverridden, NoteAdded, AccessRevoked, ClockMoved, OverrideAnnounced, ChannelLocked,
        BotSeated, BotUnseated, BotResumed, StanceSet {
}
