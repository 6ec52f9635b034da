package org.entente.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.entente.web.TestServer;
import org.entente.web.WsPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web client in headless Chromium against a real node started in-process: the home page, the
 * player's page, the white cell's console, and the connection's reconnect-and-resume, as users meet
 * them. Screenshots of the main screens go to Browsers.screenshotDir().
 */
@Timeout(60)
class WebClientBrowserTest {
    private static final String SCENARIO = "grand-alliance-1941";
    private static final String PAYLOAD = "<img src=x onerror=alert(1)><script>alert(2)</script>";
    /** A display name is at most 40 characters: a shorter payload for it. */
    private static final String NAME_PAYLOAD = "<b onmouseover=alert(3)>Bold</b>";

    private static Vertx vertx;
    private static TestServer server;
    private static String base;

    private Browsers browsers;
    private JsonObject session;

    @BeforeAll
    static void startServer(@TempDir Path dataDir) throws Exception {
        assertTrue(Browsers.available(), "The browser tests need Debian's Chromium and ChromeDriver: "
                + "apt-get install -y chromium chromium-driver (" + Browsers.CHROMIUM + ", " + Browsers.CHROMEDRIVER + ")");
        vertx = Vertx.vertx();
        server = new TestServer(vertx, dataDir);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
        if (vertx != null) {
            TestServer.await(vertx.close());
        }
    }

    @BeforeEach
    void newSession() throws Exception {
        browsers = new Browsers();
        session = server.createSession(SCENARIO);
    }

    @AfterEach
    void closeBrowsers() {
        browsers.close();
    }

    // --- the tests ---------------------------------------------------------------------------

    @Test
    void twoPlayersOpenABilateralAndTalkWhileAThirdSeesNothingOfIt() throws Exception {
        WebDriver usa = browsers.open();
        WebDriver gbr = browsers.open();
        WebDriver sun = browsers.open();

        // The invite link as the API gave it: the token leaves the address bar once read.
        usa.get(invite(0).getString("link"));
        assertFalse(usa.getCurrentUrl().contains("token"), usa.getCurrentUrl());
        assertEquals(invite(0).getString("token"),
                js(usa).executeScript("return sessionStorage.getItem('entente.play.token')"));
        join(usa, "Hopkins");
        joinAsPlayer(gbr, 1, "Beaverbrook");
        joinAsPlayer(sun, 2, "Molotov");
        assertEquals("Playing United States · Hopkins", text(usa, By.id("role-line")));
        assertEquals("The Grand Alliance: Lend-Lease, 1941-1945", text(usa, By.id("session-title")));

        // The United States opens a bilateral with the United Kingdom from the select.
        new Select(usa.findElement(By.id("bilateral-with"))).selectByValue("GBR");
        usa.findElement(By.id("bilateral-open")).click();
        String bilateral = "bilateral:GBR+USA";
        waitFor(usa).until(d -> "true".equals(channel(d, bilateral).getAttribute("aria-current")));
        assertEquals(usa.findElement(By.id("compose-text")), usa.switchTo().activeElement(),
                "after opening, focus goes to the compose box");
        assertFalse(optionValues(usa).contains("GBR"), "no second channel is offered with the same nation");

        // The British player sees the new channel appear, unselected; its unread count rises.
        waitFor(gbr).until(d -> !d.findElements(channelBy(bilateral)).isEmpty());
        send(usa, "Fifty destroyers for the bases?");
        waitFor(gbr).until(d -> "1".equals(unread(d, bilateral)));
        send(usa, "Convoys to Murmansk are on the table too.");
        waitFor(gbr).until(d -> "2".equals(unread(d, bilateral)));
        assertEquals(", 2 unread", channel(gbr, bilateral).findElement(By.cssSelector(".sr-only")).getAttribute("textContent"));
        assertEquals("Plenary (all nations)", text(gbr, By.id("channel-title")));

        // Selecting it shows both messages with author and nation, and clears the count.
        channel(gbr, bilateral).click();
        waitFor(gbr).until(d -> messageTexts(d).size() == 2);
        assertEquals(List.of("Fifty destroyers for the bases?", "Convoys to Murmansk are on the table too."), messageTexts(gbr));
        assertEquals("Hopkins (United States)", gbr.findElement(By.cssSelector("#messages .message .author")).getText());
        assertEquals("", unread(gbr, bilateral));
        assertEquals("Bilateral: United States", text(gbr, By.id("channel-title")));

        // Shift+Enter is a new line; Enter sends.
        WebElement box = gbr.findElement(By.id("compose-text"));
        box.sendKeys("Agreed in principle.", Keys.chord(Keys.SHIFT, Keys.ENTER), "Details by cable.");
        assertEquals("38 / 4000", text(gbr, By.id("compose-count")));
        box.sendKeys(Keys.ENTER);
        waitFor(usa).until(d -> messageTexts(d).contains("Agreed in principle.\nDetails by cable."));
        assertEquals("0 / 4000", text(gbr, By.id("compose-count")));

        // The Soviet player, connected all along, has no trace of it: no channel, no text, no count.
        Set<String> sunChannels = channelIds(sun);
        assertTrue(sunChannels.containsAll(Set.of("plenary", "team:SUN", "white-cell:SUN")), sunChannels.toString());
        assertTrue(sunChannels.stream().noneMatch(id -> id.startsWith("bilateral:")), sunChannels.toString());
        String sunPage = sun.getPageSource();
        assertFalse(sunPage.contains("destroyers") || sunPage.contains("Murmansk") || sunPage.contains("GBR+USA"));
        assertTrue(optionValues(sun).containsAll(List.of("GBR", "USA")));

        Browsers.screenshot(gbr, "player", false);
    }

