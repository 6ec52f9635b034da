package org.entente.engine.event;

import java.util.List;
import org.entente.engine.report.Score;

/** The exercise is over: every nation's score against its objectives, and how each coalition's war ended. Public. */
public record ExerciseEnded(String reason, List<Score> scores, List<String> outcomes) implements Event {
    public ExerciseEnded {
        scores = List.copyOf(scores);
        outcomes = List.copyOf(outcomes);
    }
}
