package org.claimtrack.system.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver, plus what every page test needs: axe-core checks and
 * screenshots under {@code target/screenshots/}. A missing browser fails the run: these tests never skip.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("claimtrack.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("claimtrack.chromedriver", "/usr/bin/chromedriver"));
    /** axe-core, installed from npm into target/ by {@link #axeSource()} when it is not there yet. */
    static final String AXE_VERSION = "4.14.1";
    static final Path TARGET = Path.of("target");
    static final Path SCREENSHOTS = TARGET.resolve("screenshots");
    static final Dimension LAPTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    final WebDriver driver;
    private final String axe;

    private Browser(WebDriver driver, String axe) {
        this.driver = driver;
        this.axe = axe;
    }

    static Browser start() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The web UI tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): apt-get install -y chromium chromium-driver");
        }
        String axe = axeSource();
        Path profile = Files.createTempDirectory("claimtrack-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=" + LAPTOP.width + "," + LAPTOP.height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
        return new Browser(driver, axe);
    }

    /** The axe-core bundle; the first run installs the npm package into target/axe. */
    static String axeSource() throws IOException {
        Path prefix = TARGET.resolve("axe");
        Path script = prefix.resolve("node_modules/axe-core/axe.min.js");
        if (!Files.exists(script)) {
            Files.createDirectories(prefix);
            ProcessBuilder npm = new ProcessBuilder("npm", "install", "--prefix", prefix.toString(), "--no-audit",
                    "--no-fund", "--no-save", "axe-core@" + AXE_VERSION).redirectErrorStream(true)
                    .redirectOutput(TARGET.resolve("axe-npm-install.log").toFile());
            try {
                Process process = npm.start();
                if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                    fail("npm install axe-core@" + AXE_VERSION + " failed: see " + TARGET.resolve("axe-npm-install.log"));
                }
            } catch (IOException e) {
                fail("The web UI tests need npm on the PATH to install axe-core (" + e.getMessage() + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while installing axe-core");
            }
        }
        return Files.readString(script);
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    <T> T await(ExpectedCondition<T> condition) {
        // Regions updated in place replace their elements: a reference found a moment ago may have gone stale.
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /** Sets a field's value as if typed (date pickers are locale-dependent to type into). */
    void setValue(String css, String value) {
        js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                find(css), value);
    }

    /**
     * Runs axe-core on the current page and fails on any serious or critical violation, naming the rule and the
     * elements, so the message says what to fix.
     */
    @SuppressWarnings("unchecked")
    void assertAccessible(String page) {
        js(axe);
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']})"
                        + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + " nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}))))"
                        + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));");
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) result) {
            Object impact = violation.get("impact");
            if ("serious".equals(impact) || "critical".equals(impact)) {
                serious.add(violation.get("id") + " (" + impact + "): " + violation.get("help") + " at " + violation.get("nodes"));
            }
        }
        assertTrue(serious.isEmpty(), "axe-core on " + page + ":\n" + String.join("\n", serious));
    }

    /** Saves the whole page as target/screenshots/{name}.png. */
    void screenshot(String name) throws IOException {
        Object height = js("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
        Dimension size = driver.manage().window().getSize();
        int full = Math.min(4000, ((Number) height).intValue() + 120);
        driver.manage().window().setSize(new Dimension(size.width, Math.max(size.height, full)));
        try {
            js("window.scrollTo(0, 0);");
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    /** axe check and screenshot: what every page gets. */
    void review(String name) throws IOException {
        assertAccessible(name);
        screenshot(name);
    }

    void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