    @Test
    void aChatMessageHoldingMarkupShowsAsTextAndRunsNothing() throws Exception {
        WebDriver usa = browsers.open();
        WebDriver gbr = browsers.open();
        joinAsPlayer(usa, 0, NAME_PAYLOAD);
        joinAsPlayer(gbr, 1, "Eden");

        send(usa, PAYLOAD);
        waitFor(gbr).until(d -> messageTexts(d).contains(PAYLOAD));
        for (WebDriver d : List.of(gbr, usa)) {
            assertEquals(PAYLOAD, d.findElement(By.cssSelector("#messages .message .text")).getText());
            assertEquals(NAME_PAYLOAD + " (United States)", d.findElement(By.cssSelector("#messages .message .author")).getText());
            assertEquals(0L, js(d).executeScript("return document.querySelectorAll('img').length"));
            assertEquals(0L, js(d).executeScript("return document.querySelectorAll('#messages script, #messages img, #messages b').length"));
            assertThrows(NoAlertPresentException.class, () -> d.switchTo().alert());
        }

        // A refusal is shown beside the compose box in the server's words, and the text is given back.
        WebElement box = gbr.findElement(By.id("compose-text"));
        box.sendKeys("   ", Keys.ENTER);
        waitFor(gbr).until(d -> text(d, By.id("compose-error")).contains("The message is empty."));
        assertEquals("Not sent to Plenary (all nations): The message is empty.", text(gbr, By.id("compose-error")));
        assertEquals("true", box.getAttribute("aria-invalid"));
        assertEquals("   ", box.getAttribute("value"));
    }

