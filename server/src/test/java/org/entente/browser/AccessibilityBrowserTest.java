package org.entente.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Every screen of a played turn, audited as a screen-reader and keyboard user meets it: each control a
 * player, the white cell or a reviewer can reach has a name in Chromium's own accessibility tree, no id
 * is used twice, every image has a text alternative, and the tab lists move with the arrow keys,
 * Home and End, showing the panel they name.
 */
@Timeout(150)
class AccessibilityBrowserTest extends LiveServerBrowserTest {
    private static final List<String> PLAYER_TABS = List.of("dashboard", "offers", "council", "orders", "report");
    private static final List<String> CONSOLE_TABS = List.of("truth", "injects", "overrides", "reports", "people");


    @Test
    void everyScreenOfAPlayedTurnIsNamedAndWalkableByKeyboard() throws Exception {
        JsonObject session = server.createSession("grand-alliance-1941");
        String base = "http://127.0.0.1:" + server.port();
        try (Browsers browsers = new Browsers()) {
            WebDriver home = browsers.open();
            home.get(base + "/");
            waitFor(home).until(d -> d.findElement(By.id("admin-key")).isDisplayed());
            assertAccessible(home, "the home page");

            WebDriver usa = browsers.open();
            WebDriver white = browsers.open();
            usa.get(session.getJsonArray("invites").getJsonObject(0).getString("link"));
            waitFor(usa).until(d -> d.findElement(By.id("join-button")).isDisplayed());
            assertAccessible(usa, "the join screen");
            usa.findElement(By.id("join-button")).click();
            waitFor(usa).until(d -> "online".equals(d.findElement(By.id("connection-state")).getAttribute("data-status")));
            white.get(session.getString("facilitatorLink"));
            waitFor(white).until(d -> d.findElement(By.id("join-button")).isDisplayed());
            white.findElement(By.id("join-button")).click();
            waitFor(white).until(d -> d.findElement(By.id("wc-game")).isDisplayed());

            // A whole turn, so that every panel has its content: offers to answer, a council, a report.
            white.findElement(By.id("clock-start")).click();
            waitFor(usa).until(d -> d.findElement(By.id("clock-phase")).getText().contains("Negotiation phase"));
            for (String phase : List.of("Council phase", "Orders phase")) {
                closePhase(white, phase);
                waitFor(usa).until(d -> d.findElement(By.id("clock-phase")).getText().contains(phase));
            }
            closePhase(white, "Reports phase");
            waitFor(usa).until(d -> d.findElement(By.id("report-body")).getText().contains("Turn 1 report"));
            waitFor(usa).until(d -> !d.findElements(By.cssSelector("#chart-soft canvas")).isEmpty());

            walkTabsByKeyboard(usa, "tab-", "panel-", PLAYER_TABS);
            walkTabsByKeyboard(white, "wc-tab-", "wc-panel-", CONSOLE_TABS);

            WebDriver reviewer = browsers.open();
            reviewer.get(base + "/review.html#session=" + session.getString("id") + "&token=" + session.getString("facilitatorToken"));
            waitFor(reviewer).until(d -> d.findElement(By.id("review")).isDisplayed());
            waitFor(reviewer).until(d -> d.findElements(By.cssSelector("#charts figure.chart canvas")).size() >= 3);
            assertAccessible(reviewer, "the review page");
        }
    }

    /**
     * Focuses the first tab, then moves by ArrowRight through every tab, auditing each panel as it shows;
     * ArrowLeft from the first wraps to the last, Home comes back to the first.
     */
    private static void walkTabsByKeyboard(WebDriver d, String tabPrefix, String panelPrefix, List<String> tabs) {
        WebElement first = d.findElement(By.id(tabPrefix + tabs.get(0)));
        first.click();
        for (int i = 0; i < tabs.size(); i++) {
            String tab = tabs.get(i);
            waitFor(d).until(x -> (tabPrefix + tab).equals(x.switchTo().activeElement().getAttribute("id")));
            assertEquals("true", d.findElement(By.id(tabPrefix + tab)).getAttribute("aria-selected"), tab);
            assertTrue(d.findElement(By.id(panelPrefix + tab)).isDisplayed(), "the " + tab + " panel shows");
            for (String other : tabs) {
                if (!other.equals(tab)) {
                    assertEquals("false", d.findElement(By.id(tabPrefix + other)).getAttribute("aria-selected"), other);
                }
            }
            assertAccessible(d, "the " + tab + " panel");
            if (i + 1 < tabs.size()) {
                keys(d, Keys.ARROW_RIGHT);
            }
        }
        keys(d, Keys.HOME);
        waitFor(d).until(x -> (tabPrefix + tabs.get(0)).equals(x.switchTo().activeElement().getAttribute("id")));
        keys(d, Keys.ARROW_LEFT);
        String last = tabPrefix + tabs.get(tabs.size() - 1);
        waitFor(d).until(x -> last.equals(x.switchTo().activeElement().getAttribute("id")));
        assertTrue(d.findElement(By.id(panelPrefix + tabs.get(tabs.size() - 1))).isDisplayed());
    }

    /** What Chromium's accessibility tree shows of the page as it is now. */
    private static void assertAccessible(WebDriver d, String where) {
        List<String> problems = new ArrayList<>();
        for (WebElement control : d.findElements(By.cssSelector(
                "input:not([type=hidden]), select, textarea, button, a[href], [role=tab], [role=button], [tabindex]:not([tabindex='-1'])"))) {
            try {
                if (control.isDisplayed() && control.getAccessibleName().isBlank()
                        && !"tabpanel".equals(control.getAttribute("role"))) {
                    problems.add("no name: " + describe(d, control));
                }
            } catch (StaleElementReferenceException redrawn) {
                // A live region redrew it between the query and the look; the next screen audits it again.
            }
        }
        for (WebElement panel : d.findElements(By.cssSelector("[role=tabpanel]"))) {
            if (panel.isDisplayed() && panel.getAccessibleName().isBlank()) {
                problems.add("unnamed tab panel: " + describe(d, panel));
            }
        }
        for (WebElement img : d.findElements(By.cssSelector("img:not([alt])"))) {
            problems.add("image without alt: " + describe(d, img));
        }
        @SuppressWarnings("unchecked")
        List<String> duplicates = (List<String>) ((JavascriptExecutor) d).executeScript(
                "const seen = new Set(), twice = new Set();"
                        + "for (const e of document.querySelectorAll('[id]')) { if (seen.has(e.id)) twice.add(e.id); seen.add(e.id); }"
                        + "return [...twice];");
        for (String id : duplicates) {
            problems.add("id used twice: " + id);
        }
        String lang = d.findElement(By.tagName("html")).getAttribute("lang");
        if (lang == null || lang.isBlank()) {
            problems.add("the page has no language");
        }
        if (d.getTitle().isBlank()) {
            problems.add("the page has no title");
        }
        assertEquals(List.of(), problems, where + " (" + d.getCurrentUrl().replaceAll("#.*", "") + ")");
    }

    private static String describe(WebDriver d, WebElement e) {
        String html = (String) ((JavascriptExecutor) d).executeScript("return arguments[0].outerHTML;", e);
        return html.length() > 160 ? html.substring(0, 160) + "…" : html;
    }
}
