package org.entente.config;

/**
 * Bounds on what one client may send and hold, and on what the node holds for all of them. Each is
 * configurable (docs/security.md lists them with their defaults). Exceeding one gets a rejection naming
 * it; a client that keeps on is disconnected, and the session and the other players carry on.
 *
 * @param maxFrameBytes              a frame above this is refused (the connection stays open)
 * @param hardFrameBytes             a frame above this closes the connection (status 1009): not worth reading
 * @param maxMessageChars            characters in one message, offer text or note
 * @param maxNameChars               characters in a display name
 * @param commandsPerSecond          the steady rate of frames a connection may send (a token bucket)
 * @param commandBurst               how many frames it may send at once before the rate applies
 * @param maxStrikes                 refusals by a rate limit a connection may collect before it is disconnected (1008)
 * @param maxQueuedBytes             bytes the server holds for one client that is not reading (every frame counts,
 *                                   snapshots too) before it drops it
 * @param maxConnectionsPerToken     connections one token may hold open at once
 * @param membershipChangesPerMinute changes one nation may make that refresh every player's view (leaving or joining
 *                                   a coalition, seating a nation): a token bucket of this size refilled over a minute
 * @param maxQueuedBytesPerNode      bytes the node holds for all its clients together; beyond it the clients holding
 *                                   the most are dropped first (0: a quarter of the maximum heap)
 * @param requestTimeoutSeconds       time a connection has to send a complete request (head and body) after opening or after
 *                                   its previous answer, or it is closed (slow-header attacks, idle keep-alive)
 * @param joinTimeoutSeconds         time a websocket has to send a valid {@code join}
 */
public record Limits(int maxFrameBytes, int hardFrameBytes, int maxMessageChars, int maxNameChars,
                     double commandsPerSecond, int commandBurst, int maxStrikes, int maxQueuedBytes,
                     int maxConnectionsPerToken, double membershipChangesPerMinute, long maxQueuedBytesPerNode,
                     int requestTimeoutSeconds, int joinTimeoutSeconds) {

    public static final Limits DEFAULTS = new Limits(16 * 1024, 256 * 1024, 4000, 40, 20, 100, 50, 4 * 1024 * 1024, 12,
            6, 0, 10, 10);

    public Limits {
        if (maxFrameBytes < 256 || hardFrameBytes < maxFrameBytes || maxMessageChars < 1 || maxNameChars < 1
                || commandsPerSecond <= 0 || commandBurst < 1 || maxStrikes < 1 || maxQueuedBytes < 64 * 1024
                || maxConnectionsPerToken < 1 || membershipChangesPerMinute <= 0 || maxQueuedBytesPerNode < 0
                || requestTimeoutSeconds < 1 || joinTimeoutSeconds < 1) {
            throw new IllegalArgumentException("a limit is out of range (see docs/security.md): maxFrameBytes="
                    + maxFrameBytes + ", hardFrameBytes=" + hardFrameBytes + ", maxMessageChars=" + maxMessageChars
                    + ", maxNameChars=" + maxNameChars + ", commandsPerSecond=" + commandsPerSecond + ", commandBurst="
                    + commandBurst + ", maxStrikes=" + maxStrikes + ", maxQueuedBytes=" + maxQueuedBytes
                    + ", maxConnectionsPerToken=" + maxConnectionsPerToken + ", membershipChangesPerMinute="
                    + membershipChangesPerMinute + ", maxQueuedBytesPerNode=" + maxQueuedBytesPerNode
                    + ", requestTimeoutSeconds=" + requestTimeoutSeconds + ", joinTimeoutSeconds=" + joinTimeoutSeconds);
        }
    }

    /** The per-client limits, with the defaults for the rest. */
    public Limits(int maxFrameBytes, int hardFrameBytes, int maxMessageChars, int maxNameChars, double commandsPerSecond,
                  int commandBurst, int maxStrikes, int maxQueuedBytes, int maxConnectionsPerToken) {
        this(maxFrameBytes, hardFrameBytes, maxMessageChars, maxNameChars, commandsPerSecond, commandBurst, maxStrikes,
                maxQueuedBytes, maxConnectionsPerToken, 6, 0, 10, 10);
    }

    /** {@link #maxQueuedBytesPerNode}, with 0 read as a quarter of this JVM's maximum heap. */
    public long nodeQueueBudget() {
        return maxQueuedBytesPerNode > 0 ? maxQueuedBytesPerNode : Runtime.getRuntime().maxMemory() / 4;
    }

    public Limits withMembershipChangesPerMinute(double perMinute) {
        return new Limits(maxFrameBytes, hardFrameBytes, maxMessageChars, maxNameChars, commandsPerSecond, commandBurst,
                maxStrikes, maxQueuedBytes, maxConnectionsPerToken, perMinute, maxQueuedBytesPerNode, requestTimeoutSeconds,
                joinTimeoutSeconds);
    }

    public Limits withMaxQueuedBytesPerNode(long bytes) {
        return new Limits(maxFrameBytes, hardFrameBytes, maxMessageChars, maxNameChars, commandsPerSecond, commandBurst,
                maxStrikes, maxQueuedBytes, maxConnectionsPerToken, membershipChangesPerMinute, bytes, requestTimeoutSeconds,
                joinTimeoutSeconds);
    }

    public Limits withTimeouts(int requestSeconds, int joinSeconds) {
        return new Limits(maxFrameBytes, hardFrameBytes, maxMessageChars, maxNameChars, commandsPerSecond, commandBurst,
                maxStrikes, maxQueuedBytes, maxConnectionsPerToken, membershipChangesPerMinute, maxQueuedBytesPerNode,
                requestSeconds, joinSeconds);
    }
}