    @Test
    void aPlayerJoinsPostsAndSwitchesChannelsByKeyboardAlone() throws Exception {
        WebDriver d = browsers.open();
        d.get(base + "/play.html#token=" + invite(3).getString("token"));
        // The name field has the focus: type, Enter.
        waitFor(d).until(x -> "display-name".equals(active(x).getAttribute("id")));
        keys(d, "Chiang", Keys.ENTER);
        waitFor(d).until(x -> "online".equals(x.findElement(By.id("connection-state")).getAttribute("data-status")));

        // Joining leaves the keyboard in the compose box.
        assertEquals("compose-text", active(d).getAttribute("id"));
        keys(d, "Chungking holds.", Keys.ENTER);
        waitFor(d).until(x -> messageTexts(x).contains("Chungking holds."));

        // After a reload (which rejoins by itself), the first Tab reaches the skip link, visibly; it leads
        // to the conversation, and the next Tab to the compose box.
        d.navigate().refresh();
        waitFor(d).until(x -> messageTexts(x).contains("Chungking holds."));
        keys(d, Keys.TAB);
        WebElement skip = active(d);
        assertEquals("Skip to the conversation", skip.getText());
        assertTrue(skip.getRect().getY() >= 0, "the skip link shows when focused");
        assertEquals("solid", skip.getCssValue("outline-style"));
        keys(d, Keys.ENTER);
        waitFor(d).until(x -> "conversation".equals(active(x).getAttribute("id")));
        keys(d, Keys.TAB);
        assertEquals("compose-text", active(d).getAttribute("id"));
        assertEquals("solid", active(d).getCssValue("outline-style"));

        // Back through the bilateral form to the channel buttons; Enter selects one.
        backTab(d);
        assertEquals("bilateral-open", active(d).getAttribute("id"));
        backTab(d);
        assertEquals("bilateral-with", active(d).getAttribute("id"));
        backTab(d);
        assertEquals("white-cell:CHN", active(d).getAttribute("data-channel"));
        keys(d, Keys.ENTER);
        waitFor(d).until(x -> "true".equals(channel(x, "white-cell:CHN").getAttribute("aria-current")));
        assertEquals("White cell (facilitators)", text(d, By.id("channel-title")));
        assertEquals("white-cell:CHN", active(d).getAttribute("data-channel"), "the focus stays on the channel");
    }

    @Test
    void aDroppedConnectionShowsReconnectingThenCatchesUpExactlyOnce() throws Exception {
        try (DroppableProxy proxy = new DroppableProxy(server.port()); WsPeer gbr = server.connect()) {
            gbr.join(invite(1).getString("token"), null);
            WebDriver usa = browsers.open();
            usa.get("http://127.0.0.1:" + proxy.port() + "/play.html#token=" + invite(0).getString("token"));
            join(usa, "Harriman");

            gbr.command(new JsonObject().put("type", "post").put("channel", "plenary").put("text", "before the drop"));
            waitFor(usa).until(d -> messageTexts(d).contains("before the drop"));

            gbr.drain();

            // A half-dead link: what the browser sends arrives, nothing comes back. The post is applied…
            proxy.muteDownstream();
            send(usa, "posted as the line died");
            assertEquals("posted as the line died", nextText(gbr, "plenary"));
            // …then the line drops altogether.
            proxy.drop();
            waitFor(usa).until(d -> text(d, By.id("status-region")).startsWith("Reconnecting…"));
            assertEquals("Reconnecting…", text(usa, By.id("connection-state")));
            WebElement status = usa.findElement(By.id("status-region"));
            assertEquals("status", status.getAttribute("role"));
            assertEquals("polite", status.getAttribute("aria-live"));

            // Meanwhile the others talk, and the player writes too.
            gbr.command(new JsonObject().put("type", "post").put("channel", "plenary").put("text", "while you were away 1"));
            gbr.command(new JsonObject().put("type", "post").put("channel", "plenary").put("text", "while you were away 2"));
            send(usa, "written while offline");
            waitFor(usa).until(d -> text(d, By.id("compose-pending")).contains("waiting for the server"));
            Browsers.screenshot(usa, "player-reconnecting", false);

            proxy.restore();
            waitFor(usa, 15).until(d -> "online".equals(d.findElement(By.id("connection-state")).getAttribute("data-status")));
            List<String> expected = List.of("before the drop", "posted as the line died", "while you were away 1",
                    "while you were away 2", "written while offline");
            waitFor(usa).until(d -> messageTexts(d).size() >= expected.size() && text(d, By.id("compose-pending")).isEmpty());
            Thread.sleep(300); // anything doubled would have arrived by now
            assertEquals(expected, messageTexts(usa));
            assertEquals("", text(usa, By.id("status-region")));

            // The server applied each command once: the resent ones were recognised by their ids.
            List<String> heard = gbr.drain().stream().filter(m -> "event".equals(m.getString("type")))
                    .map(m -> m.getJsonObject("event").getString("text")).filter(t -> t != null).toList();
            assertEquals(1, heard.stream().filter("written while offline"::equals).count(), heard.toString());
            assertEquals(expected.size(), plenaryMessageCount());
        }
    }

