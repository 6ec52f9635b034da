package org.entente.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Learning objectives are validated like the rest of a scenario: the schema refuses a malformed lesson and
 * the semantic checks an evidence that names what the scenario does not have — each problem by its field.
 */
class BadLessonsTest {

    private static String vietnamWith(String lessons) throws Exception {
        String text = Files.readString(Path.of("../scenarios/vietnam-1964.yaml"));
        return text.substring(0, text.indexOf("\nlessons:")) + "\nlessons:\n" + lessons;
    }

    private static List<String> fields(String text) {
        return ScenarioLoader.validate(text, "vietnam-1964.yaml").problems().stream().map(Problem::field).distinct().toList();
    }

    @Test
    void theBundledLessonsAreReadBack() throws Exception {
        List<Lesson> lessons = Lessons.of(Files.readString(Path.of("../scenarios/vietnam-1964.yaml")));
        assertEquals("pay-the-indifferent", lessons.get(0).id());
        Lesson.RelationshipEvidence e = (Lesson.RelationshipEvidence) lessons.get(0).evidence();
        assertEquals(List.of("GBR", "PAK"), e.partners());
        assertEquals(List.of("LIGHT_HANDEDNESS"), e.avoid());
        assertTrue(lessons.get(0).questions().size() >= 2);
    }

    @Test
    void anUnknownPartnerCoalitionOrLeaderAsPartnerIsNamed() throws Exception {
        List<String> f = fields(vietnamWith("""
                  - id: one
                    lesson: x
                    evidence: {kind: relationship, coalition: free-world, partners: [XXX, USA], avoid: [LIGHT_HANDEDNESS]}
                  - id: two
                    lesson: y
                    evidence: {kind: membership, nation: GBR, coalition: nowhere, member: false}
                  - id: one
                    lesson: z
                    evidence: {kind: burden, nation: ZZZ, flag: suckered}
                """));
        assertTrue(f.contains("lessons[0].evidence.partners[0]"), f.toString());
        assertTrue(f.contains("lessons[0].evidence.partners[1]"), f.toString());
        assertTrue(f.contains("lessons[1].evidence.coalition"), f.toString());
        assertTrue(f.contains("lessons[2].id"), f.toString());
        assertTrue(f.contains("lessons[2].evidence.nation"), f.toString());
    }

    @Test
    void theSchemaRefusesMalformedLessons() throws Exception {
        List<String> f = fields(vietnamWith("""
                  - id: a
                    lesson: no failure to avoid and no compliance to reach
                    evidence: {kind: relationship, coalition: free-world, partners: [GBR]}
                  - id: b
                    lesson: an unknown failure and an unknown field
                    evidence: {kind: relationship, coalition: free-world, partners: [GBR], avoid: [CLUMSINESS], colour: red}
                  - id: c
                    lesson: an unknown kind
                    evidence: {kind: vibes}
                  - id: d
                    lesson: a share out of range
                    share: 1.5
                    evidence: {kind: burden, nation: USA, flag: suckered}
                """));
        assertTrue(f.stream().anyMatch(x -> x.startsWith("lessons[0].evidence")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.startsWith("lessons[1].evidence")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.startsWith("lessons[2].evidence")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.startsWith("lessons[3].share")), f.toString());
    }
}
