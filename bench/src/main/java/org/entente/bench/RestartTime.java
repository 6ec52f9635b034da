package org.entente.bench;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.entente.bench.jmh.BenchGame;
import org.entente.engine.Role;
import org.entente.engine.SessionOpening;
import org.entente.engine.command.OpenBilateral;
import org.entente.engine.command.PostMessage;
import org.entente.engine.event.Event;
import org.entente.engine.event.Recorded;
import org.entente.engine.event.SessionCreated.NationSeat;
import org.entente.engine.turn.Phase;
import org.entente.journal.EventCodec;
import org.entente.journal.FileJournal;
import org.entente.scenario.Scenario;
import org.entente.scenario.ScenarioCatalog;
import org.entente.server.YoungCollections;
import org.entente.session.Tokens;

/**
 * How long a node takes to be back with many long sessions (issue 19): writes {@code --sessions} journals of
 * {@code --events} events each (one log played through the real engine — bilaterals, plenary posts, turns
 * adjudicated — with each session's own id and tokens), starts the server on them, and times from the
 * process start until every session answers its facilitator ({@code GET /api/v1/sessions/{id}}); then the
 * heap after a full GC.
 *
 * <pre>
 * java -cp bench/target/entente-bench.jar org.entente.bench.RestartTime --jar server/target/entente.jar \
 *      [--sessions 500] [--events 10000] [--data-dir /tmp/x] [--port 0] [--heap 4g] [--keep true]
 * </pre>
 * 500 × 10,000 events is about 2 GB of journals. Figures are for an idle machine (docs/performance.md).
 */
