package org.entente.security;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A node in a JVM of its own, started as an operator would start it ({@code -Xmx}, {@code -XX:+ExitOnOutOfMemoryError}):
 * what it holds is then measured apart from the test's clients — its heap through its own metrics, its resident
 * memory (peak included) from /proc.
 */
final class NodeProcess implements AutoCloseable {
    static final String ADMIN_KEY = "node-process-admin-key-0123456789";
    private final Process process;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Path log;

    NodeProcess(Path dir, String maxHeap, String configYaml) throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path config = dir.resolve("entente.yaml");
        Files.writeString(config, configYaml);
        log = dir.resolve("node.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx" + maxHeap, "-XX:+ExitOnOutOfMemoryError", "-cp", classpath,
                "org.entente.Main", "--host", "127.0.0.1", "--port", String.valueOf(port), "--data-dir",
                dir.resolve("data").toString(), "--config", config.toString());
        pb.environment().put("ENTENTE_ADMIN_KEY", ADMIN_KEY);
        pb.environment().remove("ENTENTE_CONFIG");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        process = pb.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the node exited at start: " + Files.readString(log));
            }
            try {
                if (get("/health", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IOException("the node did not answer /health within 60 s");
    }

    int port() {
        return port;
    }

    boolean alive() {
        return process.isAlive();
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    HttpResponse<String> get(String path, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(5));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String bearer, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Heap in use now (bytes), bytes held for clients, clients shed: from the node's own metrics. */
    record Gauges(long heapUsed, long queued, long shed, long tooSlow) {
    }

    Gauges gauges() throws IOException, InterruptedException {
        String metrics = get("/metrics", ADMIN_KEY).body();
        return new Gauges((long) sum(metrics, "jvm_memory_used_bytes\\{area=\"heap\"[^}]*\\} ([0-9.eE+-]+)"),
                (long) sum(metrics, "entente_client_queued_bytes(?:\\{[^}]*\\})? ([0-9.eE+-]+)"),
                (long) sum(metrics, "entente_clients_shed_total(?:\\{[^}]*\\})? ([0-9.eE+-]+)"),
                (long) sum(metrics, "entente_clients_too_slow_total(?:\\{[^}]*\\})? ([0-9.eE+-]+)"));
    }

    private static double sum(String text, String regex) {
        double total = 0;
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            total += Double.parseDouble(m.group(1));
        }
        return total;
    }

    /** Resident memory now and at its peak (kB), from /proc; -1 where /proc is not there. */
    long[] rssKb() {
        try {
            String status = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "status"));
            return new long[] {field(status, "VmRSS"), field(status, "VmHWM")};
        } catch (IOException e) {
            return new long[] {-1, -1};
        }
    }

    private static long field(String status, String name) {
        Matcher m = Pattern.compile(name + ":\\s+(\\d+) kB").matcher(status);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
