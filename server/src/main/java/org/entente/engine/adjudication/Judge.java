package org.entente.engine.adjudication;

import java.util.List;
import org.entente.scenario.Bands;

/** The framework's judgement of one relationship, as the adjudicator needs it. */
public interface Judge {

    Verdict judge(String leader, String partner, RelationshipInputs inputs, Bands bands);

    /**
     * @param leverage       the leverage deployed (inducements weighted by their conditions, plus coercion)
     * @param need           the leverage the partner needs (0 when motivated)
     * @param coercionNorm   the coercion its band calls for
     * @param conditionsNorm the conditions its band calls for
     */
    record Verdict(double softPower, String recommended, String failure, String compliance, double intensity,
                   List<String> explanation, double leverage, double need, double coercionNorm,
                   double conditionsNorm) {
        public Verdict {
            explanation = List.copyOf(explanation);
        }
    }
}
