package org.entente.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.entente.web.TestServer;
import org.entente.web.WsPeer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reviewer view (review.html) of a finished session, in headless Chromium: a session is played
 * to its end over the websocket (a private USA–Soviet bilateral, a white-cell note, a crisis), the
 * white cell issues a reviewer token through the API, and the reviewer opens the page with it. The
 * charts (canvas) and their tables hold figures; the scrubber and the turn picker change the state
 * shown; looking as Britain shows Britain's view, without the USA–Soviet bilateral; the exports are
 * linked; a player before the review is opened reads REVIEW_CLOSED in words. Takes the screenshot review.png (Browsers.screenshotDir).
 */
@Timeout(90)
class ReviewBrowserTest {
    private static final String SECRET = "keep this between us <b>2nd front</b>";

    @Test
    void aReviewerScrubsAFinishedSessionAsAnyRoleBesideTheTruth(@TempDir Path dataDir) throws Exception {
        assertTrue(Browsers.available(), "The browser tests need Debian's Chromium and ChromeDriver: "
                + "apt-get install -y chromium chromium-driver (" + Browsers.CHROMIUM + ", " + Browsers.CHROMEDRIVER + ")");
        Vertx vertx = Vertx.vertx();
        try (TestServer server = new TestServer(vertx, dataDir); Browsers browsers = new Browsers()) {
            JsonObject created = server.createSession("grand-alliance-1941");
            String session = created.getString("id");
            playToTheEnd(server, created);
            TestServer.Response issued = server.request(HttpMethod.POST, "/api/v1/sessions/" + session + "/reviewers",
                    created.getString("facilitatorToken"), null);
            assertEquals(201, issued.status(), issued.body());
            String reviewer = issued.json().getString("token");
            String base = "http://127.0.0.1:" + server.port() + "/review.html";

            // A player before the review is opened: the API's refusal, in words.
            WebDriver d = browsers.open();
            d.get(base + "#session=" + session + "&token=" + TestServer.inviteToken(created, "GBR"));
            waitFor(d).until(x -> x.findElement(By.id("page-error")).isDisplayed());
            assertTrue(text(d, "page-error").contains("REVIEW_CLOSED") || text(d, "page-error").contains("not opened"),
                    text(d, "page-error"));
            assertFalse(d.getCurrentUrl().contains("token="), "the token leaves the address bar");

            // The reviewer.
            d.get(base + "#session=" + session + "&token=" + reviewer);
            waitFor(d).until(x -> x.findElement(By.id("review")).isDisplayed());
            assertTrue(text(d, "review-title").contains("Grand Alliance"), text(d, "review-title"));

            // Charts: a canvas each, and their tables with figures.
            waitFor(d).until(x -> x.findElements(By.cssSelector("#charts figure.chart canvas")).size() >= 3);
            for (String chart : List.of("progress", "soft", "burden")) {
                WebElement fig = d.findElement(By.cssSelector("#charts figure[data-chart=" + chart + "]"));
                String table = fig.findElement(By.cssSelector("table.chart-table")).getAttribute("textContent");
                assertTrue(table.matches("(?s).*\\d\\.\\d\\d.*"), chart + ": " + table);
            }
            assertTrue(content(d, "strategies").contains("bolstering"), content(d, "strategies"));
            assertTrue(content(d, "contributions").matches("(?s).*\\d.*"), content(d, "contributions"));

            // Turning points: the crisis and the note, each a button that jumps.
            String points = content(d, "turning-points");
            assertTrue(points.contains("Stalingrad") || points.toLowerCase().contains("crisis"), points);
            assertTrue(points.contains("Britain wavered"), points);

            // Export links.
            for (String file : List.of("log.jsonl", "relationships.csv", "nations.csv", "offers.csv", "report.html")) {
                assertEquals(1, d.findElements(By.cssSelector("#exports a[data-file='" + file + "']")).size(), file);
            }

            // The scrubber: at the end by default; moving it changes the state shown.
            WebElement scrub = d.findElement(By.id("scrub"));
            waitFor(d).until(x -> !content(x, "state-truth").isBlank());
            String atEnd = content(d, "state-truth");
            setRange(d, scrub, "30");
            waitFor(d).until(x -> text(x, "scrub-at").contains("30"));
            waitFor(d).until(x -> !content(x, "state-truth").equals(atEnd));
            String at30 = content(d, "state-truth");
            d.findElement(By.id("next-event")).click();
            waitFor(d).until(x -> text(x, "scrub-at").startsWith("Position 31 ") && text(x, "state-heading").contains("position 31 "));
            assertNotEquals(at30, content(d, "state-truth").replace("31", "30"), "the event at 31 is shown");

            // The turn picker jumps to a turn's results.
            Select turn = new Select(d.findElement(By.id("turn-picker")));
            assertTrue(turn.getOptions().size() >= 3);
            turn.selectByIndex(2);
            String turnTwo = turn.getFirstSelectedOption().getAttribute("value");
            assertEquals(turnTwo, d.findElement(By.id("scrub")).getAttribute("value"));
            waitFor(d).until(x -> text(x, "state-heading").contains("log position " + turnTwo + " of"));
            assertTrue(content(d, "state-truth").contains("True judgements (turn 2)"), content(d, "state-truth"));

            // As the Soviet Union, its bilateral with the USA is there; as Britain it is not.
            Select role = new Select(d.findElement(By.id("role-select")));
            setRange(d, scrub, d.findElement(By.id("scrub")).getAttribute("max"));
            role.selectByValue("SUN");
            waitFor(d).until(x -> content(x, "state-view").contains("keep this between us"));
            assertTrue(content(d, "state-view").contains(SECRET), "markup shows as text");
            assertEquals(0, d.findElements(By.cssSelector("#state-view b")).size());
            role.selectByValue("GBR");
            waitFor(d).until(x -> text(x, "state-heading").contains("United Kingdom") || text(x, "state-heading").contains("GBR"));
            waitFor(d).until(x -> content(x, "state-view").contains("Britain stands"));
            assertFalse(content(d, "state-view").contains("keep this between us"), "another nation's bilateral is not in GBR's view");
            assertTrue(content(d, "state-truth").contains("keep this between us"), "the truth beside it has it");

            // Keyboard: the scrubber moves with the arrow keys.
            String before = scrub.getAttribute("value");
            scrub.sendKeys(Keys.ARROW_LEFT);
            waitFor(d).until(x -> !x.findElement(By.id("scrub")).getAttribute("value").equals(before));

            d.findElement(By.cssSelector("#turning-points button")).click();
            Browsers.screenshot(d, "review", true);
            List<String> errors = Browsers.consoleErrors(d);
            assertTrue(errors.stream().noneMatch(e -> e.contains("Content Security Policy") || e.contains("Uncaught")), errors.toString());
        } finally {
            TestServer.await(vertx.close());
        }
    }

