package org.entente.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.entente.config.Limits;
import org.entente.config.ServerConfig;
import org.entente.web.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transport as an adversary meets it: RFC 6455 close codes and UTF-8, reserved bits, silence after a close,
 * timeouts for connections that never finish a request or never join, and origins that do not follow the Host header.
 */
@ExtendWith(VertxExtension.class)
class TransportTest {
    private static final Limits LIMITS = new Limits(4096, 16384, 4000, 40, 20, 100, 50, 4 * 1024 * 1024, 12).withTimeouts(1, 1);

    private static TestServer server(Vertx vertx, Path dir, Limits limits, String publicUrl) throws Exception {
        return new TestServer(vertx, new ServerConfig("127.0.0.1", 0, dir, TestServer.ADMIN_KEY, publicUrl, limits));
    }

    private static RawWebSocket.Frame closeOf(List<RawWebSocket.Frame> frames) {
        return frames.stream().filter(RawWebSocket.Frame::isClose).findFirst().orElse(null);
    }

    @Test
    void aFrameOverHardFrameBytesClosesWith1009(Vertx vertx, @TempDir Path dir) throws Exception {
        try (TestServer server = server(vertx, dir, LIMITS, null); RawWebSocket ws = new RawWebSocket(server.port())) {
            ws.sendFrame(0x81, "x".repeat(20_000).getBytes(StandardCharsets.US_ASCII));
            RawWebSocket.Frame close = closeOf(ws.readAll(5000));
            assertNotNull(close, "closed with a close frame");
            assertEquals(1009, close.closeStatus(), close.text());
            assertTrue(close.text().contains("hardFrameBytes"), close.text());
        }
    }

    @Test
    void invalidUtf8InATextFrameClosesWith1007(Vertx vertx, @TempDir Path dir) throws Exception {
        try (TestServer server = server(vertx, dir, LIMITS, null); RawWebSocket ws = new RawWebSocket(server.port())) {
            ws.sendFrame(0x81, new byte[] {'{', '"', (byte) 0xC3, 0x28, '"', '}'});
            RawWebSocket.Frame close = closeOf(ws.readAll(5000));
            assertNotNull(close);
            assertEquals(1007, close.closeStatus(), close.text());
        }
        try (TestServer server = server(vertx, dir.resolve("b"), LIMITS, null); RawWebSocket ws = new RawWebSocket(server.port())) {
            // A surrogate half (ED A0 80) is not UTF-8 either, even split across two fragments.
            ws.sendFrame(0x01, new byte[] {'"', (byte) 0xED});
            ws.sendFrame(0x80, new byte[] {(byte) 0xA0, (byte) 0x80, '"'});
            RawWebSocket.Frame close = closeOf(ws.readAll(5000));
            assertNotNull(close);
            assertEquals(1007, close.closeStatus(), close.text());
        }
    }

    @Test
    void aCharacterSplitAcrossFragmentsIsStillText(Vertx vertx, @TempDir Path dir) throws Exception {
        try (TestServer server = server(vertx, dir, LIMITS, null); RawWebSocket ws = new RawWebSocket(server.port())) {
            byte[] ping = "{\"type\":\"ping\",\"id\":\"€\"}".getBytes(StandardCharsets.UTF_8);
            int cut = "{\"type\":\"ping\",\"id\":\"".length() + 1; // inside the euro sign's three bytes
            ws.sendFrame(0x01, java.util.Arrays.copyOfRange(ping, 0, cut));
            ws.sendFrame(0x80, java.util.Arrays.copyOfRange(ping, cut, ping.length));
            RawWebSocket.Frame pong = ws.readFrame();
            assertEquals(1, pong.opcode());
            assertEquals("€", new JsonObject(pong.text()).getString("id"));
        }
    }

    @Test
    void reservedBitsWithoutANegotiatedExtensionAreAProtocolError(Vertx vertx, @TempDir Path dir) throws Exception {
        try (TestServer server = server(vertx, dir, LIMITS, null); RawWebSocket ws = new RawWebSocket(server.port())) {
            ws.sendFrame(0xC1, "{\"type\":\"ping\"}".getBytes(StandardCharsets.UTF_8)); // FIN + RSV1 + text
            List<RawWebSocket.Frame> frames = ws.readAll(5000);
            RawWebSocket.Frame close = closeOf(frames);
            assertNotNull(close, "frames: " + frames.size());
            assertEquals(1002, close.closeStatus(), close.text());
            assertTrue(frames.stream().noneMatch(f -> f.opcode() == 1), "the frame was not processed");
        }
    }

