package app.rapport.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Journeys through the real app in real Chromium (Debian's, driven by Playwright; nothing is
 * downloaded). Every page a journey visits is checked with axe-core, and any accessibility
 * violation fails the test.
 *
 * <p>Each journey class gets a fresh application on a fresh SQLite data directory, so it starts as
 * a newcomer would. Browser journeys run on SQLite only: they test what the user sees, which does
 * not depend on the engine, and every query behind these pages also runs on PostgreSQL in the
 * database tests.
 *
 * <p>In CI ({@code CI=true}) a missing Chromium fails the build; on a developer's machine the
 * journeys are skipped with a message saying how to install it.
 */
@Tag("browser")
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "rapport.data-dir=${java.io.tmpdir}/rapport-browser-tests/${random.uuid}",
      "spring.main.banner-mode=off",
      "logging.level.root=WARN"
    })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTestBase {

  private static final Path AXE = Path.of("src/test/js/node_modules/axe-core/axe.min.js");
  private static final List<String> WCAG_TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  @LocalServerPort protected int port;

  private Playwright playwright;
  private Browser browser;
  private BrowserContext context;
  protected Page page;
  private String axeSource;
  private final List<String> visited = new ArrayList<>();

  @BeforeAll
  void startBrowser() throws IOException {
    Path chromium = Path.of(System.getenv().getOrDefault("RAPPORT_CHROMIUM", "/usr/bin/chromium"));
    if (!Files.isExecutable(chromium)) {
      String message =
          "Browser journeys need Chromium at "
              + chromium
              + " (install it with: apt-get install -y chromium, or set RAPPORT_CHROMIUM).";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message);
      }
      Assumptions.abort("Skipping browser journeys. " + message);
    }
    if (!Files.exists(AXE)) {
      fail("axe-core is missing at " + AXE + "; the build installs it with npm ci in src/test/js.");
    }
    axeSource = Files.readString(AXE);
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync")));
  }

  @BeforeEach
  void openPage() {
    // axe-core is injected into each page, which the app's Content-Security-Policy would refuse.
    context =
        browser.newContext(
            new Browser.NewContextOptions().setBypassCSP(true).setBaseURL(baseUrl()));
    context.setDefaultTimeout(10_000);
    page = context.newPage();
  }

  @AfterEach
  void closePage() {
    if (context != null) {
      context.close();
    }
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  protected String baseUrl() {
    return "http://localhost:" + port;
  }

  /** Opens a page and checks it for accessibility. */
  protected void visit(String path) {
    page.navigate(path);
    checkAccessibility();
  }

  /** Runs axe-core on the page as it is now; any WCAG 2.2 A or AA violation fails the test. */
  protected void checkAccessibility() {
    page.waitForLoadState();
    if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
      page.evaluate(axeSource);
    }
    @SuppressWarnings("unchecked")
    List<String> violations =
        (List<String>)
            page.evaluate(
                "async (tags) => {"
                    + " const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}});"
                    + " return result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help"
                    + "   + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '));"
                    + "}",
                WCAG_TAGS);
    visited.add(page.url());
    assertThat(violations).as("accessibility violations on " + page.url()).isEmpty();
  }

  protected List<String> visitedPages() {
    return visited;
  }
}