    private static void playToTheEnd(TestServer server, JsonObject created) throws Exception {
        try (WsPeer white = server.connect(); WsPeer usa = server.connect(); WsPeer sun = server.connect();
             WsPeer gbr = server.connect()) {
            white.join(created.getString("facilitatorToken"), null);
            usa.join(TestServer.inviteToken(created, "USA"), null);
            sun.join(TestServer.inviteToken(created, "SUN"), null);
            gbr.join(TestServer.inviteToken(created, "GBR"), null);
            usa.ok(new JsonObject().put("type", "openBilateral").put("with", "SUN"));
            usa.ok(new JsonObject().put("type", "post").put("channel", "bilateral:SUN+USA").put("text", SECRET));
            gbr.ok(new JsonObject().put("type", "post").put("channel", "plenary").put("text", "Britain stands with the alliance."));
            white.ok(new JsonObject().put("type", "startExercise"));
            white.ok(new JsonObject().put("type", "addNote").put("text", "Britain wavered over the Mediterranean."));
            white.ok(new JsonObject().put("type", "playCrisis").put("card", "stalingrad"));
            for (int i = 0; i < 60; i++) {
                JsonObject answer = white.call(new JsonObject().put("type", "advancePhase"));
                if ("reject".equals(answer.getString("type"))) {
                    assertEquals("WRONG_PHASE", answer.getString("code"), answer.encode());
                    return;
                }
            }
            throw new AssertionError("the exercise did not end");
        }
    }

    private static void setRange(WebDriver d, WebElement range, String value) {
        ((JavascriptExecutor) d).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", range, value);
    }

    private static String content(WebDriver d, String id) {
        return d.findElement(By.id(id)).getAttribute("textContent");
    }

    private static String text(WebDriver d, String id) {
        return d.findElement(By.id(id)).getText();
    }

    private static WebDriverWait waitFor(WebDriver d) {
        WebDriverWait w = new WebDriverWait(d, Duration.ofSeconds(10), Duration.ofMillis(50));
        w.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        w.ignoring(org.openqa.selenium.NoSuchElementException.class);
        return w;
    }
}
