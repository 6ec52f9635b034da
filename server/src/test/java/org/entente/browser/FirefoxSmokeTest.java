package org.entente.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.web.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web client in Debian's Firefox ESR: web-client/firefox-smoke/smoke.mjs drives it over WebDriver
 * BiDi with puppeteer-core (from the npm registry; it downloads no browser) — home page, joining from an
 * invite link, a message with markup shown as text, no script error.
 */
class FirefoxSmokeTest {
    private static final Path SMOKE = Path.of("../web-client/firefox-smoke");
    private static final String FIREFOX = System.getProperty("entente.firefox", "/usr/bin/firefox-esr");

    @Test
    void thePlayerPageWorksInFirefox(@TempDir Path dir) throws Exception {
        assertTrue(new File(FIREFOX).canExecute(), "The Firefox test needs Debian's Firefox ESR: apt-get install -y firefox-esr");
        if (!Files.isDirectory(SMOKE.resolve("node_modules"))) {
            assertEquals(0, run(List.of("npm", "ci", "--no-audit", "--no-fund"), 180), "npm ci in " + SMOKE);
        }
        Vertx vertx = Vertx.vertx();
        try (TestServer server = new TestServer(vertx, dir)) {
            String link = server.createSession("libya-2011").getJsonArray("invites").getJsonObject(0).getString("link");
            int exit = run(List.of("node", "smoke.mjs", "http://127.0.0.1:" + server.port(), link), 120);
            assertEquals(0, exit, "the Firefox checks (their lines are above)");
        } finally {
            TestServer.await(vertx.close());
        }
    }

    private static int run(List<String> command, int seconds) throws Exception {
        Process p = new ProcessBuilder(command).directory(SMOKE.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.PIPE).start();
        p.getOutputStream().close();
        boolean done = p.waitFor(seconds, TimeUnit.SECONDS);
        System.out.println(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        if (!done) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
