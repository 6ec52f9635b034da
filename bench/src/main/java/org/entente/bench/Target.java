package org.entente.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * A server under test, run as separate processes on loopback (one, or three for a cluster): Entente ({@code java -jar entente.jar
 * --port P --data-dir D} with {@code ENTENTE_ADMIN_KEY}) or the Node peer ({@code node server.js --port P}).
 * Its CPU time and resident memory come from {@code /proc/<pid>/stat} and {@code /proc/<pid>/status};
 * Entente's heap from {@code jstat -gc <pid>} (used = S0U+S1U+EU+OU), after {@code jcmd <pid> GC.run}
 * when a settled figure is wanted. No JMX.
 */
final class Target {
    enum Kind { ENTENTE, PEER, RELAY, CLUSTER }

    record Invite(String role, String token) {
    }

    record SessionInfo(String id, String facilitatorToken, List<Invite> invites) {
    }

    record ProcStats(long cpuTicks, long rssKb) {
    }

    /**
     * The options both Java targets start with, before any of {@code --server-jvm}: a node's as docs/operations.md
     * recommends it, and the same for the relay, so that the two JVMs differ only in what they run.
     */
    static final List<String> JVM_OPTIONS = List.of(org.entente.server.YoungCollections.RECOMMENDED_OPTION);

    static final long CLK_TCK = 100; // getconf CLK_TCK on Linux x86-64
    private static final ObjectMapper JSON = new ObjectMapper();

    final Kind kind;
    final String host = "127.0.0.1";
    final int port;
    /** Every node's HTTP port (one but for a cluster); sessions are created on them in turn. */
    final List<Integer> ports;
    private final List<List<String>> commands;
    private final List<Path> logs;
    private final Path dataDir;
    private final String adminKey;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> processes = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger nextNode = new java.util.concurrent.atomic.AtomicInteger();

    private Target(Kind kind, int port, List<String> command, Path log, Path dataDir, String adminKey) {
        this(kind, List.of(port), List.of(command), List.of(log), dataDir, adminKey);
    }

    private Target(Kind kind, List<Integer> ports, List<List<String>> commands, List<Path> logs, Path dataDir, String adminKey) {
        this.kind = kind;
        this.port = ports.get(0);
        this.ports = ports;
        this.commands = commands;
        this.logs = logs;
        this.dataDir = dataDir;
        this.adminKey = adminKey;
    }

