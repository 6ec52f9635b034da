package org.entente.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Duration;
import org.entente.web.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real node for the browser tests of a class, and what every such test does to a page. */
abstract class LiveServerBrowserTest {
    protected static Vertx vertx;
    protected static TestServer server;

    @BeforeAll
    static void startServer(@TempDir Path dataDir) throws Exception {
        assertTrue(Browsers.available(), "The browser tests need Debian's Chromium and ChromeDriver: "
                + "apt-get install -y chromium chromium-driver (" + Browsers.CHROMIUM + ", " + Browsers.CHROMEDRIVER + ")");
        vertx = Vertx.vertx();
        server = new TestServer(vertx, dataDir);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
        if (vertx != null) {
            TestServer.await(vertx.close());
        }
    }

    /** Opens an invite or console link, joins under the stored name, and waits until online. */
    protected static void join(WebDriver d, String link) {
        d.get(link);
        waitFor(d).until(x -> x.findElement(By.id("join-button")).isDisplayed());
        d.findElement(By.id("join-button")).click();
        waitFor(d).until(x -> "online".equals(x.findElement(By.id("connection-state")).getAttribute("data-status")));
    }

    /** Types into whatever has the focus, as a keyboard would. */
    protected static void keys(WebDriver d, CharSequence... keys) {
        new Actions(d).sendKeys(keys).perform();
    }

    /**
     * Presses "Close the phase now" and waits until the console itself shows {@code shows}: the button closes the
     * phase on the facilitator's screen, so a second press before the screen moves on closes nothing.
     */
    protected static void closePhase(WebDriver white, String shows) {
        white.findElement(By.id("clock-advance")).click();
        waitFor(white).until(d -> d.findElement(By.id("clock-phase")).getText().contains(shows));
    }

    protected static WebDriverWait waitFor(WebDriver d) {
        return waitFor(d, 10);
    }

    /** Live regions are redrawn under the test's feet: a stale or momentarily absent element is looked up again. */
    protected static WebDriverWait waitFor(WebDriver d, int seconds) {
        WebDriverWait w = new WebDriverWait(d, Duration.ofSeconds(seconds), Duration.ofMillis(50));
        w.ignoring(StaleElementReferenceException.class);
        w.ignoring(NoSuchElementException.class);
        return w;
    }
}
