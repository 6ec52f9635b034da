package org.entente.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The learning objectives of a scenario, read from its YAML text — the text a session's log carries in
 * {@code scenario.loaded}, so that the debrief of any session reads the lessons of the scenario it played.
 * The text has passed the schema and the semantic checks when it was loaded; a text without lessons has none.
 */
public final class Lessons {
    /** Without a {@code share}, a lesson is met when at least half of the turns that tested it passed. */
    public static final double DEFAULT_SHARE = 0.5;

    private Lessons() {
    }

    public static List<Lesson> of(String scenarioYaml) {
        return of(LocatedTree.parse(scenarioYaml, "scenario").root);
    }

    static List<Lesson> of(JsonNode root) {
        List<Lesson> out = new ArrayList<>();
        for (JsonNode l : root.path("lessons")) {
            out.add(new Lesson(l.get("id").asText(), l.get("lesson").asText(), strings(l.path("questions")),
                    evidence(l.get("evidence")), l.path("share").asDouble(DEFAULT_SHARE)));
        }
        return List.copyOf(out);
    }

    private static Lesson.Evidence evidence(JsonNode e) {
        return switch (e.get("kind").asText()) {
            case "relationship" -> new Lesson.RelationshipEvidence(e.get("coalition").asText(), strings(e.path("partners")),
                    strings(e.path("when")), strings(e.path("avoid")), strings(e.path("compliance")));
            case "estimate" -> new Lesson.EstimateEvidence(e.get("coalition").asText(), strings(e.path("partners")),
                    e.path("within").asDouble(0.2));
            case "membership" -> new Lesson.MembershipEvidence(e.get("nation").asText(), e.get("coalition").asText(),
                    e.path("member").asBoolean(true));
            case "burden" -> new Lesson.BurdenEvidence(e.get("nation").asText(), e.get("flag").asText());
            default -> throw new IllegalArgumentException("unknown evidence kind " + e.get("kind"));
        };
    }

    private static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asText()));
        return out;
    }
}
