package org.entente.framework;

/**
 * The paper's hard-power strategies of alliance management, declared from the least to the most coercive:
 * "the optimal degree of coerciveness associated with the hard power resources deployed by an alliance
 * leader should vary inversely with the amount of soft power that it enjoys".
 */
public enum Strategy {
    UNCONDITIONAL_BOLSTERING("unconditional war-effort bolstering"),
    CONDITIONAL_BOLSTERING("conditional war-effort bolstering"),
    BRIBERY_AND_CONDITIONAL_BOLSTERING("side-payment bribes and conditional bolstering"),
    SIDE_PAYMENT_BRIBERY("side-payment bribery"),
    COERCION_AND_BRIBERY("a mixed strategy of coercion and bribery"),
    COERCIVE_ENTICEMENT("coercive enticement");

    private final String words;

    Strategy(String words) {
        this.words = words;
    }

    /** 0 for the least coercive strategy, 5 for the most. */
    public int coerciveness() {
        return ordinal();
    }

    /** The strategy in the paper's words. */
    public String words() {
        return words;
    }

    /** True for the two bolstering strategies: the partner is motivated and soft power alone moves it. */
    public boolean voluntary() {
        return this == UNCONDITIONAL_BOLSTERING || this == CONDITIONAL_BOLSTERING;
    }
}
