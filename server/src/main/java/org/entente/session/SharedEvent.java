package org.entente.session;

import java.util.function.Function;
import org.entente.engine.event.Recorded;
import org.entente.journal.EventCodec;

/**
 * One event on its way to every subscriber allowed to see it. Its JSON is encoded once, and so are the
 * bytes all recipients' frames share (everything but the recipient's position): a plenary message to
 * twenty players is serialised and UTF-8 encoded once, not twenty times.
 */
public final class SharedEvent {
    private final Recorded recorded;
    private final String json;
    private volatile byte[] wireTail;

    SharedEvent(Recorded recorded, String json) {
        this.recorded = recorded;
        this.json = json;
    }

    static SharedEvent of(Recorded recorded) {
        return new SharedEvent(recorded, EventCodec.eventJson(recorded.event()));
    }

    public Recorded recorded() {
        return recorded;
    }

    /** The event's JSON, as in the journal and the protocol. */
    public String json() {
        return json;
    }

    /** The bytes every recipient's frame shares, encoded by the first recipient that asks and kept for the rest. */
    public byte[] wireTail(Function<SharedEvent, byte[]> encode) {
        byte[] tail = wireTail;
        if (tail == null) {
            tail = encode.apply(this);
            wireTail = tail;
        }
        return tail;
    }
}
