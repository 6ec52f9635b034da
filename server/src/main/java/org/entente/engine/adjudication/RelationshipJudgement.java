package org.entente.engine.adjudication;

import java.util.List;

/**
 * The framework's judgement of one leader–partner relationship in one turn, with its explanation;
 * {@code stance} is the leader's declared stance toward the partner ({@code engage}, {@code leave},
 * {@code keepOut}; null if it declared none), by which {@code failure} was judged.
 */
public record RelationshipJudgement(String coalition, String leader, String partner, RelationshipInputs inputs,
                                    double softPower, String recommended, String failure, String compliance,
                                    double intensity, List<String> explanation, String stance) {

    public RelationshipJudgement {
        explanation = List.copyOf(explanation);
    }
}
