package org.entente.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import org.entente.config.ServerConfig;
import org.entente.web.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * In headless Chromium: the facilitator puts a bot into the United Kingdom from the console; the node
 * restarts (same address, same data directory); the console reconnects by itself, its log says the bot
 * resumed, and the people table still shows the bot playing.
 */
@Timeout(150)
class BotResumedBrowserTest extends LiveServerBrowserTest {
    /** A fixed port (this helper's range), so that the restarted node answers where the page reconnects. */
    private static final int PORT = 18642;

    @Test
    void theConsoleSaysTheBotResumedAfterARestart(@TempDir Path dir) throws Exception {
        ServerConfig config = new ServerConfig("127.0.0.1", PORT, dir, TestServer.ADMIN_KEY, null, TestServer.SCRIPTED);
        try (Browsers browsers = new Browsers()) {
            WebDriver white = browsers.open();
            JsonObject session;
            String firstNode;
            try (TestServer first = new TestServer(vertx, config)) {
                session = first.createSession("grand-alliance-1941");
                firstNode = first.server.nodeId();
                join(white, session.getString("facilitatorLink"));
                white.findElement(By.id("wc-tab-people")).click();
                waitFor(white).until(d -> d.findElement(By.cssSelector("select[data-policy-for=GBR]")).isDisplayed());
                new Select(white.findElement(By.cssSelector("select[data-policy-for=GBR]"))).selectByValue("motivated-ally");
                white.findElement(By.cssSelector("#invites-body button[data-bot=start][data-role=GBR]")).click();
                waitFor(white).until(d -> log(d).contains("Bot seated for United Kingdom (motivated-ally)"));
            }
            try (TestServer second = new TestServer(vertx, config)) {
                String resumed = "The bot for United Kingdom resumed on node " + second.server.nodeId().substring(0, 8)
                        + " (it ran on node " + firstNode.substring(0, 8) + "), after a restart or a failover.";
                try {
                    waitFor(white, 60).until(d -> log(d).contains(resumed));
                } catch (org.openqa.selenium.TimeoutException e) {
                    throw new AssertionError("the console's log: " + log(white) + "; connection: "
                            + white.findElement(By.id("connection-state")).getAttribute("textContent"), e);
                }
                waitFor(white, 20).until(d -> "online".equals(d.findElement(By.id("connection-state")).getAttribute("data-status")));
                white.findElement(By.id("wc-tab-people")).click();
                waitFor(white).until(d -> d.findElement(By.cssSelector("#invites-body tr[data-role=GBR] .bot-holds")).getText()
                        .equals("Bot playing (motivated-ally)"));
                // The page may log the refused connections of its reconnect attempts while the node was down; nothing else.
                var errors = Browsers.consoleErrors(white).stream()
                        .filter(e -> !e.contains("ERR_CONNECTION_REFUSED") && !e.contains("WebSocket connection")).toList();
                assertTrue(errors.isEmpty(), String.valueOf(errors));
            }
        }
    }

    private static String log(WebDriver d) {
        return String.valueOf(d.findElement(By.id("wc-log")).getAttribute("textContent"));
    }
}
