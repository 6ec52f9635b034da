package org.entente.engine.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A fact in a session's log. Events are only ever appended; state is their fold. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = SessionCreated.class, name = "session.created"),
    @JsonSubTypes.Type(value = AccessIssued.class, name = "access.issued"),
    @JsonSubTypes.Type(value = ChannelOpened.class, name = "channel.opened"),
    @JsonSubTypes.Type(value = MessagePosted.class, name = "message.posted"),
})
public sealed interface Event permits SessionCreated, AccessIssued, ChannelOpened, MessagePosted {
}
