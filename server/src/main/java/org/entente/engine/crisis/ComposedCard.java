package org.entente.engine.crisis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.Optional;
import org.entente.scenario.CrisisEvent;
import org.entente.scenario.Problem;
import org.entente.scenario.ScenarioLoader;
import org.entente.scenario.ValidationReport;

/**
 * A crisis the white cell composes on the spot. It is checked exactly as a card of the scenario's
 * deck would be — the same schema, the same ranges, the same references — by adding it to the
 * session's own scenario and validating the whole, so that an effect out of the scenario's ranges is
 * refused with its field named.
 */
public final class ComposedCard {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Either the card, or the first problem with its field (relative to the card, e.g. {@code effects[0].delta}). */
    public record Parsed(CrisisEvent card, String field, String problem) {
    }

    private ComposedCard() {
    }

    public static Parsed parse(String scenarioYaml, String cardJson, String id) {
        ObjectNode card;
        try {
            JsonNode node = JSON.readTree(cardJson);
            if (!(node instanceof ObjectNode o)) {
                return new Parsed(null, "card", "A crisis card is an object: {title, text, effects: [...]}.");
            }
            card = o;
        } catch (JsonProcessingException e) {
            return new Parsed(null, "card", "Not JSON: " + e.getOriginalMessage());
        }
        card.put("id", id);
        try {
            ObjectNode scenario = (ObjectNode) YAML.readTree(scenarioYaml);
            ArrayNode deck = scenario.has("deck") ? (ArrayNode) scenario.get("deck") : scenario.putArray("deck");
            int index = deck.size();
            deck.add(card);
            ValidationReport report = ScenarioLoader.validate(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(scenario),
                    "composed crisis");
            String prefix = "deck[" + index + "]";
            Optional<Problem> mine = report.problems().stream().filter(p -> p.field().startsWith(prefix)).findFirst();
            if (mine.isPresent()) {
                String field = mine.get().field().substring(prefix.length());
                return new Parsed(null, field.isEmpty() ? "card" : "card" + field, mine.get().message());
            }
            if (!report.valid()) {
                return new Parsed(null, "card", report.problems().get(0).message());
            }
            return new Parsed(report.scenario().orElseThrow().deck().get(index), null, null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the session's own scenario no longer parses", e);
        }
    }
}
