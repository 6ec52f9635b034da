package org.entente.web.protocol;

import org.entente.engine.command.Command;

/** Everything a client may send over the websocket, after decoding; see docs/api/asyncapi.yaml. */
public sealed interface ClientMessage permits ClientMessage.Join, ClientMessage.CommandRequest, ClientMessage.Ping {

    /** The first message: a token, optionally the last position seen (to resume) and a display name. */
    record Join(String token, Long lastSeq, String name) implements ClientMessage {
    }

    /** A command with the id the client chose for it; re-sending the same id is safe. */
    record CommandRequest(String id, Command command) implements ClientMessage {
    }

    record Ping(String id) implements ClientMessage {
    }
}
