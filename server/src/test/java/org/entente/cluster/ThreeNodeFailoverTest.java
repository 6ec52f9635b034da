package org.entente.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.entente.journal.EventCodec;
import org.entente.web.FreePorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three real nodes, each its own process, join over TCP-IP on loopback. A session is created on
 * one; its players connect to all three. The owner is killed with SIGKILL in mid-turn: a survivor
 * takes the session over within seconds, every acknowledged event is in its log exactly once, and
 * every player resumes from its last position with no gap and no repeat.
 */
class ThreeNodeFailoverTest {
    private static final String ADMIN_KEY = "cluster-test-admin-key-0123456789";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        for (Process p : started) {
            p.destroyForcibly();
        }
    }

    @Test
    void theOwnerDiesMidTurnAndASurvivorCarriesOnWithNothingLostOrDoubled(@TempDir Path dir) throws Exception {
        int[] web = {FreePorts.next(), FreePorts.next(), FreePorts.next()};
        int[] hz = {FreePorts.next(), FreePorts.next(), FreePorts.next()};
        String members = "127.0.0.1:" + hz[0] + ",127.0.0.1:" + hz[1] + ",127.0.0.1:" + hz[2];
        String name = "failover-" + UUID.randomUUID();
        Process[] nodes = new Process[3];
        for (int i = 0; i < 3; i++) {
            nodes[i] = launch(dir, i, web[i], hz[i], members, name);
        }
        for (int i = 0; i < 3; i++) {
            awaitHealth(nodes[i], web[i], dir.resolve("node" + i + ".log"));
        }
        for (int i = 0; i < 3; i++) {
            int port = web[i];
            awaitTrue(() -> json(get(port, "/health", ADMIN_KEY)).get("cluster").get("members").size() == 3, 60, "three members");
        }

        JsonNode created = json(send("POST", web[0], "/api/v1/sessions", ADMIN_KEY, "{\"scenario\":\"grand-alliance-1941\"}", 201));
        String session = created.get("id").asText();
        String facilitator = created.get("facilitatorToken").asText();
        JsonNode owner0 = json(get(web[0], "/health", ADMIN_KEY)).get("cluster").get("ownedSessions");
        assertEquals(session, owner0.get(0).get("id").asText(), "the creating node owns the session");

        // The white cell on node 1 (relayed to the owner), the nations spread over all three nodes.
        Map<String, Player> players = new LinkedHashMap<>();
        players.put("WHITE_CELL", Player.open(web[1], facilitator, "WHITE_CELL", null));
        int k = 0;
        for (JsonNode invite : created.get("invites")) {
            String role = invite.get("role").asText();
            players.put(role, Player.open(web[k++ % 3], invite.get("token").asText(), role, null));
        }
        Player white = players.get("WHITE_CELL");
        assertEquals("ack", white.call("{\"type\":\"startExercise\"}").get("type").asText());

        List<String> acked = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (Player p : players.values()) {
                if (p.role.equals("WHITE_CELL")) {
                    continue;
                }
                JsonNode a = p.call(post(p.role + " round " + round));
                assertEquals("ack", a.get("type").asText(), a.toString());
                acked.add(a.get("id").asText());
            }
        }

        // Mid-turn, with a command of every nation in flight: SIGKILL the owner.
        Map<Player, String> inFlight = new HashMap<>();
        for (Player p : players.values()) {
            if (!p.role.equals("WHITE_CELL")) {
                inFlight.put(p, p.sendOnly(post(p.role + " in flight")));
            }
        }
        nodes[0].destroyForcibly();
        assertTrue(nodes[0].waitFor(20, TimeUnit.SECONDS));
        assertEquals(137, nodes[0].exitValue(), "killed by SIGKILL");
        long killedAt = System.nanoTime();
        for (Map.Entry<Player, String> e : inFlight.entrySet()) {
            String id = e.getValue();
            JsonNode answer = e.getKey().answers.get(id);
            if (answer != null && "ack".equals(answer.get("type").asText())) {
                acked.add(id);
            }
        }

        // Every player's connection went with the owner (directly or through a relay).
        for (Player p : players.values()) {
            awaitTrue(() -> p.closed, 30, p.role + " sees its connection close");
        }

        // Each reconnects — the owner's players to node 1, the others to the node they were on — and resumes.
        Map<String, Player> resumed = new LinkedHashMap<>();
        int j = 0;
        for (Player p : players.values()) {
            int port = p.port == web[0] ? web[1 + j++ % 2] : p.port;
            resumed.put(p.role, p.reconnect(port, 30));
        }
        double takeoverSeconds = (System.nanoTime() - killedAt) / 1e9;
        assertTrue(takeoverSeconds < 30, "resumed after " + takeoverSeconds + " s");
        for (Player p : resumed.values()) {
            assertTrue(p.welcome.get("resumed").asBoolean(), p.role + " resumed from its position: " + p.welcome);
        }

        // The new owner paused the clock (time the owner was gone is not taken from the players); the white cell resumes it.
        Player white2 = resumed.get("WHITE_CELL");
        white2.awaitEvent("clock.paused");
        assertEquals("ack", white2.call("{\"type\":\"resumeClock\"}").get("type").asText());

        // Commands whose answer was lost with the owner are sent again with the same id: applied once, whatever happened.
        for (Map.Entry<Player, String> e : inFlight.entrySet()) {
            Player p = resumed.get(e.getKey().role);
            JsonNode a = p.call(post(p.role + " in flight"), e.getValue());
            assertEquals("ack", a.get("type").asText(), a.toString());
            acked.add(e.getValue());
        }
        for (Player p : resumed.values()) {
            if (!p.role.equals("WHITE_CELL")) {
                JsonNode a = p.call(post(p.role + " after the failover"));
                assertEquals("ack", a.get("type").asText(), a.toString());
                acked.add(a.get("id").asText());
            }
        }

        // Exactly one survivor owns the session now.
        List<Integer> owners = new ArrayList<>();
        for (int i = 1; i < 3; i++) {
            for (JsonNode s : json(get(web[i], "/health", ADMIN_KEY)).get("cluster").get("ownedSessions")) {
                if (s.get("id").asText().equals(session)) {
                    owners.add(i);
                    assertTrue(s.get("epoch").asLong() >= 2, "taken over at a higher epoch: " + s);
                }
            }
            assertEquals(2, json(get(web[i], "/health", ADMIN_KEY)).get("cluster").get("members").size());
        }
        assertEquals(1, owners.size(), "one owner: " + owners);
        int newOwner = web[owners.get(0)];

        // The log: seq 1..n with no gap, every acknowledged command exactly once.
        String log = send("GET", newOwner, "/api/v1/sessions/" + session + "/export/log.jsonl", facilitator, null, 200);
        Map<String, Integer> count = new HashMap<>();
        long seq = 0;
        for (String line : log.split("\n")) {
            JsonNode r = EventCodec.MAPPER.readTree(line);
            assertEquals(++seq, r.get("seq").asLong(), "contiguous sequence");
            if (r.hasNonNull("commandId")) {
                count.merge(r.get("commandId").asText(), 1, Integer::sum);
            }
        }
        for (String id : acked) {
            assertEquals(1, count.getOrDefault(id, 0), "acknowledged command " + id + " in the log exactly once");
        }

        // Every player saw its own stream without a gap or a repeat, across the failover.
        for (Player p : resumed.values()) {
            p.drain();
            p.assertContiguous();
        }
        System.out.printf("cluster failover: owner SIGKILLed; all %d players resumed on the survivors %.1f s later; "
                        + "%d acknowledged commands, each exactly once in the %d events of the new owner's log%n",
                resumed.size(), takeoverSeconds, acked.size(), seq);
    }

    private static String post(String text) {
        return "{\"type\":\"post\",\"channel\":\"plenary\",\"text\":\"" + text + "\"}";
    }

    // --- processes ---------------------------------------------------------------------------------------

    private Process launch(Path dir, int i, int port, int hzPort, String members, String name) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-Dhazelcast.wait.seconds.before.join=0",
                "--add-opens", "java.base/java.lang=ALL-UNNAMED", "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens", "java.management/sun.management=ALL-UNNAMED",
                "--add-opens", "jdk.management/com.sun.management.internal=ALL-UNNAMED",
                "--add-exports", "java.base/jdk.internal.ref=ALL-UNNAMED",
                "-cp", classpath, "org.entente.Main",
                "--host", "127.0.0.1", "--port", String.valueOf(port), "--data-dir", dir.resolve("data" + i).toString(),
                "--cluster", "--cluster-members", members, "--cluster-port", String.valueOf(hzPort),
                "--cluster-host", "127.0.0.1", "--cluster-name", name));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("ENTENTE_ADMIN_KEY", ADMIN_KEY);
        pb.environment().remove("ENTENTE_CONFIG");
        pb.redirectErrorStream(true).redirectOutput(dir.resolve("node" + i + ".log").toFile());
        Process p = pb.start();
        started.add(p);
        return p;
    }

    private void awaitHealth(Process p, int port, Path output) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError("the node exited with " + p.exitValue() + ": " + Files.readString(output));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 || r.statusCode() == 503) {
                    return; // listening (503: not yet in contact with a majority of the cluster)
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no /health within 180 s: " + Files.readString(output));
    }

    interface Check {
        boolean ok() throws Exception;
    }

    private static void awaitTrue(Check check, int seconds, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            try {
                if (check.ok()) {
                    return;
                }
            } catch (Exception | AssertionError e) {
                // not yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not within " + seconds + " s: " + what);
    }

    private String get(int port, String path, String bearer) throws Exception {
        return send("GET", port, path, bearer, null, 200);
    }

    private String send(String method, int port, String path, String bearer, String body, int expected) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
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


    // --- a player ----------------------------------------------------------------------------------------

    /** One player's connection: it remembers the last position it saw, and every position, to check the stream. */
    static final class Player implements WebSocket.Listener {
        final String role;
        final String token;
        final int port;
        final BlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
        final Map<String, JsonNode> answers = new java.util.concurrent.ConcurrentHashMap<>();
        final List<Long> positions;
        private final StringBuilder partial = new StringBuilder();
        private final HttpClient client = HttpClient.newHttpClient();
        private WebSocket socket;
        private CompletableFuture<WebSocket> sending;
        volatile long last;
        volatile boolean closed;
        volatile int closeStatus;
        volatile long closedAt;
        JsonNode welcome;

        private Player(String role, String token, int port, List<Long> positions) {
            this.role = role;
            this.token = token;
            this.port = port;
            this.positions = positions;
        }

        static Player open(int port, String token, String role, Player before) throws Exception {
            Player p = new Player(role, token, port, before == null ? new java.util.concurrent.CopyOnWriteArrayList<>() : before.positions);
            p.socket = p.client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                    .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), p).get(10, TimeUnit.SECONDS);
            p.sending = CompletableFuture.completedFuture(p.socket);
            ObjectNode join = EventCodec.MAPPER.createObjectNode().put("type", "join").put("token", token).put("name", role);
            if (before != null) {
                join.put("lastSeq", before.last);
            }
            p.send(join.toString());
            JsonNode m = p.inbox.poll(20, TimeUnit.SECONDS);
            if (m == null || !"welcome".equals(m.get("type").asText())) {
                p.socket.abort();
                throw new IllegalStateException(role + " not welcomed: " + m);
            }
            p.welcome = m;
            p.last = m.get("seq").asLong();
            return p;
        }

        /** Reconnects (to any node) from the last position, retrying while the session is being taken over. */
        Player reconnect(int port, int seconds) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            Exception lastError = null;
            while (System.nanoTime() < deadline) {
                try {
                    return open(port, token, role, this);
                } catch (Exception e) {
                    lastError = e;
                    Thread.sleep(250);
                }
            }
            throw new AssertionError(role + " could not resume within " + seconds + " s", lastError);
        }

        synchronized void send(String text) {
            sending = sending.thenCompose(ws -> ws.sendText(text, true));
        }

        String sendOnly(String command) throws Exception {
            String id = UUID.randomUUID().toString();
            ObjectNode c = (ObjectNode) EventCodec.MAPPER.readTree(command);
            send(c.put("id", id).toString());
            return id;
        }

        JsonNode call(String command) throws Exception {
            return call(command, UUID.randomUUID().toString());
        }

        JsonNode call(String command, String id) throws Exception {
            ObjectNode c = (ObjectNode) EventCodec.MAPPER.readTree(command);
            send(c.put("id", id).toString());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline) {
                JsonNode a = answers.get(id);
                if (a != null) {
                    return a;
                }
                Thread.sleep(5);
            }
            throw new AssertionError(role + ": no answer to " + command);
        }

        void awaitEvent(String type) throws Exception {
            while (true) {
                JsonNode m = inbox.poll(20, TimeUnit.SECONDS);
                assertNotNull(m, role + ": no " + type);
                if ("event".equals(m.get("type").asText()) && type.equals(m.get("event").get("type").asText())) {
                    return;
                }
            }
        }

        void drain() throws Exception {
            String id = UUID.randomUUID().toString();
            send("{\"type\":\"ping\",\"id\":\"" + id + "\"}");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!answers.containsKey(id) && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        }

        void assertContiguous() {
            assertFalse(positions.isEmpty(), role + " saw events");
            for (int i = 1; i < positions.size(); i++) {
                assertEquals(positions.get(i - 1) + 1, (long) positions.get(i), role + ": positions " + positions);
            }
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean lastPart) {
            partial.append(data);
            if (lastPart) {
                try {
                    JsonNode m = EventCodec.MAPPER.readTree(partial.toString());
                    String type = m.get("type").asText();
                    if ("event".equals(type)) {
                        long seq = m.get("seq").asLong();
                        positions.add(seq);
                        last = seq;
                    }
                    if (("ack".equals(type) || "reject".equals(type) || "pong".equals(type)) && m.hasNonNull("id")) {
                        answers.put(m.get("id").asText(), m);
                    }
                    inbox.add(m);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeStatus = statusCode;
            closedAt = System.nanoTime();
            closed = true;
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed = true;
        }
    }
}
