package org.entente.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.entente.scenario.ScenarioCatalog;

/**
 * Drives Entente and the Node peer in turn, over real websockets on loopback, with the same workload
 * (see {@link Workload#usage()}), and prints both figures and their ratio. Each server runs as its own
 * process, started and stopped here. Options besides the workload's:
 * <pre>
 *   --targets entente,relay,peer   which, in this order (relay: the raw Vert.x relay; cluster: three Entente
 *                            nodes in one cluster, sessions created on each in turn)
 *   --connect balanced|owner  cluster: players spread over every node, most relayed to their session's owner
 *                            (balanced, the default), or each at its session's owner
 *   --cluster-port P         cluster: Hazelcast's first port (P, P+1, P+2): 5900
 *   --jar PATH               server/target/entente.jar
 *   --peer DIR               bench/peer
 *   --data-dir DIR           Entente's data directory (a fresh one is made under it): /tmp/entente-bench
 *   --server-jvm "ARGS"      Entente's JVM options, after the ones both Java targets start with
 *                            (-XX:MaxTenuringThreshold=0, docs/operations.md; a later option wins)
 *   --jfr FILE               record a JFR profile of Entente during the ramp (jcmd JFR.start/stop)
 *   --timeline true          after each step, the seconds whose deliveries missed the bound, and the phase changes
 *   --results DIR            where the Markdown report goes (bench/results)
 *   --title TEXT             the report's title
 * </pre>
 */
public final class LoadGenerator {
    private LoadGenerator() {
    }

    public static void main(String[] argv) throws Exception {
        Args a = new Args(argv);
        if (a.has("help")) {
            System.out.println("java -jar bench/target/entente-bench.jar [options]\n" + Workload.usage());
            return;
        }
        Workload w = Workload.from(a);
        Path results = Path.of(a.get("results", "bench/results"));
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path runDir = results.resolve(stamp + "-" + a.get("name", "run"));
        Files.createDirectories(runDir);
        List<String> roles = ScenarioCatalog.bundled().find(w.scenario()).orElseThrow(
                () -> new IllegalArgumentException("no bundled scenario " + w.scenario())).nations().stream().map(n -> n.id()).toList();
        if (w.players() > roles.size() * 12) {
            System.out.println("note: more than 12 players per nation; a server limiting connections per token may refuse some");
        }
        String machine = Machine.describe() + "\nJava targets' options: " + String.join(" ", Target.JVM_OPTIONS)
                + (a.has("server-jvm") ? "; Entente's also: " + a.get("server-jvm", "").trim() : "");
        System.out.println(machine);
        System.out.println("workload: " + w.describe());
        List<Report.TargetResult> out = new ArrayList<>();
        int port = a.getInt("port", 18080);
        for (String name : a.get("targets", "entente,relay,peer").split(",")) {
            Target t = switch (name.trim()) {
                case "peer" -> Target.peer(Path.of(a.get("peer", "bench/peer")), port + 1, runDir.resolve("peer.log"));
                case "relay" -> Target.rawVertxRelay(Path.of(a.get("bench-jar", "bench/target/entente-bench.jar")), port + 2,
                        a.getInt("relay-event-loops", 2), runDir.resolve("relay.log"));
                case "entente" -> Target.entente(Path.of(a.get("jar", "server/target/entente.jar")),
                        Path.of(a.get("data-dir", "/tmp/entente-bench")).resolve(stamp), port,
                        a.has("server-jvm") ? List.of(a.get("server-jvm", "").trim().split("\\s+")) : List.of(),
                        runDir.resolve("entente.log"));
                case "cluster" -> Target.ententeCluster(Path.of(a.get("jar", "server/target/entente.jar")),
                        Path.of(a.get("data-dir", "/tmp/entente-bench")).resolve(stamp + "-cluster"), port + 3,
                        a.getInt("cluster-port", 5900),
                        a.has("server-jvm") ? List.of(a.get("server-jvm", "").trim().split("\\s+")) : List.of(), runDir);
                default -> throw new IllegalArgumentException("--targets: unknown target '" + name.trim()
                        + "' (entente, relay, peer, cluster)");
            };
            out.add(runOne(t, w, roles, a, runDir));
        }
        String md = Report.markdown(a.get("title", "Entente load run " + stamp), machine, w, out);
        Files.writeString(runDir.resolve("report.md"), md);
        System.out.println();
        System.out.println(Report.summary(w, out));
        System.out.println("report: " + runDir.resolve("report.md"));
        System.exit(0);
    }

