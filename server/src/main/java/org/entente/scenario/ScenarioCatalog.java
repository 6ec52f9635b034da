package org.entente.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bundled scenarios, read from the classpath ({@code scenarios/index.txt} lists the files, since a
 * directory inside a jar cannot be listed). Immutable and thread-safe.
 */
public final class ScenarioCatalog {

    public static final String INDEX_RESOURCE = "scenarios/index.txt";

    private static volatile ScenarioCatalog bundled;

    private final List<Scenario> all;
    private final Map<String, Scenario> byId;
    /** The YAML each scenario was read from, by id: a session keeps it in its log so replay never depends on today's files. */
    private final Map<String, String> sources = new HashMap<>();

    public ScenarioCatalog(List<Scenario> scenarios) {
        List<Scenario> sorted = new ArrayList<>(scenarios);
        sorted.sort(Comparator.comparing(Scenario::id));
        Map<String, Scenario> m = new HashMap<>();
        for (Scenario s : sorted) {
            if (m.put(s.id(), s) != null) {
                throw new ScenarioException("two scenarios share the id '" + s.id() + "'");
            }
        }
        this.all = List.copyOf(sorted);
        this.byId = Map.copyOf(m);
    }

    /**
     * Every bundled scenario (loaded once, then cached). Throws {@link ScenarioException} naming the file,
     * line and field of every problem if a bundled scenario is invalid.
     */
    public static ScenarioCatalog bundled() {
        ScenarioCatalog c = bundled;
        if (c == null) {
            synchronized (ScenarioCatalog.class) {
                c = bundled;
                if (c == null) {
                    c = fromClasspath(ScenarioCatalog.class.getClassLoader(), "scenarios/");
                    bundled = c;
                }
            }
        }
        return c;
    }

    /** The file names listed in the bundled index, in order (blank lines and {@code #} comments skipped). */
    public static List<String> bundledFileNames() {
        return indexOf(ScenarioCatalog.class.getClassLoader(), "scenarios/");
    }

    static ScenarioCatalog fromClasspath(ClassLoader cl, String prefix) {
        List<Scenario> out = new ArrayList<>();
        Map<String, String> texts = new HashMap<>();
        for (String name : indexOf(cl, prefix)) {
            String resource = prefix + name;
            try (InputStream in = cl.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new ScenarioException(prefix + "index.txt lists " + name + " but " + resource + " is not on the classpath");
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Scenario scenario = ScenarioLoader.parse(text, resource);
                out.add(scenario);
                texts.put(scenario.id(), text);
            } catch (IOException e) {
                throw new ScenarioException("cannot read " + resource + ": " + e.getMessage(), e);
            }
        }
        ScenarioCatalog catalog = new ScenarioCatalog(out);
        catalog.sources.putAll(texts);
        return catalog;
    }

    /**
     * This catalog and every {@code *.yaml} scenario in a directory (a college's own). Every file must be
     * valid and its id new: otherwise a {@link ScenarioException} lists every problem with its file,
     * line and field, and nothing is loaded.
     */
    public ScenarioCatalog with(java.nio.file.Path directory) {
        List<Scenario> out = new ArrayList<>(all);
        Map<String, String> texts = new HashMap<>(sources);
        List<Problem> problems = new ArrayList<>();
        List<java.nio.file.Path> files;
        try (var listing = java.nio.file.Files.list(directory)) {
            files = listing.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new ScenarioException("cannot list the scenarios in " + directory + ": " + e.getMessage(), e);
        }
        for (java.nio.file.Path file : files) {
            String text;
            try {
                text = java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ScenarioException("cannot read " + file + ": " + e.getMessage(), e);
            }
            ValidationReport report = ScenarioLoader.validate(text, file.toString());
            if (!report.valid()) {
                problems.addAll(report.problems());
                continue;
            }
            Scenario s = report.scenario().orElseThrow();
            if (texts.containsKey(s.id())) {
                problems.add(new Problem(file.toString(), 0, 0, "id", "the id '" + s.id() + "' is already taken by another scenario"));
                continue;
            }
            out.add(s);
            texts.put(s.id(), text);
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(directory.toString(), problems);
        }
        ScenarioCatalog catalog = new ScenarioCatalog(out);
        catalog.sources.putAll(texts);
        return catalog;
    }

    /** The YAML text a scenario was loaded from, if this catalog read it from files. */
    public Optional<String> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    private static List<String> indexOf(ClassLoader cl, String prefix) {
        String index = prefix + "index.txt";
        try (InputStream in = cl.getResourceAsStream(index)) {
            if (in == null) {
                throw new ScenarioException("the scenario index " + index + " is not on the classpath");
            }
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    names.add(l);
                }
            }
            return names;
        } catch (IOException e) {
            throw new ScenarioException("cannot read " + index + ": " + e.getMessage(), e);
        }
    }

    /** Every scenario, ordered by id. */
    public List<Scenario> all() {
        return all;
    }

    public Optional<Scenario> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
