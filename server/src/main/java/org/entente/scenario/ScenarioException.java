package org.entente.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario could not be read or is invalid. The message names the file, line, column and field of
 * every problem found; {@link #problems()} gives them one by one.
 */
public class ScenarioException extends RuntimeException {

    private final List<Problem> problems;

    public ScenarioException(String message) {
        super(message);
        this.problems = List.of();
    }

    public ScenarioException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of();
    }

    public ScenarioException(String source, List<Problem> problems) {
        super(describe(source, problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(String source, List<Problem> problems) {
        return "invalid scenario " + source + " (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):\n"
                + problems.stream().map(p -> "  " + p.format()).collect(Collectors.joining("\n"));
    }
}
