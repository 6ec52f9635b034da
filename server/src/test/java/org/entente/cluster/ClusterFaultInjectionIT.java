package org.entente.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.journal.EventCodec;
import org.entente.web.FreePorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three real nodes ({@code java -jar target/entente.jar serve --cluster …}) on loopback, players that
 * retry like the web client, and a seeded schedule of SIGKILL, SIGSTOP/SIGCONT and restarts — one node,
 * the owner, and two of three at once restarted in either order. Then a checker reads every node's
 * journal: every acknowledged command exactly once on every node, the same event at every seq
 * everywhere, and every player's stream without a gap or a repeat. It prints what it injected and checked.
 *
 * <p>{@code -Dentente.faults.seed=N} replays a schedule; {@code -Dentente.faults.steps=N} lengthens it
 * (the first five always include both orders of the two-down restart).
 */
class ClusterFaultInjectionIT {
    private static final String ADMIN_KEY = "fault-injection-admin-key-0123456789";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final List<Node> nodes = new ArrayList<>();
    private final List<Player> players = new ArrayList<>();
    private final List<String> injected = Collections.synchronizedList(new ArrayList<>());
    private final long t0 = System.nanoTime();

    enum Fault { KILL_OWNER, KILL_OTHER, PAUSE_OWNER, TWO_DOWN_OWNER_BACK_FIRST, TWO_DOWN_OTHER_BACK_FIRST }

    @AfterEach
    void stopEverything() {
        players.forEach(p -> p.running = false);
        for (Node n : nodes) {
            if (n.process != null) {
                signal(n, "CONT");
                n.process.destroyForcibly();
            }
        }
    }

    @Test
    void noAcknowledgedEventIsLostOrForkedWhateverDiesAndComesBack(@TempDir Path dir) throws Exception {
        long seed = Long.getLong("entente.faults.seed", System.currentTimeMillis() % 100_000);
        int steps = Integer.getInteger("entente.faults.steps", 5);
        Random random = new Random(seed);
        List<Fault> schedule = new ArrayList<>(List.of(Fault.values()));
        Collections.shuffle(schedule, random);
        while (schedule.size() < steps) {
            schedule.add(Fault.values()[random.nextInt(Fault.values().length)]);
        }
        schedule = schedule.subList(0, steps);
        log("seed %d, schedule %s", seed, schedule);

        String name = "faults-" + UUID.randomUUID();
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            Node n = new Node(i, FreePorts.next(), FreePorts.next(), dir.resolve("node" + i));
            nodes.add(n);
            members.append(i == 0 ? "" : ",").append("127.0.0.1:").append(n.hzPort);
        }
        for (Node n : nodes) {
            start(n, members.toString(), name);
        }
        awaitTrue(() -> nodes.stream().allMatch(n -> healthy(n, 3)), 240, "three members with a majority");

        JsonNode created = EventCodec.MAPPER.readTree(send("POST", nodes.get(0), "/api/v1/sessions", ADMIN_KEY,
                "{\"scenario\":\"grand-alliance-1941\"}").body());
        String session = created.get("id").asText();
        List<Integer> ports = nodes.stream().map(n -> n.webPort).toList();
        int k = 0;
        for (JsonNode invite : created.get("invites")) {
            Player p = new Player(invite.get("role").asText(), invite.get("token").asText(), ports, k++);
            players.add(p);
            p.thread.start();
        }
        awaitProgress(20, 60, "players acknowledged before the first fault");

        for (Fault fault : schedule) {
            Node owner = ownerOf(session);
            Node other = nodes.stream().filter(n -> n != owner).toList().get(random.nextInt(2));
            switch (fault) {
                case KILL_OWNER -> {
                    kill(owner);
                    Thread.sleep(3000 + random.nextInt(3000));
                    start(owner, members.toString(), name);
                }
                case KILL_OTHER -> {
                    kill(other);
                    Thread.sleep(3000 + random.nextInt(3000));
                    start(other, members.toString(), name);
                }
                case PAUSE_OWNER -> {
                    signal(owner, "STOP");
                    Thread.sleep(9000 + random.nextInt(5000));
                    signal(owner, "CONT");
                }
                case TWO_DOWN_OWNER_BACK_FIRST, TWO_DOWN_OTHER_BACK_FIRST -> {
                    kill(owner);
                    kill(other);
                    Thread.sleep(3000 + random.nextInt(3000));
                    Node first = fault == Fault.TWO_DOWN_OWNER_BACK_FIRST ? owner : other;
                    Node second = first == owner ? other : owner;
                    start(first, members.toString(), name);
                    Thread.sleep(2000 + random.nextInt(3000));
                    start(second, members.toString(), name);
                }
            }
            awaitTrue(() -> nodes.stream().allMatch(n -> healthy(n, 3)), 300, "all three members back after " + fault);
            awaitProgress(10, 300, "players acknowledged after " + fault);
            log("after %s: %d commands acknowledged so far, owner now node %d", fault, acked(), ownerOf(session).index);
        }

