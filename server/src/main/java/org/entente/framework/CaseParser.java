package org.entente.framework;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads a case in the contract's format, strictly: a value out of range, of the wrong type, a field the
 * contract does not name (at every level), a missing nation, leader or partners, duplicate keys, an empty
 * body, text that is not JSON or JSON followed by anything: each is an {@link InvalidCaseException} naming
 * the field. Nothing is clamped and nothing is defaulted but what the contract defaults (numbers to 0,
 * posture to defensive, leaderEstimate and bands to null). {@code note} (free text) and {@code expect}
 * (an object) are accepted and ignored.
 */
public final class CaseParser {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final List<String> CASE_FIELDS = List.of("id", "leader", "partners", "bands", "note", "expect");
    private static final List<String> LEADER_FIELDS = List.of("nation", "power", "posture", "note");
    private static final List<String> PARTNER_FIELDS = List.of("nation", "threat", "opportunity", "affinity",
            "voice", "divergence", "cost", "leaderEstimate", "deployed", "note");
    private static final List<String> DEPLOYED_FIELDS = List.of("coercion", "sidePayment", "bolstering",
            "conditionality");
    private static final List<String> BAND_EDGES = List.of("coercive", "mixed", "indifferent", "motivated");
    private static final List<String> BANDS_FIELDS = List.of("coercive", "mixed", "indifferent", "motivated",
            "conditional");

    private CaseParser() {
    }

    public static AllianceCase parse(String json) throws InvalidCaseException {
        if (json == null || json.isBlank()) {
            throw new InvalidCaseException("body", "empty body: expected a case, a JSON object with \"leader\" and"
                    + " \"partners\"");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new InvalidCaseException("body", "not valid JSON" + where + ": " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidCaseException("body", "empty body: expected a case, a JSON object");
        }
        if (!root.isObject()) {
            throw new InvalidCaseException("body", "must be a JSON object (a case), got " + describe(root));
        }
        onlyKnown(root, "", CASE_FIELDS);
        String id = optionalText(root, "id", "id");
        freeText(root, "note", "note");
        JsonNode expect = root.get("expect");
        if (expect != null && !expect.isObject()) {
            throw new InvalidCaseException("expect", "must be an object (it is ignored), got " + describe(expect));
        }
        Leader leader = leader(root.get("leader"));
        List<PartnerInputs> partners = partners(root.get("partners"));
        Bands bands = bands(root.get("bands"));
        return new AllianceCase(id, leader, partners, bands);
    }

    private static Leader leader(JsonNode node) throws InvalidCaseException {
        if (node == null) {
            throw new InvalidCaseException("leader", "missing: every case needs a leader {\"nation\", \"power\","
                    + " \"posture\"}");
        }
        if (!node.isObject()) {
            throw new InvalidCaseException("leader", "must be an object, got " + describe(node));
        }
        onlyKnown(node, "leader.", LEADER_FIELDS);
        String nation = nation(node, "leader.nation");
        double power = number(node, "power", "leader.power", 0, 1);
        freeText(node, "note", "leader.note");
        Posture posture = Posture.DEFENSIVE;
        JsonNode p = node.get("posture");
        if (p != null) {
            posture = p.isTextual() ? Posture.fromJson(p.textValue()) : null;
            if (posture == null) {
                throw new InvalidCaseException("leader.posture", "must be \"defensive\" or \"revisionist\", got "
                        + describe(p));
            }
        }
        return new Leader(nation, power, posture);
    }

    private static List<PartnerInputs> partners(JsonNode node) throws InvalidCaseException {
        if (node == null) {
            throw new InvalidCaseException("partners", "missing: every case needs a list of partners (it may be"
                    + " empty)");
        }
        if (!node.isArray()) {
            throw new InvalidCaseException("partners", "must be an array of partners, got " + describe(node));
        }
        List<PartnerInputs> out = new ArrayList<>();
        Set<String> nations = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "partners[" + i + "]";
            PartnerInputs p = partner(node.get(i), at);
            if (!nations.add(p.nation())) {
                throw new InvalidCaseException(at + ".nation", "duplicate nation \"" + p.nation()
                        + "\": each partner is judged once");
            }
            out.add(p);
        }
        return out;
    }

    private static PartnerInputs partner(JsonNode node, String at) throws InvalidCaseException {
        if (!node.isObject()) {
            throw new InvalidCaseException(at, "must be an object (a partner), got " + describe(node));
        }
        onlyKnown(node, at + ".", PARTNER_FIELDS);
        String nation = nation(node, at + ".nation");
        double threat = number(node, "threat", at + ".threat", 0, 1);
        double opportunity = number(node, "opportunity", at + ".opportunity", 0, 1);
        double affinity = number(node, "affinity", at + ".affinity", -1, 1);
        double voice = number(node, "voice", at + ".voice", 0, 1);
        double divergence = number(node, "divergence", at + ".divergence", 0, 1);
        double cost = number(node, "cost", at + ".cost", 0, 1);
        freeText(node, "note", at + ".note");
        OptionalDouble estimate = OptionalDouble.empty();
        JsonNode e = node.get("leaderEstimate");
        if (e != null && !e.isNull()) {
            estimate = OptionalDouble.of(number(node, "leaderEstimate", at + ".leaderEstimate", -1, 1));
        }
        DeployedHardPower deployed = deployed(node.get("deployed"), at + ".deployed");
        return new PartnerInputs(nation, threat, opportunity, affinity, voice, divergence, cost, estimate, deployed);
    }

