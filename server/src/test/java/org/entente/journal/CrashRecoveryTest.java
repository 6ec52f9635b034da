package org.entente.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.web.FreePorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real server process is killed with SIGKILL in the middle of a busy session and started again on
 * the same data directory: every event acknowledged before the kill is in the log, the clock is
 * paused (and the white cell told why), and the session takes commands again.
 */
class CrashRecoveryTest {
    private static final String ADMIN_KEY = "crash-test-admin-key-0123456789";
    private static final List<String> NATIONS = List.of("USA", "GBR", "SUN", "CHN", "FRA");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        for (Process p : started) {
            p.destroyForcibly();
        }
    }

    @Test
    void aServerKilledMidSessionLosesNoAcknowledgedEventAndResumesPaused(@TempDir Path dir) throws Exception {
        Path dataDir = dir.resolve("data");
        int port = FreePorts.next();
        Process first = start(dataDir, port, dir.resolve("first.log"));

        JsonNode created = json(send("POST", port, "/api/v1/sessions", ADMIN_KEY, "{\"scenario\":\"grand-alliance-1941\"}", 201));
        String session = created.get("id").asText();
        String facilitator = created.get("facilitatorToken").asText();

        Client white = Client.open(port, facilitator, "WHITE_CELL");
        white.call("{\"type\":\"startExercise\"}");

        // Every nation posts and threatens as fast as its acknowledgements come back.
        Set<String> acked = ConcurrentHashMap.newKeySet();
        AtomicInteger rejected = new AtomicInteger();
        List<Client> players = new ArrayList<>();
        for (JsonNode invite : created.get("invites")) {
            for (int k = 0; k < 3; k++) { // three players per nation: a connection may send 10 frames a second
                players.add(Client.open(port, invite.get("token").asText(), invite.get("role").asText()));
            }
        }
        for (Client c : players) {
            c.flood(acked, rejected);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acked.size() < 400 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(acked.size() >= 400, "the session is busy: " + acked.size() + " acknowledged");

        // SIGKILL, mid-flight.
        first.destroyForcibly();
        assertTrue(first.waitFor(20, TimeUnit.SECONDS));
        assertFalse(first.toHandle().isAlive());
        assertEquals(137, first.exitValue(), "killed by SIGKILL (128 + 9)");
        Set<String> ackedBeforeKill = Set.copyOf(acked);
        int inFlight = players.stream().mapToInt(Client::inFlight).sum();

        Process second = start(dataDir, port, dir.resolve("second.log"));
        assertTrue(second.isAlive());

        // Every acknowledged command's events are in the log.
        String log = send("GET", port, "/api/v1/sessions/" + session + "/export/log.jsonl", facilitator, null, 200);
        Set<String> logged = new HashSet<>();
        List<JsonNode> events = new ArrayList<>();
        for (String line : log.split("\n")) {
            JsonNode r = EventCodec.MAPPER.readTree(line);
            events.add(r);
            if (r.hasNonNull("commandId")) {
                logged.add(r.get("commandId").asText());
            }
        }
        Set<String> missing = new HashSet<>(ackedBeforeKill);
        missing.removeAll(logged);
        assertEquals(Set.of(), missing, "acknowledged before the kill but not in the log");

        // The clock was running when the node died: the restart paused it, and told the white cell why.
        JsonNode last = events.get(events.size() - 1);
        assertEquals("clock.paused", last.get("event").get("type").asText(), last.toString());
        assertTrue(last.get("actor").isNull());
        assertTrue(last.get("event").get("reason").asText().contains("restarted"), last.toString());
        JsonNode overview = json(send("GET", port, "/api/v1/sessions/" + session, facilitator, null, 200));
        assertTrue(overview.get("paused").asBoolean(), overview.toString());
        String[] firstLines = Files.readString(dir.resolve("second.log")).split("\n");
        assertTrue(firstLines.length > 0);

        // The session continues: the white cell sees the pause, resumes, and a nation's move is accepted.
        Client white2 = Client.open(port, facilitator, "WHITE_CELL");
        assertTrue(white2.welcome.get("snapshot").get("game").get("clock").get("paused").asBoolean());
        white2.call("{\"type\":\"resumeClock\"}");
        Client gbr = Client.open(port, token(created, "GBR"), "GBR");
        JsonNode answer = gbr.call("{\"type\":\"post\",\"channel\":\"plenary\",\"text\":\"still here after the crash\"}");
        assertEquals("ack", answer.get("type").asText(), answer.toString());

        System.out.printf("crash recovery: %d commands acknowledged before SIGKILL (%d refused, %d in flight), %d events in the "
                + "log after restart; none lost%n", ackedBeforeKill.size(), rejected.get(), inFlight, events.size());
        second.destroy();
        second.waitFor(20, TimeUnit.SECONDS);
    }

    // --- the server process ------------------------------------------------------------------------

    private Process start(Path dataDir, int port, Path output) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", classpath, "org.entente.Main",
                "--host", "127.0.0.1", "--port", String.valueOf(port), "--data-dir", dataDir.toString());
        pb.environment().put("ENTENTE_ADMIN_KEY", ADMIN_KEY);
        pb.environment().remove("ENTENTE_CONFIG");
        pb.redirectErrorStream(true).redirectOutput(output.toFile());
        Process p = pb.start();
        started.add(p);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError("the server exited with " + p.exitValue() + ": " + Files.readString(output));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return p;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not answer /health within 60 s: " + Files.readString(output));
    }

    private String send(String method, int port, String path, String bearer, String body, int expected) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + bearer);
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, r.statusCode(), method + " " + path + " → " + r.body());
        return r.body();
    }

    private static JsonNode json(String text) throws Exception {
        return EventCodec.MAPPER.readTree(text);
    }

    private static String token(JsonNode created, String role) {
        for (JsonNode invite : created.get("invites")) {
            if (invite.get("role").asText().equals(role)) {
                return invite.get("token").asText();
            }
        }
        throw new AssertionError("no invite for " + role);
    }


    // --- a websocket client --------------------------------------------------------------------------

    /** One player's connection (java.net.http, no Vert.x): blocking calls, or a flood of commands paced by their acks. */
    static final class Client implements WebSocket.Listener {
        private final String role;
        private final BlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;
        private CompletableFuture<WebSocket> sending;
        JsonNode welcome;
        private volatile Set<String> floodAcked;
        private volatile AtomicInteger floodRejected;
        private volatile String pending;
        private volatile String pendingFrame;
        private int counter;

        private Client(String role) {
            this.role = role;
        }

        static Client open(int port, String token, String role) throws Exception {
            Client c = new Client(role);
            c.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                    .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), c).get(10, TimeUnit.SECONDS);
            c.sending = CompletableFuture.completedFuture(c.socket);
            c.send("{\"type\":\"join\",\"token\":\"" + token + "\",\"name\":\"" + role + " player\"}");
            c.welcome = c.next("welcome");
            return c;
        }

        int inFlight() {
            return pending == null ? 0 : 1;
        }

        private synchronized void send(String text) {
            sending = sending.thenCompose(ws -> ws.sendText(text, true));
        }

        JsonNode next(String type) throws InterruptedException {
            while (true) {
                JsonNode m = inbox.poll(20, TimeUnit.SECONDS);
                if (m == null) {
                    throw new AssertionError(role + ": no " + type + " within 20 s");
                }
                if (type.equals(m.get("type").asText())) {
                    return m;
                }
            }
        }

        /** Sends a command and waits for its ack or reject. */
        JsonNode call(String command) throws Exception {
            String id = UUID.randomUUID().toString();
            ObjectNode c = (ObjectNode) EventCodec.MAPPER.readTree(command);
            c.put("id", id);
            send(c.toString());
            while (true) {
                JsonNode m = inbox.poll(20, TimeUnit.SECONDS);
                if (m == null) {
                    throw new AssertionError(role + ": no answer to " + command);
                }
                if (m.has("id") && id.equals(m.get("id").asText()) && !"pong".equals(m.get("type").asText())) {
                    return m;
                }
            }
        }

        /** From now on: one command in flight at a time, the next sent as soon as the last is answered. */
        void flood(Set<String> acked, AtomicInteger rejected) {
            floodAcked = acked;
            floodRejected = rejected;
            sendNext();
        }

        private void sendNext() {
            int i = counter++;
            String id = role + "-" + i + "-" + UUID.randomUUID();
            String other = NATIONS.get((NATIONS.indexOf(role) + 1 + i % 4) % NATIONS.size());
            String command = switch (i % 3) {
                case 0 -> "{\"type\":\"post\",\"channel\":\"plenary\",\"text\":\"" + role + " says " + i + "\"}";
                case 1 -> "{\"type\":\"post\",\"channel\":\"team:" + role + "\",\"text\":\"note " + i + "\"}";
                default -> "{\"type\":\"makeOffer\",\"to\":\"" + other + "\",\"kind\":\"threat\",\"severity\":0.2,"
                        + "\"demand\":\"stand firm " + i + "\"}";
            };
            pending = id;
            pendingFrame = command.substring(0, command.length() - 1) + ",\"id\":\"" + id + "\"}";
            send(pendingFrame);
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode m = EventCodec.MAPPER.readTree(partial.toString());
                    String type = m.get("type").asText();
                    String id = m.hasNonNull("id") ? m.get("id").asText() : null;
                    if (floodAcked != null && pending != null && "reject".equals(type)
                            && "RATE_LIMITED".equals(m.path("code").asText())) {
                        String again = pendingFrame; // not processed: the same frame, the same id, a little later
                        CompletableFuture.delayedExecutor(150, TimeUnit.MILLISECONDS).execute(() -> send(again));
                    } else if (floodAcked != null && id != null && id.equals(pending) && ("ack".equals(type) || "reject".equals(type))) {
                        if ("ack".equals(type)) {
                            floodAcked.add(id);
                        } else {
                            floodRejected.incrementAndGet();
                        }
                        pending = null;
                        sendNext();
                    } else if (floodAcked == null) {
                        inbox.add(m);
                    }
                } catch (Exception e) {
                    inbox.add(EventCodec.MAPPER.createObjectNode().put("type", "garbled").put("text", partial.toString()));
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            pending = null;
        }
    }
}
