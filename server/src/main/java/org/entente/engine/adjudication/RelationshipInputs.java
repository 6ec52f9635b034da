package org.entente.engine.adjudication;

/**
 * What the adjudicator derived from the game state for one leader–partner relationship this turn,
 * in the framework's terms (docs/rules.md says how each is derived).
 *
 * <p>{@code leaderEstimate} is the soft power the leader itself stated it holds toward the partner, in its
 * orders ({@code assessments}) on turn {@code estimateStatedOn} (this turn or an earlier one: a stated
 * assessment stands until the leader revises it); both null when the leader has stated none. The figure
 * its intelligence report gave it is never used: light-handedness is judged on what the leader believed.
 *
 * <p>{@code abruptness}, {@code pledgeBroken} and {@code peremptory} are the manner of its hard power
 * ({@link org.entente.framework.Manner}): the share of last turn's war-effort aid cut this turn, the share of
 * its accepted promises left undelivered, the stringency of conditions imposed without consultation.
 */
public record RelationshipInputs(double power, String posture, double threat, double opportunity, double affinity,
                                 double voice, double divergence, double cost, Double leaderEstimate, double coercion,
                                 double sidePayment, double bolstering, double conditionality,
                                 Integer estimateStatedOn, double abruptness, double pledgeBroken,
                                 double peremptory) {
}
