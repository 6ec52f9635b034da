package org.entente.engine.report;

import java.util.List;

/** A nation's score at the end: points won of the points its objectives were worth. */
public record Score(String nation, int points, int possible, List<ObjectiveResult> objectives) {
    public Score {
        objectives = List.copyOf(objectives);
    }

    public record ObjectiveResult(String id, String text, int weight, boolean met, String detail) {
    }
}
