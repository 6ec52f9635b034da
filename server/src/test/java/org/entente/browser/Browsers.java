package org.entente.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import java.util.logging.Level;

/**
 * Headless Debian Chromium through Debian's ChromeDriver, never a downloaded one: Selenium Manager
 * is kept offline and given both paths. Each browser gets a fresh profile directory; {@link #close()}
 * quits every browser it started.
 */
final class Browsers implements AutoCloseable {
    static final String CHROMIUM = System.getProperty("entente.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("entente.chromedriver", "/usr/bin/chromedriver");

    static {
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    }

    private final List<WebDriver> drivers = new ArrayList<>();
    private final List<Path> profiles = new ArrayList<>();

    static boolean available() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    WebDriver open() throws IOException {
        Path profile = Files.createTempDirectory("entente-chromium-");
        profiles.add(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--disable-extensions", "--window-size=1440,960",
                "--user-data-dir=" + profile.toAbsolutePath());
        // The browser's console (CSP violations, uncaught errors) is kept for the tests to read.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(15));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        drivers.add(driver);
        return driver;
    }

    /**
     * Where screenshots go: server/target/screenshots/, so that a test run leaves the checkout clean; with
     * {@code -Dentente.screenshots=docs}, docs/screenshots/ (to refresh the documentation's pictures).
     */
    static Path screenshotDir() throws IOException {
        Path dir = "docs".equals(System.getProperty("entente.screenshots"))
                ? repositoryRoot().resolve("docs").resolve("screenshots")
                : repositoryRoot().resolve("server").resolve("target").resolve("screenshots");
        return Files.createDirectories(dir);
    }

    /**
     * Writes a PNG of the page from its top to NAME.png in {@link #screenshotDir()} (overwriting the last run's);
     * with {@code fullPage}, the window is first made as tall as the page (up to 2400 px).
     */
    static void screenshot(WebDriver driver, String name, boolean fullPage) throws IOException {
        Path dir = screenshotDir();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Dimension before = driver.manage().window().getSize();
        if (fullPage) {
            long page = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
            long chrome = ((Number) js.executeScript("return window.outerHeight - window.innerHeight")).longValue();
            driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(2400, page + chrome)));
        }
        js.executeScript("window.scrollTo(0, 0); if (document.activeElement) document.activeElement.blur();");
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(dir.resolve(name + ".png"), png);
        if (fullPage) {
            driver.manage().window().setSize(before);
        }
    }

    /**
     * Writes a PNG of one element to NAME.png in {@link #screenshotDir()}: the window is first made as tall as
     * the element needs (up to 2400 px), so a long panel is not cut at the fold.
     */
    static void screenshot(WebDriver driver, WebElement element, String name) throws IOException {
        Path dir = screenshotDir();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Dimension before = driver.manage().window().getSize();
        long page = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
        long chrome = ((Number) js.executeScript("return window.outerHeight - window.innerHeight")).longValue();
        driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(2400, page + chrome)));
        js.executeScript("if (document.activeElement) document.activeElement.blur(); arguments[0].scrollIntoView();", element);
        byte[] png = element.getScreenshotAs(OutputType.BYTES);
        Files.write(dir.resolve(name + ".png"), png);
        driver.manage().window().setSize(before);
    }

    /** What the page wrote to the browser's console since the last call (errors, CSP violations). */
    static List<String> consoleErrors(WebDriver driver) {
        List<String> out = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.WARNING.intValue() && !e.getMessage().contains("favicon.ico")) {
                out.add(e.getMessage());
            }
        }
        return out;
    }

    private static Path repositoryRoot() {
        Path p = Path.of("").toAbsolutePath();
        for (Path q = p; q != null; q = q.getParent()) {
            if (Files.isDirectory(q.resolve("web-client")) && Files.isDirectory(q.resolve("server"))) {
                return q;
            }
        }
        return p;
    }

    @Override
    public void close() {
        for (WebDriver d : drivers) {
            try {
                d.quit();
            } catch (RuntimeException e) {
                // already gone
            }
        }
        drivers.clear();
        for (Path profile : profiles) {
            try (Stream<Path> walk = Files.walk(profile)) {
                walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException | RuntimeException e) {
                // a temp dir left behind is harmless
            }
        }
        profiles.clear();
    }
}
