package org.entente.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.entente.web.BotPlayedSessions;
import org.entente.web.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The debrief page (debrief.html) in headless Chromium, on two syndicates of vietnam-1964 played to their end
 * by bots — one with a light-handed USA, one with the default smart leader. The learning objectives' verdicts
 * shown are checked against the adjudications in the exported log; a what-if that pays Britain on conditions
 * in a turn the light-handed leader failed flips the failure; and the two syndicates are compared turn by turn.
 * Takes the screenshot debrief.png (Browsers.screenshotDir).
 */
@Timeout(240)
class DebriefBrowserTest extends LiveServerBrowserTest {
    private static final List<String> INDIFFERENT = List.of("GBR", "PAK");

    @Test
    void aDebriefJudgesTheLessonsAsksWhatIfAndComparesTwoSyndicates() throws Exception {
        JsonObject light = BotPlayedSessions.play(server, "vietnam-1964", 7, Map.of("USA", "light-handed-leader"));
        JsonObject smart = BotPlayedSessions.play(server, "vietnam-1964", 7, Map.of());
        String a = light.getString("id");
        String b = smart.getString("id");
        String reviewerA = reviewer(a, light.getString("facilitatorToken"));
        String reviewerB = reviewer(b, smart.getString("facilitatorToken"));
        String expected = verdictFromTheLog(a, light.getString("facilitatorToken"));
        assertEquals("NOT_MET", expected, "the light-handed leader fails to pay the indifferent");

        try (Browsers browsers = new Browsers()) {
            WebDriver d = browsers.open();
            d.get("http://127.0.0.1:" + server.port() + "/debrief.html#session=" + a + "&token=" + reviewerA);
            try {
                waitFor(d).until(x -> x.findElement(By.id("debrief")).isDisplayed());
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("the debrief did not open: " + d.findElement(By.id("page-error")).getText() + " "
                        + Browsers.consoleErrors(d), e);
            }
            assertTrue(!d.getCurrentUrl().contains("token="), "the token leaves the address bar");

            // The objectives: the verdict shown is the one the log's adjudications give.
            WebElement pay = d.findElement(By.cssSelector("article[data-lesson='pay-the-indifferent']"));
            assertEquals(expected, pay.getAttribute("data-verdict"));
            assertTrue(pay.getText().contains("Not met"), pay.getText());
            assertTrue(pay.getText().contains("What did the USA think its soft power toward Britain was"), "hot-wash questions beside the evidence");
            assertEquals("MET", d.findElement(By.cssSelector("article[data-lesson='let-france-go']")).getAttribute("data-verdict"));
            assertEquals(4, d.findElements(By.cssSelector("article.lesson-card")).size());
            assertTrue(pay.findElements(By.cssSelector(".turn-strip li[data-status='NOT_MET'] a[href*='review.html']")).size() >= 1,
                    "each turn links to the review at its log position");

            // Estimate against truth: the USA's estimate toward Britain is far above the truth.
            new Select(d.findElement(By.id("estimate-select"))).selectByValue("free-world>GBR");
            waitFor(d).until(x -> x.findElement(By.id("estimate-table")).getText().contains("light handedness"));

            // What if: from a failed check on Britain, pay it on conditions.
            WebElement ask = pay.findElement(By.cssSelector("tr[data-passed='false'] button[data-partner='GBR']"));
            ask.click();
            waitFor(d).until(x -> "free-world>GBR".equals(x.findElement(By.id("wi-rel")).getAttribute("value")));
            set(d, "wi-sidePayment", "0.9");
            set(d, "wi-conditionality", "0.9");
            d.findElement(By.id("wi-run")).click();
            waitFor(d, 20).until(x -> !x.findElements(By.cssSelector("#whatif-result table[data-side='whatIf']")).isEmpty());
            assertEquals("light handedness", cell(d, "happened", "failure"));
            assertEquals("none", cell(d, "whatIf", "failure"));
            assertTrue(cell(d, "whatIf", "compliance").startsWith("induced"), cell(d, "whatIf", "compliance"));
            assertTrue(d.findElement(By.id("whatif-result")).getText().contains("gives the recorded adjudication again"));
            // …and nothing was written: the lesson still stands as the log has it.
            assertEquals(expected, verdictFromTheLog(a, light.getString("facilitatorToken")));

            // Two syndicates side by side.
            d.findElement(By.id("syn-session")).sendKeys(b);
            d.findElement(By.id("syn-token")).sendKeys(reviewerB);
            d.findElement(By.id("syn-add")).click();
            By bRow = By.cssSelector("table.comparison[data-lesson='pay-the-indifferent'] tr[data-session='" + b + "'] td[data-verdict]");
            waitFor(d, 20).until(x -> !x.findElements(bRow).isEmpty());
            assertEquals(verdictFromTheLog(b, smart.getString("facilitatorToken")), d.findElement(bRow).getAttribute("data-verdict"));
            assertEquals("MET", d.findElement(bRow).getAttribute("data-verdict"));
            assertEquals("NOT_MET", d.findElement(By.cssSelector("table.comparison[data-lesson='pay-the-indifferent'] tr[data-session='"
                    + a + "'] td[data-verdict]")).getAttribute("data-verdict"));
            assertEquals("NOT_MET", d.findElement(By.cssSelector("table.comparison[data-lesson='pay-the-indifferent'] tr[data-session='"
                    + a + "'] td[data-turn='1']")).getAttribute("data-status"), "turn by turn");
            assertEquals("MET", d.findElement(By.cssSelector("table.comparison[data-lesson='pay-the-indifferent'] tr[data-session='"
                    + b + "'] td[data-turn='1']")).getAttribute("data-status"));

            // A bad token for a syndicate is refused in words.
            d.findElement(By.id("syn-session")).clear();
            d.findElement(By.id("syn-session")).sendKeys(b);
            d.findElement(By.id("syn-token")).sendKeys("not-a-token");
            d.findElement(By.id("syn-add")).click();
            waitFor(d).until(x -> x.findElement(By.id("syndicate-error")).getText().contains("UNKNOWN_TOKEN"));

            Browsers.screenshot(d, "debrief", true);
            List<String> errors = Browsers.consoleErrors(d);
            assertTrue(errors.stream().noneMatch(e -> e.contains("Content Security Policy") || e.contains("Uncaught")), errors.toString());

            // The review page links to the debrief, in the same tab, with the same token.
            d.get("http://127.0.0.1:" + server.port() + "/review.html#session=" + a + "&token=" + reviewerA);
            waitFor(d).until(x -> x.findElement(By.id("review")).isDisplayed());
            d.findElement(By.id("debrief-link")).click();
            waitFor(d).until(x -> x.findElement(By.id("debrief")).isDisplayed());
        }
    }

