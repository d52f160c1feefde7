package app.rapport.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The habit in one journey: a person whose warmth has faded shows up in the week's plan; a coffee
 * logged from the quick-log, reached by keyboard, warms the tie and takes them out of the plan.
 */
class KeepInTouchJourneyTest extends BrowserTestBase {

  @Test
  void addAPersonLogACoffeeFromTheQuickLogAndWatchWarmthAndTodayChange() {
    visit("/people/new");
    page.getByLabel("Name").fill("Grace Okafor");
    page.getByLabel("Organisation").fill("Contoso Health");
    page.getByLabel("Active", new Page.GetByLabelOptions().setExact(false)).first().check();
    page.getByLabel("Known since").fill("2019-03-01");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add this person")).click();
    assertThat(page.locator(".state-badge")).hasText("Going dormant");
    checkAccessibility();

    visit("/today");
    assertThat(page.locator("#plan-KEEP_IN_TOUCH + ul")).containsText("Grace Okafor");
    assertThat(page.locator("#plan-KEEP_IN_TOUCH + ul"))
        .containsText("and have not noted any contact since");

    // The quick-log is the third stop for the Tab key on every page: skip link, home, quick-log.
    page.keyboard().press("Tab");
    page.keyboard().press("Tab");
    page.keyboard().press("Tab");
    assertThat(page.evaluate("() => document.activeElement.textContent.trim()"))
        .isEqualTo("Log a touchpoint");
    page.keyboard().press("Enter");
    assertThat(page.locator("h1")).hasText("Log a touchpoint");
    checkAccessibility();

    page.getByLabel("Find someone").fill("grac");
    page.getByLabel("Grace Okafor").check();
    page.getByLabel("How were you in touch?").selectOption("MEAL");
    page.getByLabel("What about").fill("Coffee near her office");
    checkAccessibility();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save this touchpoint"))
        .click();

    assertThat(page.locator("h1")).hasText("Grace Okafor");
    assertThat(page.locator(".notice"))
        .containsText("The meal or coffee with Grace Okafor was logged.");
    assertThat(page.locator(".state-badge")).hasText("Warm");
    assertThat(page.locator(".keep-in-touch")).containsText("Warmth 100 out of 100");
    assertThat(page.locator(".touchpoint").first()).containsText("Coffee near her office");
    checkAccessibility();

    visit("/today");
    assertThat(page.locator("main")).not().containsText("Grace Okafor");
  }
}
