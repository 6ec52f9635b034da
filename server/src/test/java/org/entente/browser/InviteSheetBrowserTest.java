package org.entente.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.Decoder;
import java.util.List;
import java.util.Map;
import org.entente.web.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.Select;

/**
 * The printable invite sheet (issue 18), in headless Chromium: on the home page right after a session
 * is created, and from the console (which issues a fresh link per nation). Each card's QR code, read
 * back from the page and decoded with ZXing, is exactly its nation's link; printed (print media
 * emulated), the page shows the sheet alone.
 */
@Timeout(120)
class InviteSheetBrowserTest extends LiveServerBrowserTest {

    @Test
    void theInviteSheetCarriesEachNationsLinkAsAQrCodeAndPrintsAlone() throws Exception {
        try (Browsers browsers = new Browsers()) {
            WebDriver home = browsers.open();
            home.get("http://127.0.0.1:" + server.port() + "/");
            waitFor(home).until(d -> d.findElements(By.cssSelector("#scenario option[value='grand-alliance-1941']")).size() == 1);
            new Select(home.findElement(By.id("scenario"))).selectByValue("grand-alliance-1941");
            home.findElement(By.id("admin-key")).sendKeys(TestServer.ADMIN_KEY, Keys.ENTER);
            waitFor(home).until(d -> d.findElement(By.id("created")).isDisplayed());
            home.findElement(By.id("sheet-prepare")).click();
            waitFor(home).until(d -> d.findElements(By.cssSelector("#invite-sheet .invite-card svg.qr path")).size() == 5);
            assertEquals("sheet-print", home.switchTo().activeElement().getAttribute("id"), "the focus goes to Print");
            for (WebElement card : home.findElements(By.cssSelector("#invite-sheet .invite-card"))) {
                String role = card.getAttribute("data-role");
                String link = home.findElement(By.cssSelector("#invite-list .link-row[data-role=" + role + "] input")).getAttribute("value");
                assertEquals(link, card.findElement(By.className("invite-link")).getText());
                assertEquals(link, decode(card), role + "'s code reads back as its link");
                assertTrue(card.findElement(By.tagName("svg")).getAccessibleName().startsWith("QR code of the link for "));
            }
            assertEquals("United States", home.findElement(By.cssSelector(".invite-card[data-role=USA] h3")).getText());

            printMedia(home);
            assertFalse(home.findElement(By.id("start-form")).isDisplayed(), "printed, the page shows the sheet alone");
            assertFalse(home.findElement(By.id("invite-list")).isDisplayed());
            assertTrue(home.findElement(By.cssSelector(".invite-card[data-role=GBR] svg")).isDisplayed());
            Browsers.screenshot(home, home.findElement(By.id("invite-sheet")), "invite-sheet");

            // From the console: a fresh link per nation, listed and on the sheet.
            String console = home.findElement(By.cssSelector("#facilitator-link input")).getAttribute("value");
            WebDriver white = browsers.open();
            join(white, console);
            white.findElement(By.id("wc-tab-people")).click();
            white.findElement(By.id("invite-sheet-prepare")).click();
            waitFor(white, 20).until(d -> d.findElements(By.cssSelector("#invite-sheet .invite-card svg.qr path")).size() == 5);
            WebElement sun = white.findElement(By.cssSelector("#invite-sheet .invite-card[data-role=SUN]"));
            String sunLink = sun.findElement(By.className("invite-link")).getText();
            assertEquals(sunLink, decode(sun));
            assertEquals(sunLink, white.findElement(By.cssSelector("#invites-issued li[data-role=SUN] input")).getAttribute("value"));
            WebDriver player = browsers.open();
            join(player, sunLink);
            waitFor(player).until(d -> d.findElement(By.id("role-line")).getText().contains("Soviet Union"));

            for (WebDriver d : List.of(home, white)) {
                List<String> errors = Browsers.consoleErrors(d);
                assertTrue(errors.stream().noneMatch(e -> e.contains("Content Security Policy") || e.contains("Uncaught")), errors.toString());
            }
        }
    }

    /** The QR code drawn in a card, decoded: the modules the page drew, read from its SVG path. */
    private static String decode(WebElement card) throws Exception {
        String[] rows = card.findElement(By.cssSelector("svg.qr path")).getAttribute("data-modules").split(",");
        BitMatrix bits = new BitMatrix(rows.length);
        for (int y = 0; y < rows.length; y++) {
            for (int x = 0; x < rows[y].length(); x++) {
                if (rows[y].charAt(x) == '1') {
                    bits.set(x, y);
                }
            }
        }
        return new Decoder().decode(bits).getText();
    }

    private static void printMedia(WebDriver d) {
        ((HasCdp) d).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    }
}
