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
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A turn of the exercise played in three headless Chromiums against a real node: the United States
 * and the United Kingdom negotiate an aid offer (refused first beside the field the server names,
 * then sent with a markup payload in its conditions and accepted), the US seats the Soviet Union, the
 * UK tables an item and proposes, the white cell injects a deck crisis and a composed one (refused
 * first for an effect out of range) and both players see them, the council votes, orders are given,
 * the turn is adjudicated and each player's report appears with its charts and their tables, while
 * the console shows the true figures beside the estimates. Screenshots of each main screen go to
 * the screenshot directory (Browsers.screenshotDir).
 */
@Timeout(120)
class ExerciseBrowserTest extends LiveServerBrowserTest {
    private static final String PAYLOAD = "<img src=x onerror=alert(1)>";
    private static final String TITLE_PAYLOAD = "<b onmouseover=alert(4)>Blitz</b>";


    @Test
    void twoPlayersNegotiateVoteAndReadTheirReportsWhileTheWhiteCellInjectsAndSeesTheTruth() throws Exception {
        JsonObject session = server.createSession("grand-alliance-1941");
        try (Browsers browsers = new Browsers()) {
            WebDriver usa = browsers.open();
            WebDriver gbr = browsers.open();
            WebDriver white = browsers.open();
            join(usa, session.getJsonArray("invites").getJsonObject(0).getString("link"));
            join(gbr, session.getJsonArray("invites").getJsonObject(1).getString("link"));
            join(white, session.getString("facilitatorLink"));
            // The session's title (the scenario's name) is text.
            assertEquals("The Grand Alliance: Lend-Lease, 1941-1945", text(usa, "session-title"));
            waitFor(white).until(d -> d.findElement(By.id("wc-game")).isDisplayed());

            // The white cell starts the exercise; both players see the phase and a live countdown.
            white.findElement(By.id("clock-start")).click();
            for (WebDriver p : List.of(usa, gbr)) {
                waitFor(p).until(d -> text(d, "clock-phase").contains("Turn 1 of 8 · Negotiation phase"));
                waitFor(p).until(d -> text(d, "clock-left").matches("\\d+:\\d\\d left"));
                waitFor(p).until(d -> text(d, "announcer").contains("Turn 1: the negotiation phase has begun."));
            }
            // The dashboard: budget and what is uncommitted, the war's progress, objectives.
            assertTrue(text(usa, "dash-figures").contains("5 units (5 uncommitted)"), text(usa, "dash-figures"));
            assertTrue(text(usa, "dashboard").contains("0.15 of the 0.90 needed"));
            assertTrue(text(usa, "dashboard").contains("Defeat Germany and Japan"));
            Browsers.screenshot(usa, usa.findElement(By.id("game")), "dashboard");

            // --- an aid offer, refused for its amount (beside the field), then sent and accepted ----
            usa.findElement(By.id("tab-offers")).click();
            assertEquals("0.6", usa.findElement(By.cssSelector("#offer-compose input[type=range][max='0.6']")).getAttribute("max"),
                    "the stringency slider stops at the government's maxConditionality");
            new Select(usa.findElement(By.id("offer-to"))).selectByValue("GBR");
            new Select(usa.findElement(By.id("offer-kind"))).selectByValue("aid");
            WebElement amount = usa.findElement(By.id("offer-amount"));
            amount.clear();
            amount.sendKeys("9");
            usa.findElement(By.id("offer-form")).sendKeys("Lend-Lease materiel");
            usa.findElement(By.id("offer-send")).click();
            waitFor(usa).until(d -> "true".equals(d.findElement(By.id("offer-amount")).getAttribute("aria-invalid")));
            String amountError = usa.findElement(By.cssSelector("#offer-compose .field:has(#offer-amount) .field-error")).getText();
            assertTrue(amountError.contains("at most 5 more unit(s)"), amountError);
            amount.clear();
            amount.sendKeys("2");
            usa.findElement(By.id("offer-cond-text")).sendKeys(PAYLOAD);
            setRange(usa, usa.findElement(By.cssSelector("#offer-compose input[type=range][max='0.6']")), "0.3");
            usa.findElement(By.id("offer-send")).click();
            waitFor(usa).until(d -> d.findElements(By.cssSelector("#offers-sent .offer[data-status=pending]")).size() == 1);
            assertFalse("true".equals(usa.findElement(By.id("offer-amount")).getAttribute("aria-invalid")));

            waitFor(gbr).until(d -> text(d, "announcer").contains("United States sends you aid offer: 2 units (Lend-Lease materiel)."));
            gbr.findElement(By.id("tab-offers")).click();
            WebElement card = gbr.findElement(By.cssSelector("#offers-inbox .offer"));
            assertEquals(PAYLOAD, card.findElement(By.cssSelector(".offer-conditions-text")).getText(), "the conditions show as text");
            assertTrue(card.getText().contains("stringency 0.30"), card.getText());
            Browsers.screenshot(gbr, gbr.findElement(By.id("game")), "offers");
            card.findElement(By.cssSelector("button[data-action=accept]")).click();
            waitFor(usa).until(d -> text(d, "announcer").contains("United Kingdom accepted your offer."));
            waitFor(gbr).until(d -> content(d, "offers-history").contains("accepted"));
            assertEquals(0, gbr.findElements(By.tagName("img")).size(), "no element came from the payload");

            // --- the council: the leader seats the Soviet Union; the UK tables an item and proposes ---
            usa.findElement(By.id("tab-council")).click();
            usa.findElement(By.cssSelector("#council-seats button[data-seat=SUN]")).click();
            gbr.findElement(By.id("tab-council")).click();
            waitFor(gbr).until(d -> d.findElement(By.cssSelector("#council-seats tr[data-nation=SUN]")).getText().contains("Seated"));
            gbr.findElement(By.id("item-title")).sendKeys("A second front in 1942");
            gbr.findElement(By.id("item-submit")).click();
            waitFor(gbr).until(d -> new Select(d.findElement(By.id("proposal-item"))).getOptions().size() == 1);
            new Select(gbr.findElement(By.id("proposal-kind"))).selectByValue("aims");
            gbr.findElement(By.id("proposal-text")).sendKeys("Land in France in 1942.");
            setRange(gbr, gbr.findElement(By.cssSelector("#propose-form input[type=range]")), "0.9");
            gbr.findElement(By.id("proposal-submit")).click();
            waitFor(usa).until(d -> text(d, "council-agenda").contains("Land in France in 1942."));

            // --- the white cell injects: a deck card, and a composed crisis (refused first) ---------
            white.findElement(By.id("wc-tab-injects")).click();
            new Select(white.findElement(By.id("inject-card"))).selectByValue("stalingrad");
            white.findElement(By.id("inject-play")).click();
            for (WebDriver p : List.of(usa, gbr)) {
                waitFor(p).until(d -> text(d, "crisis-banner").startsWith("Crisis: Stalingrad."));
                waitFor(p).until(d -> text(d, "announcer").contains("Crisis: Stalingrad."));
            }
            white.findElement(By.id("crisis-title")).sendKeys(TITLE_PAYLOAD);
            white.findElement(By.id("crisis-text")).sendKeys("London is bombed again.");
            new Select(white.findElement(By.id("effect-0-kind"))).selectByValue("publicSupport");
            WebElement delta = white.findElement(By.id("effect-0-delta"));
            delta.clear();
            delta.sendKeys("5");
            white.findElement(By.id("crisis-compose")).click();
            waitFor(white).until(d -> "true".equals(d.findElement(By.id("effect-0-delta")).getAttribute("aria-invalid")));
            String deltaError = white.findElement(By.cssSelector("#crisis-effects .field:has(#effect-0-delta) .field-error")).getText();
            assertFalse(deltaError.isBlank(), "the server's refusal is shown beside the effect's delta");
            Browsers.screenshot(white, white.findElement(By.id("wc-game")), "console-injects");
            delta.clear();
            delta.sendKeys("-0.1");
            white.findElement(By.id("crisis-compose")).click();
            for (WebDriver p : List.of(usa, gbr)) {
                waitFor(p).until(d -> text(d, "crisis-banner").startsWith("Crisis: " + TITLE_PAYLOAD + "."));
                assertEquals(0, p.findElements(By.tagName("b")).size(), "the crisis title is text");
            }

            // --- the council phase: the seated vote ------------------------------------------------
            closePhase(white, "Council phase");
            for (WebDriver p : List.of(usa, gbr)) {
                waitFor(p).until(d -> text(d, "clock-phase").contains("Council phase"));
            }
            waitFor(usa).until(d -> !d.findElements(By.cssSelector("#council-agenda button[data-vote=yes]")).isEmpty());
            usa.findElement(By.cssSelector("#council-agenda button[data-vote=yes]")).click();
            waitFor(gbr).until(d -> text(d, "council-agenda").contains("Votes: United Kingdom yes, United States yes"));
            Browsers.screenshot(gbr, gbr.findElement(By.id("game")), "council");

            // --- orders: the tab comes forward; the US delivers what it promised -------------------
            closePhase(white, "Orders phase");
            for (WebDriver p : List.of(usa, gbr)) {
                waitFor(p).until(d -> d.findElement(By.id("panel-orders")).isDisplayed());
                waitFor(p).until(d -> d.findElement(By.id("orders-submit")).isEnabled());
            }
            waitFor(usa).until(d -> content(d, "council-decisions").contains("adopted"));
            WebElement deliver = usa.findElement(By.cssSelector("#orders-form input[data-offer]"));
            assertEquals("2", deliver.getAttribute("value"), "a delivery for the accepted offer, defaulting to what was promised");
            setRange(usa, usa.findElement(By.id("orders-forces")), "0.8");
            usa.findElement(By.id("orders-money")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "1");
            assertTrue(text(usa, "orders-spend").contains("spend 3 of your 5 units"), text(usa, "orders-spend"));
            Browsers.screenshot(usa, usa.findElement(By.id("game")), "orders");
            usa.findElement(By.id("orders-submit")).click();
            gbr.findElement(By.id("orders-submit")).click();
            waitFor(usa).until(d -> text(d, "orders-sent-note").startsWith("Orders received."));
            waitFor(gbr).until(d -> text(d, "orders-sent-note").startsWith("Orders received."));

            // --- adjudication: each report with its charts and their tables ------------------------
            closePhase(white, "Reports phase");
            for (WebDriver p : List.of(usa, gbr)) {
                waitFor(p).until(d -> d.findElement(By.id("panel-report")).isDisplayed());
                waitFor(p).until(d -> text(d, "report-body").contains("Turn 1 report"));
                waitFor(p).until(d -> !d.findElements(By.cssSelector("#chart-soft canvas")).isEmpty());
                assertTrue(text(p, "announcer").contains("Your report for turn 1 is in."));
            }
            String usaReport = text(usa, "report-details");
            assertTrue(usaReport.contains("Your pull on United Kingdom"), usaReport);
            assertTrue(usaReport.contains("recommended"), usaReport);
            assertTrue(usaReport.contains("Burden-sharing"), usaReport);
            String chartTable = usa.findElement(By.cssSelector("#chart-soft .chart-table")).getAttribute("textContent");
            assertTrue(chartTable.contains("toward United Kingdom") && chartTable.matches("(?s).*-?\\d\\.\\d\\d.*"), chartTable);
            String gbrChart = gbr.findElement(By.cssSelector("#chart-soft .chart-table")).getAttribute("textContent");
            assertTrue(gbrChart.contains("United States → you"), gbrChart);
            assertTrue(usa.findElement(By.cssSelector("#chart-burden .chart-table")).getAttribute("textContent").contains("Share of costs"));
            assertTrue(content(usa, "offers-history").contains("kept"), content(usa, "offers-history"));
            Browsers.screenshot(usa, usa.findElement(By.id("panel-report")), "report");

            // --- the console: the true figures beside each side's estimate -------------------------
            white.findElement(By.id("wc-tab-truth")).click();
            waitFor(white).until(d -> d.findElements(By.cssSelector("#truth-body tr[data-relationship='USA-GBR']")).size() == 1);
            String row = white.findElement(By.cssSelector("#truth-body tr[data-relationship='USA-GBR']")).getText();
            assertTrue(row.matches("(?s)United States → United Kingdom \\d\\.\\d\\d -?\\d\\.\\d\\d \\([+−]\\d\\.\\d\\d\\) -?\\d\\.\\d\\d \\([+−]\\d\\.\\d\\d\\).*"), row);
            waitFor(white).until(d -> !d.findElements(By.cssSelector("#wc-chart-soft canvas")).isEmpty());
            assertTrue(white.findElement(By.cssSelector("#wc-chart-progress .chart-table")).getAttribute("textContent").contains("grand-alliance"));
            Browsers.screenshot(white, white.findElement(By.id("wc-game")), "console-truth");

            // Nothing ran, nothing was refused by the CSP, no script failed.
            for (WebDriver p : List.of(usa, gbr, white)) {
                assertNoAlert(p);
                List<String> errors = Browsers.consoleErrors(p);
                assertEquals(List.of(), errors, "the browser console is clean (no CSP violation, no error)");
            }
        }
    }

    // --- helpers --------------------------------------------------------------------------------

    private static void setRange(WebDriver d, WebElement range, String value) {
        ((JavascriptExecutor) d).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", range, value);
    }

    /** The text of an element that may be in a hidden tab panel. */
    private static String content(WebDriver d, String id) {
        return d.findElement(By.id(id)).getAttribute("textContent");
    }

    private static String text(WebDriver d, String id) {
        return d.findElement(By.id(id)).getText();
    }

    private static void assertNoAlert(WebDriver d) {
        try {
            String alert = d.switchTo().alert().getText();
            throw new AssertionError("an alert opened: " + alert);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }
}
