package org.entente.engine.adjudication;

import java.util.List;

/** The true results of one turn's adjudication, as the white cell sees them. */
public record Adjudication(int turn, List<RelationshipJudgement> relationships, List<NationOutcome> nations,
                           List<CoalitionOutcome> coalitions, List<OfferOutcome> offers, List<BurdenLine> burden,
                           List<String> adoptedDecisions) {

    public Adjudication {
        relationships = List.copyOf(relationships);
        nations = List.copyOf(nations);
        coalitions = List.copyOf(coalitions);
        offers = List.copyOf(offers);
        burden = List.copyOf(burden);
        adoptedDecisions = List.copyOf(adoptedDecisions);
    }
}