        // Quiesce: every player's last command answered, then one more each so that every copy catches up.
        players.forEach(p -> p.stopping = true);
        awaitTrue(() -> players.stream().allMatch(p -> p.idle), 120, "every player's commands answered");
        players.forEach(p -> p.oneMore = true);
        awaitTrue(() -> players.stream().allMatch(p -> p.idle && !p.oneMore), 120, "a last command of every player answered");
        awaitTrue(() -> {
            List<List<String>> logs = journals(session);
            return logs.get(0).size() == logs.get(1).size() && logs.get(1).size() == logs.get(2).size();
        }, 60, "every node's copy at the same length");
        players.forEach(p -> p.running = false);
        for (Node n : nodes) {
            n.process.destroy();
            n.process.waitFor(20, TimeUnit.SECONDS);
        }

        // The checker.
        List<List<String>> logs = journals(session);
        for (int i = 1; i < 3; i++) {
            assertEquals(logs.get(0).size(), logs.get(i).size(), "node " + i + " holds as many events as node 0");
            for (int seq = 0; seq < logs.get(0).size(); seq++) {
                assertEquals(logs.get(0).get(seq), logs.get(i).get(seq), "event " + (seq + 1) + " on node " + i + " and node 0");
            }
        }
        Map<String, Integer> count = new HashMap<>();
        long seq = 0;
        for (String line : logs.get(0)) {
            JsonNode r = EventCodec.MAPPER.readTree(line.substring(9));
            assertEquals(++seq, r.get("seq").asLong(), "contiguous sequence");
            if (r.hasNonNull("commandId")) {
                count.merge(r.get("commandId").asText(), 1, Integer::sum);
            }
        }
        int ackedTotal = 0;
        for (Player p : players) {
            for (String id : p.acked) {
                assertEquals(1, count.getOrDefault(id, 0), p.role + "'s acknowledged command " + id + " exactly once");
                ackedTotal++;
            }
            assertEquals(0, p.gaps.get(), p.role + ": gaps in its stream");
            assertEquals(0, p.repeats.get(), p.role + ": repeats in its stream");
            assertEquals(0, p.unknownToken.get(), p.role + ": told UNKNOWN_TOKEN while the session moved");
            assertTrue(p.welcomes.get() > 1, p.role + " resumed at least once");
        }
        log("injected: %s", injected);
        log("checked: %d events, identical on all 3 nodes at every seq; %d acknowledged commands, each exactly once on every"
                        + " node; %d players resumed %d times in all (%d fresh snapshots), %d retryable SESSION_UNAVAILABLE"
                        + " answers, 0 gaps, 0 repeats, 0 UNKNOWN_TOKEN",
                seq, ackedTotal, players.size(), players.stream().mapToInt(p -> p.welcomes.get() - 1).sum(),
                players.stream().mapToInt(p -> p.snapshots.get()).sum(),
                players.stream().mapToInt(p -> p.unavailable.get()).sum());
    }

    // --- faults ----------------------------------------------------------------------------------------------

    private void start(Node n, String members, String name) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path jar = Path.of("target", "entente.jar").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-Dhazelcast.wait.seconds.before.join=0", "-jar", jar.toString(),
                "serve", "--host", "127.0.0.1", "--port", String.valueOf(n.webPort), "--data-dir", n.data.toString(),
                "--cluster", "--cluster-members", members, "--cluster-port", String.valueOf(n.hzPort),
                "--cluster-host", "127.0.0.1", "--cluster-name", name);
        pb.environment().put("ENTENTE_ADMIN_KEY", ADMIN_KEY);
        pb.environment().remove("ENTENTE_CONFIG");
        Path out = n.data.resolveSibling("node" + n.index + "-" + (++n.starts) + ".log");
        pb.redirectErrorStream(true).redirectOutput(out.toFile());
        n.process = pb.start();
        log("node %d started (pid %d)", n.index, n.process.pid());
        injected.add(String.format("%.0fs start node %d", seconds(), n.index));
    }

    private void kill(Node n) throws Exception {
        n.process.destroyForcibly();
        n.process.waitFor(20, TimeUnit.SECONDS);
        log("node %d SIGKILLed", n.index);
        injected.add(String.format("%.0fs SIGKILL node %d", seconds(), n.index));
    }

    private void signal(Node n, String sig) {
        try {
            new ProcessBuilder("kill", "-" + sig, String.valueOf(n.process.pid())).start().waitFor(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (players.stream().anyMatch(p -> p.running)) {
            log("node %d SIG%s", n.index, sig);
            injected.add(String.format("%.0fs SIG%s node %d", seconds(), sig, n.index));
        }
    }

    // --- observations -----------------------------------------------------------------------------------------

    private boolean healthy(Node n, int members) {
        try {
            JsonNode h = EventCodec.MAPPER.readTree(send("GET", n, "/health", ADMIN_KEY, null).body());
            return h.get("cluster").get("memberCount").asInt() == members && h.get("cluster").get("quorum").asBoolean();
        } catch (Exception e) {
            return false;
        }
    }

    private Node ownerOf(String session) throws Exception {
        Node[] found = new Node[1];
        awaitTrue(() -> {
            for (Node n : nodes) {
                JsonNode h = EventCodec.MAPPER.readTree(send("GET", n, "/health", ADMIN_KEY, null).body());
                for (JsonNode s : h.get("cluster").get("ownedSessions")) {
                    if (s.get("id").asText().equals(session)) {
                        found[0] = n;
                        return true;
                    }
                }
            }
            return false;
        }, 60, "an owner of the session");
        return found[0];
    }

    private int acked() {
        return players.stream().mapToInt(p -> p.acked.size()).sum();
    }

    private void awaitProgress(int more, int seconds, String what) throws Exception {
        int before = acked();
        awaitTrue(() -> acked() >= before + more, seconds, what);
    }

    private List<List<String>> journals(String session) throws Exception {
        List<List<String>> out = new ArrayList<>();
        for (Node n : nodes) {
            Path file = n.data.resolve("sessions").resolve(session + ".journal");
            List<String> lines = new ArrayList<>(Files.exists(file) ? Files.readAllLines(file) : List.of());
            out.add(lines);
        }
        return out;
    }

    private HttpResponse<String> send(String method, Node n, String path, String bearer, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + n.webPort + path))
                .timeout(Duration.ofSeconds("GET".equals(method) ? 5 : 60));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    interface Check {
        boolean ok() throws Exception;
    }

    private void awaitTrue(Check check, int seconds, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            try {
                if (check.ok()) {
                    return;
                }
            } catch (Exception | AssertionError e) {
                // not yet
            }
            Thread.sleep(200);
        }
        for (Node n : nodes) {
            try {
                log("node %d health: %s", n.index, send("GET", n, "/health", ADMIN_KEY, null).body());
            } catch (Exception e) {
                log("node %d health: %s (alive: %s)", n.index, e, n.process != null && n.process.isAlive());
            }
            try (var files = Files.list(n.data.getParent())) {
                for (Path f : files.filter(f -> f.getFileName().toString().startsWith("node" + n.index + "-")).sorted().toList()) {
                    List<String> lines = Files.readAllLines(f);
                    log("--- %s (last 15 lines)%n%s", f.getFileName(),
                            String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
                }
            } catch (Exception e) {
                log("no log: %s", e);
            }
        }
        throw new AssertionError("not within " + seconds + " s: " + what + "; injected " + injected);
    }

    private double seconds() {
        return (System.nanoTime() - t0) / 1e9;
    }

    private void log(String format, Object... args) {
        System.out.printf("[faults %5.1fs] %s%n", seconds(), String.format(format, args));
    }


    static final class Node {
        final int index;
        final int webPort;
        final int hzPort;
        final Path data;
        volatile Process process;
        int starts;

        Node(int index, int webPort, int hzPort, Path data) {
            this.index = index;
            this.webPort = webPort;
            this.hzPort = hzPort;
            this.data = data;
        }
    }

    // --- a player that retries like web-client/…/js/connection.js ------------------------------------------------

    /**
     * Joins through any node (the next one on each attempt, as a load balancer would), resumes from its
     * last position, re-sends its unanswered command with the same id after every welcome, and treats
     * SESSION_UNAVAILABLE and a closed socket as "try again".
     */
    static final class Player implements WebSocket.Listener {
        final String role;
        final String token;
        final List<Integer> ports;
        final Thread thread;
        final List<String> acked = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger gaps = new AtomicInteger();
        final AtomicInteger repeats = new AtomicInteger();
        final AtomicInteger welcomes = new AtomicInteger();
        final AtomicInteger snapshots = new AtomicInteger();
        final AtomicInteger unavailable = new AtomicInteger();
        final AtomicInteger unknownToken = new AtomicInteger();
        final Map<String, JsonNode> answers = new ConcurrentHashMap<>();
        private final LinkedBlockingQueue<JsonNode> first = new LinkedBlockingQueue<>();
        private final HttpClient client = HttpClient.newHttpClient();
        private final StringBuilder partial = new StringBuilder();
        volatile boolean running = true;
        volatile boolean stopping;
        volatile boolean oneMore;
        volatile boolean idle;
        volatile boolean closed;
        private volatile long last = -1;
        private int attempt;
        private int counter;

        Player(String role, String token, List<Integer> ports, int offset) {
            this.role = role;
            this.token = token;
            this.ports = ports;
            this.attempt = offset;
            this.thread = new Thread(this::run, "player-" + role);
            this.thread.setDaemon(true);
        }

        private void run() {
            String pendingId = null;
            String pendingFrame = null;
            while (running) {
                WebSocket ws = null;
                try {
                    closed = false;
                    first.clear();
                    int port = ports.get(attempt++ % ports.size());
                    ws = client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(3))
                            .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), this).get(5, TimeUnit.SECONDS);
                    String join = "{\"type\":\"join\",\"token\":\"" + token + "\",\"name\":\"" + role + "\""
                            + (last >= 0 ? ",\"lastSeq\":" + last : "") + "}";
                    ws.sendText(join, true).get(5, TimeUnit.SECONDS);
                    JsonNode reply = first.poll(15, TimeUnit.SECONDS);
                    if (reply == null || !"welcome".equals(reply.get("type").asText())) {
                        if (reply != null && "SESSION_UNAVAILABLE".equals(reply.path("code").asText())) {
                            unavailable.incrementAndGet();
                        } else if (reply != null && "UNKNOWN_TOKEN".equals(reply.path("code").asText())) {
                            unknownToken.incrementAndGet();
                        }
                        throw new IllegalStateException("not welcomed: " + reply);
                    }
                    welcomes.incrementAndGet();
                    while (running && !closed) {
                        if (pendingId == null) {
                            if (stopping && !oneMore) {
                                idle = true;
                                Thread.sleep(50);
                                continue;
                            }
                            pendingId = UUID.randomUUID().toString();
                            pendingFrame = "{\"type\":\"post\",\"id\":\"" + pendingId + "\",\"channel\":\"plenary\",\"text\":\""
                                    + role + " " + (++counter) + "\"}";
                        }
                        idle = false;
                        ws.sendText(pendingFrame, true).get(5, TimeUnit.SECONDS);
                        JsonNode answer = awaitAnswer(pendingId, 15);
                        if (answer == null) {
                            break; // no answer (a paused node, a closed socket): reconnect and send it again
                        }
                        if ("ack".equals(answer.get("type").asText())) {
                            acked.add(pendingId);
                        }
                        pendingId = null;
                        if (stopping) {
                            oneMore = false;
                        }
                        Thread.sleep(80);
                    }
                } catch (Exception e) {
                    // dropped: try again, as the web client does
                }
                if (ws != null) {
                    ws.abort();
                }
                attempt++;
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private JsonNode awaitAnswer(String id, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < deadline && !closed) {
                JsonNode a = answers.remove(id);
                if (a != null) {
                    return a;
                }
                Thread.sleep(5);
            }
            return answers.remove(id);
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
                    switch (type) {
                        case "welcome" -> {
                            long at = m.get("seq").asLong();
                            if (!m.get("resumed").asBoolean() && last >= 0) {
                                snapshots.incrementAndGet();
                            }
                            last = at;
                            first.add(m);
                        }
                        case "event" -> {
                            long seq = m.get("seq").asLong();
                            if (seq <= last) {
                                repeats.incrementAndGet();
                            } else if (seq > last + 1) {
                                gaps.incrementAndGet();
                            }
                            last = Math.max(last, seq);
                        }
                        case "ack", "reject", "pong" -> {
                            if (m.hasNonNull("id")) {
                                answers.put(m.get("id").asText(), m);
                            } else {
                                first.add(m);
                            }
                        }
                        default -> { }
                    }
                } catch (Exception e) {
                    // not JSON: ignore
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed = true;
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed = true;
        }
    }
}
