package org.entente.engine.adjudication;

/**
 * How a coalition's war went this turn. {@code leaderEffort} and {@code partnersEffort} are the
 * shares (0..1) of their potential that the leader and the partners put in; effectiveness needs
 * both (mutual indispensability). {@code shortfall} names the missing half: "leader" (it holds back its
 * enablers and shifts the burden onto its partners), "partners" (their forces are missing or fight outside the
 * leader's plans), or empty.
 */
public record CoalitionOutcome(String coalition, double leaderEffort, double partnersEffort, double effectiveness,
                               double adversaryStrength, double progressBefore, double progressAfter, boolean victory,
                               String shortfall) {
}
