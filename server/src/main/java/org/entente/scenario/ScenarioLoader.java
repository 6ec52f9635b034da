package org.entente.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Reads a scenario: YAML parse (recording where each value is written), JSON Schema (draft 2020-12,
 * {@code scenarios/schema/scenario.schema.json} on the classpath), then the semantic checks. Every problem
 * carries its line, column and field path.
 */
public final class ScenarioLoader {

    /**
     * The largest scenario accepted, in bytes (and characters): the bundled ones are 10 to 15 kB, and the HTTP API takes bodies of 256 KiB at most. Larger input
     * is refused before it is parsed, naming this limit, whatever brings it (a file, an upload, a replayed log).
     */
    public static final int MAX_BYTES = 256 * 1024;

    private ScenarioLoader() {
    }

    /** Loads a scenario file; throws {@link ScenarioException} listing every problem if it is unreadable or invalid. */
    public static Scenario load(Path file) throws ScenarioException {
        String text;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ScenarioException(file.toString(), List.of(tooLarge(file.toString(), size)));
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException("cannot read scenario " + file + ": " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    private static Problem tooLarge(String source, long bytes) {
        return new Problem(source, 0, 0, "$", "the scenario is " + bytes + " bytes; the limit is " + MAX_BYTES
                + " bytes (256 KiB, ScenarioLoader.MAX_BYTES): a scenario that large is not a scenario");
    }

    /** Parses and validates scenario text; throws {@link ScenarioException} listing every problem. */
    public static Scenario parse(String yamlText, String sourceName) throws ScenarioException {
        ValidationReport r = validate(yamlText, sourceName);
        if (!r.valid()) {
            throw new ScenarioException(sourceName, r.problems());
        }
        return r.scenario().orElseThrow();
    }

    /** Validates scenario text and reports every problem (sorted by position), not just the first. */
    public static ValidationReport validate(String yamlText, String sourceName) {
        if (yamlText.length() > MAX_BYTES || (yamlText.length() > MAX_BYTES / 4
                && yamlText.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES)) {
            return new ValidationReport(sourceName, List.of(tooLarge(sourceName,
                    yamlText.getBytes(StandardCharsets.UTF_8).length)), Optional.empty());
        }
        LocatedTree tree;
        try {
            tree = LocatedTree.parse(yamlText, sourceName);
        } catch (ScenarioException e) {
            List<Problem> ps = e.problems().isEmpty()
                    ? List.of(new Problem(sourceName, 0, 0, "$", e.getMessage())) : e.problems();
            return new ValidationReport(sourceName, ps, Optional.empty());
        }
        List<Problem> problems = new ArrayList<>(tree.duplicateKeys);
        if (!tree.root.isObject()) {
            problems.add(new Problem(sourceName, 1, 1, "$", "a scenario is a YAML mapping (id: ..., title: ..., ...)"));
            return new ValidationReport(sourceName, problems, Optional.empty());
        }
        problems.addAll(SchemaCheck.check(tree, sourceName));
        problems.addAll(SemanticCheck.check(tree, sourceName));
        List<Problem> sorted = new ArrayList<>(new LinkedHashSet<>(problems));
        sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column)
                .thenComparing(Problem::field).thenComparing(Problem::message));
        if (!sorted.isEmpty()) {
            return new ValidationReport(sourceName, sorted, Optional.empty());
        }
        Scenario s;
        try {
            s = ModelBuilder.build(tree.root);
        } catch (RuntimeException e) {
            // should not happen once schema and semantics pass; report rather than crash
            return new ValidationReport(sourceName,
                    List.of(new Problem(sourceName, 0, 0, "$", "internal error building the scenario: " + e)),
                    Optional.empty());
        }
        return new ValidationReport(sourceName, List.of(), Optional.of(s));
    }
}
