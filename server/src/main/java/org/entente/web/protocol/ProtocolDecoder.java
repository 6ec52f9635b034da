package org.entente.web.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.config.Limits;
import org.entente.engine.command.OpenBilateral;
import org.entente.engine.command.PostMessage;

/**
 * The one parser of client frames: every message type, its fields and their types are declared
 * here, and anything else — malformed JSON, an unknown type or field, a wrong type, an oversized
 * frame — becomes a {@link ProtocolError} naming the problem.
 */
public final class ProtocolDecoder {
    private static final Pattern COMMAND_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern NATION_ID = Pattern.compile("[A-Z][A-Z0-9-]{1,15}");
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(16).maxNumberLength(32).maxStringLength(64 * 1024).build())
            .build()).build();

    private final Limits limits;

    public ProtocolDecoder(Limits limits) {
        this.limits = limits;
    }

    public ClientMessage decode(String text) throws ProtocolError {
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > limits.maxFrameBytes()) {
            throw new ProtocolError(null, "FRAME_TOO_LARGE", null,
                    "The frame is " + bytes + " bytes; the limit is " + limits.maxFrameBytes() + ".");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ProtocolError(null, "MALFORMED_JSON", null,
                    "The frame is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ProtocolError(null, "NOT_AN_OBJECT", null, "A message is a JSON object with a \"type\" field.");
        }
        String id = root.get("id") != null && root.get("id").isTextual() ? root.get("id").asText() : null;
        Fields f = new Fields(root, id);
        String type = f.requiredText("type", 40);
        return switch (type) {
            case "join" -> {
                f.only("type", "token", "lastSeq", "name");
                yield new ClientMessage.Join(f.requiredText("token", 200), f.optionalPosition("lastSeq"),
                        f.optionalText("name", limits.maxNameChars()));
            }
            case "ping" -> {
                f.only("type", "id");
                yield new ClientMessage.Ping(f.optionalText("id", 64));
            }
            case "post" -> {
                f.only("type", "id", "channel", "text");
                yield new ClientMessage.CommandRequest(f.commandId(),
                        new PostMessage(f.requiredText("channel", 80), f.requiredText("text", limits.maxMessageChars()), null));
            }
            case "openBilateral" -> {
                f.only("type", "id", "with");
                yield new ClientMessage.CommandRequest(f.commandId(), new OpenBilateral(f.nationId("with")));
            }
            default -> throw new ProtocolError(id, "UNKNOWN_TYPE", "type",
                    "Unknown message type '" + type + "'. Known types: join, ping, post, openBilateral.");
        };
    }

    /** Typed, named access to the fields of one message, each failure naming its field. */
    private static final class Fields {
        private final JsonNode node;
        private final String id;

        Fields(JsonNode node, String id) {
            this.node = node;
            this.id = id;
        }

        void only(String... allowed) throws ProtocolError {
            Set<String> known = Set.of(allowed);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                String name = it.next().getKey();
                if (!known.contains(name)) {
                    throw new ProtocolError(id, "UNKNOWN_FIELD", name,
                            "Field '" + name + "' is not part of a '" + node.get("type").asText() + "' message.");
                }
            }
        }

        String commandId() throws ProtocolError {
            String value = requiredText("id", 64);
            if (!COMMAND_ID.matcher(value).matches()) {
                throw new ProtocolError(null, "INVALID_FIELD", "id",
                        "A command id is 1 to 64 letters, digits or . _ : - (a UUID is a good choice).");
            }
            return value;
        }

        String nationId(String name) throws ProtocolError {
            String value = requiredText(name, 16);
            if (!NATION_ID.matcher(value).matches()) {
                throw new ProtocolError(id, "INVALID_FIELD", name, "'" + value + "' is not a nation id (such as GBR).");
            }
            return value;
        }

        String requiredText(String name, int maxChars) throws ProtocolError {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                throw new ProtocolError(id, "MISSING_FIELD", name, "Field '" + name + "' is required.");
            }
            return text(name, value, maxChars);
        }

        String optionalText(String name, int maxChars) throws ProtocolError {
            JsonNode value = node.get(name);
            return value == null || value.isNull() ? null : text(name, value, maxChars);
        }

        Long optionalPosition(String name) throws ProtocolError {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
                throw new ProtocolError(id, "INVALID_FIELD", name, "Field '" + name + "' must be a whole number ≥ 0.");
            }
            return value.asLong();
        }

        private String text(String name, JsonNode value, int maxChars) throws ProtocolError {
            if (!value.isTextual()) {
                throw new ProtocolError(id, "INVALID_FIELD", name,
                        "Field '" + name + "' must be a string, not " + value.getNodeType().name().toLowerCase() + ".");
            }
            String s = value.asText();
            if (s.codePointCount(0, s.length()) > maxChars) {
                throw new ProtocolError(id, "TOO_LONG", name,
                        "Field '" + name + "' is longer than " + maxChars + " characters.");
            }
            return s;
        }
    }
}
