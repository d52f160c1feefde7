package app.rapport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reflow (WCAG 1.4.10): at 320 CSS pixels wide, what a phone or 400 % zoom gives, no page scrolls
 * sideways; a data table may scroll, inside a box of its own. Every page is also checked with
 * axe-core at that width.
 */
class ReflowJourneyTest extends BrowserTestBase {

  private static final int NARROW = 320;

  @Test
  void everyPageOfTheSampleNetworkFitsA320PixelScreen() {
    page.setViewportSize(NARROW, 640);
    page.navigate("/");
    page.getByRole(
            AriaRole.BUTTON,
            new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Try it with sample people"))
        .click();
    page.waitForURL("**/people");

    List<String> paths =
        new ArrayList<>(
            List.of(
                "/",
                "/people",
                "/people/duplicates",
                "/today",
                "/goals",
                "/opportunities",
                "/opportunities/insights",
                "/introductions",
                "/warm-paths",
                "/imports",
                "/settings"));
    page.navigate("/people");
    paths.add(page.locator("main a[href^='/people/0']").first().getAttribute("href"));
    page.navigate("/people/duplicates");
    paths.add(page.locator(".pair a.button").first().getAttribute("href"));
    page.navigate("/opportunities");
    paths.add(page.locator("main a[href^='/opportunities/0']").first().getAttribute("href"));

    List<String> wide = new ArrayList<>();
    for (String path : paths) {
      visit(path);
      @SuppressWarnings("unchecked")
      Map<String, Object> widths =
          (Map<String, Object>)
              page.evaluate(
                  "() => ({page: document.documentElement.scrollWidth,"
                      + " widest: [...document.querySelectorAll('main *')]"
                      + "   .filter(e => !e.closest('.table-scroll'))"
                      + "   .filter(e => e.getBoundingClientRect().right > "
                      + NARROW
                      + " + 1)"
                      + "   .slice(0, 3).map(e => e.tagName + '.' + e.className).join(', ')})");
      int width = ((Number) widths.get("page")).intValue();
      if (width > NARROW) {
        wide.add(path + " is " + width + " px wide (" + widths.get("widest") + ")");
      }
    }
    assertThat(wide).isEmpty();
  }
}
