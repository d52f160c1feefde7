package app.rapport.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks on the checks: axe-core can fail a page, and pages run under the real CSP. */
class PageSafetyTest extends BrowserTestBase {

  @Test
  void theAccessibilityCheckFailsOnAnInaccessiblePage() {
    page.setContent(
        "<!DOCTYPE html><html><head><title>Bad</title></head>"
            + "<body><main><img src='x.png'><input type='text'></main></body></html>");
    assertThatThrownBy(this::checkAccessibility)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("image-alt");
  }

  @Test
  void pagesWorkUnderTheirContentSecurityPolicy() {
    BrowserContext strict =
        page.context().browser().newContext(new Browser.NewContextOptions().setBaseURL(baseUrl()));
    try {
      Page strictPage = strict.newPage();
      List<String> problems = new ArrayList<>();
      strictPage.onConsoleMessage(
          message -> {
            if ("error".equals(message.type())) {
              problems.add(message.text());
            }
          });
      strictPage.onPageError(problems::add);
      for (String path : List.of("/", "/people", "/people/new", "/organizations", "/settings")) {
        strictPage.navigate(path);
        strictPage.waitForLoadState();
      }
      strictPage.navigate("/people");
      strictPage.getByLabel("Search people").fill("nobody");
      com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(
              strictPage.locator(".result-count"))
          .hasText("Nobody found");
      assertThat(strictPage.evaluate("() => typeof htmx")).isEqualTo("object");
      assertThat(problems).isEmpty();
    } finally {
      strict.close();
    }
  }
}