public final class RestartTime {
    private static final String KEY = "restart-bench-admin-key-0123456789";
    private static final String SCENARIO = "grand-alliance-1941";
    private static final long SEED = 7;

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        Path jar = Path.of(args.get("jar", "server/target/entente.jar"));
        int sessions = args.getInt("sessions", 500);
        int events = args.getInt("events", 10_000);
        Path dir = args.has("data-dir") ? Path.of(args.get("data-dir", null)) : Files.createTempDirectory("entente-restart");
        int port = args.getInt("port", 0) == 0 ? LongSession.freePort() : args.getInt("port", 0);
        Path data = dir.resolve("node");
        Path journals = data.resolve("sessions");
        if (Files.exists(journals)) {
            try (var old = Files.list(journals)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(journals);

        long t0 = System.nanoTime();
        List<String> ids = write(journals, sessions, events);
        long bytes;
        try (var files = Files.list(journals)) {
            bytes = files.mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf("wrote %,d journals of %,d events (%s) in %.1f s%n", sessions, events, Heap.mb(bytes),
                (System.nanoTime() - t0) / 1e9);

        Path config = dir.resolve("limits.yaml");
        Files.writeString(config, "limits:\n  commandsPerSecond: 100000\n  commandBurst: 100000\n");
        long started = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder("java", "-Xmx" + args.get("heap", "4g"), YoungCollections.RECOMMENDED_OPTION, "-jar", jar.toString(), "serve",
                "--config", config.toString(), "--host", "127.0.0.1", "--port", String.valueOf(port), "--data-dir", data.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("node.log").toFile());
        pb.environment().put("ENTENTE_ADMIN_KEY", KEY);
        Process server = pb.start();
        HttpClient http = HttpClient.newHttpClient();
        try {
            awaitHealth(http, port, 3600);
            double listening = (System.nanoTime() - started) / 1e9;
            for (String id : ids) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/sessions/" + id))
                        .header("Authorization", "Bearer " + facilitatorToken(id)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("session " + id + " answered " + r.statusCode() + ": " + r.body());
                }
            }
            double answered = (System.nanoTime() - started) / 1e9;
            long heap = Heap.usedAfterGc(server.pid());
            System.out.println("| sessions | events each | journals | listening after | every session answered after | heap after GC | per session |");
            System.out.println("|---|---|---|---|---|---|---|");
            System.out.printf("| %,d | %,d | %s | %.1f s | %.1f s | %s | %s |%n", sessions, events, Heap.mb(bytes), listening, answered,
                    Heap.mb(heap), Heap.mb(heap / Math.max(1, sessions)));
            System.out.println("(server log: " + dir.resolve("node.log") + ")");
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
            if (!args.getBool("keep", false)) {
                try (var files = Files.list(journals)) {
                    for (Path p : files.toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
    }

    static String facilitatorToken(String sessionId) {
        return "restart-bench-white-cell-" + sessionId;
    }

    /**
     * Plays one log of {@code events} events through the engine, then writes it once per session: each its
     * own opening events (id, token hashes) and the same body after them, on every core at once.
     */
    private static List<String> write(Path journals, int sessions, int events) throws Exception {
        ScenarioCatalog catalog = ScenarioCatalog.bundled();
        Scenario s = catalog.find(SCENARIO).orElseThrow();
        String yaml = catalog.source(s.id()).orElseThrow();
        List<NationSeat> seats = s.nations().stream().map(n -> new NationSeat(n.id(), n.name())).toList();
        List<Recorded> template = play(events);
        int opening = SessionOpening.events("x", s.id(), s.title(), seats, yaml, SEED, hashes("x", s)).size();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Recorded r : template.subList(opening, template.size())) {
            body.writeBytes(FileJournal.line(EventCodec.recordedJson(r)).getBytes(StandardCharsets.UTF_8));
        }
        byte[] bodyBytes = body.toByteArray();
        List<String> ids = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                String id = sessionId(i);
                ids.add(id);
                work.add(pool.submit(() -> {
                    List<Event> first = SessionOpening.events(id, s.id(), s.title(), seats, yaml, SEED, hashes(id, s));
                    try (OutputStream out = Files.newOutputStream(journals.resolve(id + ".journal"))) {
                        for (int k = 0; k < first.size(); k++) {
                            Recorded t = template.get(k);
                            out.write(FileJournal.line(EventCodec.recordedJson(new Recorded(k + 1, t.at(), null, null, first.get(k))))
                                    .getBytes(StandardCharsets.UTF_8));
                        }
                        out.write(bodyBytes);
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return ids;
    }

    private static Map<Role, String> hashes(String id, Scenario s) {
        Map<Role, String> hashes = new LinkedHashMap<>();
        hashes.put(Role.whiteCell(), Tokens.hash(facilitatorToken(id)));
        s.nations().forEach(n -> hashes.put(Role.nation(n.id()), Tokens.hash("restart-bench-" + n.id() + "-" + id)));
        return hashes;
    }

    /** Session ids in the server's own alphabet. */
    private static String sessionId(int i) {
        String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        StringBuilder id = new StringBuilder("restart");
        for (int k = 0; k < 4; k++) {
            id.append(alphabet.charAt(i % 32));
            i /= 32;
        }
        return id.toString();
    }

    /** One log through the real engine: bilaterals, posts (two bilateral to one plenary), a few turns on the way. */
    private static List<Recorded> play(int events) {
        BenchGame g = BenchGame.bundled(SCENARIO, SEED);
        List<String> nations = g.nations();
        for (int i = 0; i < nations.size(); i++) {
            g.decide(nations.get(i), null, new OpenBilateral(nations.get((i + 1) % nations.size())));
        }
        g.start();
        int k = 0;
        int turnEvery = Math.max(200, events / 5); // the scenario has 8 turns: the exercise must not end on the way
        int stalled = 0;
        while (g.log.size() < events) {
            if (stalled++ > nations.size() * 3) {
                throw new IllegalStateException("the log stopped growing at " + g.log.size() + " events");
            }
            int before = g.log.size();
            String from = nations.get(k % nations.size());
            String to = nations.get((k + 1) % nations.size());
            String channel = k % 3 == 0 ? "plenary" : (from.compareTo(to) < 0 ? "bilateral:" + from + "+" + to : "bilateral:" + to + "+" + from);
            g.now += 50;
            g.decide(from, "c" + k, new PostMessage(channel, "message " + k + ": we should coordinate the next phase of the operation",
                    "player"));
            k++;
            if (g.log.size() > before) {
                stalled = 0;
            }
            if (k % turnEvery == 0 && g.world().ended().isEmpty()) {
                g.advanceTo(Phase.NEGOTIATION);
            }
        }
        return List.copyOf(g.log.subList(0, events));
    }

    static void awaitHealth(HttpClient http, int port, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the node did not answer /health within " + seconds + " s");
    }
}
