package org.entente.engine.adjudication;

/**
 * One coalition member's share of the war's costs against its share of the war's benefits, over the
 * whole exercise so far. {@code flag} is "suckered", "free-riding" or empty: it is raised only when the
 * condition ({@code reason}) has held for {@code turns} ≥ {@link Ledger#PERSISTENCE} turns in a row, so a
 * one-turn dip is not free-riding. {@code reason} says why in plain words (empty when nothing is amiss).
 */
public record BurdenLine(String coalition, String nation, double costShare, double benefitShare, String flag,
                         String reason, int turns) {

    public BurdenLine {
        reason = reason == null ? "" : reason;
    }
}
