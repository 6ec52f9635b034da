package org.entente.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The white cell's console controls that change a running exercise, in headless Chromium against a
 * real node: an override refused without a reason (beside the reason field), then recorded with one
 * and seen on the player's dashboard (resources 12 → 20); a second link issued for the United Kingdom that opens the game;
 * and the UK's links revoked after a confirming second press, which disconnects its player for good. A
 * crisis scheduled for turn 2 stays out of the player's page through turn 1 and opens turn 2.
 */
@Timeout(120)
class ConsoleControlsBrowserTest extends LiveServerBrowserTest {
    @Test
    void theWhiteCellOverridesWithAReasonIssuesALinkAndRevokesANation() throws Exception {
        JsonObject session = server.createSession("grand-alliance-1941");
        try (Browsers browsers = new Browsers()) {
            WebDriver usa = browsers.open();
            WebDriver white = browsers.open();
            join(usa, session.getJsonArray("invites").getJsonObject(0).getString("link"));
            join(white, session.getString("facilitatorLink"));
            white.findElement(By.id("clock-start")).click();
            waitFor(usa).until(d -> d.findElement(By.id("dash-figures")).getText().contains("5 units (5 uncommitted)"));

            // --- an override: refused without a reason, recorded with one, seen by the player --------
            white.findElement(By.id("wc-tab-overrides")).click();
            new Select(white.findElement(By.id("override-kind"))).selectByValue("resources");
            new Select(white.findElement(By.id("override-nation"))).selectByValue("USA");
            white.findElement(By.id("override-value")).sendKeys("20");
            white.findElement(By.id("override-submit")).click();
            waitFor(white).until(d -> "true".equals(d.findElement(By.id("override-reason")).getAttribute("aria-invalid")));
            String reasonError = white.findElement(By.cssSelector("#override-form .field:has(#override-reason) .field-error")).getText();
            assertTrue(reasonError.toLowerCase().contains("reason"), reasonError);
            assertTrue(usa.findElement(By.id("dash-figures")).getText().matches("(?s).*Resources\\s+12\\b.*"), "nothing changed for the player");

            white.findElement(By.id("override-reason")).sendKeys("The Lend-Lease Act passed early");
            white.findElement(By.id("override-submit")).click();
            waitFor(white).until(d -> d.findElement(By.id("override-note")).getText().equals("Override recorded."));
            waitFor(white).until(d -> d.findElement(By.id("wc-log")).getText().contains("reason: The Lend-Lease Act passed early"));
            assertTrue(!"true".equals(white.findElement(By.id("override-reason")).getAttribute("aria-invalid")));
            waitFor(usa).until(d -> d.findElement(By.id("dash-figures")).getText().matches("(?s).*Resources\\s+20\\b.*"));

            // --- a second link for the UK opens the game as the UK -------------------------------
            white.findElement(By.id("wc-tab-people")).click();
            white.findElement(By.cssSelector("#invites-body button[data-invite=issue][data-role=GBR]")).click();
            WebElement issued = waitFor(white).until(d -> d.findElement(By.cssSelector("#invites-issued li[data-role=GBR] input")));
            String link = issued.getAttribute("value");
            assertTrue(link.matches("https?://.*/play\\.html#token=.+"), link);
            assertEquals("New link for United Kingdom", issued.getAccessibleName());
            // A second one for the same nation: both listed, each field its own.
            white.findElement(By.cssSelector("#invites-body button[data-invite=issue][data-role=GBR]")).click();
            waitFor(white).until(d -> d.findElements(By.cssSelector("#invites-issued li[data-role=GBR] input")).size() == 2);
            List<WebElement> both = white.findElements(By.cssSelector("#invites-issued li[data-role=GBR] input"));
            assertTrue(!both.get(0).getAttribute("id").equals(both.get(1).getAttribute("id")), "two fields, two ids");
            assertTrue(!both.get(0).getAttribute("value").equals(both.get(1).getAttribute("value")), "two links, two tokens");
            WebDriver gbr = browsers.open();
            join(gbr, link);
            waitFor(gbr).until(d -> d.findElement(By.id("dash-figures")).isDisplayed());
            assertTrue(gbr.findElement(By.id("role-line")).getText().contains("United Kingdom"),
                    gbr.findElement(By.id("role-line")).getText());

            // --- revoking takes a second, confirming press and disconnects the UK for good --------
            WebElement revoke = white.findElement(By.cssSelector("#invites-body button[data-invite=revoke][data-role=GBR]"));
            revoke.click();
            waitFor(white).until(d -> d.findElement(By.cssSelector("#invites-body button[data-invite=revoke][data-role=GBR]"))
                    .getText().startsWith("Confirm: revoke every GBR link"));
            assertEquals("online", gbr.findElement(By.id("connection-state")).getAttribute("data-status"), "one press revokes nothing");
            white.findElement(By.cssSelector("#invites-body button[data-invite=revoke][data-role=GBR]")).click();
            waitFor(white).until(d -> d.findElement(By.id("invites-done")).getText()
                    .equals("Every link of United Kingdom stopped working; its players were disconnected."));
            waitFor(gbr, 20).until(d -> "failed".equals(d.findElement(By.id("connection-state")).getAttribute("data-status")));
            String told = gbr.findElement(By.id("page-error")).getText();
            assertTrue(gbr.findElement(By.id("page-error")).isDisplayed() && told.contains("revoked"), told);
            assertEquals("online", usa.findElement(By.id("connection-state")).getAttribute("data-status"), "the US stays");

            for (WebDriver p : List.of(usa, white)) {
                assertEquals(List.of(), Browsers.consoleErrors(p), "the browser console is clean");
            }
        }
    }

