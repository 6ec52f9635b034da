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
 * The leader's stance form in headless Chromium (gulf-1991): the United States declares, from the keyboard,
 * that it keeps Israel out; an empty reason is refused beside the reason field, which takes the focus; once
 * declared, the stance is listed for the leader, and Israel — asked to stay out — sees the request, while
 * Syria, a partner the stance is not about, sees no stance section at all.
 */
@Timeout(120)
class StanceBrowserTest extends LiveServerBrowserTest {
    @Test
    void aLeaderKeepsAPartnerOutFromTheKeyboardAndAnEmptyReasonIsRefusedByName() throws Exception {
        JsonObject session = server.createSession("gulf-1991");
        try (Browsers browsers = new Browsers()) {
            WebDriver usa = browsers.open();
            WebDriver isr = browsers.open();
            WebDriver syr = browsers.open();
            WebDriver white = browsers.open();
            join(usa, invite(session, "USA"));
            join(isr, invite(session, "ISR"));
            join(syr, invite(session, "SYR"));
            join(white, session.getString("facilitatorLink"));
            white.findElement(By.id("clock-start")).click();
            for (WebDriver p : List.of(usa, isr, syr)) {
                waitFor(p).until(d -> d.findElement(By.id("clock-phase")).getText().contains("Negotiation phase"));
                p.findElement(By.id("tab-orders")).click();
            }
            waitFor(usa).until(d -> d.findElement(By.id("stances")).isDisplayed());
            assertTrue(usa.findElement(By.id("stance-list")).getText().contains("None declared"));

            // --- an empty reason: refused by the server, shown beside the field, focus on it ----------
            new Select(usa.findElement(By.id("stance-partner"))).selectByValue("ISR");
            new Select(usa.findElement(By.id("stance-kind"))).selectByValue("keepOut");
            assertEquals("Partner", usa.findElement(By.id("stance-partner")).getAccessibleName());
            assertTrue(usa.findElement(By.id("stance-reason")).getAccessibleName().startsWith("Reason"));
            usa.findElement(By.id("stance-submit")).click();
            waitFor(usa).until(d -> "true".equals(d.findElement(By.id("stance-reason")).getAttribute("aria-invalid")));
            assertEquals("stance-reason", usa.switchTo().activeElement().getAttribute("id"), "the focus goes to the field named");
            String described = usa.findElement(By.id("stance-reason")).getAttribute("aria-describedby");
            String error = usa.findElement(By.id(described.split(" ")[described.split(" ").length - 1])).getText();
            assertTrue(error.toLowerCase().contains("reason"), error);

            // --- the reason typed, sent from the keyboard -------------------------------------------
            usa.findElement(By.id("stance-reason")).sendKeys("Its entry would cost us the Arab partners.");
            keys(usa, Keys.TAB);
            assertEquals("stance-submit", usa.switchTo().activeElement().getAttribute("id"));
            keys(usa, Keys.ENTER);
            waitFor(usa).until(d -> d.findElement(By.id("stance-sent")).getText().startsWith("Stance declared: Keep it out"));
            waitFor(usa).until(d -> d.findElement(By.id("stance-list")).getText().contains("Israel: Keep it out"));
            assertEquals("false", String.valueOf(Boolean.parseBoolean(usa.findElement(By.id("stance-reason")).getAttribute("aria-invalid"))));

            // --- Israel is asked to stay out; Syria sees nothing ------------------------------------
            waitFor(isr).until(d -> d.findElement(By.id("stances")).isDisplayed()
                    && d.findElement(By.id("stance-list")).getText().contains("asks you to stay out"));
            assertTrue(isr.findElements(By.id("stance-form")).isEmpty(), "only a leader declares stances");
            assertTrue(!syr.findElement(By.id("stances")).isDisplayed(), "a stance is not shown to a nation it is not about");

            for (WebDriver p : List.of(usa, isr, syr)) {
                assertEquals(List.of(), Browsers.consoleErrors(p), "the browser console is clean");
            }
        }
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
