package org.entente.engine.adjudication;

import java.util.List;
import org.entente.scenario.Bands;

/** The framework's judgement of one relationship, as the adjudicator needs it. */
public interface Judge {

    Verdict judge(String leader, String partner, RelationshipInputs inputs, Bands bands);

    record Verdict(double softPower, String recommended, String failure, String compliance, double intensity,
                   List<String> explanation) {
        public Verdict {
            explanation = List.copyOf(explanation);
        }
    }
}
