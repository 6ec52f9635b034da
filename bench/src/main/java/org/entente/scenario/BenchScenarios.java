package org.entente.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Scenarios for the benchmarks, in the scenario package because the parts of {@link ScenarioLoader}
 * it needs are package-private. {@link #generated(int)} writes a scenario of any number of nations;
 * {@link #parseUnbounded} reads it with the loader's own YAML parse and semantic checks but without the
 * JSON Schema, whose {@code nations.maxItems} is 16: a 40-nation scenario is refused by
 * {@link ScenarioLoader#parse} (see docs/performance.md).
 */
public final class BenchScenarios {
    private BenchScenarios() {
    }

    public static String nationId(int i) {
        return String.format("N%02d", i);
    }

    /** Parses through the full loader when it accepts the text, otherwise without the schema (semantic checks still apply). */
    public static Scenario parseUnbounded(String yaml, String name) {
        try {
            return ScenarioLoader.parse(yaml, name);
        } catch (ScenarioException schemaBound) {
            LocatedTree tree = LocatedTree.parse(yaml, name);
            List<Problem> problems = new ArrayList<>(tree.duplicateKeys);
            problems.addAll(SemanticCheck.check(tree, name));
            if (!problems.isEmpty()) {
                throw new ScenarioException(name, problems);
            }
            return ModelBuilder.build(tree.root);
        }
    }

    /** The schema problems of a text (to show why {@link ScenarioLoader#parse} refuses it). */
    public static List<Problem> schemaProblems(String yaml, String name) {
        return SchemaCheck.check(LocatedTree.parse(yaml, name), name);
    }

    /**
     * A scenario of {@code n} nations (n ≥ 4): two adversaries, a grand coalition of the first half led by
     * N00 and a rival one of the next quarter led by the first nation after the half; everyone threatened,
     * affinities to the four nearest neighbours, a council of up to ten seats.
     */
    public static String generated(int n) {
        int grand = n / 2;
        int rival = Math.max(2, n / 4);
        StringBuilder y = new StringBuilder();
        y.append("id: generated-").append(n).append("\n");
        y.append("title: Generated ").append(n).append("-nation benchmark scenario\n");
        y.append("summary: A synthetic scenario for the benchmarks.\n");
        y.append("briefing: Nothing here is history.\n");
        y.append("era: \"2040\"\n");
        y.append("adversaries:\n");
        y.append("  - {id: red, name: Red, strength: 0.6, aims: wolf, description: The main threat.}\n");
        y.append("  - {id: grey, name: Grey, strength: 0.2, aims: jackal, description: The opportunist.}\n");
        y.append("coalitions:\n");
        y.append("  - id: grand\n    name: Grand coalition\n    leader: ").append(nationId(0))
                .append("\n    posture: defensive\n    against: [red, grey]\n    members: [");
        for (int i = 0; i < grand; i++) {
            y.append(i == 0 ? "" : ", ").append(nationId(i));
        }
        y.append("]\n    description: The main coalition.\n");
        y.append("  - id: rival\n    name: Rival coalition\n    leader: ").append(nationId(grand))
                .append("\n    posture: revisionist\n    against: [grey]\n    members: [");
        for (int i = grand; i < grand + rival; i++) {
            y.append(i == grand ? "" : ", ").append(nationId(i));
        }
        y.append("]\n");
        y.append("nations:\n");
        for (int i = 0; i < n; i++) {
            double f = (i % 10) / 10.0;
            y.append("  - id: ").append(nationId(i)).append("\n");
            y.append("    name: Nation ").append(i).append("\n");
            y.append("    regime: ").append(i % 3 == 2 ? "autocracy" : "democracy").append("\n");
            y.append("    aims: ").append(i % 5 == 0 ? "lion" : i % 5 == 1 ? "wolf" : "jackal").append("\n");
            y.append("    military: ").append(fmt(0.2 + 0.7 * f)).append("\n");
            y.append("    resources: ").append(5 + (i % 7) * 5).append("\n");
            y.append("    intelligence: ").append(fmt(0.4 + 0.5 * f)).append("\n");
            y.append("    threat:\n");
            y.append("      red: {power: ").append(fmt(0.3 + 0.6 * f)).append(", proximity: ").append(fmt(0.9 - 0.5 * f))
                    .append(", offensive: 0.5, intentions: 0.6}\n");
            y.append("      grey: {power: 0.2, proximity: ").append(fmt(0.2 + 0.3 * f)).append(", offensive: 0.2, intentions: 0.3}\n");
            y.append("    opportunity: {grand: ").append(fmt(0.1 + 0.3 * f)).append(", grey: 0.1}\n");
            y.append("    affinity: {");
            for (int d = 1; d <= 2; d++) {
                y.append(d == 1 ? "" : ", ").append(nationId((i + d) % n)).append(": ").append(fmt(0.2 + 0.1 * d));
                y.append(", ").append(nationId((i - d + n) % n)).append(": ").append(fmt(0.1 * d));
            }
            y.append("}\n");
            y.append("    preferences: {conduct: ").append(fmt(f)).append(", aims: ").append(fmt(1 - f)).append("}\n");
            y.append("    objectives:\n");
            y.append("      - {id: win, text: Win the war., weight: 3, measure: {kind: victory}}\n");
            y.append("      - {id: share, text: Carry at most a fair share., measure: {kind: contributionShare, atMost: 0.3}}\n");
            y.append("    domestic: {extraction: 0.5, maxConditionality: 0.6, publicSupport: ").append(fmt(0.4 + 0.4 * f)).append("}\n");
            y.append("    briefing: You are nation ").append(i).append(".\n");
        }
        y.append("preferenceAxes:\n  conduct: {low: Restrained, high: Unrestrained}\n  aims: {low: Limited, high: Total}\n");
        y.append("turns:\n  count: 10\n  phases: {negotiation: 600, council: 300, orders: 300, reports: 120}\n");
        y.append("council:\n  name: The council\n  voting: majority\n  coalition: grand\n  initialSeats: [");
        for (int i = 0; i < Math.min(10, grand); i++) {
            y.append(i == 0 ? "" : ", ").append(nationId(i));
        }
        y.append("]\n");
        y.append("war: {progress: 0.3, victoryAt: 0.9}\n");
        y.append("deck:\n");
        y.append("  - id: surge\n    title: A surge\n    suggestedTurn: 2\n    text: Red surges.\n    effects:\n");
        y.append("      - {kind: threat, adversary: red, component: intentions, delta: 0.1, targets: [all]}\n");
        y.append("      - {kind: progress, delta: -0.05}\n");
        return y.toString();
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.2f", Math.max(0, Math.min(1, v)));
    }
}