    private static String reviewer(String session, String facilitator) throws Exception {
        TestServer.Response r = server.request(HttpMethod.POST, "/api/v1/sessions/" + session + "/reviewers", facilitator, null);
        assertEquals(201, r.status(), r.body());
        return r.json().getString("token");
    }

    /**
     * The verdict of "pay-the-indifferent", computed here from the exported log rather than by the debrief:
     * every adjudicated turn's USA → GBR and USA → PAK judgement, passed when not light-handed; met when at least half pass.
     */
    private static String verdictFromTheLog(String session, String token) throws Exception {
        String log = server.request(HttpMethod.GET, "/api/v1/sessions/" + session + "/export/log.jsonl", token, null).body();
        int tested = 0;
        int passed = 0;
        for (String line : log.split("\n")) {
            JsonObject event = new JsonObject(line).getJsonObject("event");
            if (!"turn.adjudicated".equals(event.getString("type"))) {
                continue;
            }
            for (Object o : event.getJsonObject("adjudication").getJsonArray("relationships")) {
                JsonObject r = (JsonObject) o;
                if ("free-world".equals(r.getString("coalition")) && INDIFFERENT.contains(r.getString("partner"))) {
                    tested++;
                    if (!"LIGHT_HANDEDNESS".equals(r.getString("failure"))) {
                        passed++;
                    }
                }
            }
        }
        return tested == 0 ? "NOT_TESTED" : passed * 2 >= tested ? "MET" : "NOT_MET";
    }

    private static void set(WebDriver d, String id, String value) {
        WebElement input = d.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private static String cell(WebDriver d, String side, String field) {
        return d.findElement(By.cssSelector("#whatif-result table[data-side='" + side + "'] td[data-field='" + field + "']")).getText();
    }
}
