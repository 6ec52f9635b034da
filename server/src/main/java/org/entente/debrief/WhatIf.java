package org.entente.debrief;

import java.util.List;
import org.entente.engine.adjudication.Adjudication;
import org.entente.engine.adjudication.Adjudicator;
import org.entente.engine.adjudication.CoalitionOutcome;
import org.entente.engine.adjudication.InputAdjustment;
import org.entente.engine.adjudication.NationOutcome;
import org.entente.engine.adjudication.RelationshipInputs;
import org.entente.engine.adjudication.RelationshipJudgement;
import org.entente.engine.event.Event;
import org.entente.engine.event.Recorded;
import org.entente.engine.event.TurnAdjudicated;
import org.entente.replay.ReplayInputException;
import org.entente.replay.Replayer;

/**
 * Re-adjudicates a recorded turn with one relationship's leader inputs changed, by the same engine that
 * adjudicated it ({@link Adjudicator} on the world folded from the log up to just before the turn's
 * {@code turn.adjudicated}), and sets what would have happened beside what did. Nothing is written
 * anywhere: the log is only read. {@code reproduced} says the engine, given the recorded inputs unchanged,
 * gives the recorded adjudication again (as {@code replay --verify} checks for every turn).
 */
public final class WhatIf {

    /** What happened and what would have: the relationship's judgement, the partner's part, each coalition's war. */
    public record Result(int turn, long position, String coalition, String leader, String partner, boolean reproduced,
                         Side happened, Side whatIf) {
    }

    public record Side(RelationshipJudgement judgement, NationOutcome partner, List<CoalitionOutcome> coalitions) {
    }

    private WhatIf() {
    }

    public static Result ask(List<Recorded> log, WhatIfRequest q) throws WhatIfException, ReplayInputException {
        List<AdjudicatedTurn> turns = AdjudicatedTurn.of(log);
        AdjudicatedTurn at = turns.stream().filter(t -> t.turn() == q.turn()).findFirst().orElseThrow(() -> new WhatIfException(
                "turn", "Turn " + q.turn() + " was not adjudicated in this session; adjudicated turns: "
                + turns.stream().map(t -> String.valueOf(t.turn())).toList() + "."));
        RelationshipJudgement recorded = at.adjudication().relationships().stream()
                .filter(j -> j.coalition().equals(q.coalition()) && j.partner().equals(q.partner())).findFirst()
                .orElseThrow(() -> new WhatIfException(at.adjudication().relationships().stream()
                        .anyMatch(j -> j.coalition().equals(q.coalition())) ? "partner" : "coalition",
                        "Turn " + q.turn() + " has no relationship of " + q.coalition() + " toward " + q.partner()
                                + "; it has " + at.adjudication().relationships().stream()
                                .map(j -> j.coalition() + " → " + j.partner()).toList() + "."));
        var world = Replayer.replay(log, at.position() - 1, Replayer.Progress.NONE, Replayer.Listener.NONE).state().world();
        Adjudication again = adjudication(Adjudicator.adjudicate(world));
        InputAdjustment change = (coalition, partner, derived) ->
                coalition.equals(q.coalition()) && partner.equals(q.partner()) ? changed(derived, q) : derived;
        Adjudication alternative = adjudication(Adjudicator.adjudicate(world, change));
        return new Result(q.turn(), at.position(), recorded.coalition(), recorded.leader(), recorded.partner(),
                again.equals(at.adjudication()), side(at.adjudication(), q), side(alternative, q));
    }

    private static RelationshipInputs changed(RelationshipInputs in, WhatIfRequest q) {
        Double estimate = q.dropEstimate() ? null : q.leaderEstimate() != null ? q.leaderEstimate() : in.leaderEstimate();
        // A changed estimate counts as stated this turn; the partner's price and the leader's manner stay as recorded.
        Integer statedOn = q.dropEstimate() ? null : q.leaderEstimate() != null ? Integer.valueOf(q.turn()) : in.estimateStatedOn();
        return new RelationshipInputs(in.power(), in.posture(), in.threat(), in.opportunity(), in.affinity(),
                or(q.voice(), in.voice()), in.divergence(), in.cost(), estimate, or(q.coercion(), in.coercion()),
                or(q.sidePayment(), in.sidePayment()), or(q.bolstering(), in.bolstering()),
                or(q.conditionality(), in.conditionality()), statedOn, in.abruptness(), in.pledgeBroken(), in.peremptory());
    }

    private static double or(Double changed, double recorded) {
        return changed == null ? recorded : changed;
    }

    private static Adjudication adjudication(List<Event> events) {
        return ((TurnAdjudicated) events.get(0)).adjudication();
    }

    private static Side side(Adjudication a, WhatIfRequest q) {
        RelationshipJudgement j = a.relationships().stream()
                .filter(r -> r.coalition().equals(q.coalition()) && r.partner().equals(q.partner())).findFirst().orElseThrow();
        NationOutcome partner = a.nations().stream().filter(n -> n.nation().equals(q.partner())).findFirst().orElse(null);
        return new Side(j, partner, a.coalitions());
    }
}
