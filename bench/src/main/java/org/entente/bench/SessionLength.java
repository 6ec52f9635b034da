package org.entente.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Does an append cost more as a session grows (issue 16)? One session, one node or a three-node
 * cluster, posts kept {@code --in-flight} deep over a few websockets; at each checkpoint (events in
 * the log) it reports the latency and throughput of the last {@code --window} posts.
 *
 * <pre>
 * java -cp bench/target/entente-bench.jar org.entente.bench.SessionLength --jar server/target/entente.jar \
 *      [--modes single,cluster-1,cluster] [--checkpoints 1000,10000,50000] [--in-flight 20] [--window 1000] [--data-dir /tmp/x]
 * </pre>
 * Do not run it on a busy machine: its figures are only as quiet as the machine (docs/performance.md).
 */
public final class SessionLength {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "session-length-bench-admin-key-0123456789";

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        Path jar = Path.of(args.get("jar", "server/target/entente.jar"));
        long[] checkpoints = Arrays.stream(args.get("checkpoints", "1000,10000,50000").split(",")).mapToLong(Long::parseLong).toArray();
        int inFlight = args.getInt("in-flight", 20);
        int window = args.getInt("window", 1000);
        Path data = Path.of(args.get("data-dir", Files.createTempDirectory("entente-length").toString()));
        System.out.println("| mode | events in the log | posts/s | p50 ms | p99 ms |");
        System.out.println("|---|---|---|---|---|");
        for (String mode : args.get("modes", "single,cluster-1,cluster").split(",")) {
            run(mode.trim(), jar, data.resolve(mode.trim()), checkpoints, inFlight, window);
        }
    }

    private static void run(String mode, Path jar, Path dir, long[] checkpoints, int inFlight, int window) throws Exception {
        // "cluster-1": one node in cluster mode (its own majority), the reproduction without two more JVMs
        // sharing the machine's cores and disk; "cluster": three nodes
        int nodes = "cluster".equals(mode) ? 3 : 1;
        boolean clustered = mode.startsWith("cluster");
        Files.createDirectories(dir);
        Path config = dir.resolve("limits.yaml");
        Files.writeString(config, "limits:\n  commandsPerSecond: 100000\n  commandBurst: 100000\n");
        int[] web = new int[nodes];
        int[] hz = new int[nodes];
        for (int i = 0; i < nodes; i++) {
            web[i] = freePort();
            hz[i] = freePort();
        }
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < nodes; i++) {
            members.append(i == 0 ? "" : ",").append("127.0.0.1:").append(hz[i]);
        }
        List<Process> processes = new ArrayList<>();
        HttpClient http = HttpClient.newHttpClient();
        String clusterName = "length-" + UUID.randomUUID();
        try {
            for (int i = 0; i < nodes; i++) {
                List<String> cmd = new ArrayList<>(List.of("java", "-Xmx1g", "-Dhazelcast.wait.seconds.before.join=0", "-jar",
                        jar.toString(), "serve", "--config", config.toString(), "--host", "127.0.0.1", "--port",
                        String.valueOf(web[i]), "--data-dir", dir.resolve("node" + i).toString()));
                if (clustered) {
                    cmd.addAll(List.of("--cluster", "--cluster-members", members.toString(), "--cluster-port", String.valueOf(hz[i]),
                            "--cluster-host", "127.0.0.1", "--cluster-name", clusterName));
                }
                ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("node" + i + ".log").toFile());
                pb.environment().put("ENTENTE_ADMIN_KEY", KEY);
                processes.add(pb.start());
            }
            awaitWritable(http, web[0], 180);
            JsonNode created = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web[0] + "/api/v1/sessions"))
                    .header("Authorization", "Bearer " + KEY).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"scenario\":\"grand-alliance-1941\"}")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            long opening = 0;
            List<Poster> posters = new ArrayList<>();
            Semaphore slots = new Semaphore(inFlight);
            for (JsonNode invite : created.get("invites")) {
                posters.add(new Poster(web[0], invite.get("token").asText(), slots));
            }
            opening = posters.get(0).joinedAt;
            AtomicLong sent = new AtomicLong();
            int checkpoint = 0;
            long posted = 0;
            while (checkpoint < checkpoints.length) {
                long target = checkpoints[checkpoint] - opening;
                long windowStart = Math.max(posted, target - window);
                // fill up to the start of the measured window without measuring
                while (posted < windowStart) {
                    posters.get((int) (posted++ % posters.size())).post(null);
                }
                Histogram h = new Histogram(3_600_000_000L, 3);
                long t0 = System.nanoTime();
                while (posted < target) {
                    posters.get((int) (posted++ % posters.size())).post(h);
                }
                slots.acquire(inFlight);
                slots.release(inFlight);
                double seconds = (System.nanoTime() - t0) / 1e9;
                long n = h.getTotalCount();
                System.out.printf("| %s | %,d | %.0f | %.1f | %.1f |%n", mode, checkpoints[checkpoint], n / seconds,
                        h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(99) / 1e6);
                checkpoint++;
                sent.set(posted);
            }
        } finally {
            for (Process p : processes) {
                p.destroy();
                p.waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    private static void awaitWritable(HttpClient http, int port, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no node ready within " + seconds + " s");
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** One websocket of one nation: posts to the plenary and times each post to its ack. */
    static final class Poster implements WebSocket.Listener {
        private final Semaphore slots;
        private final Map<String, long[]> open = new ConcurrentHashMap<>();
        private final Map<String, Histogram> into = new ConcurrentHashMap<>();
        private final StringBuilder partial = new StringBuilder();
        private final WebSocket ws;
        private final java.util.concurrent.CountDownLatch welcomed = new java.util.concurrent.CountDownLatch(1);
        volatile long joinedAt;

        Poster(int port, String token, Semaphore slots) throws Exception {
            this.slots = slots;
            this.ws = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), this)
                    .get(10, TimeUnit.SECONDS);
            ws.sendText("{\"type\":\"join\",\"token\":\"" + token + "\",\"name\":\"bench\"}", true).join();
            welcomed.await(30, TimeUnit.SECONDS);
        }

        synchronized void post(Histogram h) throws InterruptedException {
            slots.acquire();
            String id = UUID.randomUUID().toString();
            open.put(id, new long[] {System.nanoTime()});
            if (h != null) {
                into.put(id, h);
            }
            ws.sendText("{\"type\":\"post\",\"id\":\"" + id + "\",\"channel\":\"plenary\",\"text\":\"benchmark post of a typical length, "
                    + "about as long as a player's message in a negotiation\"}", true).join();
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                if (text.startsWith("{\"type\":\"welcome\"") || text.contains("\"type\":\"welcome\"")) {
                    try {
                        joinedAt = JSON.readTree(text).path("snapshot").path("lastSeq").asLong(20);
                    } catch (Exception e) {
                        joinedAt = 20;
                    }
                    welcomed.countDown();
                } else if (text.contains("\"type\":\"ack\"") || (text.contains("\"type\":\"reject\"") && text.contains("\"id\":\""))) {
                    try {
                        String id = JSON.readTree(text).get("id").asText();
                        long[] at = open.remove(id);
                        if (at != null) {
                            Histogram h = into.remove(id);
                            if (h != null) {
                                synchronized (h) {
                                    h.recordValue(System.nanoTime() - at[0]);
                                }
                            }
                            slots.release();
                        }
                    } catch (Exception e) {
                        // not ours
                    }
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
