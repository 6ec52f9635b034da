package org.entente.scenario;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of validating one scenario text: every problem found (sorted by line, then column), and
 * the scenario itself when there were none.
 */
public record ValidationReport(String source, List<Problem> problems, Optional<Scenario> scenario) {

    public ValidationReport {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty() && scenario.isPresent();
    }
}
