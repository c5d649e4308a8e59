package org.corvee.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.scenario.ScenarioLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's pages in the system's chromium (Playwright for Java; no browser download), over
 * runs started through the API at scale 0.001. Each page is also saved as a screenshot in
 * {@code -Ddashboard.screens=DIR} (default target/screens). Needs /usr/bin/chromium (`.ci/run`
 * installs it); set CORVEE_SKIP_BROWSER_TESTS=1 to skip on a machine without it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String COUNT_INKED = """
            (sel) => { const c = document.querySelector(sel); if (!c) return -1;
              const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
              for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; }""";
    private static final String COUNT_COLOUR = """
            ([sel, r, g, b]) => { const c = document.querySelector(sel);
              const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
              for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 200 && Math.abs(d[i] - r) < 40
                && Math.abs(d[i + 1] - g) < 40 && Math.abs(d[i + 2] - b) < 40) n++; return n; }""";

    DashboardFixture dash;
    Playwright playwright;
    Browser browser;
    Page page;
    Path screens;
    long baselineRun;
    long otherRun;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            Assumptions.assumeTrue(System.getenv("CORVEE_SKIP_BROWSER_TESTS") == null,
                    "CORVEE_SKIP_BROWSER_TESTS is set and there is no " + CHROMIUM);
            throw new IllegalStateException("browser tests need " + CHROMIUM + " (apt-get install -y chromium), "
                    + "or set CORVEE_SKIP_BROWSER_TESTS=1 to skip them");
        }
        screens = Path.of(System.getProperty("dashboard.screens", "target/screens"));
        Files.createDirectories(screens);
        dash = new DashboardFixture(dir);
        JsonNode a = dash.runAndWait("{\"scenario\": \"baseline\", \"set\": {\"run.scale\": 0.001}, \"replicates\": 3}");
        JsonNode b = dash.runAndWait("{\"scenario\": \"no-border-closure\", \"set\": {\"run.scale\": 0.001}, "
                + "\"replicates\": 3}");
        baselineRun = a.get("runs").get(0).asLong();
        otherRun = b.get("runs").get(0).asLong();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
        page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1300, 900));
        page.setDefaultTimeout(60_000);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (dash != null) {
            dash.close();
        }
    }

    private void open(String path) {
        page.navigate(dash.base() + path);
    }

    private void shot(String name, boolean full) {
        page.screenshot(new Page.ScreenshotOptions().setPath(screens.resolve(name)).setFullPage(full));
    }

    private int inked(String selector) {
        return ((Number) page.evaluate(COUNT_INKED, selector)).intValue();
    }

    @Test
    @Order(1)
    void theRunsPageListsTheStoredRuns() {
        open("/");
        page.waitForSelector("#runs tbody tr[data-batch]");
        assertThat(page.locator("#runs tbody tr[data-batch]").count()).isEqualTo(2);
        String table = page.locator("#runs tbody").textContent();
        assertThat(table).contains("baseline", "no-border-closure", "completed", "(3)");
        page.fill("#filter-scenario", "border");
        assertThat(page.locator("#runs tbody tr[data-batch]").count()).isEqualTo(1);
        page.fill("#filter-scenario", "");
        shot("runs.png", false);
    }

    @Test
    @Order(2)
    void aRunPageDrawsTheReportsChartsAndValidation() {
        open("/run.html?id=" + baselineRun);
        page.waitForSelector("#validation tbody tr");
        page.waitForSelector("#section-postings .card");
        int canvases = page.locator(".plot canvas").count();
        assertThat(canvases).isGreaterThanOrEqualTo(8);
        Object counts = page.evaluate("() => [...document.querySelectorAll('.plot canvas')].map(c => { "
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0; "
                + "for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; })");
        assertThat((List<?>) counts).hasSize(canvases)
                .allSatisfy(n -> assertThat(((Number) n).intValue()).as("inked pixels of a chart").isGreaterThan(1000));
        assertThat(page.locator(".markers").textContent()).contains("2017-12", "unscr-2397", "border closure",
                "border reopening");
        assertThat(page.locator("#scenario").textContent()).contains("scale: 0.001");
        shot("run.png", true);
    }

    @Test
    @Order(3)
    void aNewRunFromTheFormReachesCompletionAndItsChartsDraw() {
        open("/new.html");
        page.waitForSelector("[data-field='dispatch.contract_months'] input",
                new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
        page.fill("#find", "contract_months");
        page.fill("#scale", "0.001");
        page.fill("#seed", "21");
        shot("new-run-form.png", false);
        page.fill("[data-field='dispatch.contract_months'] input", "48");
        page.click("#start");
        page.waitForSelector("#job-card");
        page.waitForFunction("document.querySelector('#progress-text') && "
                + "document.querySelector('#progress-text').textContent.includes('100%')", null,
                new Page.WaitForFunctionOptions().setTimeout(180_000));
        assertThat(page.locator("#progress-text").textContent()).contains("completed");
        page.waitForSelector("#preview canvas");
        assertThat(inked("#preview canvas")).isGreaterThan(1000);
        page.locator("#job-card").scrollIntoViewIfNeeded();
        shot("new-run-done.png", false);
        page.click("#open-run");
        page.waitForSelector("#section-key .plot canvas");
        assertThat(inked("#section-key .plot canvas")).isGreaterThan(1000);
        assertThat(page.locator("#scenario").textContent()).contains("contract_months: 48", "seed: 21");
    }

    @Test
    @Order(4)
    void aRunningJobShowsLiveProgressAndCanBeCancelled() {
        open("/new.html");
        page.waitForFunction("document.getElementById('scale').value !== ''");
        page.fill("#scale", "0.01");
        page.fill("#seed", "5");
        page.fill("#replicates", "10");
        page.click("#start");
        page.waitForFunction("document.querySelector('#progress-text') && "
                + "/month [1-9]/.test(document.querySelector('#progress-text').textContent)");
        shot("new-run-progress.png", false);
        page.click("#cancel");
        page.waitForFunction("document.querySelector('#progress-text').textContent.includes('cancelled')");
        assertThat(page.locator("#progress-text").textContent()).doesNotContain("100%");
    }

    @Test
    @Order(5)
    void aBadValueShowsItsMessageBesideTheField() {
        open("/new.html");
        page.waitForSelector("[data-field='dispatch.contract_months'] input",
                new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
        page.fill("#find", "contract_months");
        page.fill("#scale", "0.001");
        page.fill("[data-field='dispatch.contract_months'] input", "4.5");
        page.click("#start");
        String problem = "[data-field='dispatch.contract_months'] .problem";
        page.waitForSelector(problem, new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
        assertThat(page.locator(problem).textContent())
                .isEqualTo("--set: dispatch.contract_months: expected a whole number, found 4.5");
        assertThat(page.locator("#job-card").count()).as("no run started").isZero();
        shot("new-run-error.png", false);
    }

    @Test
    @Order(6)
    void compareShowsTwoSeriesAndTheirDifference() {
        open("/compare.html?a=" + baselineRun + "&b=" + otherRun);
        page.waitForSelector("#overlay canvas");
        page.waitForSelector("#differing tbody tr");
        int blue = ((Number) page.evaluate(COUNT_COLOUR, List.of("#overlay canvas", 0, 114, 178))).intValue();
        int orange = ((Number) page.evaluate(COUNT_COLOUR, List.of("#overlay canvas", 213, 94, 0))).intValue();
        assertThat(blue).as("series A drawn").isGreaterThan(200);
        assertThat(orange).as("series B drawn").isGreaterThan(200);
        assertThat(inked("#difference canvas")).isGreaterThan(1000);
        assertThat(page.locator("#differing").textContent()).contains("policy.border_closure_start");
        shot("compare.png", true);
    }

    @Test
    @Order(7)
    void theMapChangesWithTheMonthSlider() {
        open("/map.html?id=" + baselineRun + "&measure=workers_abroad&month=2016-06");
        page.waitForSelector("#map circle[data-province]");
        assertThat(page.locator("#map circle[data-province]").count()).isEqualTo(10);
        String before = fills();
        assertThat(page.locator("#month-label").textContent()).isEqualTo("2016-06");
        shot("map-2016-06.png", false);
        page.evaluate("() => { const s = document.getElementById('month'); s.value = String(+s.value + 60); "
                + "s.dispatchEvent(new Event('input')); }");
        assertThat(page.locator("#month-label").textContent()).isEqualTo("2021-06");
        assertThat(fills()).isNotEqualTo(before);
        shot("map-2021-06.png", false);
    }

    @Test
    @Order(8)
    void aTimelineProblemShowsBesideItsRow() throws Exception {
        open("/new.html?scenario=information-campaign");
        page.waitForSelector("#timeline .tlrow .tl-date");
        // One row per key set: the campaign's two, those of the bundled host-policy events (OD11)
        // and the military-service term change (X1).
        int keysSet = new ScenarioLoader(ParameterCatalog.load()).bundled("information-campaign").timeline()
                .entries().stream().mapToInt(e -> e.set().size()).sum();
        assertThat(keysSet).isGreaterThan(2);
        assertThat(page.locator("#timeline .tlrow").count()).isEqualTo(keysSet);
        shot("new-run-timeline.png", false);
        for (int i = 0; i < 2; i++) {
            page.locator("#timeline .tlrow .tl-date").nth(i).fill("2035-13");
        }
        page.fill("#scale", "0.001");
        page.click("#start");
        String problem = "#timeline .tlrow .problem";
        page.waitForSelector(problem, new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
        assertThat(page.locator(problem).first().textContent())
                .isEqualTo("timeline[1].date: expected a month from 01 to 12, found \"2035-13\"");
        assertThat(page.locator("#job-card").count()).as("no run started").isZero();
    }

    private String fills() {
        return String.valueOf(page.evaluate("() => [...document.querySelectorAll('#map circle[data-province]')]"
                + ".map(c => c.getAttribute('data-province') + '=' + c.getAttribute('fill')).join(';')"));
    }
}
