package org.entente.engine.report;

import java.util.List;
import org.entente.engine.adjudication.BurdenLine;
import org.entente.engine.adjudication.OfferOutcome;

/**
 * What one nation learns at the end of a turn. Figures about itself are true; figures about others'
 * attraction are its estimates, as noisy as its intelligence.
 */
public record TurnReport(int turn, String nation, String coalition, double progress, double victoryAt,
                         double contribution, double effective, double intensity, int budgetNext,
                         List<EstimateLine> estimates, List<BurdenLine> burden, List<OfferOutcome> offers,
                         List<String> decisions, List<String> notes) {
    public TurnReport {
        estimates = List.copyOf(estimates);
        burden = List.copyOf(burden);
        offers = List.copyOf(offers);
        decisions = List.copyOf(decisions);
        notes = List.copyOf(notes);
    }
}