    @Test
    void theConsoleShowsEveryChannelLiveAndWhoIsConnected() throws Exception {
        try (WsPeer usa = server.connect(); WsPeer gbr = server.connect()) {
            usa.join(invite(0).getString("token"), null);
            gbr.join(invite(1).getString("token"), null);
            usa.command(new JsonObject().put("type", "openBilateral").put("with", "GBR"));
            gbr.command(new JsonObject().put("type", "post").put("channel", "plenary").put("text", "London is listening."));

            WebDriver white = browsers.open();
            white.get(session.getString("facilitatorLink"));
            assertFalse(white.getCurrentUrl().contains("token"), white.getCurrentUrl());
            join(white, "Control");
            assertEquals("White cell (facilitators) · Control", text(white, By.id("role-line")));

            // Every channel of the session, exactly as the white cell's API lists them.
            Set<String> expected = apiChannels();
            assertTrue(expected.contains("bilateral:GBR+USA"), expected.toString());
            waitFor(white).until(d -> channelIds(d).equals(expected));
            assertEquals("Bilateral: United Kingdom ↔ United States", channel(white, "bilateral:GBR+USA").findElement(By.cssSelector(".channel-name")).getText());

            // Live: a bilateral message arrives while the plenary is selected, and counts as unread.
            gbr.command(new JsonObject().put("type", "post").put("channel", "bilateral:GBR+USA").put("text", "Between us: ships."));
            waitFor(white).until(d -> "1".equals(unread(d, "bilateral:GBR+USA")));
            channel(white, "bilateral:GBR+USA").click();
            waitFor(white).until(d -> messageTexts(d).contains("Between us: ships."));
            // The white cell reads a bilateral but does not speak in it.
            assertFalse(white.findElement(By.id("compose-text")).isEnabled());
            assertTrue(text(white, By.id("compose-readonly")).contains("does not speak in it"));

            // It does speak in a white-cell channel, and only that nation hears it.
            channel(white, "white-cell:USA").click();
            WebElement box = white.findElement(By.id("compose-text"));
            waitFor(white).until(d -> box.isEnabled());
            send(white, "White cell here: a crisis card is coming.");
            assertEquals("White cell here: a crisis card is coming.", nextText(usa, "white-cell:USA"));

            // The roster: the two connected nations, then a third who joins (polled every 5 s).
            waitFor(white).until(d -> "1 connected".equals(rosterCell(d, "USA")) && "1 connected".equals(rosterCell(d, "GBR")));
            assertEquals("not connected", rosterCell(white, "SUN"));
            assertEquals("1 facilitator connected", text(white, By.id("roster-facilitators")));
            try (WsPeer sun = server.connect()) {
                sun.join(invite(2).getString("token"), null);
                waitFor(white, 8).until(d -> "1 connected".equals(rosterCell(d, "SUN")));
                channel(white, "plenary").click();
                waitFor(white).until(d -> messageTexts(d).contains("London is listening."));
                Browsers.screenshot(white, "console", false);
            }
        }
    }

