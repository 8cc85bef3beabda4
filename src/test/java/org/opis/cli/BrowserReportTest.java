package org.opis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The HTML report of the bundled note in a real browser: Debian's headless Chromium driven through
 * chromedriver with Selenium. Skips (with the reason) where Chromium or its driver is not installed;
 * .ci/run installs both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserReportTest {

    static final String NOTE = "references/selivanov-2017/note.md";
    static final Path CHROMIUM = Path.of(System.getProperty("opis.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("opis.chromedriver", "/usr/bin/chromedriver"));

    ChromeDriver driver;
    JsonNode json;
    Path page;
    Path profile;

    @BeforeAll
    void start() throws Exception {
        // with -Dopis.browser.required=true a missing browser fails the test instead of skipping it (.ci/run installs the browser first)
        if (Boolean.getBoolean("opis.browser.required")) {
            org.junit.jupiter.api.Assertions.assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                    "the browser test is required here but Debian's chromium and chromium-driver are missing (" + CHROMIUM + ", " + DRIVER + ")");
        }
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "skipped: the browser test needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + DRIVER
                        + "); install them with: apt-get install -y chromium chromium-driver");
        Path target = Path.of("target");
        Files.createDirectories(target);
        page = target.resolve("browser-test-report.html");
        Run html = Run.run("check", NOTE, "--format", "html", "-o", page.toString());
        assertEquals(Main.FINDINGS, html.status(), html.err());
        Run js = Run.run("check", NOTE, "--format", "json");
        json = new ObjectMapper().readTree(js.out());

        profile = Files.createTempDirectory("opis-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
                "--window-size=1280,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.get(page.toAbsolutePath().toUri().toString());
    }

    @AfterAll
    void stop() throws Exception {
        if (driver != null) driver.quit();
        if (profile != null) {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** The elements matching {@code css} that are rendered (one round trip, not one per element). */
    @SuppressWarnings("unchecked")
    private List<WebElement> visible(String css) {
        return (List<WebElement>) js("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".filter(function(e){return e.getClientRects().length > 0;})", css);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private void reset() {
        driver.findElement(By.cssSelector("#filters button[type=reset]")).click();
        js("document.getElementById('filters').dispatchEvent(new Event('change'))");
    }

    @Test
    void loadsWithoutConsoleErrorsAndCountsMatchCheckJson() {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertTrue(errors.isEmpty(), "console: " + errors);
        int findings = json.path("diagnostics").size();
        int citations = json.path("citations").size();
        assertEquals(json.path("summary").path("citations").asInt(), citations);
        assertEquals(findings, driver.findElements(By.cssSelector("tr[data-severity]")).size());
        assertEquals(citations, driver.findElements(By.cssSelector("tr[data-status]")).size());
        assertEquals(citations, driver.findElements(By.cssSelector("pre.note a.cit")).size());
        assertEquals("Showing " + findings + " of " + findings + " findings and " + citations + " of " + citations + " citations.",
                driver.findElement(By.id("shown")).getText());
        long unresolved = 0;
        for (JsonNode c : json.path("citations")) if (c.path("status").asText().equals("unresolved") && c.path("archival").isNull()) unresolved++;
        assertEquals(unresolved, driver.findElements(By.cssSelector("tr[data-status=unresolved]")).size());
    }

    @Test
    void filtersHideWhatTheyShould() {
        reset();
        long notErrors = 0;
        for (JsonNode d : json.path("diagnostics")) if (!d.path("severity").asText().equals("error")) notErrors++;
        driver.findElement(By.cssSelector("input[name=severity][value=error]")).click();
        assertEquals(notErrors, visible("tr[data-severity]").size());
        assertTrue(visible("tr[data-severity=error]").isEmpty());

        reset();
        String code = json.path("diagnostics").get(0).path("code").asText();
        long withCode = 0;
        for (JsonNode d : json.path("diagnostics")) if (d.path("code").asText().equals(code)) withCode++;
        new Select(driver.findElement(By.id("f-code"))).selectByValue(code);
        assertEquals(withCode, visible("tr[data-severity]").size());
        for (WebElement r : visible("tr[data-severity]")) assertEquals(code, r.getAttribute("data-code"));

        reset();
        int all = json.path("citations").size();
        int resolved = driver.findElements(By.cssSelector("tr[data-status=resolved]")).size();
        assertTrue(resolved > 0);
        driver.findElement(By.cssSelector("input[name=status][value=resolved]")).click();
        assertEquals(all - resolved, visible("tr[data-status]").size());
        assertTrue(visible("tr[data-status=resolved]").isEmpty());
        for (WebElement a : driver.findElements(By.cssSelector("a.cit[data-status=resolved]"))) {
            assertTrue(a.getAttribute("class").contains("dim"), a.getAttribute("id"));
        }
        reset();
        assertEquals(all, visible("tr[data-status]").size());
    }

    @Test
    void selectingACitationShowsItsRecordAndArchivalLevels() {
        reset();
        int resolvedIndex = -1, archivalIndex = -1;
        for (int i = 0; i < json.path("citations").size(); i++) {
            JsonNode c = json.path("citations").get(i);
            if (resolvedIndex < 0 && c.path("archival").isNull() && !c.path("resolvesTo").isNull()) resolvedIndex = i;
            if (archivalIndex < 0 && !c.path("archival").isNull() && c.path("archival").path("levels").size() > 1) archivalIndex = i;
        }
        assertTrue(resolvedIndex >= 0 && archivalIndex >= 0);
        JsonNode c = json.path("citations").get(resolvedIndex);
        String id = c.path("resolvesTo").asText();
        JsonNode ref = null;
        for (JsonNode r : json.path("references")) if (r.path("id").asText().equals(id)) ref = r;
        WebElement mark = driver.findElement(By.id("c-" + (resolvedIndex + 1)));
        js("arguments[0].scrollIntoView({block:'center'})", mark);
        mark.click();
        WebElement panel = driver.findElement(By.id("detail"));
        assertTrue(panel.isDisplayed());
        String text = panel.getText();
        assertTrue(text.contains("Record " + id), text);
        assertTrue(text.contains("\"id\": \"" + id + "\""), text);
        String title = ref.path("csl").path("title").asText();
        assertFalse(title.isEmpty());
        assertTrue(text.contains(title), text);
        assertTrue(text.contains("Formatted (chicago-author-date)"), text);

        // keyboard: Escape closes; Enter on a focused citation opens the archival one
        panel.sendKeys(Keys.ESCAPE);
        assertFalse(panel.isDisplayed());
        JsonNode a = json.path("citations").get(archivalIndex).path("archival");
        WebElement amark = driver.findElement(By.id("c-" + (archivalIndex + 1)));
        js("arguments[0].scrollIntoView({block:'center'}); arguments[0].focus()", amark);
        amark.sendKeys(Keys.ENTER);
        assertTrue(panel.isDisplayed());
        String at = panel.getText();
        assertTrue(at.contains("Levels (" + a.path("scheme").asText() + ")"), at);
        for (JsonNode l : a.path("levels")) assertTrue(at.contains(l.path("value").asText()), at);
        assertTrue(at.contains(a.path("normalized").path("en").asText()), at);
        driver.getScreenshotAs(OutputType.FILE).renameTo(Path.of("target", "report-selected.png").toFile());
        panel.sendKeys(Keys.ESCAPE);
    }

    @Test
    void markdownIsRenderedAndThePageFitsAPhone() throws Exception {
        reset();
        List<WebElement> ems = driver.findElements(By.cssSelector("pre.note em"));
        assertFalse(ems.isEmpty());
        for (WebElement em : ems) assertFalse(em.getText().contains("*"), em.getText());
        String note = Files.readString(Path.of(NOTE));
        String shown = driver.findElement(By.cssSelector("pre.note")).getText();
        assertTrue(note.contains("*" + ems.get(0).getText() + "*") || note.contains("_" + ems.get(0).getText() + "_"), ems.get(0).getText());
        assertFalse(shown.contains("*" + ems.get(0).getText() + "*"));

        driver.manage().window().setSize(new Dimension(390, 844));
        long width = ((Number) js("return document.documentElement.scrollWidth")).longValue();
        long viewport = ((Number) js("return document.documentElement.clientWidth")).longValue();
        assertTrue(width <= viewport, "page is " + width + " px wide in a " + viewport + " px viewport");
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target", "report-390.png"), StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }
}
