package org.entente.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * What the pages show after a reload or a new turn comes from the server, not from what the page
 * remembered (issue 18), in headless Chromium against a real node: the player's crises and the
 * console's log survive a reload; "Orders received" does not outlive its turn; the crisis banner goes
 * when the turn moves on and at the end; "Played …" goes when the next inject is refused; an offer
 * form starts blank after a send and a counter-offer starts from the terms it answers; a revoked link
 * loses its Copy button, and a link issued right after the revocation works.
 */
@Timeout(180)
class StaleStateBrowserTest extends LiveServerBrowserTest {

    @Test
    void whatThePagesShowAfterAReloadOrANewTurnIsTheServersState() throws Exception {
        JsonObject session = server.createSession("grand-alliance-1941");
        try (Browsers browsers = new Browsers()) {
            WebDriver usa = browsers.open();
            WebDriver gbr = browsers.open();
            WebDriver white = browsers.open();
            join(usa, invite(session, "USA"));
            join(gbr, invite(session, "GBR"));
            join(white, session.getString("facilitatorLink"));
            white.findElement(By.id("clock-start")).click();
            waitFor(usa).until(d -> d.findElement(By.id("clock-phase")).getText().contains("Negotiation phase"));

            // --- a crisis, a refused inject, a note and an override ------------------------------
            white.findElement(By.id("wc-tab-injects")).click();
            new Select(white.findElement(By.id("inject-card"))).selectByValue("stalingrad");
            white.findElement(By.id("inject-play")).click();
            waitFor(white).until(d -> d.findElement(By.id("inject-note")).getText().equals("Played “Stalingrad”."));
            waitFor(usa).until(d -> d.findElement(By.id("crisis-banner")).getText().startsWith("Crisis: Stalingrad."));
            white.findElement(By.id("crisis-title")).sendKeys("Too much");
            white.findElement(By.id("crisis-text")).sendKeys("Refused.");
            new Select(white.findElement(By.id("effect-0-kind"))).selectByValue("publicSupport");
            WebElement delta = white.findElement(By.id("effect-0-delta"));
            delta.clear();
            delta.sendKeys("5");
            white.findElement(By.id("crisis-compose")).click();
            waitFor(white).until(d -> "true".equals(d.findElement(By.id("effect-0-delta")).getAttribute("aria-invalid")));
            assertEquals("", white.findElement(By.id("inject-note")).getText(), "no “Played …” beside a new refusal");

            white.findElement(By.id("wc-tab-overrides")).click();
            white.findElement(By.id("note-text")).sendKeys("Watch Britain's estimates");
            white.findElement(By.id("note-send")).click();
            new Select(white.findElement(By.id("override-kind"))).selectByValue("resources");
            new Select(white.findElement(By.id("override-nation"))).selectByValue("USA");
            white.findElement(By.id("override-value")).sendKeys("20");
            white.findElement(By.id("override-reason")).sendKeys("Lend-Lease passed early");
            white.findElement(By.id("override-submit")).click();
            String override = "Override (turn 1): United States's resources set to 20";
            waitFor(white).until(d -> d.findElement(By.id("wc-log")).getText().contains(override));
            waitFor(usa).until(d -> d.findElement(By.id("announcer")).getText()
                    .contains("The white cell changed a result: United States's resources set to 20."));

            // --- reloads: the player's crises and the console's log come back from the snapshot ------------
            usa.navigate().refresh();
            waitFor(usa).until(d -> "online".equals(d.findElement(By.id("connection-state")).getAttribute("data-status")));
            waitFor(usa).until(d -> d.findElement(By.id("crisis-list")).getText().contains("Stalingrad"));
            white.navigate().refresh();
            waitFor(white).until(d -> "online".equals(d.findElement(By.id("connection-state")).getAttribute("data-status")));
            white.findElement(By.id("wc-tab-overrides")).click();
            waitFor(white).until(d -> d.findElement(By.id("wc-log")).getText().contains(override));
            String log = white.findElement(By.id("wc-log")).getText();
            assertTrue(log.contains("Crisis “Stalingrad” applied") && log.contains("Watch Britain's estimates")
                    && log.contains("reason: Lend-Lease passed early"), log);

            // --- the offer form: blank after a send; a counter starts from the terms it answers --------
            usa.findElement(By.id("tab-offers")).click();
            new Select(usa.findElement(By.id("offer-to"))).selectByValue("GBR");
            new Select(usa.findElement(By.id("offer-kind"))).selectByValue("sidePayment");
            WebElement amount = usa.findElement(By.id("offer-amount"));
            amount.clear();
            amount.sendKeys("2");
            usa.findElement(By.id("offer-cond-text")).sendKeys("Open a second front");
            setSlider(usa, "Stringency of the conditions", "0.3");
            usa.findElement(By.id("offer-send")).click();
            waitFor(usa).until(d -> d.findElement(By.id("offer-sent-note")).getText().equals("Sent to United Kingdom."));
            assertEquals("offer-send", usa.switchTo().activeElement().getAttribute("id"), "the focus stays on Send");
            assertEquals("aid", new Select(usa.findElement(By.id("offer-kind"))).getFirstSelectedOption().getAttribute("value"));
            assertEquals("", usa.findElement(By.id("offer-cond-text")).getAttribute("value"), "no conditions carried over");
            assertEquals("0", slider(usa, "Stringency of the conditions").getAttribute("value"), "no stringency carried over");

            gbr.findElement(By.id("tab-offers")).click();
            waitFor(gbr).until(d -> d.findElements(By.cssSelector("#offers-inbox button[data-action=counter]")).size() == 1);
            gbr.findElement(By.cssSelector("#offers-inbox button[data-action=counter]")).click();
            waitFor(gbr).until(d -> d.findElement(By.id("offer-counter-line")).isDisplayed());
            assertEquals("sidePayment", new Select(gbr.findElement(By.id("offer-kind"))).getFirstSelectedOption().getAttribute("value"));
            assertEquals("2", gbr.findElement(By.id("offer-amount")).getAttribute("value"));
            assertEquals("Open a second front", gbr.findElement(By.id("offer-cond-text")).getAttribute("value"));
            assertEquals("0.3", slider(gbr, "Stringency of the conditions").getAttribute("value"));

            // --- orders: "received" in turn 1, gone in turn 2; the banner goes with turn 1 -----------------
            // A crisis seen live: its banner stands through the turn.
            white.findElement(By.id("wc-tab-injects")).click();
            new Select(white.findElement(By.id("inject-card"))).selectByValue("convoy-losses");
            white.findElement(By.id("inject-play")).click();
            waitFor(usa).until(d -> d.findElement(By.id("crisis-banner")).isDisplayed());
            advanceTo(white, usa, "Council phase");
            advanceTo(white, usa, "Orders phase");
            waitFor(usa).until(d -> d.findElement(By.id("orders-submit")).isEnabled());
            usa.findElement(By.id("orders-submit")).click();
            waitFor(usa).until(d -> d.findElement(By.id("orders-sent-note")).getText().startsWith("Orders received."));
            advanceTo(white, usa, "Reports phase");
            assertTrue(usa.findElement(By.id("crisis-banner")).isDisplayed(), "the banner stands through its turn");
            advanceTo(white, usa, "Turn 2 of 8 · Negotiation phase");
            waitFor(usa).until(d -> !d.findElement(By.id("crisis-banner")).isDisplayed());
            advanceTo(white, usa, "Council phase");
            advanceTo(white, usa, "Orders phase");
            assertEquals("", usa.findElement(By.id("orders-sent-note")).getText(), "turn 1's orders are not turn 2's");

            // --- a crisis in turn 2, then the end: the banner goes -------------------------------------
            white.findElement(By.id("wc-tab-injects")).click();
            new Select(white.findElement(By.id("inject-card"))).selectByValue("tehran");
            white.findElement(By.id("inject-play")).click();
            waitFor(usa).until(d -> d.findElement(By.id("crisis-banner")).isDisplayed());

            // --- a revoked link loses its Copy; a link issued right after works -----------------------------
            white.findElement(By.id("wc-tab-people")).click();
            white.findElement(By.cssSelector("#invites-body button[data-invite=issue][data-role=GBR]")).click();
            waitFor(white).until(d -> d.findElements(By.cssSelector("#invites-issued li[data-role=GBR] button")).size() == 1);
            WebElement revoke = white.findElement(By.cssSelector("#invites-body button[data-invite=revoke][data-role=GBR]"));
            revoke.click();
            white.findElement(By.cssSelector("#invites-body button[data-invite=revoke][data-role=GBR]")).click();
            white.findElement(By.cssSelector("#invites-body button[data-invite=issue][data-role=GBR]")).click();
            waitFor(white).until(d -> d.findElements(By.cssSelector("#invites-issued li[data-role=GBR].dead")).size() == 1
                    && d.findElements(By.cssSelector("#invites-issued li[data-role=GBR]:not(.dead) input")).size() == 1);
            WebElement dead = white.findElement(By.cssSelector("#invites-issued li[data-role=GBR].dead"));
            assertEquals(0, dead.findElements(By.tagName("button")).size(), "no Copy for a dead link");
            assertTrue(dead.getText().contains("no longer works"), dead.getText());
            String fresh = white.findElement(By.cssSelector("#invites-issued li[data-role=GBR]:not(.dead) input")).getAttribute("value");
            WebDriver late = browsers.open();
            join(late, fresh);
            waitFor(late).until(d -> d.findElement(By.id("role-line")).getText().contains("United Kingdom"));

            white.findElement(By.id("clock-reason")).sendKeys("We stop here");
            white.findElement(By.id("clock-end")).click();
            white.switchTo().alert().accept();
            waitFor(usa).until(d -> d.findElement(By.id("final-scores")).isDisplayed());
            waitFor(usa).until(d -> !d.findElement(By.id("crisis-banner")).isDisplayed());

            for (WebDriver p : List.of(usa, white)) {
                List<String> errors = Browsers.consoleErrors(p);
                assertFalse(errors.stream().anyMatch(e -> e.contains("Uncaught") || e.contains("Content Security Policy")), errors.toString());
            }
        }
    }

    private static void advanceTo(WebDriver white, WebDriver player, String phase) {
        closePhase(white, phase);
        waitFor(player).until(d -> d.findElement(By.id("clock-phase")).getText().contains(phase));
    }

    private static WebElement slider(WebDriver d, String label) {
        return (WebElement) ((JavascriptExecutor) d).executeScript(
                "const l = [...document.querySelectorAll('label')].find((x) => x.textContent.startsWith(arguments[0]));"
                        + "return document.getElementById(l.htmlFor);", label);
    }

    private static void setSlider(WebDriver d, String label, String value) {
        ((JavascriptExecutor) d).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", slider(d, label), value);
    }

    private static String invite(JsonObject session, String nation) {
        for (Object o : session.getJsonArray("invites")) {
            JsonObject invite = (JsonObject) o;
            if (nation.equals(invite.getString("role"))) {
                return invite.getString("link");
            }
        }
        throw new AssertionError("no invite for " + nation);
    }
}
