package org.entente.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.journal.EventCodec;
import org.entente.web.FreePorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three real nodes. A bot holds a role of a session; its owner is frozen (SIGSTOP, as a long GC pause or a
 * suspended VM would). A survivor takes the session over and starts the bot there, once, with a fresh token
 * ({@code bot.resumed}). When the frozen owner wakes (SIGCONT) it notices at once that it was fenced off:
 * its own players are closed with 1012 within about a second, its bot is stopped, and
 * {@code entente_fenced_writes_total} rises on its {@code /metrics}. Then the new owner is killed (SIGKILL):
 * the bot moves again, and resumes once more on the node that takes over.
 */
class BotsFollowTheirSessionTest {
    private static final String ADMIN_KEY = "bots-follow-admin-key-0123456789";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        for (Process p : started) {
            signal(p, "CONT");
            p.destroyForcibly();
        }
    }

    @Test
    void theBotResumesOnTheNewOwnerOnceAndTheFrozenOwnerLetsGoAtOnce(@TempDir Path dir) throws Exception {
        int[] web = {FreePorts.next(), FreePorts.next(), FreePorts.next()};
        int[] hz = {FreePorts.next(), FreePorts.next(), FreePorts.next()};
        String members = "127.0.0.1:" + hz[0] + ",127.0.0.1:" + hz[1] + ",127.0.0.1:" + hz[2];
        String name = "bots-follow-" + UUID.randomUUID();
        Process[] nodes = new Process[3];
        for (int i = 0; i < 3; i++) {
            nodes[i] = launch(dir, i, web[i], hz[i], members, name);
        }
        for (int i = 0; i < 3; i++) {
            int port = web[i];
            awaitTrue(() -> cluster(port).get("memberCount").asInt() == 3, 180, "node " + i + " sees three members");
        }

        JsonNode created = json(send("POST", web[0], "/api/v1/sessions", ADMIN_KEY, "{\"scenario\":\"grand-alliance-1941\"}", 201));
        String session = created.get("id").asText();
        String facilitator = created.get("facilitatorToken").asText();
        String bots = "/api/v1/sessions/" + session + "/bots";
        String usaToken = null;
        for (JsonNode invite : created.get("invites")) {
            if ("USA".equals(invite.get("role").asText())) {
                usaToken = invite.get("token").asText();
            }
        }
        ThreeNodeFailoverTest.Player usa = ThreeNodeFailoverTest.Player.open(web[0], usaToken, "USA", null);
        ThreeNodeFailoverTest.Player white = ThreeNodeFailoverTest.Player.open(web[0], facilitator, "WHITE_CELL", null);
        send("POST", web[0], bots, facilitator, "{\"role\":\"GBR\",\"policy\":\"motivated-ally\"}", 201);
        white.awaitEvent("bot.seated");
        assertTrue(json(send("GET", web[0], bots, facilitator, null, 200)).get(0).get("connected").asBoolean());

        signal(nodes[0], "STOP");
        long stoppedAt = System.nanoTime();
        int[] owner = {-1};
        awaitTrue(() -> {
            for (int i = 1; i < 3; i++) {
                for (JsonNode s : cluster(web[i]).get("ownedSessions")) {
                    if (s.get("id").asText().equals(session)) {
                        owner[0] = i;
                        return true;
                    }
                }
            }
            return false;
        }, 90, "a survivor owns the session");
        String newNode = cluster(web[owner[0]]).get("node").asText();
        System.out.printf("bots follow: node 0 frozen; node %d took the session over after %d ms%n", owner[0],
                (System.nanoTime() - stoppedAt) / 1_000_000);

        ThreeNodeFailoverTest.Player whiteAgain = white.reconnect(web[owner[0]], 30);
        whiteAgain.awaitEvent("bot.resumed");
        awaitTrue(() -> json(send("GET", web[owner[0]], bots, facilitator, null, 200)).get(0).get("connected").asBoolean(),
                30, "the bot connected on the new owner");
        JsonNode listed = json(send("GET", web[owner[0]], bots, facilitator, null, 200)).get(0);
        assertEquals(newNode, listed.get("node").asText(), listed.toString());

        // The frozen owner wakes: its player is told to go elsewhere (1012) at once, not after a minute.
        assertTrue(!usa.closed, "a frozen node closes nothing");
        Thread.sleep(1000);
        signal(nodes[0], "CONT");
        long wokeAt = System.nanoTime();
        awaitTrue(() -> usa.closed, 20, "the stale owner's player is closed");
        long millis = (usa.closedAt - wokeAt) / 1_000_000;
        System.out.printf("bots follow: SIGCONT to 1012 in %d ms%n", millis);
        assertEquals(1012, usa.closeStatus, "the stale owner closes its clients with 1012, so they reconnect elsewhere");
        assertTrue(millis < 5000, "the stale owner noticed within " + millis + " ms");
        awaitTrue(() -> fencedWrites(web[0]) >= 1, 20, "entente_fenced_writes_total rises on the stale owner");
        awaitTrue(() -> cluster(web[0]).get("ownedSessions").isEmpty(), 20, "the stale owner lists no session");
        assertTrue(cluster(web[0]).get("freezes").asInt() >= 1, "the stale owner saw its tick come late: " + cluster(web[0]));

        // Exactly once: one resume, on the new owner; nothing more came after the stale node woke.
        Thread.sleep(3000);
        whiteAgain.drain();
        long resumes = whiteAgain.inbox.stream().filter(m -> "event".equals(m.get("type").asText())
                && "bot.resumed".equals(m.get("event").get("type").asText())).count();
        assertEquals(0, resumes, "no second resume after the first");
        ThreeNodeFailoverTest.Player usaAgain = usa.reconnect(web[owner[0]], 30);
        assertTrue(usaAgain.welcome != null);

        // Then the new owner dies outright (SIGKILL) once the woken node is back in the cluster: the bot moves
        // again, to whichever node takes over, and resumes there once more.
        for (int i = 0; i < 3; i++) {
            int port = web[i];
            awaitTrue(() -> cluster(port).get("memberCount").asInt() == 3, 90, "node " + i + " sees three members again");
        }
        int dead = owner[0];
        nodes[dead].destroyForcibly();
        assertTrue(nodes[dead].waitFor(20, TimeUnit.SECONDS));
        int[] next = {-1};
        awaitTrue(() -> {
            for (int i = 0; i < 3; i++) {
                if (i != dead) {
                    for (JsonNode s : cluster(web[i]).get("ownedSessions")) {
                        if (s.get("id").asText().equals(session)) {
                            next[0] = i;
                            return true;
                        }
                    }
                }
            }
            return false;
        }, 90, "a survivor owns the session after the SIGKILL");
        ThreeNodeFailoverTest.Player whiteThird = whiteAgain.reconnect(web[next[0]], 30);
        whiteThird.awaitEvent("bot.resumed");
        String thirdNode = cluster(web[next[0]]).get("node").asText();
        awaitTrue(() -> json(send("GET", web[next[0]], bots, facilitator, null, 200)).get(0).get("connected").asBoolean(),
                30, "the bot connected on the node that took over after the SIGKILL");
        assertEquals(thirdNode, json(send("GET", web[next[0]], bots, facilitator, null, 200)).get(0).get("node").asText());
        Thread.sleep(2000);
        whiteThird.drain();
        assertEquals(0, whiteThird.inbox.stream().filter(m -> "event".equals(m.get("type").asText())
                && "bot.resumed".equals(m.get("event").get("type").asText())).count(), "one resume for the one move");
        System.out.printf("bots follow: after SIGKILL of node %d the bot resumed on node %d%n", dead, next[0]);
    }

    private long fencedWrites(int port) throws Exception {
        Matcher m = Pattern.compile("(?m)^entente_fenced_writes_total(?:\\{[^}]*\\})? ([0-9.eE+]+)$")
                .matcher(send("GET", port, "/metrics", ADMIN_KEY, null, 200));
        return m.find() ? (long) Double.parseDouble(m.group(1)) : -1;
    }

    private JsonNode cluster(int port) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .header("Authorization", "Bearer " + ADMIN_KEY).timeout(Duration.ofSeconds(3)).build(),
                HttpResponse.BodyHandlers.ofString());
        return json(r.body()).get("cluster");
    }

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
        Path log = dir.resolve("node" + i + ".log");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Process p = pb.start();
        started.add(p);
        return p;
    }

    private static void signal(Process p, String sig) {
        try {
            new ProcessBuilder("kill", "-" + sig, String.valueOf(p.pid())).start().waitFor(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
            } catch (Exception e) {
                // not yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not within " + seconds + " s: " + what);
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

}
