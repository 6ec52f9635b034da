package org.entente.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.entente.web.CustomScenariosTest;
import org.entente.web.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A scenario whose name holds markup (a college's own file) is shown as text, never run, on every page. */
class MarkupScenarioBrowserTest {
    private static final String HOSTILE = "<img src=x onerror=alert(1)><script>alert(2)</script> Hostile Seas";

    @Test
    void aScenarioNameWithMarkupIsInertText(@TempDir Path dir) throws Exception {
        assertTrue(Browsers.available(), "needs Debian's chromium and chromium-driver");
        Vertx vertx = Vertx.vertx();
        Path scenarios = CustomScenariosTest.scenarioDir(dir, "hostile-seas", HOSTILE);
        try (TestServer server = new TestServer(vertx, CustomScenariosTest.withScenarios(dir.resolve("data"), scenarios));
             Browsers browsers = new Browsers()) {
            JsonObject session = server.createSession("hostile-seas");
            WebDriver home = browsers.open();
            home.get("http://127.0.0.1:" + server.port() + "/");
            WebDriverWait wait = new WebDriverWait(home, Duration.ofSeconds(10));
            wait.until(d -> d.findElement(By.id("scenario-list")).getText().contains("Hostile Seas"));
            assertTrue(home.findElement(By.id("scenario-list")).getText().contains(HOSTILE), "the name is shown as written");

            WebDriver player = browsers.open();
            player.get(session.getJsonArray("invites").getJsonObject(1).getString("link"));
            new WebDriverWait(player, Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("display-name"))).sendKeys("Tester");
            player.findElement(By.id("join-button")).click();
            new WebDriverWait(player, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("session-title")).getText().contains("Hostile"));
            assertEquals(HOSTILE, player.findElement(By.id("session-title")).getText());

            for (WebDriver d : List.of(home, player)) {
                assertTrue(d.findElements(By.cssSelector("img[src='x']")).isEmpty(), "no element was made from the name");
                try {
                    d.switchTo().alert();
                    throw new AssertionError("a script in the scenario's name ran");
                } catch (NoAlertPresentException expected) {
                    // nothing ran
                }
                assertEquals(List.of(), Browsers.consoleErrors(d));
            }
        } finally {
            TestServer.await(vertx.close());
        }
    }
}