    private static Report.TargetResult runOne(Target t, Workload w, List<String> roles, Args a, Path runDir) throws Exception {
        System.out.println();
        System.out.println("== " + t.name() + ": " + t.commandLine());
        Thread hook = new Thread(t::stop);
        Runtime.getRuntime().addShutdownHook(hook);
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(w.lanes()));
        try {
            t.start();
            Metrics m = new Metrics();
            if (a.getBool("timeline", false)) {
                m.timeline = new Timeline(w.p99BoundMs());
            }
            Cohort cohort = new Cohort(vertx, w, m);
            long c0 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<Target.SessionInfo>> created = new ArrayList<>();
            int[] owners = new int[w.sessions()];
            for (int i = 0; i < w.sessions(); i++) {
                int node = t.nextNode();
                owners[i] = node;
                created.add(pool.submit(() -> t.createSession(w.scenario(), roles, node)));
            }
            boolean balanced = !"owner".equals(a.get("connect", "balanced"));
            for (int i = 0; i < created.size(); i++) {
                cohort.addSession(created.get(i).get(120, TimeUnit.SECONDS), i);
                if (t.kind == Target.Kind.CLUSTER) {
                    cohort.placeSession(i, t.ports, owners[i], balanced);
                }
            }
            if (t.kind == Target.Kind.CLUSTER) {
                System.out.printf("  sessions created on the three nodes in turn; players connect %s%n",
                        balanced ? "to every node in turn (relayed to the owner)" : "to their session's owner");
            }
            pool.shutdown();
            System.out.printf("  %d sessions created in %.1f s%n", w.sessions(), (System.nanoTime() - c0) / 1e9);
            OptionalLong heap0 = t.heapUsed(true);
            long rss0 = t.stats().rssKb();
            long k0 = System.nanoTime();
            int total = cohort.players.size() + cohort.whiteCells.size();
            cohort.connectAll(t.host, t.port, Math.max(60, total / 50));
            double connectSeconds = (System.nanoTime() - k0) / 1e9;
            long joined = cohort.joinedCount();
            Thread.sleep(1000);
            OptionalLong heap1 = t.heapUsed(true);
            long rss1 = t.stats().rssKb();
            double heapPer = heap0.isPresent() && heap1.isPresent() && joined > 0
                    ? (double) (heap1.getAsLong() - heap0.getAsLong()) / joined : Double.NaN;
            double rssPer = joined > 0 ? (rss1 - rss0) * 1024.0 / joined : Double.NaN;
            var connectHist = m.connect.getIntervalHistogram();
            System.out.printf("  %d of %d joined in %.1f s (set-up p50 %s ms, p99 %s ms); idle heap/player %s KB, RSS/player %s KB%n",
                    joined, total, connectSeconds, Report.f(Ramp.ms(connectHist.getValueAtPercentile(50))),
                    Report.f(Ramp.ms(connectHist.getValueAtPercentile(99))),
                    Double.isNaN(heapPer) ? "n/a" : Report.f(heapPer / 1024), Report.f(rssPer / 1024));
            // Each nation opens its bilateral channel with the next (the peer's channels are implicit; it acknowledges).
            for (Player p : cohort.players) {
                int i = p.index % 1000;
                if (i < roles.size()) {
                    String with = roles.get((i + 1) % roles.size());
                    cohort.on(p, q -> q.command("openBilateral", ",\"with\":\"" + with + "\""));
                }
            }
            Thread.sleep(1500);
            ScheduledExecutorService phases = null;
            if (w.turns() && t.entente()) {
                cohort.whiteCells.forEach(wc -> cohort.on(wc, p -> p.timedCommand("startExercise")));
                phases = Executors.newSingleThreadScheduledExecutor();
                if (a.getBool("stagger", false)) {
                    // As a college's sessions would run: each on its own clock, not all closing a phase in the same second.
                    long period = w.phaseSeconds() * 1000L;
                    int n = cohort.whiteCells.size();
                    for (int i = 0; i < n; i++) {
                        var wc = cohort.whiteCells.get(i);
                        phases.scheduleAtFixedRate(() -> cohort.on(wc, p -> p.timedCommand("advancePhase")),
                                period + i * period / n, period, TimeUnit.MILLISECONDS);
                    }
                } else {
                    phases.scheduleAtFixedRate(() -> cohort.whiteCells.forEach(wc -> cohort.on(wc, p -> p.timedCommand("advancePhase"))),
                            w.phaseSeconds(), w.phaseSeconds(), TimeUnit.SECONDS);
                }
            }
            Path jfr = a.has("jfr") && t.entente() ? Path.of(a.get("jfr", "")).toAbsolutePath() : null;
            if (jfr != null) {
                System.out.println("  " + t.jcmd("JFR.start", "name=bench", "settings=profile", "filename=" + jfr).strip().replace('\n', ' '));
            }
            if (m.rejected.sum() > 0) {
                System.out.println("  rejections while setting up: " + Metrics.sums(m.rejectCodes));
            }
            m.rejectCodes.clear();
            List<Ramp.Step> steps = Ramp.run(w, cohort, m, t, false);
            if (jfr != null) {
                System.out.println("  " + t.jcmd("JFR.stop", "name=bench").strip().replace('\n', ' '));
            }
            if (phases != null) {
                phases.shutdownNow();
            }
            OptionalLong heapEnd = t.heapUsed(false);
            cohort.closeAll();
            return new Report.TargetResult(t.name(), t.commandLine(), t.dataDir() == null ? null : t.dataDir().toString(), total,
                    joined, connectHist, connectSeconds, heapPer, rssPer, heapEnd.isPresent() ? heapEnd.getAsLong() >> 20 : -1,
                    steps, Metrics.sums(m.rejectCodes), Metrics.sums(m.errorKinds));
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            t.stop();
            Runtime.getRuntime().removeShutdownHook(hook);
        }
    }
}
