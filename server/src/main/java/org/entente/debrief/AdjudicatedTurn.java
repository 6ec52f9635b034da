package org.entente.debrief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.engine.adjudication.Adjudication;
import org.entente.engine.adjudication.RelationshipJudgement;
import org.entente.engine.crisis.Change;
import org.entente.engine.event.Recorded;
import org.entente.engine.event.ResultOverridden;
import org.entente.engine.event.TurnAdjudicated;

/**
 * One recorded adjudication and where it stands in the log ({@code position}: the sequence number of its
 * {@code turn.adjudicated}), with the white cell's rulings on failures applied: where the white cell
 * overrode a failure, the debrief judges the cohort by the ruling, as the after-action report shows it.
 */
record AdjudicatedTurn(int turn, long position, Adjudication adjudication, Map<String, String> failureRulings) {

    /** The failure that stands for a relationship: the white cell's ruling if it gave one, else the adjudicator's. */
    String failure(RelationshipJudgement j) {
        return failureRulings.getOrDefault(j.coalition() + ">" + j.partner(), j.failure());
    }

    /** Every adjudication in a log, in order. */
    static List<AdjudicatedTurn> of(List<Recorded> log) {
        List<AdjudicatedTurn> out = new ArrayList<>();
        Map<Integer, Map<String, String>> rulings = new HashMap<>();
        for (Recorded r : log) {
            if (r.event() instanceof ResultOverridden o) {
                for (Change c : o.changes()) {
                    if (c instanceof Change.Failure f) {
                        rulings.computeIfAbsent(f.turn(), k -> new HashMap<>()).put(f.coalition() + ">" + f.partner(), f.failure());
                    }
                }
            }
        }
        for (Recorded r : log) {
            if (r.event() instanceof TurnAdjudicated a) {
                int turn = a.adjudication().turn();
                out.add(new AdjudicatedTurn(turn, r.seq(), a.adjudication(), Map.copyOf(rulings.getOrDefault(turn, Map.of()))));
            }
        }
        return out;
    }
}
