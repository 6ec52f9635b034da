package org.entente.engine.offer;

/**
 * What the sender attaches to an offer: words for the recipient, how stringent they are (0 none,
 * about 0.3 mild, 0.6 firm, 1 draconian — the framework's conditionality), and optionally the share
 * of its forces the recipient must commit for the offer to stand.
 */
public record Conditions(String text, double stringency, Double requiredForces) {

    public static final Conditions NONE = new Conditions(null, 0, null);

    public boolean unconditional() {
        return stringency == 0 && requiredForces == null && (text == null || text.isBlank());
    }
}
