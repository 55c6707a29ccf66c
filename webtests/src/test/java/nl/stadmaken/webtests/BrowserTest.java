package nl.stadmaken.webtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.stadmaken.testkit.JsonTrees;
import nl.stadmaken.testkit.RepositoryPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium per test class, driven through Debian's chromedriver (never a downloaded one), with
 * axe-core checks, keyboard helpers and screenshots. Without the browser the tests skip, except on CI.
 */
abstract class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    protected static WebDriver driver;
    protected static WebDriverWait wait;
    private static Path profile;

    @BeforeAll
    static void startBrowser() throws Exception {
        require(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium or chromedriver is missing: apt-get install -y chromium chromium-driver");
        require(Files.isRegularFile(axeScript()), "axe-core is missing: npm ci --prefix webtests");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("webtests-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,800", "--lang=nl-NL");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        Site.runner();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 800));
        // The window includes the browser's own bars; grow it so the page itself is 1280x800 (screenshots too).
        long inner = (Long) ((JavascriptExecutor) driver).executeScript("return window.innerHeight");
        driver.manage().window().setSize(new Dimension(1280, 800 + (int) (800 - inner)));
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        // Pages re-render lists after each answer; an element found just before that is simply looked up again.
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(file -> file.toFile().delete());
            }
        }
    }

    private static void require(boolean present, String message) {
        if (!present) {
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message + " (CI=true: the browser tests must run)");
            }
            Assumptions.abort(message + "; browser tests skipped");
        }
    }

    private static Path axeScript() {
        return RepositoryPaths.root().resolve("webtests/node_modules/axe-core/axe.min.js");
    }

    protected static void open(String path) throws Exception {
        driver.get(Site.base() + path);
        wait.until(d -> ((JavascriptExecutor) d).executeScript("return document.readyState").equals("complete"));
        // The header is built by the page's module, so it marks that the scripts ran.
        visible(By.cssSelector(".site-header"));
    }

    /** Signing in is StaffSignInIT's; here the runner's token goes where the sign-in page puts it. */
    protected static void signInAsStaff() throws Exception {
        open("/staff/index.html");
        ((JavascriptExecutor) driver).executeScript("sessionStorage.setItem('stadmaken.staffToken', arguments[0])", Site.runner().staffToken());
    }

    /**
     * On the staff sign-in page: the hosted sign-in button, then at the runner's stand-in for Cognito (another origin,
     * as Cognito's domain is) its sign-in button, and back with a code until the browser is at {@code backTo}.
     */
    protected static void signInAtTheHostedSignIn(String backTo) throws Exception {
        byId("cognito").click();
        until(d -> d.getCurrentUrl().contains("/oauth2/authorize?"));
        byId("sign-in").click();
        String target = Site.base() + backTo;
        until(d -> d.getCurrentUrl().equals(target));
    }

    /** Keeps what the page offers as a file (name and text) instead of letting the browser save it. */
    protected static void captureDownloads() {
        ((JavascriptExecutor) driver).executeScript("""
                window.downloads = [];
                const click = HTMLAnchorElement.prototype.click;
                HTMLAnchorElement.prototype.click = function () {
                  if (!this.download) return click.call(this);
                  const name = this.download;
                  window.downloads.push(fetch(this.href).then(r => r.text()).then(text => ({name, text})));
                };
                """);
    }

    /** The {@code count} files offered since {@link #captureDownloads}, each as {@code name} and {@code text}. */
    @SuppressWarnings("unchecked")
    protected static List<Map<String, String>> downloads(int count) {
        until(d -> ((Long) ((JavascriptExecutor) d).executeScript("return window.downloads.length")) == count);
        return (List<Map<String, String>>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; Promise.all(window.downloads).then(done)");
    }

    protected static void setValue(String id, String value) {
        // Chromium's date and time pickers take keystrokes in the locale's order; set the value as the picker would.
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", byId(id), value);
    }

    protected static WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    protected static WebElement byId(String id) {
        return visible(By.id(id));
    }

    protected static <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition::apply);
    }

    protected static void type(String id, String text) {
        WebElement field = byId(id);
        field.clear();
        field.sendKeys(text);
    }

    protected static String activeId() {
        return driver.switchTo().activeElement().getAttribute("id");
    }

    /** Runs axe-core on the page as it is now; no serious or critical WCAG 2.1 A/AA violation may remain. */
    protected static void assertAccessible(String state) throws Exception {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
            js.executeScript(Files.readString(axeScript()));
        }
        Object raw = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
                  .then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));
                """);
        List<String> serious = new ArrayList<>();
        for (JsonNode violation : JsonTrees.read((String) raw)) {
            String impact = violation.path("impact").asText();
            if (impact.equals("serious") || impact.equals("critical")) {
                List<String> targets = new ArrayList<>();
                violation.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
                serious.add(violation.path("id").asText() + " (" + impact + "): " + violation.path("help").asText() + " at " + targets);
            }
        }
        assertThat(serious).as("axe violations in state '" + state + "'").isEmpty();
    }

    protected static void screenshot(String name) throws Exception {
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        capture(name);
    }

    /** A screenshot with the element at the top of the window, for what lies below the first screen. */
    protected static void screenshot(String name, WebElement top) throws Exception {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", top);
        capture(name);
    }

    private static void capture(String name) throws Exception {
        Path target = RepositoryPaths.root().resolve("docs/screenshots/" + name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    protected static void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Presses Tab until the focused element matches the CSS selector, as a keyboard user moves through a page. */
    protected static WebElement tabTo(String css) {
        for (int i = 0; i < 120; i++) {
            press(Keys.TAB);
            WebElement active = driver.switchTo().activeElement();
            if (Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return arguments[0].matches(arguments[1])", active, css))) {
                return active;
            }
        }
        throw new AssertionError("Tab never reached " + css);
    }
}
