package org.entente.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP relay between a browser and the server, which a test can cut: a real network drop
 * as the browser experiences it (its websocket closes abnormally, its reconnects fail until the
 * relay is restored), with no hook in the page and nothing stopped on the server.
 */
final class DroppableProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean up = true;
    private volatile boolean downstreamMuted;

    DroppableProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::acceptLoop, "proxy-accept-" + listener.getLocalPort());
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Cuts every relayed connection and refuses new ones until {@link #restore()}. */
    void drop() {
        up = false;
        downstreamMuted = false;
        for (Socket s : open) {
            abort(s);
        }
        open.clear();
    }

    void restore() {
        up = true;
    }

    /**
     * Keeps relaying what the browser sends but swallows what the server answers: the connection
     * looks alive to both ends while the browser hears nothing — the half-dead link in which a
     * command is applied but its acknowledgement never arrives.
     */
    void muteDownstream() {
        downstreamMuted = true;
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return;
            }
            if (!up) {
                abort(client);
                continue;
            }
            try {
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                open.add(client);
                open.add(server);
                pump(client, server, false);
                pump(server, client, true);
            } catch (IOException e) {
                abort(client);
            }
        }
    }

    private void pump(Socket from, Socket to, boolean downstream) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (downstream && downstreamMuted) {
                        continue;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side went away: take the other down with it
            } finally {
                abort(from);
                abort(to);
                open.remove(from);
                open.remove(to);
            }
        }, "proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void abort(Socket s) {
        try {
            s.setSoLinger(true, 0); // a reset, as when a network path dies, not a polite close
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        drop();
        listener.close();
    }
}
