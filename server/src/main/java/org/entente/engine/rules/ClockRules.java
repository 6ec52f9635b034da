package org.entente.engine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.entente.engine.turn.Peace;
import org.entente.engine.Decision;
import org.entente.engine.adjudication.Adjudicator;
import org.entente.engine.command.AdjustClock;
import org.entente.engine.command.AdvancePhase;
import org.entente.engine.command.EndExercise;
import org.entente.engine.event.ClockMoved;
import org.entente.engine.command.DeadlineReached;
import org.entente.engine.command.PauseClock;
import org.entente.engine.command.ResumeClock;
import org.entente.engine.event.ClockPaused;
import org.entente.engine.event.ClockResumed;
import org.entente.engine.event.Event;
import org.entente.engine.event.PhaseBegan;
import org.entente.engine.report.Scoring;
import org.entente.engine.turn.Phase;
import org.entente.engine.turn.TurnClock;
import org.entente.engine.world.World;
import org.entente.scenario.Turns;

/**
 * The turn cycle. Closing the council resolves its proposals; closing the orders phase adjudicates
 * the turn; closing the last reports phase ends the exercise — after victory, once the
 * scenario's peace turns are played ({@link Peace}).
 */
final class ClockRules {

    private ClockRules() {
    }

    static Decision start(Move m) {
        Decision refused = Checks.whiteCellOnly(m);
        if (refused != null) {
            return refused;
        }
        if (m.world().clock().phase() != Phase.LOBBY) {
            return Decision.reject("ALREADY_STARTED", null, "The exercise has already started.");
        }
        return new Decision.Accepted(List.of(begin(m.world(), 1, Phase.NEGOTIATION, m.now(), "the white cell started the exercise")));
    }

    static Decision advance(Move m, AdvancePhase c) {
        Decision refused = Checks.whiteCellOnly(m);
        if (refused != null) {
            return refused;
        }
        Phase phase = m.world().clock().phase();
        if (phase == Phase.LOBBY || phase == Phase.ENDED) {
            return Decision.reject("WRONG_PHASE", null, phase == Phase.LOBBY
                    ? "Start the exercise first." : "The exercise has ended.");
        }
        TurnClock clock = m.world().clock();
        if (c.fromPhase() != null && (!java.util.Objects.equals(c.fromTurn(), clock.turn()) || c.fromPhase() != phase)) {
            return Decision.reject("PHASE_ALREADY_CLOSED", "from", "Turn " + c.fromTurn() + "'s " + c.fromPhase().wireName()
                    + " phase has already closed; the clock is at turn " + clock.turn() + ", " + phase.wireName()
                    + ". Nothing more was closed.");
        }
        return new Decision.Accepted(close(m, c.reason() == null ? "the white cell closed the phase early" : c.reason()));
    }

    static Decision deadline(Move m, DeadlineReached c) {
        TurnClock clock = m.world().clock();
        if (!clock.running() || clock.deadline() == 0 || m.now() < clock.deadline()) {
            return Decision.reject("NOT_DUE", null, "The phase's deadline has not passed.");
        }
        return new Decision.Accepted(close(m, "the deadline passed"));
    }

    static Decision pause(Move m, PauseClock c) {
        Decision refused = Checks.whiteCellOnly(m);
        if (refused != null) {
            return refused;
        }
        TurnClock clock = m.world().clock();
        if (!clock.running()) {
            return Decision.reject("NOT_RUNNING", null, "The clock is not running.");
        }
        return Decision.accept(new ClockPaused(clock.remaining(m.now()), c.reason()));
    }

    static Decision resume(Move m, ResumeClock c) {
        Decision refused = Checks.whiteCellOnly(m);
        if (refused != null) {
            return refused;
        }
        TurnClock clock = m.world().clock();
        if (!clock.paused()) {
            return Decision.reject("NOT_PAUSED", null, "The clock is not paused.");
        }
        return Decision.accept(new ClockResumed(m.now() + clock.remainingWhenPaused()));
    }

    /** A phase at least this long after a shortening, so that nobody is cut off mid-sentence. */
    static final long SHORTEST_MS = 10_000;

    static Decision adjust(Move m, AdjustClock c) {
        Decision refused = Checks.whiteCellOnly(m);
        if (refused != null) {
            return refused;
        }
        TurnClock clock = m.world().clock();
        if (clock.phase() == Phase.LOBBY || clock.phase() == Phase.ENDED || (clock.deadline() == 0 && !clock.paused())) {
            return Decision.reject("NOT_RUNNING", null, "There is no running phase to lengthen or shorten.");
        }
        if (c.seconds() == 0) {
            return Decision.reject("INVALID_FIELD", "seconds", "Say by how many seconds (negative to shorten).");
        }
        long left = Math.max(SHORTEST_MS, clock.remaining(m.now()) + c.seconds() * 1000L);
        return Decision.accept(clock.paused() ? new ClockMoved(clock.deadline(), left, c.seconds(), c.reason())
                : new ClockMoved(m.now() + left, 0, c.seconds(), c.reason()));
    }

    static Decision end(Move m, EndExercise c) {
        Decision refused = Checks.whiteCellOnly(m);
        if (refused != null) {
            return refused;
        }
        if (m.world().clock().phase() == Phase.ENDED) {
            return Decision.reject("WRONG_PHASE", null, "The exercise has already ended.");
        }
        if (c.reason() == null || c.reason().isBlank()) {
            return Decision.reject("MISSING_FIELD", "reason", "Say why the exercise ends now: everyone will read it with the scores.");
        }
        return Decision.accept(Scoring.end(m.world(), c.reason()));
    }

    /** The events of closing the current phase: its consequences, then the next phase or the end. */
    static List<Event> close(Move m, String reason) {
        World w = m.world();
        TurnClock clock = w.clock();
        List<Event> events = new ArrayList<>();
        switch (clock.phase()) {
            case NEGOTIATION -> events.add(begin(w, clock.turn(), Phase.COUNCIL, m.now(), reason));
            case COUNCIL -> {
                events.addAll(CouncilResolution.resolve(w));
                events.add(begin(w, clock.turn(), Phase.ORDERS, m.now(), reason));
            }
            case ORDERS -> {
                events.addAll(Adjudicator.adjudicate(w));
                events.add(begin(w, clock.turn(), Phase.REPORTS, m.now(), reason));
            }
            case REPORTS -> {
                Optional<String> end = Peace.endsAfter(w, clock.turn());
                if (end.isPresent()) {
                    events.add(Scoring.end(w, end.get()));
                } else {
                    events.add(begin(w, clock.turn() + 1, Phase.NEGOTIATION, m.now(), reason));
                    Peace.recession(w, clock.turn() + 1)
                            .ifPresent(card -> events.addAll(WhiteCellRules.strike(w, card, List.of(), List.of())));
                    events.addAll(WhiteCellRules.due(w, clock.turn() + 1));
                }
            }
            default -> throw new IllegalStateException("no phase to close in " + clock.phase());
        }
        return events;
    }

    private static PhaseBegan begin(World w, int turn, Phase phase, long now, String reason) {
        Turns.Phases lengths = w.scenario().turns().phases();
        int seconds = switch (phase) {
            case NEGOTIATION -> lengths.negotiation();
            case COUNCIL -> lengths.council();
            case ORDERS -> lengths.orders();
            case REPORTS -> lengths.reports();
            default -> 0;
        };
        return new PhaseBegan(turn, phase, seconds == 0 ? 0 : now + seconds * 1000L, reason);
    }
}
