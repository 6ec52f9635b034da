package org.entente.web.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    /** A fresh view at a position of the role's stream; the client replaces its state with it. */
    public static String snapshot(long seq, String viewJson) {
        return "{\"type\":\"snapshot\",\"seq\":" + seq + ",\"snapshot\":" + viewJson + "}";
    }

    /** An event frame; {@code eventJson} is encoded once per event and shared by every recipient. */
    public static String event(long seq, Recorded r, String eventJson) {
        StringBuilder b = new StringBuilder(eventJson.length() + 96);
        b.append("{\"type\":\"event\",\"seq\":").append(seq)
                .append(",\"at\":").append(r.at())
                .append(",\"actor\":");
        if (r.actor() == null) {
            b.append("null");
        } else {
            b.append('"').append(r.actor().id()).append('"');
        }
        return b.append(",\"event\":").append(eventJson).append('}').toString();
    }

    public static String ack(String id, long seq, boolean duplicate) {
        ObjectNode n = EventCodec.MAPPER.createObjectNode();
        n.put("type", "ack");
        n.put("id", id);
        n.put("seq", seq);
        n.put("duplicate", duplicate);
        return write(n);
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