    /**
     * Three Entente nodes in one cluster (Hazelcast on {@code hzPort}, +1, +2; HTTP on {@code port}, +1, +2), each
     * with its own data directory under {@code dataDir}. Sessions are created on the nodes in turn, so each
     * node owns a third of them.
     */
    static Target ententeCluster(Path jar, Path dataDir, int port, int hzPort, List<String> jvmArgs, Path logDir) {
        String members = "127.0.0.1:" + hzPort + ",127.0.0.1:" + (hzPort + 1) + ",127.0.0.1:" + (hzPort + 2);
        String name = "bench-" + Long.toHexString(System.nanoTime());
        List<Integer> ports = new ArrayList<>();
        List<List<String>> commands = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.add("-Dhazelcast.wait.seconds.before.join=0");
            cmd.addAll(JVM_OPTIONS);
            cmd.addAll(jvmArgs);
            cmd.addAll(List.of("-jar", jar.toString(), "--host", "127.0.0.1", "--port", String.valueOf(port + i), "--data-dir",
                    dataDir.resolve("node" + i).toString(), "--cluster", "--cluster-members", members,
                    "--cluster-port", String.valueOf(hzPort + i), "--cluster-host", "127.0.0.1", "--cluster-name", name));
            ports.add(port + i);
            commands.add(cmd);
            logs.add(logDir.resolve("entente-node" + i + ".log"));
        }
        return new Target(Kind.CLUSTER, ports, commands, logs, dataDir, "bench-" + Long.toHexString(System.nanoTime()));
    }

    /** Whether this target is Entente (one node or a cluster): it has turns, a heap, a JFR. */
    boolean entente() {
        return kind == Kind.ENTENTE || kind == Kind.CLUSTER;
    }

    static Target entente(Path jar, Path dataDir, int port, List<String> jvmArgs, Path log) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(JVM_OPTIONS);
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-jar", jar.toString(), "--host", "127.0.0.1", "--port", String.valueOf(port), "--data-dir",
                dataDir.toString()));
        return new Target(Kind.ENTENTE, port, cmd, log, dataDir, "bench-" + Long.toHexString(System.nanoTime()));
    }

    static Target peer(Path peerDir, int port, Path log) {
        List<String> cmd = List.of("node", peerDir.resolve("server.js").toString(), "--host", "127.0.0.1", "--port",
                String.valueOf(port));
        return new Target(Kind.PEER, port, cmd, log, null, "bench-" + Long.toHexString(System.nanoTime()));
    }

    /** The raw Vert.x relay (org.entente.bench.relay.RawVertxRelay) from the bench jar itself, with its event loops. */
    static Target rawVertxRelay(Path benchJar, int port, int eventLoops, Path log) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(JVM_OPTIONS);
        cmd.addAll(List.of("-cp", benchJar.toString(), "org.entente.bench.relay.RawVertxRelay", "--host", "127.0.0.1",
                "--port", String.valueOf(port), "--event-loops", String.valueOf(eventLoops)));
        return new Target(Kind.RELAY, port, cmd, log, null, "bench-" + Long.toHexString(System.nanoTime()));
    }

    String name() {
        return switch (kind) {
            case ENTENTE -> "Entente";
            case PEER -> "Node peer";
            case RELAY -> "raw Vert.x relay";
            case CLUSTER -> "Entente, three-node cluster";
        };
    }

    String commandLine() {
        return String.join(" ", commands.get(0)) + (commands.size() > 1 ? " (and " + (commands.size() - 1) + " more nodes)" : "");
    }

    Path dataDir() {
        return dataDir;
    }

    long pid() {
        return processes.get(0).pid();
    }

    void start() throws IOException, InterruptedException {
        if (dataDir != null) {
            Files.createDirectories(dataDir);
        }
        for (int i = 0; i < commands.size(); i++) {
            Files.createDirectories(logs.get(i).getParent());
            ProcessBuilder pb = new ProcessBuilder(commands.get(i)).redirectErrorStream(true).redirectOutput(logs.get(i).toFile());
            pb.environment().put("ENTENTE_ADMIN_KEY", adminKey);
            pb.environment().remove("ENTENTE_CONFIG");
            processes.add(pb.start());
        }
        // A cluster node answers 503 until it sees a majority: wait for 200 on every node.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(commands.size() > 1 ? 180 : 60);
        for (int i = 0; i < processes.size(); i++) {
            while (true) {
                if (!processes.get(i).isAlive()) {
                    throw new IOException(name() + " exited at start (code " + processes.get(i).exitValue() + "); see " + logs.get(i));
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException(name() + " did not answer /health in time; see " + logs.get(i));
                }
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(ports.get(i), "/health")).timeout(Duration.ofSeconds(2))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
        }
    }

    /** The node the next session is created on (in turn, for a cluster), as an index into {@link #ports}. */
    int nextNode() {
        return Math.floorMod(nextNode.getAndIncrement(), ports.size());
    }

    SessionInfo createSession(String scenario, List<String> roles) throws IOException, InterruptedException {
        return createSession(scenario, roles, 0);
    }

    SessionInfo createSession(String scenario, List<String> roles, int node) throws IOException, InterruptedException {
        String body = entente() ? JSON.writeValueAsString(java.util.Map.of("scenario", scenario))
                : JSON.writeValueAsString(java.util.Map.of("scenario", scenario, "roles", roles));
        HttpRequest req = HttpRequest.newBuilder(uri(ports.get(node), "/api/v1/sessions")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + adminKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IOException(name() + ": POST /api/v1/sessions answered " + r.statusCode() + ": " + r.body());
        }
        JsonNode n = JSON.readTree(r.body());
        List<Invite> invites = new ArrayList<>();
        n.get("invites").forEach(i -> invites.add(new Invite(i.get("role").asText(), i.get("token").asText())));
        return new SessionInfo(n.get("id").asText(), n.get("facilitatorToken").asText(), invites);
    }

    /** Entente's journal sync times, summed over its nodes ({@link SyncTimes#NONE} for the other targets, or if unread). */
    SyncTimes syncTimes() {
        if (!entente()) {
            return SyncTimes.NONE;
        }
        SyncTimes all = SyncTimes.NONE;
        for (int port : ports) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(port, "/metrics")).timeout(Duration.ofSeconds(5))
                        .header("Authorization", "Bearer " + adminKey).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    all = all.plus(SyncTimes.parse(r.body()));
                }
            } catch (IOException e) {
                return SyncTimes.NONE;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return SyncTimes.NONE;
            }
        }
        return all;
    }

    /** CPU and resident memory of every process of the target, summed. */
    ProcStats stats() {
        long ticks = 0;
        long rss = 0;
        for (Process p : processes) {
            ProcStats s = procStats(p.pid());
            ticks += s.cpuTicks();
            rss += s.rssKb();
        }
        return new ProcStats(ticks, rss);
    }

    static ProcStats procStats(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14 and 15)
            long rss = 0;
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return new ProcStats(ticks, rss);
        } catch (IOException | RuntimeException e) {
            return new ProcStats(0, 0);
        }
    }

    /** Entente's used heap in bytes, summed over its nodes (after a full GC if asked); empty for the peer or if jstat fails. */
    OptionalLong heapUsed(boolean gcFirst) {
        if (!entente()) {
            return OptionalLong.empty();
        }
        long sum = 0;
        for (Process p : processes) {
            OptionalLong one = heapUsed(p.pid(), gcFirst);
            if (one.isEmpty()) {
                return one;
            }
            sum += one.getAsLong();
        }
        return OptionalLong.of(sum);
    }

    private static OptionalLong heapUsed(long pid, boolean gcFirst) {
        try {
            if (gcFirst) {
                run(List.of("jcmd", String.valueOf(pid), "GC.run"));
            }
            String out = run(List.of("jstat", "-gc", String.valueOf(pid)));
            String[] lines = out.strip().split("\n");
            String[] head = lines[0].trim().split("\\s+");
            String[] vals = lines[lines.length - 1].trim().split("\\s+");
            double kb = 0;
            for (int i = 0; i < head.length; i++) {
                if (List.of("S0U", "S1U", "EU", "OU").contains(head[i])) {
                    kb += Double.parseDouble(vals[i]);
                }
            }
            return OptionalLong.of((long) (kb * 1024));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }

    /** Runs jcmd against the server (JFR.start, JFR.dump…); returns its output. */
    String jcmd(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("jcmd", String.valueOf(pid())));
        cmd.addAll(List.of(args));
        return run(cmd);
    }

    private static String run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(cmd + " timed out");
        }
        return out;
    }

    void stop() {
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private URI uri(int port, String path) {
        return URI.create("http://" + host + ":" + port + path);
    }
}
