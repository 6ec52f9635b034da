package org.entente.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.entente.engine.event.Event;
import org.entente.engine.event.Recorded;

/** The one JSON form of events: on the wire, in journals and in exports. */
public final class EventCodec {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private EventCodec() {
    }

    /**
     * An event's JSON. The writer serialises each event twice in a row — for its journal line, then for its
     * frames — so the last few are remembered per thread, by identity, and the second time costs nothing.
     */
    public static String eventJson(Event event) {
        return RecentJson.CACHE.get().computeIfAbsent(event, EventCodec::serialise);
    }

    private static String serialise(Event event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event not serialisable: " + event, e);
        }
    }

    /**
     * A journal line's JSON: the same characters Jackson writes for {@link Recorded}, with the event's JSON
     * from {@link #eventJson}, so an event is serialised once for its journal line and all its frames.
     */
    public static String recordedJson(Recorded recorded) {
        String event = eventJson(recorded.event());
        StringBuilder b = new StringBuilder(event.length() + 96);
        b.append("{\"seq\":").append(recorded.seq()).append(",\"at\":").append(recorded.at()).append(",\"actor\":");
        quoted(b, recorded.actor() == null ? null : recorded.actor().id());
        b.append(",\"commandId\":");
        quoted(b, recorded.commandId());
        return b.append(",\"event\":").append(event).append('}').toString();
    }

    private static void quoted(StringBuilder b, String value) {
        if (value == null) {
            b.append("null");
        } else {
            b.append('"').append(JsonStringEncoder.getInstance().quoteAsString(value)).append('"');
        }
    }

    /** Any view (a role's snapshot) as JSON. */
    public static String viewJson(Object view) {
        try {
            return MAPPER.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("view not serialisable", e);
        }
    }

    public static Recorded parseRecorded(String json) throws JsonProcessingException {
        return MAPPER.readValue(json, Recorded.class);
    }
}