    private static DeployedHardPower deployed(JsonNode node, String at) throws InvalidCaseException {
        if (node == null) {
            return DeployedHardPower.NONE;
        }
        if (!node.isObject()) {
            throw new InvalidCaseException(at, "must be an object {\"coercion\", \"sidePayment\", \"bolstering\","
                    + " \"conditionality\"}, got " + describe(node));
        }
        onlyKnown(node, at + ".", DEPLOYED_FIELDS);
        return new DeployedHardPower(
                number(node, "coercion", at + ".coercion", 0, 1),
                number(node, "sidePayment", at + ".sidePayment", 0, 1),
                number(node, "bolstering", at + ".bolstering", 0, 1),
                number(node, "conditionality", at + ".conditionality", 0, 1));
    }

    private static Bands bands(JsonNode node) throws InvalidCaseException {
        if (node == null || node.isNull()) {
            return Bands.DEFAULT;
        }
        if (!node.isObject()) {
            throw new InvalidCaseException("bands", "must be an object overriding band edges, or null, got "
                    + describe(node));
        }
        onlyKnown(node, "bands.", BANDS_FIELDS);
        Bands d = Bands.DEFAULT;
        double[] edges = {
            numberOr(node, "coercive", -1, 1, d.coercive()),
            numberOr(node, "mixed", -1, 1, d.mixed()),
            numberOr(node, "indifferent", -1, 1, d.indifferent()),
            numberOr(node, "motivated", -1, 1, d.motivated())};
        double conditional = numberOr(node, "conditional", 0, 2, d.conditional());
        for (int i = 0; i + 1 < edges.length; i++) {
            if (!(edges[i] < edges[i + 1])) {
                boolean blameUpper = node.has(BAND_EDGES.get(i + 1));
                int wrong = blameUpper ? i + 1 : i;
                int other = blameUpper ? i : i + 1;
                throw new InvalidCaseException("bands." + BAND_EDGES.get(wrong), Numbers.plain(edges[wrong])
                        + " must be " + (blameUpper ? "above" : "below") + " bands." + BAND_EDGES.get(other)
                        + " (" + Numbers.plain(edges[other]) + "): the band edges must be ordered"
                        + " coercive < mixed < indifferent < motivated");
            }
        }
        return new Bands(edges[0], edges[1], edges[2], edges[3], conditional);
    }

    private static double numberOr(JsonNode node, String key, double min, double max, double dflt)
            throws InvalidCaseException {
        return node.has(key) ? number(node, key, "bands." + key, min, max) : dflt;
    }

    /** A number in min..max, 0 when absent; integers are numbers; null, strings, booleans are not. */
    private static double number(JsonNode obj, String key, String path, double min, double max)
            throws InvalidCaseException {
        JsonNode v = obj.get(key);
        if (v == null) {
            return 0;
        }
        String range = Numbers.plain(min) + ".." + Numbers.plain(max);
        if (!v.isNumber()) {
            throw new InvalidCaseException(path, "must be a number in " + range + ", got " + describe(v));
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d) || d < min || d > max) {
            throw new InvalidCaseException(path, v.asText() + " is out of range: must be a number in " + range);
        }
        return d;
    }

    private static String nation(JsonNode obj, String path) throws InvalidCaseException {
        JsonNode v = obj.get("nation");
        if (v == null) {
            throw new InvalidCaseException(path, "missing: every " + (path.startsWith("leader") ? "leader" : "partner")
                    + " needs a nation (a non-empty string)");
        }
        if (!v.isTextual() || v.textValue().isBlank()) {
            throw new InvalidCaseException(path, "must be a non-empty string, got " + describe(v));
        }
        return v.textValue();
    }

    private static String optionalText(JsonNode obj, String key, String path) throws InvalidCaseException {
        JsonNode v = obj.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new InvalidCaseException(path, "must be a string, got " + describe(v));
        }
        return v.textValue();
    }

    private static void freeText(JsonNode obj, String key, String path) throws InvalidCaseException {
        optionalText(obj, key, path);
    }

    private static void onlyKnown(JsonNode obj, String prefix, List<String> allowed) throws InvalidCaseException {
        Iterator<String> names = obj.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new InvalidCaseException(prefix + name, "unknown field; allowed here: "
                        + String.join(", ", allowed));
            }
        }
    }

    static String describe(JsonNode v) {
        if (v.isTextual()) {
            String t = v.textValue();
            return "a string \"" + (t.length() > 40 ? t.substring(0, 40) + "..." : t) + "\"";
        }
        if (v.isBoolean()) {
            return "a boolean (" + v.asText() + ")";
        }
        if (v.isNull()) {
            return "null";
        }
        if (v.isArray()) {
            return "an array";
        }
        if (v.isObject()) {
            return "an object";
        }
        if (v.isNumber()) {
            return "the number " + v.asText();
        }
        return v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }
}
