package org.entente.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
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

    public static String eventJson(Event event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event not serialisable: " + event, e);
        }
    }

    public static String recordedJson(Recorded recorded) {
        try {
            return MAPPER.writeValueAsString(recorded);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event not serialisable: " + recorded, e);
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
