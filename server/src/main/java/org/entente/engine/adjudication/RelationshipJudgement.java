package org.entente.engine.adjudication;

import java.util.List;

/** The framework's judgement of one leader–partner relationship in one turn, with its explanation. */
public record RelationshipJudgement(String coalition, String leader, String partner, RelationshipInputs inputs,
                                    double softPower, String recommended, String failure, String compliance,
                                    double intensity, List<String> explanation) {

    public RelationshipJudgement {
        explanation = List.copyOf(explanation);
    }
}
