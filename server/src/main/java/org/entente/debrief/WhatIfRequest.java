package org.entente.debrief;

/**
 * A "what if" at a recorded decision: in {@code turn}, the leader of {@code coalition} toward {@code partner}
 * had deployed these instead (each 0..1; {@code null} keeps what was recorded). {@code leaderEstimate}
 * (−1..1) replaces the leader's estimate of its soft power; {@code dropEstimate} removes it.
 */
public record WhatIfRequest(int turn, String coalition, String partner, Double coercion, Double sidePayment,
                            Double bolstering, Double conditionality, Double voice, Double leaderEstimate,
                            boolean dropEstimate) {
}
