package org.entente.engine.report;

import java.util.List;

/**
 * A nation's estimate of one relationship: the soft power a leader holds toward a partner, as the
 * viewer's intelligence reads it, with the framework's reasoning on those estimated figures.
 *
 * @param direction "yours" (the viewer leads and this is its pull on the partner) or "theirs" (the leader's pull on the viewer)
 */
public record EstimateLine(String coalition, String leader, String partner, String direction, double estimate,
                           String recommended, String failure, List<String> explanation) {
    public EstimateLine {
        explanation = List.copyOf(explanation);
    }
}
