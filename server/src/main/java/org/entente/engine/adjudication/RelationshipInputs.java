package org.entente.engine.adjudication;

/**
 * What the adjudicator derived from the game state for one leader–partner relationship this turn,
 * in the framework's terms (docs/rules.md says how each is derived).
 */
public record RelationshipInputs(double power, String posture, double threat, double opportunity, double affinity,
                                 double voice, double divergence, double cost, Double leaderEstimate, double coercion,
                                 double sidePayment, double bolstering, double conditionality) {
}
