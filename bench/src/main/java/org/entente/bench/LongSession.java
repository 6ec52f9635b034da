package org.entente.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.entente.server.YoungCollections;

/**
 * What one long session costs the heap (issue 19): a single node, one session driven to many events by
 * posts over websockets ({@code --in-flight} deep), and at each checkpoint the server's heap after a full
 * GC (jcmd), against the heap before the session was created.
 *
 * <pre>
 * java -cp bench/target/entente-bench.jar org.entente.bench.LongSession --jar server/target/entente.jar \
 *      [--checkpoints 1000,10000,50000] [--in-flight 20] [--data-dir /tmp/x] [--port 0]
 * </pre>
 * Figures are for an idle machine (docs/performance.md, "A long session stays cheap").
 */
public final class LongSession {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "long-session-bench-admin-key-0123456789";

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        Path jar = Path.of(args.get("jar", "server/target/entente.jar"));
        long[] checkpoints = Arrays.stream(args.get("checkpoints", "1000,10000,50000").split(",")).mapToLong(Long::parseLong).toArray();
        int inFlight = args.getInt("in-flight", 20);
        Path dir = args.has("data-dir") ? Path.of(args.get("data-dir", null)) : Files.createTempDirectory("entente-long");
        int port = args.getInt("port", 0) == 0 ? freePort() : args.getInt("port", 0);
        Files.createDirectories(dir);
        Path config = dir.resolve("limits.yaml");
        Files.writeString(config, "limits:\n  commandsPerSecond: 100000\n  commandBurst: 100000\n");
        ProcessBuilder pb = new ProcessBuilder("java", "-Xmx1g", YoungCollections.RECOMMENDED_OPTION, "-jar", jar.toString(), "serve",
                "--config", config.toString(), "--host", "127.0.0.1", "--port", String.valueOf(port), "--data-dir", dir.resolve("node").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("node.log").toFile());
        pb.environment().put("ENTENTE_ADMIN_KEY", KEY);
        Process server = pb.start();
        HttpClient http = HttpClient.newHttpClient();
        try {
            RestartTime.awaitHealth(http, port, 120);
            long baseline = Heap.usedAfterGc(server.pid());
            System.out.println("heap after GC before the session: " + Heap.mb(baseline));
            JsonNode created = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/sessions"))
                    .header("Authorization", "Bearer " + KEY).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"scenario\":\"grand-alliance-1941\"}")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            Semaphore slots = new Semaphore(inFlight);
            List<SessionLength.Poster> posters = new ArrayList<>();
            for (JsonNode invite : created.get("invites")) {
                posters.add(new SessionLength.Poster(port, invite.get("token").asText(), slots));
            }
            long opening = posters.get(0).joinedAt;
            System.out.println("| events in the session | heap after GC | over the baseline | per event since the previous row |");
            System.out.println("|---|---|---|---|");
            long posted = 0;
            long previousEvents = 0;
            long previousBytes = baseline;
            for (long checkpoint : checkpoints) {
                while (posted < checkpoint - opening) {
                    posters.get((int) (posted++ % posters.size())).post(null);
                }
                slots.acquire(inFlight);
                slots.release(inFlight);
                long used = Heap.usedAfterGc(server.pid());
                System.out.printf("| %,d | %s | %s | %s |%n", checkpoint, Heap.mb(used), Heap.mb(used - baseline),
                        previousEvents == 0 ? "-" : String.format("%.0f B", (used - previousBytes) / (double) (checkpoint - previousEvents)));
                previousEvents = checkpoint;
                previousBytes = used;
            }
        } finally {
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
        }
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
