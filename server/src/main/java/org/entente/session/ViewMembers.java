package org.entente.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.entente.engine.RoleView;
import org.entente.journal.EventCodec;

/**
 * A refreshed view taken apart into its members, each kept as its JSON, so that the next refresh can send
 * only the members that changed. The view itself, its {@code game} and the game's {@code you} are compared
 * member by member; any other member (a list, a map, the clock) is compared, and sent, whole.
 */
final class ViewMembers {
    /** The objects inside the view that a patch also compares member by member (docs/api/asyncapi.yaml, "patch"). */
    static final Set<String> OPENED = Set.of("game", "game.you");

    private final ObjectNode tree;
    private final Map<String, String> members;

    private ViewMembers(ObjectNode tree, Map<String, String> members) {
        this.tree = tree;
        this.members = members;
    }

    static ViewMembers of(RoleView view) {
        ObjectNode tree = EventCodec.MAPPER.valueToTree(view);
        Map<String, String> members = new HashMap<>();
        collect("", tree, members);
        return new ViewMembers(tree, members);
    }

    private static void collect(String path, ObjectNode object, Map<String, String> into) {
        for (Iterator<Map.Entry<String, JsonNode>> i = object.fields(); i.hasNext(); ) {
            Map.Entry<String, JsonNode> member = i.next();
            String at = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
            if (OPENED.contains(at) && member.getValue() instanceof ObjectNode inner) {
                collect(at, inner, into);
            } else {
                into.put(at, json(member.getValue()));
            }
        }
    }

    /** The whole view's JSON, as a snapshot frame carries it. */
    String json() {
        return json(tree);
    }

    /** Each member's JSON by its path ("game.you.budget"): what the next refresh is compared with. */
    Map<String, String> members() {
        return members;
    }

    /**
     * The members that differ from {@code before}'s, nested as in the view, or null when none does. A member
     * that is an opened object here but was not one before (or the reverse) is sent whole.
     */
    String patchSince(Map<String, String> before) {
        ObjectNode patch = changed("", tree, before);
        return patch == null ? null : json(patch);
    }

    private ObjectNode changed(String path, ObjectNode object, Map<String, String> before) {
        ObjectNode out = null;
        for (Iterator<Map.Entry<String, JsonNode>> i = object.fields(); i.hasNext(); ) {
            Map.Entry<String, JsonNode> member = i.next();
            String at = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
            JsonNode value = member.getValue();
            JsonNode difference = null;
            if (OPENED.contains(at) && value instanceof ObjectNode inner) {
                // taken apart before too (its members are keyed under it), or sent whole if it was null then
                difference = before.containsKey(at) ? value : changed(at, inner, before);
            } else if (!members.get(at).equals(before.get(at))) {
                difference = value;
            }
            if (difference != null) {
                if (out == null) {
                    out = EventCodec.MAPPER.createObjectNode();
                }
                out.set(member.getKey(), difference);
            }
        }
        return out;
    }

    private static String json(JsonNode node) {
        try {
            return EventCodec.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("view not serialisable", e);
        }
    }
}
