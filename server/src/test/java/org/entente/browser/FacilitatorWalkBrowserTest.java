package org.entente.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.entente.web.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A facilitator runs a whole exercise without leaving the browser (issue 18), in headless Chromium
 * against a real node, with no HTTP call made by the test itself: the home page creates the session;
 * the console puts bots into two empty roles (one by keyboard alone), hands one back to a late
 * player who joins with the new link, composes a crisis by picking names from lists, shows which
 * nations have sent orders this turn, ends the exercise, opens the debrief from its own link, issues
 * a reviewer link that opens the review, and opens the review to the players, whose page links to it.
 */
@Timeout(180)
class FacilitatorWalkBrowserTest extends LiveServerBrowserTest {

    @Test
    void aFacilitatorRunsAnExerciseFromEmptySeatsToTheDebriefInTheBrowser() throws Exception {
        try (Browsers browsers = new Browsers()) {
            // --- the home page creates the session ----------------------------------------------
            WebDriver white = browsers.open();
            white.get("http://127.0.0.1:" + server.port() + "/");
            waitFor(white).until(d -> d.findElements(By.cssSelector("#scenario option[value='grand-alliance-1941']")).size() == 1);
            new Select(white.findElement(By.id("scenario"))).selectByValue("grand-alliance-1941");
            white.findElement(By.id("admin-key")).sendKeys(TestServer.ADMIN_KEY, Keys.ENTER);
            waitFor(white).until(d -> d.findElement(By.id("created")).isDisplayed());
            String console = white.findElement(By.cssSelector("#facilitator-link input")).getAttribute("value");
            String usaLink = white.findElement(By.cssSelector("#invite-list .link-row[data-role=USA] input")).getAttribute("value");

            join(white, console);
            WebDriver usa = browsers.open();
            join(usa, usaLink);

            // --- two empty roles get bots: Britain by mouse, the Soviet Union by keyboard alone --------
            white.findElement(By.id("wc-tab-people")).click();
            waitFor(white).until(d -> d.findElement(By.id("bot-policy-GBR")).isDisplayed());
            new Select(white.findElement(By.id("bot-policy-GBR"))).selectByValue("motivated-ally");
            white.findElement(By.cssSelector("button[data-bot=start][data-role=GBR]")).click();
            waitFor(white, 20).until(d -> d.findElement(By.cssSelector("button[data-bot=handback][data-role=GBR]")).isDisplayed());
            assertTrue(white.findElement(By.cssSelector("#invites-body tr[data-role=GBR]")).getText().contains("Bot playing (motivated-ally)"));

            WebElement sunPolicy = white.findElement(By.id("bot-policy-SUN"));
            sunPolicy.sendKeys("indifferent");
            keys(white, Keys.TAB);
            assertEquals("Put a bot in (Soviet Union)", white.switchTo().activeElement().getAccessibleName());
            keys(white, Keys.ENTER);
            waitFor(white, 20).until(d -> d.findElement(By.cssSelector("#invites-body tr[data-role=SUN]")).getText()
                    .contains("Bot playing (indifferent)"));
            waitFor(white).until(d -> "Hand back to a player (Soviet Union)".equals(d.switchTo().activeElement().getAccessibleName()));

            // --- the Soviet player arrives late: the role is handed back with a fresh link -------------
            keys(white, Keys.ENTER);
            WebElement sunField = waitFor(white, 20).until(d -> d.findElement(By.cssSelector("#invites-issued li[data-role=SUN]:not(.dead) input")));
            String sunLink = sunField.getAttribute("value");
            assertTrue(sunLink.matches("https?://.*/play\\.html#token=.+"), sunLink);
            waitFor(white).until(d -> d.findElement(By.id("invites-done")).getText().startsWith("The bot left Soviet Union."));
            waitFor(white).until(d -> d.findElements(By.cssSelector("button[data-bot=start][data-role=SUN]")).size() == 1);
            WebDriver sun = browsers.open();
            join(sun, sunLink);
            waitFor(sun).until(d -> d.findElement(By.id("role-line")).getText().contains("Soviet Union"));

            // --- start; compose a crisis by picking names -------------------------------------------
            white.findElement(By.id("clock-start")).click();
            waitFor(usa).until(d -> d.findElement(By.id("clock-phase")).getText().contains("Negotiation phase"));
            usa.findElement(By.cssSelector("#schedule summary")).click();
            waitFor(usa).until(d -> d.findElement(By.cssSelector("#schedule-body tr[data-turn='1']")).getText().contains("now: negotiation"));
            assertTrue(usa.findElement(By.cssSelector("#schedule-body tr[data-turn='2']")).getText().matches("(?s).*8 min.*about \\d\\d:\\d\\d.*"),
                    usa.findElement(By.cssSelector("#schedule-body tr[data-turn='2']")).getText());
            white.findElement(By.id("wc-tab-injects")).click();
            white.findElement(By.id("crisis-title")).sendKeys("Leningrad besieged");
            white.findElement(By.id("crisis-text")).sendKeys("The city is cut off.");
            new Select(white.findElement(By.id("effect-0-kind"))).selectByVisibleText("Threat from an adversary");
            new Select(white.findElement(By.id("effect-0-adversary"))).selectByVisibleText("Nazi Germany and its European allies");
            WebElement delta = white.findElement(By.id("effect-0-delta"));
            delta.clear();
            delta.sendKeys("0.1");
            white.findElement(By.xpath("//fieldset[@id='effect-0-targets']//label[normalize-space()='Soviet Union']")).click();
            white.findElement(By.id("crisis-compose")).click();
            waitFor(white).until(d -> d.findElement(By.id("inject-note")).getText().equals("Injected “Leningrad besieged”."));
            waitFor(sun).until(d -> d.findElement(By.id("crisis-banner")).getText().startsWith("Crisis: Leningrad besieged."));
            white.findElement(By.id("wc-tab-overrides")).click();
            waitFor(white).until(d -> d.findElement(By.id("wc-log")).getText()
                    .contains("Crisis “Leningrad besieged” applied to United States, United Kingdom, Soviet Union, Republic of China, Free France: the threat from Nazi Germany and its European allies to Soviet Union set to"));

            // --- silence in the plenary: locked from the console, the players' compose box closes ----------
            white.findElement(By.cssSelector("#channel-list button[data-channel='plenary']")).click();
            waitFor(white).until(d -> d.findElement(By.id("channel-lock")).getText().startsWith("Lock this channel"));
            white.findElement(By.id("channel-lock")).click();
            waitFor(usa).until(d -> !d.findElement(By.id("compose-text")).isEnabled());
            assertTrue(usa.findElement(By.id("compose-readonly")).getText().startsWith("The white cell has locked this channel"),
                    usa.findElement(By.id("compose-readonly")).getText());
            waitFor(white).until(d -> d.findElement(By.id("channel-lock")).getText().equals("Reopen this channel"));
            white.findElement(By.id("channel-lock")).click();
            waitFor(usa).until(d -> d.findElement(By.id("compose-text")).isEnabled());

            // --- a double press closes one phase, and says why the second did nothing --------------------
            // Both clicks in one task, before any answer can arrive: the same screen twice, deterministically.
            ((org.openqa.selenium.JavascriptExecutor) white).executeScript(
                    "const b = document.getElementById('clock-advance'); b.click(); b.click();");
            waitFor(white).until(d -> d.findElement(By.id("clock-error")).getText().contains("has already closed"));
            waitFor(usa).until(d -> d.findElement(By.id("clock-phase")).getText().contains("Council phase"));
            waitFor(white).until(d -> d.findElement(By.id("clock-phase")).getText().contains("Council phase"));
            assertTrue(usa.findElement(By.id("clock-phase")).getText().contains("Council phase"), "one phase closed, not two");

            // --- who has sent orders this turn ----------------------------------------------------------
            closePhase(white, "Orders phase");
            waitFor(usa).until(d -> d.findElement(By.id("clock-phase")).getText().contains("Orders phase"));
            waitFor(white).until(d -> "Not yet".equals(d.findElement(By.cssSelector("#orders-status-body tr[data-nation=USA] td")).getText()));
            waitFor(usa).until(d -> d.findElement(By.id("orders-submit")).isEnabled());
            usa.findElement(By.id("orders-submit")).click();
            waitFor(usa).until(d -> d.findElement(By.id("orders-sent-note")).getText().startsWith("Orders received."));
            assertEquals("orders-submit", usa.switchTo().activeElement().getAttribute("id"), "the focus stays on Send");
            waitFor(white).until(d -> "sent".equals(d.findElement(By.cssSelector("#orders-status-body tr[data-nation=USA]")).getAttribute("data-orders")));
            assertEquals("Sent (turn 1)", white.findElement(By.cssSelector("#orders-status-body tr[data-nation=USA] td")).getText());
            assertEquals("Not yet", white.findElement(By.cssSelector("#orders-status-body tr[data-nation=SUN] td")).getText());

            // --- the end: the console links to the debrief ---------------------------------------------
            white.findElement(By.id("clock-reason")).sendKeys("Time is up for today");
            white.findElement(By.id("clock-end")).click();
            white.switchTo().alert().accept();
            waitFor(white).until(d -> d.findElement(By.id("debrief-link")).isDisplayed());
            waitFor(usa).until(d -> d.findElement(By.id("final-scores")).isDisplayed());

            // A reviewer link, and the review opened to the players.
            white.findElement(By.id("wc-tab-people")).click();
            white.findElement(By.id("reviewer-issue")).click();
            String reviewerLink = waitFor(white).until(d -> d.findElement(By.cssSelector("#reviewers-issued li input"))).getAttribute("value");
            assertTrue(reviewerLink.matches("https?://.*/review\\.html#session=.+&token=.+"), reviewerLink);
            white.findElement(By.id("review-open")).click();
            waitFor(white).until(d -> d.findElement(By.id("review-status")).getText()
                    .startsWith("Open to the players: each may review its own nation. 1 reviewer link working."));

            Browsers.screenshot(white, white.findElement(By.id("wc-game")), "console-people");
            assertTrue(white.findElement(By.id("schedule")).isDisplayed(), "the console shows the schedule");

            // The debrief from the console's own link.
            String consoleWindow = white.getWindowHandle();
            white.findElement(By.id("debrief-link")).click();
            switchToNewWindow(white, consoleWindow);
            waitFor(white, 20).until(d -> d.findElement(By.id("review")).isDisplayed());
            assertTrue(white.findElement(By.id("review-title")).getText().contains("Grand Alliance"));
            assertEquals(1, white.findElements(By.cssSelector("#exports a[data-file='transcript.txt']")).size());

            // The reviewer, in a browser of its own.
            WebDriver reviewer = browsers.open();
            reviewer.get(reviewerLink);
            waitFor(reviewer, 20).until(d -> d.findElement(By.id("review")).isDisplayed());

            // The player follows the link on its final scores.
            String playWindow = usa.getWindowHandle();
            usa.findElement(By.id("review-link")).click();
            switchToNewWindow(usa, playWindow);
            waitFor(usa, 20).until(d -> d.findElement(By.id("review")).isDisplayed());
            assertTrue(!usa.findElement(By.id("page-error")).isDisplayed());

            for (WebDriver d : List.of(usa, sun, reviewer)) {
                List<String> errors = Browsers.consoleErrors(d);
                assertTrue(errors.stream().noneMatch(e -> e.contains("Content Security Policy") || e.contains("Uncaught")), errors.toString());
            }
        }
    }

    private static void switchToNewWindow(WebDriver d, String old) {
        waitFor(d).until(x -> x.getWindowHandles().size() > 1);
        List<String> handles = new ArrayList<>(d.getWindowHandles());
        handles.remove(old);
        d.switchTo().window(handles.get(0));
    }
}
