package org.entente.config;

/**
 * Bounds on what one client may send and hold. Each is configurable (docs/security.md lists them
 * with their defaults). Exceeding one gets a rejection naming it; a client that keeps on is
 * disconnected, and the session and the other players carry on.
 *
 * @param maxFrameBytes          a frame above this is refused (the connection stays open)
 * @param hardFrameBytes         a frame above this closes the connection (status 1009): not worth reading
 * @param maxMessageChars        characters in one message, offer text or note
 * @param maxNameChars           characters in a display name
 * @param commandsPerSecond      the steady rate of frames a connection may send (a token bucket)
 * @param commandBurst           how many frames it may send at once before the rate applies
 * @param maxStrikes             rate-limit refusals a connection may collect before it is disconnected (1008)
 * @param maxQueuedBytes         bytes the server holds for a client that is not reading before it drops it
 * @param maxConnectionsPerToken connections one token may hold open at once
 */
public record Limits(int maxFrameBytes, int hardFrameBytes, int maxMessageChars, int maxNameChars,
                     double commandsPerSecond, int commandBurst, int maxStrikes, int maxQueuedBytes,
                     int maxConnectionsPerToken) {

    public static final Limits DEFAULTS = new Limits(16 * 1024, 256 * 1024, 4000, 40, 20, 100, 50, 4 * 1024 * 1024, 12);

    public Limits {
        if (maxFrameBytes < 256 || hardFrameBytes < maxFrameBytes || maxMessageChars < 1 || maxNameChars < 1
                || commandsPerSecond <= 0 || commandBurst < 1 || maxStrikes < 1 || maxQueuedBytes < 64 * 1024
                || maxConnectionsPerToken < 1) {
            throw new IllegalArgumentException("a limit is out of range (see docs/security.md): maxFrameBytes="
                    + maxFrameBytes + ", hardFrameBytes=" + hardFrameBytes + ", maxMessageChars=" + maxMessageChars
                    + ", maxNameChars=" + maxNameChars + ", commandsPerSecond=" + commandsPerSecond + ", commandBurst="
                    + commandBurst + ", maxStrikes=" + maxStrikes + ", maxQueuedBytes=" + maxQueuedBytes
                    + ", maxConnectionsPerToken=" + maxConnectionsPerToken);
        }
    }
}