    @Test
    void nothingIsSentAfterTheCloseFrame(Vertx vertx, @TempDir Path dir) throws Exception {
        Limits strict = new Limits(4096, 16384, 4000, 40, 1, 1, 1, 4 * 1024 * 1024, 12);
        try (TestServer server = server(vertx, dir, strict, null)) {
            String token = server.createSession("grand-alliance-1941").getJsonArray("invites").getJsonObject(0).getString("token");
            try (RawWebSocket ws = new RawWebSocket(server.port())) {
                ws.sendText(new JsonObject().put("type", "join").put("token", token).encode());
                for (int i = 0; i < 20; i++) {
                    ws.sendText("{\"type\":\"ping\",\"id\":\"p" + i + "\"}");
                    ws.sendFrame(0x89, new byte[] {1, 2}); // a control ping too
                }
                List<RawWebSocket.Frame> frames = ws.readAll(6000);
                int close = -1;
                for (int i = 0; i < frames.size(); i++) {
                    if (frames.get(i).isClose()) {
                        close = i;
                        break;
                    }
                }
                assertTrue(close >= 0, "the flood was closed");
                assertEquals(1008, frames.get(close).closeStatus());
                assertEquals(close + 1, frames.size(), "nothing after the close frame, but: "
                        + frames.subList(close + 1, frames.size()).stream().map(f -> f.opcode() + ":" + f.text()).toList());
            }
        }
    }

    @Test
    void aWebsocketThatNeverJoinsIsClosed(Vertx vertx, @TempDir Path dir) throws Exception {
        try (TestServer server = server(vertx, dir, LIMITS, null); RawWebSocket ws = new RawWebSocket(server.port())) {
            long start = System.nanoTime();
            RawWebSocket.Frame close = ws.readFrame();
            long waited = (System.nanoTime() - start) / 1_000_000;
            assertNotNull(close);
            assertEquals(1008, close.closeStatus());
            assertTrue(close.text().contains("joinTimeoutSeconds"), close.text());
            assertTrue(waited < 5000, "closed after " + waited + " ms");
            System.out.println("TransportTest: a websocket that never joined was closed after " + waited + " ms (joinTimeoutSeconds 1)");
        }
    }

    @Test
    void aConnectionThatTricklesItsHeadersIsClosed(Vertx vertx, @TempDir Path dir) throws Exception {
        try (TestServer server = server(vertx, dir, LIMITS, null);
             Socket slow = new Socket(); Socket silent = new Socket()) {
            slow.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
            silent.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
            OutputStream out = slow.getOutputStream();
            out.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            boolean closed = false;
            try {
                for (int i = 0; i < 40; i++) {
                    out.write(("X-Slow-" + i + ": a\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    Thread.sleep(200);
                }
            } catch (IOException e) {
                closed = true;
            }
            long waited = (System.nanoTime() - start) / 1_000_000;
            slow.setSoTimeout(3000);
            assertTrue(closed || readsEndOfStream(slow.getInputStream()), "the trickling connection was closed");
            assertTrue(waited < 6000, "closed after " + waited + " ms");
            silent.setSoTimeout(5000);
            assertTrue(readsEndOfStream(silent.getInputStream()), "a connection that sends nothing is closed too");
            assertEquals(200, server.request(io.vertx.core.http.HttpMethod.GET, "/health", null, null).status(), "others are served");
            System.out.println("TransportTest: a connection trickling headers was closed after about " + waited
                    + " ms (requestTimeoutSeconds 1)");
        }
    }

    private static boolean readsEndOfStream(InputStream in) throws IOException {
        try {
            while (true) {
                int b = in.read();
                if (b < 0) {
                    return true;
                }
            }
        } catch (java.net.SocketException reset) {
            return true;
        } catch (java.net.SocketTimeoutException stillOpen) {
            return false;
        }
    }

    @Test
    void originsFollowTheConfigurationNotTheHostHeader(Vertx vertx, @TempDir Path dir) throws Exception {
        try (TestServer server = server(vertx, dir, LIMITS, null)) {
            int port = server.port();
            // DNS rebinding: evil.example now resolves to this node; the page's Host and Origin match each other.
            IOException rebinding = assertThrows(IOException.class, () -> new RawWebSocket(port,
                    "Host: evil.example:" + port + "\r\nOrigin: http://evil.example:" + port + "\r\n").close());
            assertTrue(rebinding.getMessage().contains("403"), rebinding.getMessage());
            new RawWebSocket(port, "Origin: http://127.0.0.1:" + port + "\r\n").close(); // its own page, by address
            new RawWebSocket(port, "Host: localhost:" + port + "\r\nOrigin: http://localhost:" + port + "\r\n").close();
        }
        try (TestServer server = server(vertx, dir.resolve("b"), LIMITS, "https://wargame.example.edu")) {
            int port = server.port();
            new RawWebSocket(port, "Host: wargame.example.edu\r\nOrigin: https://wargame.example.edu\r\n").close();
            IOException other = assertThrows(IOException.class, () -> new RawWebSocket(port,
                    "Host: evil.example\r\nOrigin: https://evil.example\r\n").close());
            assertTrue(other.getMessage().contains("403"), other.getMessage());
            assertFalse(other.getMessage().contains("101"));
        }
    }
}
