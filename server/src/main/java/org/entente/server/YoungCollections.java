package org.entente.server;

/**
 * Whether the JVM promotes what survives a young collection at once ({@code -XX:MaxTenuringThreshold=0}).
 * A node's long-lived data is mostly messages that live a few seconds to a minute: each session's recent
 * events, each channel's recent messages, each role's recent command ids. With G1's default tenuring they
 * are copied from survivor space to survivor space at every young collection until they die, and at
 * 10,000 messages a second those copies were most of a 30–50 ms pause every 2 s; promoted at once, each
 * is copied once, and a ramp's pauses averaged 10 ms (docs/performance.md, "Promoting survivors at once").
 */
public final class YoungCollections {
    /** The JVM option docker/Dockerfile, docs/operations.md and bench/ start a node with. */
    public static final String RECOMMENDED_OPTION = "-XX:MaxTenuringThreshold=0";

    private YoungCollections() {
    }

    /** Whether this JVM promotes survivors at once, as {@link #RECOMMENDED_OPTION} makes it. */
    public static boolean promoteAtOnce() {
        return VmOptions.is("MaxTenuringThreshold", "0");
    }
}
