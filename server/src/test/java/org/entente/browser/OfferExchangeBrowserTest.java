package org.entente.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The back-and-forth of offers in two headless Chromiums: the United States offers the United Kingdom a
 * side-payment; the UK counters it from the keyboard alone (Enter on *Counter…* puts the focus in the
 * form, addressed back to the US); the US sees the counter-offer and both see the original closed as
 * countered; the US then withdraws an offer it made to the Soviet Union, which leaves the Soviet inbox.
 */
@Timeout(120)
class OfferExchangeBrowserTest extends LiveServerBrowserTest {
    @Test
    void anOfferIsCounteredByKeyboardAndAnotherWithdrawn() throws Exception {
        JsonObject session = server.createSession("grand-alliance-1941");
        try (Browsers browsers = new Browsers()) {
            WebDriver usa = browsers.open();
            WebDriver gbr = browsers.open();
            WebDriver sun = browsers.open();
            WebDriver white = browsers.open();
            join(usa, invite(session, "USA"));
            join(gbr, invite(session, "GBR"));
            join(sun, invite(session, "SUN"));
            join(white, session.getString("facilitatorLink"));
            white.findElement(By.id("clock-start")).click();
            for (WebDriver p : List.of(usa, gbr, sun)) {
                waitFor(p).until(d -> d.findElement(By.id("clock-phase")).getText().contains("Negotiation phase"));
                p.findElement(By.id("tab-offers")).click();
            }

            // --- the US offers the UK a side-payment of 2 ----------------------------------------
            offer(usa, "GBR", "sidePayment", "2");
            waitFor(gbr).until(d -> d.findElements(By.cssSelector("#offers-inbox .offer")).size() == 1);

            // --- the UK counters by keyboard: Tab to *Counter…*, Enter, the form comes addressed --
            WebElement counter = gbr.findElement(By.cssSelector("#offers-inbox button[data-action=counter]"));
            assertEquals("Counter United States's side-payment", counter.getAccessibleName());
            focusByTab(gbr, counter);
            keys(gbr, Keys.ENTER);
            waitFor(gbr).until(d -> d.findElement(By.id("offer-counter-line")).isDisplayed());
            assertTrue(gbr.findElement(By.id("offer-counter-text")).getText().startsWith("Countering United States's side-payment"),
                    gbr.findElement(By.id("offer-counter-text")).getText());
            assertEquals("offer-kind", gbr.switchTo().activeElement().getAttribute("id"), "the focus goes to the form");
            assertEquals("USA", new Select(gbr.findElement(By.id("offer-to"))).getFirstSelectedOption().getAttribute("value"));
            assertTrue(!gbr.findElement(By.id("offer-to")).isEnabled(), "a counter goes back to the one who offered");
            new Select(gbr.findElement(By.id("offer-kind"))).selectByValue("sidePayment");
            WebElement amount = gbr.findElement(By.id("offer-amount"));
            amount.clear();
            amount.sendKeys("1", Keys.ENTER);
            waitFor(gbr).until(d -> d.findElement(By.id("offer-sent-note")).getText().equals("Sent to United States."));
            assertTrue(!gbr.findElement(By.id("offer-counter-line")).isDisplayed(), "the form is itself again");
            assertTrue(gbr.findElement(By.id("offer-to")).isEnabled());

            waitFor(usa).until(d -> d.findElements(By.cssSelector("#offers-inbox .offer")).size() == 1);
            String card = usa.findElement(By.cssSelector("#offers-inbox .offer")).getText();
            assertTrue(card.contains("(a counter-offer)") && card.contains("United Kingdom"), card);
            for (WebDriver p : List.of(usa, gbr)) {
                waitFor(p).until(d -> d.findElement(By.id("offers-history")).getText().contains("countered"));
            }
            assertEquals(0, gbr.findElements(By.cssSelector("#offers-inbox .offer")).size(), "the countered offer leaves the UK inbox");

            // --- the US withdraws an offer to the Soviet Union ------------------------------------
            offer(usa, "SUN", "aid", "1");
            waitFor(sun).until(d -> d.findElements(By.cssSelector("#offers-inbox .offer")).size() == 1);
            WebElement withdraw = waitFor(usa).until(d -> d.findElement(By.cssSelector("#offers-sent button[data-action=withdraw]")));
            assertEquals("Withdraw your offer to Soviet Union", withdraw.getAccessibleName());
            withdraw.click();
            waitFor(sun).until(d -> d.findElements(By.cssSelector("#offers-inbox .offer")).isEmpty());
            waitFor(usa).until(d -> d.findElement(By.id("offers-history")).getText().contains("withdrawn"));
            waitFor(sun).until(d -> d.findElement(By.id("offers-history")).getText().contains("withdrawn"));

            for (WebDriver p : List.of(usa, gbr, sun)) {
                assertEquals(List.of(), Browsers.consoleErrors(p), "the browser console is clean");
            }
        }
    }

    private static void offer(WebDriver d, String to, String kind, String units) {
        new Select(d.findElement(By.id("offer-to"))).selectByValue(to);
        new Select(d.findElement(By.id("offer-kind"))).selectByValue(kind);
        WebElement amount = d.findElement(By.id("offer-amount"));
        amount.clear();
        amount.sendKeys(units);
        d.findElement(By.id("offer-send")).click();
        waitFor(d).until(x -> x.findElement(By.id("offer-sent-note")).getText().startsWith("Sent to"));
        ((org.openqa.selenium.JavascriptExecutor) d).executeScript("document.getElementById('offer-sent-note').textContent = ''");
    }

    /** Tabs from the top of the page until the element has the focus, as a keyboard user would reach it. */
    private static void focusByTab(WebDriver d, WebElement target) {
        d.findElement(By.id("tab-offers")).click();
        for (int i = 0; i < 80; i++) {
            if (target.equals(d.switchTo().activeElement())) {
                return;
            }
            keys(d, Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + target.getAccessibleName());
    }

    private static String invite(JsonObject session, String nation) {
        for (Object o : session.getJsonArray("invites")) {
            JsonObject invite = (JsonObject) o;
            if (nation.equals(invite.getString("role"))) {
                return invite.getString("link");
            }
        }
        throw new AssertionError("no invite for " + nation + " in " + session.encode());
    }
}