    @Test
    void theHomePageCreatesASessionWithTheAdminKeyAndShowsTheLinks() throws Exception {
        WebDriver home = browsers.open();
        home.get(base + "/");
        waitFor(home).until(d -> !d.findElements(By.cssSelector("[data-scenario='" + SCENARIO + "']")).isEmpty());
        WebElement scenario = home.findElement(By.cssSelector("[data-scenario='" + SCENARIO + "']"));
        assertTrue(scenario.getText().contains("The Grand Alliance"), scenario.getText());
        assertTrue(scenario.getText().contains("United Kingdom"), scenario.getText());
        WebElement key = home.findElement(By.id("admin-key"));
        assertEquals("password", key.getAttribute("type"));
        assertEquals("Admin key", home.findElement(By.cssSelector("label[for='admin-key']")).getText());

        // A wrong key: the API's words, beside the field they concern.
        new Select(home.findElement(By.id("scenario"))).selectByValue(SCENARIO);
        key.sendKeys("not-the-key");
        home.findElement(By.id("start-button")).click();
        waitFor(home).until(d -> !text(d, By.id("admin-key-error")).isEmpty());
        assertTrue(text(home, By.id("admin-key-error")).contains("admin key"), text(home, By.id("admin-key-error")));
        assertEquals("true", key.getAttribute("aria-invalid"));

        key.clear();
        key.sendKeys(TestServer.ADMIN_KEY);
        key.sendKeys(Keys.ENTER);
        WebElement created = waitFor(home).until(ExpectedConditions.visibilityOfElementLocated(By.id("created")));
        assertEquals("", text(home, By.id("admin-key-error")));
        assertEquals("", key.getAttribute("value"), "the admin key is not kept in the page");
        List<WebElement> invites = created.findElements(By.cssSelector("#invite-list .link-row"));
        assertEquals(List.of("USA", "GBR", "SUN", "CHN", "FRA"), invites.stream().map(r -> r.getAttribute("data-role")).toList());
        for (WebElement row : invites) {
            String link = row.findElement(By.cssSelector("input.link-field")).getAttribute("value");
            assertTrue(link.startsWith(base + "/play.html#token="), link);
            assertEquals(link, row.findElement(By.cssSelector("a")).getAttribute("href"));
            assertNotNull(row.findElement(By.cssSelector("button.copy")));
        }
        String console = created.findElement(By.cssSelector("#facilitator-link input.link-field")).getAttribute("value");
        assertTrue(console.startsWith(base + "/console.html#token="), console);
        assertEquals(6, created.findElements(By.cssSelector("button.copy")).size());
        Browsers.screenshot(home, "home", true);
    }