    @Test
    void aCrisisScheduledForTheNextTurnStaysSecretUntilItBegins() throws Exception {
        JsonObject session = server.createSession("grand-alliance-1941");
        try (Browsers browsers = new Browsers()) {
            WebDriver usa = browsers.open();
            WebDriver white = browsers.open();
            join(usa, session.getJsonArray("invites").getJsonObject(0).getString("link"));
            join(white, session.getString("facilitatorLink"));
            white.findElement(By.id("clock-start")).click();
            waitFor(usa).until(d -> d.findElement(By.id("clock-phase")).getText().contains("Turn 1 of 8 · Negotiation phase"));

            white.findElement(By.id("wc-tab-injects")).click();
            new Select(white.findElement(By.id("inject-card"))).selectByValue("stalingrad");
            white.findElement(By.cssSelector("#play-form input[type=radio][value=later]")).click();
            WebElement turn = white.findElement(By.id("play-at-turn"));
            turn.clear();
            turn.sendKeys("2");
            white.findElement(By.id("inject-play")).click();
            waitFor(white).until(d -> d.findElement(By.id("inject-note")).getText()
                    .equals("“Stalingrad” is scheduled for the start of turn 2; no nation knows yet."));
            white.findElement(By.id("wc-tab-overrides")).click();
            waitFor(white).until(d -> d.findElement(By.id("wc-log")).getText().contains("scheduled for turn 2"));

            // The player learns nothing of it in turn 1, in any panel or in what the page holds.
            for (String phase : List.of("Council phase", "Orders phase")) {
                closePhase(white, phase);
                waitFor(usa).until(d -> d.findElement(By.id("clock-phase")).getText().contains(phase));
            }
            closePhase(white, "Reports phase");
            waitFor(usa).until(d -> d.findElement(By.id("report-body")).getText().contains("Turn 1 report"));
            String page = (String) ((org.openqa.selenium.JavascriptExecutor) usa).executeScript(
                    "return document.documentElement.outerHTML + JSON.stringify(sessionStorage) + JSON.stringify(localStorage);");
            assertTrue(!page.toLowerCase().contains("stalingrad"), "a scheduled crisis stays with the white cell");

            // Turn 2 begins with it.
            closePhase(white, "Turn 2 of 8");
            waitFor(usa).until(d -> d.findElement(By.id("clock-phase")).getText().contains("Turn 2 of 8"));
            waitFor(usa).until(d -> d.findElement(By.id("crisis-banner")).getText().startsWith("Crisis: Stalingrad."));
        }
    }
}
