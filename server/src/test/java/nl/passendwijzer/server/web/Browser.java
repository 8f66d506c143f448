package nl.passendwijzer.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by chromedriver, with axe-core for accessibility checks. Without
 * {@code /usr/bin/chromedriver} the browser tests are skipped with a message, except in CI ({@code CI=true}), where a
 * missing browser is a failure.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Set<String> BLOCKING_IMPACT = Set.of("serious", "critical");
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final Path userDataDir;
    private final String baseUrl;

    private Browser(ChromeDriver driver, Path userDataDir, String baseUrl) {
        this.driver = driver;
        this.userDataDir = userDataDir;
        this.baseUrl = baseUrl;
    }

    /** Skips (locally) or fails (CI) when there is no chromedriver; otherwise starts a fresh headless browser. */
    static Browser open(String baseUrl) {
        return open(baseUrl, true);
    }

    /** A browser in which pages run no JavaScript at all (Chromium content setting), to prove the no-JS paths. */
    static Browser openWithoutJavaScript(String baseUrl) {
        return open(baseUrl, false);
    }

    private static Browser open(String baseUrl, boolean javaScript) {
        boolean present = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        if (!present) {
            String message = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + "; CI=true, so this is a failure, not a skip");
            }
            Assumptions.abort(message + "; skipped");
        }
        Path profile = tempDir();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                             "--disable-background-networking", "--disable-component-update", "--disable-sync",
                             "--no-first-run", "--window-size=1280,1000", "--lang=nl-NL",
                             "--user-data-dir=" + profile);
        if (!javaScript) {
            options.setExperimentalOption("prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return new Browser(driver, profile, baseUrl);
    }

    ChromeDriver driver() {
        return driver;
    }

    void go(String path) {
        driver.get(baseUrl + path);
    }

    String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Waits for an element with the text, across a page load: while a form post navigates, the element found may leave
     * the document before its text is read, which Chromium reports as an error rather than a stale element.
     */
    void waitForText(By by, String text) {
        new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    void waitUntil(String description, java.util.function.Supplier<Boolean> condition) {
        new WebDriverWait(driver, WAIT).withMessage(description).until(d -> condition.get());
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** Saves a full-width screenshot of the page as docs/screenshots/{name}.png. */
    void screenshot(String name) {
        Path target = repositoryRoot().resolve("docs/screenshots/" + name + ".png");
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core in the page and returns the violations with impact serious or critical, one line each. */
    List<String> seriousAccessibilityViolations() {
        JavascriptExecutor js = driver;
        js.executeScript(axeSource());
        Object raw = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                   .then(r => done(JSON.stringify({ passes: r.passes.length, violations: r.violations })))
                   .catch(e => done(JSON.stringify({ error: String(e) })));
                """);
        String json = String.valueOf(raw);
        JsonObject result = Json.createReader(new StringReader(json)).readObject();
        if (result.containsKey("error") || result.getInt("passes") == 0) {
            throw new IllegalStateException("axe did not run: " + json);
        }
        JsonArray violations = result.getJsonArray("violations");
        List<String> blocking = new ArrayList<>();
        for (JsonObject v : violations.getValuesAs(JsonObject.class)) {
            String impact = v.isNull("impact") ? "" : v.getString("impact");
            if (BLOCKING_IMPACT.contains(impact)) {
                List<String> targets = new ArrayList<>();
                for (JsonObject node : v.getJsonArray("nodes").getValuesAs(JsonObject.class)) {
                    targets.add(node.getJsonArray("target").toString());
                }
                blocking.add(impact + " " + v.getString("id") + ": " + v.getString("help") + " at " + targets);
            }
        }
        return blocking;
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("portal"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("No repository root (with the portal script) above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("pw-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(userDataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
