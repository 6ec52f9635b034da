package org.entente.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A websocket client written by hand on a plain socket with a tiny receive buffer: it can stop
 * reading for real (no library buffering on its behalf), as a stalled laptop on a bad network would.
 */
final class RawWebSocket implements AutoCloseable {
    private final Socket socket = new Socket();
    private final OutputStream out;
    private final InputStream in;

    RawWebSocket(int port) throws IOException {
        this(port, "");
    }

    /** @param extraHeaders more request headers, each ending with CRLF (an Origin, a Host) */
    RawWebSocket(int port, String extraHeaders) throws IOException {
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setSoTimeout(5000);
        out = socket.getOutputStream();
        in = socket.getInputStream();
        String host = extraHeaders.toLowerCase(java.util.Locale.ROOT).contains("host:") ? "" : "Host: 127.0.0.1:" + port + "\r\n";
        out.write(("GET /ws HTTP/1.1\r\n" + host + "Upgrade: websocket\r\nConnection: Upgrade\r\n" + extraHeaders
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed during the handshake: " + head);
            }
            head.append((char) b);
        }
        if (!head.toString().startsWith("HTTP/1.1 101")) {
            throw new IOException("no upgrade: " + head);
        }
    }

    /** Sends one masked text frame, as clients must. */
    void sendText(String text) throws IOException {
        sendFrame(0x81, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends one masked frame: {@code head} is the first byte (FIN, RSV1-3, opcode), as an adversary would set it. */
    void sendFrame(int head, byte[] payload) throws IOException {
        byte[] mask = {1, 2, 3, 4};
        java.io.ByteArrayOutputStream frame = new java.io.ByteArrayOutputStream();
        frame.write(head);
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else if (payload.length < 65536) {
            frame.write(0x80 | 126);
            frame.write(payload.length >> 8);
            frame.write(payload.length & 0xff);
        } else {
            frame.write(0x80 | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                frame.write((int) ((long) payload.length >> shift) & 0xff);
            }
        }
        frame.write(mask, 0, 4);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        try {
            out.write(frame.toByteArray());
            out.flush();
        } catch (java.net.SocketException closedMeanwhile) {
            // the server may close while a large frame is still going out: what it sent is read next
        }
    }

    /** A frame from the server: its opcode and payload (for a close: the status code, then the reason). */
    record Frame(int opcode, byte[] payload) {
        boolean isClose() {
            return opcode == 8;
        }

        int closeStatus() {
            return payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : -1;
        }

        String text() {
            return new String(payload, opcode == 8 && payload.length >= 2 ? 2 : 0,
                    opcode == 8 ? Math.max(0, payload.length - 2) : payload.length, StandardCharsets.UTF_8);
        }
    }

    /** The next frame from the server, or null once the connection is closed. */
    Frame readFrame() throws IOException {
        int b0 = in.read();
        if (b0 < 0) {
            return null;
        }
        int b1 = in.read();
        long length = b1 & 0x7f;
        if (length == 126) {
            length = (in.read() << 8) | in.read();
        } else if (length == 127) {
            length = 0;
            for (int i = 0; i < 8; i++) {
                length = (length << 8) | in.read();
            }
        }
        byte[] payload = in.readNBytes((int) length);
        return new Frame(b0 & 0x0f, payload);
    }

    /** Every frame until the server closes the TCP connection (or {@code timeoutMillis} pass with nothing). */
    java.util.List<Frame> readAll(int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis);
        java.util.List<Frame> frames = new java.util.ArrayList<>();
        try {
            for (Frame f; (f = readFrame()) != null; ) {
                frames.add(f);
            }
        } catch (java.net.SocketTimeoutException | java.net.SocketException e) {
            // quiet for that long, or reset: what came is what there is
        }
        return frames;
    }

    /** Reads and discards everything until the server closes the connection; returns the bytes read. */
    long readUntilClosed(long timeoutMillis) throws IOException {
        socket.setSoTimeout((int) timeoutMillis);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
            }
        } catch (java.net.SocketException e) {
            // reset by the server: closed too
        } catch (java.net.SocketTimeoutException e) {
            throw new IOException("the server did not close the connection within " + timeoutMillis + " ms (" + total + " bytes read)", e);
        }
        return total;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