    @Test
    void theModelFoldsSnapshotAndEventsWithoutDoublingOrSkipping() throws Exception {
        WebDriver page = browsers.open();
        page.get(base + "/");
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) js(page).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/model.js').then((m) => {
                  const snapshot = { title: 'T', nations: [{ id: 'GBR', name: 'United Kingdom' }, { id: 'USA', name: 'United States' }],
                    channels: [
                      { id: 'plenary', kind: 'plenary', nations: ['GBR', 'USA'], writable: true, messages: [{ at: 1, from: 'GBR', author: null, text: 'old' }] },
                      { id: 'team:USA', kind: 'team', nations: ['USA'], writable: true, messages: [] }] };
                  let s = m.applyWelcome(m.emptyState(), { type: 'welcome', session: 's', role: 'USA', seq: 5, resumed: false, snapshot });
                  const post = (seq, channel, text) => ({ type: 'event', seq, at: seq, actor: 'GBR', event: { type: 'message.posted', channel, from: 'GBR', author: 'Eden', text } });
                  const out = { selected: s.selected, lastSeq: s.lastSeq, firstUnread: s.channels.map((c) => c.unread) };
                  s = m.applyEvent(s, post(6, 'team:USA', 'a'));
                  const afterOne = s;
                  out.sameObjectOnDuplicate = m.applyEvent(s, post(6, 'team:USA', 'a')) === afterOne;
                  out.gap = m.classify(s, 8);
                  out.notAppliedPastGap = m.applyEvent(s, post(8, 'team:USA', 'c')) === afterOne;
                  s = m.applyEvent(s, { type: 'event', seq: 7, at: 7, actor: 'USA', event: { type: 'channel.opened', channel: 'bilateral:GBR+USA', kind: 'bilateral', nations: ['GBR', 'USA'], openedBy: 'USA' } });
                  s = m.applyEvent(s, { type: 'event', seq: 8, at: 8, actor: null, event: { type: 'phase.began', turn: 1 } });
                  out.unknownAdvances = s.lastSeq;
                  out.teamUnread = s.channels.find((c) => c.id === 'team:USA').unread;
                  s = m.select(s, 'team:USA');
                  out.teamUnreadAfterSelect = s.channels.find((c) => c.id === 'team:USA').unread;
                  out.resumedKeeps = m.applyWelcome(s, { type: 'welcome', session: 's', role: 'USA', seq: 8, resumed: true, snapshot: null }).channels.length;
                  const fresh = { ...snapshot, channels: [
                      { ...snapshot.channels[0], messages: [...snapshot.channels[0].messages, { at: 9, from: 'GBR', author: null, text: 'new' }] },
                      { ...snapshot.channels[1], messages: [{ at: 6, from: 'GBR', author: 'Eden', text: 'a' }] }] };
                  const rebuilt = m.applyWelcome(s, { type: 'welcome', session: 's', role: 'USA', seq: 9, resumed: false, snapshot: fresh });
                  out.rebuiltSelected = rebuilt.selected;
                  out.rebuiltPlenaryUnread = rebuilt.channels.find((c) => c.id === 'plenary').unread;
                  out.rebuiltEpoch = rebuilt.epoch;
                  out.labels = s.channels.map((c) => m.channelLabel(s, c));
                  out.candidates = m.bilateralCandidates(s).map((n) => n.id);
                  out.chars = m.charCount('a😀b');
                  out.whiteCellWrites = [m.canWrite('WHITE_CELL', 'bilateral', ['GBR', 'USA']), m.canWrite('WHITE_CELL', 'white-cell', ['GBR'])];
                  // A leader who does not vote vetoes under the leader-veto rule: the news says so.
                  const council = { ...m.emptyState(), role: 'GBR', lastSeq: 1, nations: [{ id: 'USA', name: 'United States' }, { id: 'GBR', name: 'United Kingdom' }, { id: 'SUN', name: 'Soviet Union' }],
                    game: { clock: { turn: 1, phase: 'council' }, seats: ['USA', 'GBR', 'SUN'], resolved: [],
                      coalitions: [{ id: 'ga', name: 'Grand Alliance', leader: 'USA', members: ['USA', 'GBR', 'SUN'] }],
                      proposals: [{ id: 'p1', turn: 1, status: 'pending', votes: { GBR: true, SUN: true }, text: 'Second front' }] } };
                  const resolved = (rule) => m.applyEvent(council, { type: 'event', seq: 2, at: 2, actor: null,
                    event: { type: 'council.resolved', proposal: 'p1', adopted: false, yes: 2, no: 0, rule, text: 'Second front' } });
                  out.veto = resolved('leader-veto').news.at(-1).text;
                  out.noVeto = resolved('majority').game.resolved[0].veto;
                  // A refresh carries this turn's and the last turn's offers only, and no scenario texts: merged, not replaced.
                  const held = m.applyWelcome(m.emptyState(), { type: 'welcome', session: 's', role: 'USA', seq: 3, resumed: false,
                    snapshot: { ...snapshot, game: { clock: { turn: 2, phase: 'negotiation' }, scenario: { briefing: 'B' }, deck: [],
                      offers: [{ id: 'o1', turn: 1, status: 'kept' }, { id: 'o2', turn: 2, status: 'pending' }] } } });
                  const refreshed = m.applySnapshot(held, { type: 'snapshot', seq: 3, snapshot: { game: {
                    clock: { turn: 2, phase: 'reports' }, scenario: null, deck: null,
                    offers: [{ id: 'o2', turn: 2, status: 'broken' }, { id: 'o3', turn: 2, status: 'pending' }] } } });
                  out.refreshedOffers = refreshed.game.offers.map((o) => o.id + ':' + o.status);
                  out.refreshedBriefing = refreshed.game.scenario.briefing;
                  // A patch carries only the members that changed: the game's and its you's taken one by one, offers merged.
                  const mine = { ...refreshed, game: { ...refreshed.game, you: { budget: 10, uncommitted: 10, briefing: 'Hold' } } };
                  const patched = m.applyPatch(mine, { type: 'patch', seq: 3, patch: { game: {
                    clock: { turn: 3, phase: 'negotiation' }, you: { uncommitted: 4 }, offers: [{ id: 'o3', turn: 2, status: 'kept' }] } } });
                  out.patchedYou = [patched.game.you.budget, patched.game.you.uncommitted, patched.game.you.briefing];
                  out.patchedOffers = patched.game.offers.map((o) => o.id + ':' + o.status);
                  out.patchedKeeps = [patched.game.clock.phase, patched.game.scenario.briefing, patched.nations.length];
                  out.patchElsewhereIgnored = m.applyPatch(mine, { type: 'patch', seq: 2, patch: { game: { clock: {} } } }) === mine;
                  done(out);
                }, (e) => done({ error: String(e) }));
                """);
        assertEquals(null, r.get("error"));
        assertEquals("plenary", r.get("selected"));
        assertEquals(5L, r.get("lastSeq"));
        assertEquals(List.of(0L, 0L), r.get("firstUnread"));
        assertEquals(true, r.get("sameObjectOnDuplicate"));
        assertEquals("gap", r.get("gap"));
        assertEquals(true, r.get("notAppliedPastGap"));
        assertEquals(8L, r.get("unknownAdvances"));
        assertEquals(1L, r.get("teamUnread"));
        assertEquals(0L, r.get("teamUnreadAfterSelect"));
        assertEquals(3L, r.get("resumedKeeps"));
        assertEquals("team:USA", r.get("rebuiltSelected"));
        assertEquals(1L, r.get("rebuiltPlenaryUnread"));
        assertEquals(2L, r.get("rebuiltEpoch"));
        assertEquals(List.of("Plenary (all nations)", "Team (your nation)", "Bilateral: United Kingdom"), r.get("labels"));
        assertEquals(List.of(), r.get("candidates"));
        assertEquals(3L, r.get("chars"));
        assertEquals(List.of(false, true), r.get("whiteCellWrites"));
        assertEquals("The council rejected “Second front” (2 yes, 0 no): vetoed by United States, which did not vote "
                + "(under this council's rule a leader who does not vote vetoes).", r.get("veto"));
        assertEquals(null, r.get("noVeto"));
        assertEquals(List.of("o1:kept", "o2:broken", "o3:pending"), r.get("refreshedOffers"));
        assertEquals("B", r.get("refreshedBriefing"));
        assertEquals(List.of(10L, 4L, "Hold"), r.get("patchedYou"));
        assertEquals(List.of("o1:kept", "o2:broken", "o3:kept"), r.get("patchedOffers"));
        assertEquals(List.of("negotiation", "B", 2L), r.get("patchedKeeps"));
        assertEquals(true, r.get("patchElsewhereIgnored"));
    }

    // --- helpers -------------------------------------------------------------------------------

    private JsonObject invite(int i) {
        return session.getJsonArray("invites").getJsonObject(i);
    }

    private void joinAsPlayer(WebDriver d, int invite, String name) {
        d.get(base + "/play.html#token=" + invite(invite).getString("token"));
        join(d, name);
    }

    /** Fills in the display name, joins, and waits until the snapshot is shown. */
    private static void join(WebDriver d, String name) {
        WebElement field = waitFor(d).until(ExpectedConditions.visibilityOfElementLocated(By.id("display-name")));
        field.clear();
        field.sendKeys(name);
        d.findElement(By.id("join-button")).click();
        waitFor(d).until(x -> "online".equals(x.findElement(By.id("connection-state")).getAttribute("data-status"))
                && !x.findElements(By.cssSelector("#channel-list button[data-channel]")).isEmpty());
    }

    private static void send(WebDriver d, String text) {
        WebElement box = d.findElement(By.id("compose-text"));
        box.sendKeys(text);
        box.sendKeys(Keys.ENTER);
    }

    private static WebDriverWait waitFor(WebDriver d) {
        return waitFor(d, 10);
    }

    private static WebDriverWait waitFor(WebDriver d, int seconds) {
        WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(seconds));
        wait.pollingEvery(Duration.ofMillis(50));
        wait.ignoring(StaleElementReferenceException.class); // live regions are redrawn under the test's feet
        return wait;
    }

    private static WebElement active(WebDriver d) {
        return d.switchTo().activeElement();
    }

    /** Types into whatever has the focus, as a keyboard would. */
    private static void keys(WebDriver d, CharSequence... keys) {
        new Actions(d).sendKeys(keys).perform();
    }

    private static void backTab(WebDriver d) {
        new Actions(d).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    }

    private static JavascriptExecutor js(WebDriver d) {
        return (JavascriptExecutor) d;
    }

    private static String text(WebDriver d, By by) {
        return d.findElement(by).getText();
    }

    private static By channelBy(String id) {
        return By.cssSelector("#channel-list button[data-channel='" + id + "']");
    }

    private static WebElement channel(WebDriver d, String id) {
        return d.findElement(channelBy(id));
    }

    private static String unread(WebDriver d, String id) {
        return channel(d, id).findElement(By.cssSelector(".unread")).getAttribute("textContent");
    }

    private static Set<String> channelIds(WebDriver d) {
        return d.findElements(By.cssSelector("#channel-list button[data-channel]")).stream()
                .map(b -> b.getAttribute("data-channel")).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The selected channel's message texts, as the DOM holds them (textContent: exactly what was typed). */
    @SuppressWarnings("unchecked")
    private static List<String> messageTexts(WebDriver d) {
        return (List<String>) js(d).executeScript(
                "return [...document.querySelectorAll('#messages .message .text')].map(e => e.textContent)");
    }

    private static List<String> optionValues(WebDriver d) {
        return new Select(d.findElement(By.id("bilateral-with"))).getOptions().stream()
                .map(o -> o.getAttribute("value")).toList();
    }

    private static String rosterCell(WebDriver d, String nation) {
        List<WebElement> cells = d.findElements(By.cssSelector("#roster-body tr[data-nation='" + nation + "'] td"));
        return cells.isEmpty() ? "" : cells.get(0).getText();
    }

    private Set<String> apiChannels() throws Exception {
        JsonArray channels = sessionState().getJsonArray("channels");
        return channels.stream().map(o -> ((JsonObject) o).getString("id")).collect(Collectors.toCollection(TreeSet::new));
    }

    private int plenaryMessageCount() throws Exception {
        return sessionState().getJsonArray("channels").stream().map(o -> (JsonObject) o)
                .filter(c -> "plenary".equals(c.getString("id"))).findFirst().orElseThrow().getInteger("messages");
    }

    private JsonObject sessionState() throws Exception {
        TestServer.Response r = server.request(HttpMethod.GET, "/api/v1/sessions/" + session.getString("id"),
                session.getString("facilitatorToken"), null);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static JsonObject nextEvent(WsPeer peer, String type) throws Exception {
        while (true) {
            JsonObject m = peer.next();
            if ("event".equals(m.getString("type")) && type.equals(m.getJsonObject("event").getString("type"))) {
                return m.getJsonObject("event");
            }
        }
    }

    /** The text of the next message a peer hears in a channel, skipping everything else. */
    private static String nextText(WsPeer peer, String channel) throws Exception {
        while (true) {
            JsonObject e = nextEvent(peer, "message.posted");
            if (channel.equals(e.getString("channel"))) {
                return e.getString("text");
            }
        }
    }
}
