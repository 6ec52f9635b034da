package org.entente.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document parsed into a Jackson tree, remembering where each value (and each mapping key) starts,
 * by field path ({@code nations[2].threat.axis.power}; {@code $} for the root).
 */
final class LocatedTree {

    /** 1-based line and column. */
    record Pos(int line, int column) {
        static final Pos UNKNOWN = new Pos(0, 0);
    }

    /**
     * The parser refuses more than {@link ScenarioLoader#MAX_BYTES} characters, deep nesting and alias bombs itself,
     * so that no input makes it work long (issue 17: an 8 MB file took 24 s, 60 MB over a minute).
     */
    private static final YAMLFactory YAML = YAMLFactory.builder().loaderOptions(loaderOptions()).build();

    private static org.yaml.snakeyaml.LoaderOptions loaderOptions() {
        org.yaml.snakeyaml.LoaderOptions o = new org.yaml.snakeyaml.LoaderOptions();
        o.setCodePointLimit(ScenarioLoader.MAX_BYTES);
        o.setNestingDepthLimit(40);
        o.setMaxAliasesForCollections(20);
        return o;
    }

    final JsonNode root;
    private final Map<String, Pos> values;
    private final Map<String, Pos> keys;
    /** Keys that appear twice in one mapping, as problems (the YAML parser would silently keep the last). */
    final List<Problem> duplicateKeys;

    private LocatedTree(JsonNode root, Map<String, Pos> values, Map<String, Pos> keys, List<Problem> duplicateKeys) {
        this.root = root;
        this.values = values;
        this.keys = keys;
        this.duplicateKeys = duplicateKeys;
    }

    /** Parses; a syntax error is thrown as a {@link ScenarioException} carrying a single located problem. */
    static LocatedTree parse(String text, String source) {
        Map<String, Pos> values = new HashMap<>();
        Map<String, Pos> keys = new HashMap<>();
        List<Problem> dups = new ArrayList<>();
        try (JsonParser p = YAML.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new ScenarioException(source, List.of(new Problem(source, 1, 1, "$", "the file is empty")));
            }
            JsonNode root = read(p, "$", values, keys, dups, source);
            return new LocatedTree(root, values, keys, dups);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
            int col = loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
            throw new ScenarioException(source, List.of(new Problem(source, line, col, "$",
                    "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""))));
        } catch (IOException e) {
            throw new ScenarioException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode read(JsonParser p, String path, Map<String, Pos> values, Map<String, Pos> keys,
                                 List<Problem> dups, String source) throws IOException {
        JsonLocation loc = p.currentTokenLocation();
        values.putIfAbsent(path, new Pos(loc.getLineNr(), loc.getColumnNr()));
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = f.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonLocation kl = p.currentTokenLocation();
                    String child = child(path, name);
                    Pos kp = new Pos(kl.getLineNr(), kl.getColumnNr());
                    if (o.has(name)) {
                        dups.add(new Problem(source, kp.line(), kp.column(), child,
                                "duplicate key '" + name + "' (it already appears at line " + keys.get(child).line() + ")"));
                    } else {
                        keys.put(child, kp);
                    }
                    p.nextToken();
                    JsonNode v = read(p, child, values, keys, dups, source);
                    if (!o.has(name)) {
                        o.set(name, v);
                    }
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = f.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(read(p, path + "[" + i + "]", values, keys, dups, source));
                    i++;
                }
                return a;
            }
            case VALUE_STRING:
                return f.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return switch (p.getNumberType()) {
                    case INT -> f.numberNode(p.getIntValue());
                    case LONG -> f.numberNode(p.getLongValue());
                    default -> f.numberNode(p.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return f.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return f.booleanNode(true);
            case VALUE_FALSE:
                return f.booleanNode(false);
            case VALUE_NULL:
                return f.nullNode();
            case VALUE_EMBEDDED_OBJECT:
                return f.textNode(p.getText());
            default:
                throw new IllegalStateException("unexpected YAML token " + t);
        }
    }

    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    static String child(String path, String name) {
        boolean plain = PLAIN.matcher(name).matches();
        String seg = plain ? "." + name : "['" + name.replace("'", "\\'") + "']";
        return "$".equals(path) ? (plain ? name : "$" + seg) : path + seg;
    }

    static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    /** Where the value at this path starts; falls back to its nearest located ancestor. */
    Pos value(String path) {
        String p = path;
        while (p != null) {
            Pos pos = values.get(p);
            if (pos != null) {
                return pos;
            }
            p = parent(p);
        }
        return Pos.UNKNOWN;
    }

    /** Where the key of this path's mapping entry is written; the value's position if it is not a mapping entry. */
    Pos key(String path) {
        Pos pos = keys.get(path);
        return pos != null ? pos : value(path);
    }

    static String parent(String path) {
        if (path.equals("$")) {
            return null;
        }
        int dot = path.lastIndexOf('.');
        int br = path.lastIndexOf('[');
        int cut = Math.max(dot, br);
        if (cut <= 0) {
            return "$";
        }
        String parent = path.substring(0, cut);
        return parent.isEmpty() ? "$" : parent;
    }
}
