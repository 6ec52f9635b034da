package org.entente.scenario;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One fixture per kind of problem, each derived from {@code control-valid.yaml} with the offending lines
 * marked {@code # expect: FIELD}: exactly those (line, field) pairs must be reported.
 */
class BadScenariosTest {

    private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*(\\S+)");

    static String fixture(String name) throws IOException {
        try (InputStream in = BadScenariosTest.class.getClassLoader().getResourceAsStream("scenarios-bad/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"schema-type-error.yaml", "out-of-range.yaml", "unknown-field.yaml",
            "dangling-reference.yaml", "leader-not-member.yaml", "duplicate-id.yaml", "bad-bands.yaml",
            "missing-field.yaml", "affinity-self.yaml", "bad-effect.yaml", "bad-measure.yaml",
            "unknown-measure-param.yaml", "syntax-error.yaml", "duplicate-key.yaml", "many-problems.yaml"})
    void reportsTheMarkedLinesAndFields(String name) throws IOException {
        String text = fixture(name);
        Set<String> expected = new TreeSet<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = EXPECT.matcher(lines[i]);
            if (m.find()) {
                expected.add((i + 1) + " " + m.group(1));
            }
        }
        assertFalse(expected.isEmpty(), "fixture has no # expect: marker");
        ValidationReport r = ScenarioLoader.validate(text, name);
        assertFalse(r.valid());
        Set<String> actual = r.problems().stream().map(p -> p.line() + " " + p.field())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, actual, () -> "problems were:\n" + r.problems().stream().map(Problem::format)
                .collect(Collectors.joining("\n")));
        for (Problem p : r.problems()) {
            assertEquals(name, p.source());
            assertTrue(p.column() > 0, () -> "no column: " + p);
            assertFalse(p.message().isBlank());
        }
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(text, name));
        assertTrue(e.getMessage().contains(name + ":" + r.problems().get(0).line() + ":"), e.getMessage());
        assertEquals(r.problems(), e.problems());
    }

    @org.junit.jupiter.api.Test
    void theControlIsValid() throws IOException {
        ValidationReport r = ScenarioLoader.validate(fixture("control-valid.yaml"), "control-valid.yaml");
        assertEquals(List.of(), r.problems());
        Scenario s = r.scenario().orElseThrow();
        assertEquals("fixture-minimal", s.id());
        assertEquals(Bands.DEFAULT, s.bands());
        assertEquals("blue", s.council().coalition());
        // defaultTargets absent means every nation
        assertEquals(List.of("AAA", "BBB"), s.deck().get(0).defaultTargets());
    }

    @org.junit.jupiter.api.Test
    void messagesSayWhatIsWrong() throws IOException {
        List<String> msgs = new ArrayList<>();
        for (String f : List.of("unknown-field.yaml", "leader-not-member.yaml", "missing-field.yaml", "bad-bands.yaml")) {
            msgs.add(ScenarioLoader.validate(fixture(f), f).problems().get(0).message());
        }
        assertTrue(msgs.get(0).contains("unknown field 'colour'"), msgs.get(0));
        assertTrue(msgs.get(1).contains("not one of the coalition's members"), msgs.get(1));
        assertTrue(msgs.get(2).contains("missing required field 'resources'"), msgs.get(2));
        assertTrue(msgs.get(3).contains("ordered"), msgs.get(3));
    }
}
