package org.entente.web.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Typed, named access to the fields of one message; every failure names its field (with its path). */
final class Fields {
    static final Pattern COMMAND_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    static final Pattern NATION_ID = Pattern.compile("[A-Z][A-Z0-9-]{1,15}");
    static final Pattern REF_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final JsonNode node;
    private final String id;
    private final String path;

    Fields(JsonNode node, String id, String path) {
        this.node = node;
        this.id = id;
        this.path = path;
    }

    private String at(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    ProtocolError error(String code, String name, String message) {
        return new ProtocolError(id, code, at(name), message);
    }

    void only(String... allowed) throws ProtocolError {
        Set<String> known = Set.of(allowed);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                throw error("UNKNOWN_FIELD", name, "Field '" + at(name) + "' is not part of this message; expected only "
                        + String.join(", ", allowed) + ".");
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
            throw error("INVALID_FIELD", name, "'" + value + "' is not a nation id (such as GBR).");
        }
        return value;
    }

    String ref(String name) throws ProtocolError {
        String value = requiredText(name, 64);
        if (!REF_ID.matcher(value).matches()) {
            throw error("INVALID_FIELD", name, "'" + name + "' is not a valid id.");
        }
        return value;
    }

    String optionalRef(String name) throws ProtocolError {
        return has(name) ? ref(name) : null;
    }

    boolean has(String name) {
        JsonNode v = node.get(name);
        return v != null && !v.isNull();
    }

    String requiredText(String name, int maxChars) throws ProtocolError {
        if (!has(name)) {
            throw error("MISSING_FIELD", name, "Field '" + at(name) + "' is required.");
        }
        return text(name, node.get(name), maxChars);
    }

    String optionalText(String name, int maxChars) throws ProtocolError {
        return has(name) ? text(name, node.get(name), maxChars) : null;
    }

    boolean requiredBool(String name) throws ProtocolError {
        if (!has(name)) {
            throw error("MISSING_FIELD", name, "Field '" + at(name) + "' is required (true or false).");
        }
        return bool(name);
    }

    boolean optionalBool(String name, boolean otherwise) throws ProtocolError {
        return has(name) ? bool(name) : otherwise;
    }

    private boolean bool(String name) throws ProtocolError {
        JsonNode v = node.get(name);
        if (!v.isBoolean()) {
            throw error("INVALID_FIELD", name, "Field '" + at(name) + "' must be true or false.");
        }
        return v.booleanValue();
    }

    double requiredNumber(String name, double min, double max) throws ProtocolError {
        if (!has(name)) {
            throw error("MISSING_FIELD", name, "Field '" + at(name) + "' is required (a number from " + min + " to " + max + ").");
        }
        return number(name, node.get(name), min, max);
    }

    Double optionalNumber(String name, double min, double max) throws ProtocolError {
        return has(name) ? number(name, node.get(name), min, max) : null;
    }

    int optionalInt(String name, int min, int max, int otherwise) throws ProtocolError {
        if (!has(name)) {
            return otherwise;
        }
        return integer(name, node.get(name), min, max);
    }

    Fields optionalObject(String name) throws ProtocolError {
        if (!has(name)) {
            return null;
        }
        JsonNode v = node.get(name);
        if (!v.isObject()) {
            throw error("INVALID_FIELD", name, "Field '" + at(name) + "' must be an object.");
        }
        return new Fields(v, id, at(name));
    }

    /** A nested object passed on as JSON text, for a layer that checks it whole (e.g. a composed crisis card). */
    String rawObject(String name) throws ProtocolError {
        if (!has(name)) {
            throw error("MISSING_FIELD", name, "Field '" + at(name) + "' is required.");
        }
        JsonNode v = node.get(name);
        if (!v.isObject()) {
            throw error("INVALID_FIELD", name, "Field '" + at(name) + "' must be an object.");
        }
        return v.toString();
    }

    Map<String, Integer> intMap(String name, int min, int max, int maxEntries) throws ProtocolError {
        Map<String, Integer> out = new LinkedHashMap<>();
        Fields obj = optionalObject(name);
        if (obj == null) {
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!REF_ID.matcher(e.getKey()).matches() || out.size() >= maxEntries) {
                throw obj.error("INVALID_FIELD", e.getKey(), "Too many entries, or a key that is not an id.");
            }
            out.put(e.getKey(), obj.integer(e.getKey(), e.getValue(), min, max));
        }
        return out;
    }

    Map<String, Double> numberMap(String name, double min, double max, int maxEntries) throws ProtocolError {
        Map<String, Double> out = new LinkedHashMap<>();
        Fields obj = optionalObject(name);
        if (obj == null) {
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!NATION_ID.matcher(e.getKey()).matches() || out.size() >= maxEntries) {
                throw obj.error("INVALID_FIELD", e.getKey(), "Too many entries, or a key that is not a nation id.");
            }
            out.put(e.getKey(), obj.number(e.getKey(), e.getValue(), min, max));
        }
        return out;
    }

    List<String> refList(String name, int maxEntries) throws ProtocolError {
        List<String> out = new ArrayList<>();
        if (!has(name)) {
            return out;
        }
        JsonNode v = node.get(name);
        if (!v.isArray() || v.size() > maxEntries) {
            throw error("INVALID_FIELD", name, "Field '" + at(name) + "' must be a list of at most " + maxEntries + " ids.");
        }
        for (JsonNode item : v) {
            if (!item.isTextual() || !REF_ID.matcher(item.asText()).matches()) {
                throw error("INVALID_FIELD", name, "Field '" + at(name) + "' must hold ids only.");
            }
            out.add(item.asText());
        }
        return out;
    }

    private String text(String name, JsonNode value, int maxChars) throws ProtocolError {
        if (!value.isTextual()) {
            throw error("INVALID_FIELD", name, "Field '" + at(name) + "' must be a string, not "
                    + value.getNodeType().name().toLowerCase() + ".");
        }
        String s = value.asText();
        if (s.codePointCount(0, s.length()) > maxChars) {
            throw error("TOO_LONG", name, "Field '" + at(name) + "' is longer than " + maxChars + " characters.");
        }
        return s;
    }

    private double number(String name, JsonNode v, double min, double max) throws ProtocolError {
        if (!v.isNumber() || !Double.isFinite(v.doubleValue()) || v.doubleValue() < min || v.doubleValue() > max) {
            throw error("INVALID_FIELD", name, "Field '" + at(name) + "' must be a number from " + min + " to " + max + ".");
        }
        return v.doubleValue();
    }

    private int integer(String name, JsonNode v, int min, int max) throws ProtocolError {
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < min || v.intValue() > max) {
            throw error("INVALID_FIELD", name, "Field '" + at(name) + "' must be a whole number from " + min + " to " + max + ".");
        }
        return v.intValue();
    }

    Long optionalPosition(String name) throws ProtocolError {
        if (!has(name)) {
            return null;
        }
        JsonNode value = node.get(name);
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
            throw error("INVALID_FIELD", name, "Field '" + at(name) + "' must be a whole number ≥ 0.");
        }
        return value.asLong();
    }
}
