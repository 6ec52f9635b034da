package org.entente.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The client's rule for a patch (docs/api/asyncapi.yaml, "patch"), written apart from the server's code that makes one. */
public final class PatchRule {
    private PatchRule() {
    }

    /** {@code held} with the patch applied: the view's, the game's and the game's {@code you}'s members one by one, the rest whole. */
    public static ObjectNode apply(ObjectNode held, JsonNode patch) {
        return apply(held, patch, "");
    }

    private static ObjectNode apply(ObjectNode held, JsonNode patch, String path) {
        ObjectNode out = held.deepCopy();
        patch.fields().forEachRemaining(member -> {
            String at = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
            JsonNode before = out.get(member.getKey());
            boolean opened = at.equals("game") || at.equals("game.you");
            if (opened && member.getValue().isObject() && before != null && before.isObject()) {
                out.set(member.getKey(), apply((ObjectNode) before, member.getValue(), at));
            } else {
                out.set(member.getKey(), member.getValue());
            }
        });
        return out;
    }
}
