package org.entente.engine.adjudication;

/** Builders the property tests need. */
final class ReportSentencesTestAccess {

    private ReportSentencesTestAccess() {
    }

    static RelationshipInputs withThreat(RelationshipInputs in, double t) {
        return new RelationshipInputs(in.power(), in.posture(), t, in.opportunity(), in.affinity(), in.voice(),
                in.divergence(), in.cost(), in.leaderEstimate(), in.coercion(), in.sidePayment(), in.bolstering(),
                in.conditionality(), in.estimateStatedOn(), in.abruptness(), in.pledgeBroken(), in.peremptory());
    }
}
