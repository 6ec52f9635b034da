package org.entente.config;

/**
 * Bounds on what one client may send. A frame over {@code maxFrameBytes} is refused with a
 * rejection and the connection stays open; over {@code hardFrameBytes} the transport itself closes
 * the connection (status 1009), since such a frame is not worth reading.
 */
public record Limits(int maxFrameBytes, int hardFrameBytes, int maxMessageChars, int maxNameChars) {

    public static final Limits DEFAULTS = new Limits(16 * 1024, 256 * 1024, 4000, 40);

    public Limits {
        if (maxFrameBytes < 256 || hardFrameBytes < maxFrameBytes || maxMessageChars < 1 || maxNameChars < 1) {
            throw new IllegalArgumentException("limits out of range: " + maxFrameBytes + ", " + hardFrameBytes
                    + ", " + maxMessageChars + ", " + maxNameChars);
        }
    }
}
