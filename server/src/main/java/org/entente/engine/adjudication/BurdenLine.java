package org.entente.engine.adjudication;

/**
 * One coalition member's share of the war's costs against its share of the benefits, over the
 * whole exercise so far. {@code flag} is "suckered", "free-riding" or empty.
 */
public record BurdenLine(String coalition, String nation, double costShare, double benefitShare, String flag) {
}
