package org.entente.web.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.entente.engine.Rejection;
import org.entente.engine.Role;
import org.entente.engine.RoleView;
import org.entente.engine.event.Recorded;
import org.entente.journal.EventCodec;

/** Encodes what the server sends; the shapes are documented in docs/api/asyncapi.yaml. */
public final class ServerMessages {

    private ServerMessages() {
    }

    public static String welcome(String sessionId, Role role, long seq, RoleView snapshot, boolean resumed) {
        ObjectNode n = EventCodec.MAPPER.createObjectNode();
        n.put("type", "welcome");
        n.put("session", sessionId);
        n.put("role", role.id());
        n.put("seq", seq);
        n.put("resumed", resumed);
        n.set("snapshot", snapshot == null ? null : EventCodec.MAPPER.valueToTree(snapshot));
        return write(n);
    }

    /** The start of a snapshot frame (a whole fresh view), up to its position: the one part that differs by recipient. */
    public static byte[] snapshotHead(long seq) {
        return ("{\"type\":\"snapshot\",\"seq\":" + seq + ",\"snapshot\":").getBytes(StandardCharsets.UTF_8);
    }

    /** The start of a patch frame (the members of the view that changed since the last refresh), up to its position. */
    public static byte[] patchHead(long seq) {
        return ("{\"type\":\"patch\",\"seq\":" + seq + ",\"patch\":").getBytes(StandardCharsets.UTF_8);
    }

    /** The rest of a snapshot or patch frame after its head, the same for every recipient of one role's view. */
    public static byte[] snapshotTail(String viewJson) {
        return (viewJson + "}").getBytes(StandardCharsets.UTF_8);
    }


    /** An event frame; {@code eventJson} is encoded once per event and shared by every recipient. */
    public static String event(long seq, Recorded r, String eventJson) {
        return "{\"type\":\"event\",\"seq\":" + seq + eventTailText(r, eventJson);
    }

    /** The start of an event frame, up to and including its position: the one part that differs by recipient. */
    public static byte[] eventHead(long seq) {
        return ("{\"type\":\"event\",\"seq\":" + seq).getBytes(StandardCharsets.UTF_8);
    }

    /** The rest of an event frame after {@link #eventHead}, the same for every recipient: encode it once per event. */
    public static byte[] eventTail(Recorded r, String eventJson) {
        return eventTailText(r, eventJson).getBytes(StandardCharsets.UTF_8);
    }

    private static String eventTailText(Recorded r, String eventJson) {
        StringBuilder b = new StringBuilder(eventJson.length() + 64);
        b.append(",\"at\":").append(r.at()).append(",\"actor\":");
        if (r.actor() == null) {
            b.append("null");
        } else {
            b.append('"').append(r.actor().id()).append('"');
        }
        return b.append(",\"event\":").append(eventJson).append('}').toString();
    }

    /** Sent for every command, so built without a JSON tree; the id is the client's own and is escaped. */
    public static String ack(String id, long seq, boolean duplicate) {
        StringBuilder b = new StringBuilder(64 + (id == null ? 4 : id.length()));
        b.append("{\"type\":\"ack\",\"id\":");
        if (id == null) {
            b.append("null");
        } else {
            b.append('"').append(JsonStringEncoder.getInstance().quoteAsString(id)).append('"');
        }
        return b.append(",\"seq\":").append(seq).append(",\"duplicate\":").append(duplicate).append('}').toString();
    }

    public static String reject(String id, String code, String field, String message) {
        ObjectNode n = EventCodec.MAPPER.createObjectNode();
        n.put("type", "reject");
        n.put("id", id);
        n.put("code", code);
        n.put("field", field);
        n.put("message", message);
        return write(n);
    }

    public static String reject(String id, Rejection r) {
        return reject(id, r.code(), r.field(), r.message());
    }

    public static String pong(String id) {
        ObjectNode n = EventCodec.MAPPER.createObjectNode();
        n.put("type", "pong");
        n.put("id", id);
        return write(n);
    }

    private static String write(ObjectNode n) {
        try {
            return EventCodec.MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
