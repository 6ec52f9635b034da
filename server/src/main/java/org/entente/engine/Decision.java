package org.entente.engine;

import java.util.List;
import org.entente.engine.event.Event;

/** The outcome of deciding a command: the events it produces, or why it is refused. */
public sealed interface Decision permits Decision.Accepted, Decision.Rejected {

    static Decision accept(Event... events) {
        return new Accepted(List.of(events));
    }

    static Decision reject(String code, String field, String message) {
        return new Rejected(new Rejection(code, field, message));
    }

    record Accepted(List<Event> events) implements Decision {
        public Accepted {
            if (events.isEmpty()) {
                throw new IllegalArgumentException("an accepted command produces at least one event");
            }
            events = List.copyOf(events);
        }
    }

    record Rejected(Rejection rejection) implements Decision {
    }
}
