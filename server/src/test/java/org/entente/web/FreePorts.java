package org.entente.web;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for servers a test starts on a port it must know beforehand (cluster members, a child process). They are
 * drawn below the kernel's ephemeral range: a port the OS handed out with {@code new ServerSocket(0)} and that was
 * closed again can be taken by any client socket before the server binds it (CI saw Hazelcast fail on exactly
 * that), while a port below the range is never given to a client.
 */
public final class FreePorts {
    private static final Set<Integer> GIVEN = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    /** A loopback port that nothing listens on now, outside the ephemeral range, not handed out before in this JVM. */
    public static int next() throws Exception {
        int below = ephemeralStart();
        int from = Math.max(10_000, below - 12_000);
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(from, below);
            if (!GIVEN.add(port)) {
                continue;
            }
            try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return port;
            } catch (java.io.IOException inUse) {
                // someone listens there: draw again
            }
        }
        throw new IllegalStateException("no free port between " + from + " and " + below);
    }

    private static int ephemeralStart() {
        try {
            // Read line by line: Files.readString trusts /proc's file size, and gets one byte of it.
            String range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).trim();
            return Math.max(11_024, Integer.parseInt(range.split("\\s+")[0]));
        } catch (Exception notLinux) {
            return 32_768;
        }
    }
}
