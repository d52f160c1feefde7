package app.rapport.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The column's test in a browser: say what you are looking for, see the Ready-10 and its makeover
 * plan, set the year's goals with the wizard, then act on the plan and watch the score and the
 * goals move.
 */
class ReadyTenJourneyTest extends BrowserTestBase {

  @Test
  void onboardingProfileMakeoverTouchpointsAndGoals() {
    visit("/");
    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Tell Rapport what you are looking for"))
        .click();
    assertThat(page.locator("h1")).hasText("What you are looking for");
    checkAccessibility();
    page.getByLabel("Industries you would like to work in").fill("Healthcare");
    page.getByLabel(
            "I am actively looking for a job now", new Page.GetByLabelOptions().setExact(false))
        .check();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
    assertThat(page.locator("h1")).hasText("Your Ready-10");
    assertThat(page.locator(".score")).containsText("0 out of 10");
    checkAccessibility();

    addPerson("Ana Ruiz");
    addPerson("Luis Fernández");

    visit("/ready-10");
    assertThat(page.locator(".score")).containsText("0 out of 10");
    assertThat(page.locator("ol.steps")).containsText("Reconnect with Ana Ruiz");
    assertThat(page.locator("ol.steps")).containsText("Reconnect with Luis Fernández");

    visit("/goals/new-year");
    page.getByRole(
            AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Set these goals for").setExact(false))
        .click();
    assertThat(page.locator(".notice")).containsText("7 goals set");
    assertThat(
            page.locator(".goal")
                .filter(
                    new com.microsoft.playwright.Locator.FilterOptions()
                        .setHasText("Stay in touch")))
        .containsText("0 of 208");
    checkAccessibility();

    logCoffeeWith("Ana Ruiz");
    logCoffeeWith("Luis Fernández");

    visit("/ready-10");
    assertThat(page.locator(".score")).containsText("2 out of 10");
    visit("/goals");
    assertThat(
            page.locator(".goal")
                .filter(
                    new com.microsoft.playwright.Locator.FilterOptions()
                        .setHasText("Stay in touch")))
        .containsText("2 of 208");
    visit("/");
    assertThat(page.locator("#ready-heading + p")).containsText("2 out of 10");
  }

  private void addPerson(String name) {
    visit("/people/new");
    page.getByLabel("Name").fill(name);
    page.getByLabel("Industry").fill("Healthcare");
    page.getByLabel("Email address 1")
        .fill(name.toLowerCase().replace(' ', '.').replace('á', 'a') + "@mail.example");
    page.getByLabel("Known since").fill("2015-06-01");
    page.getByLabel("Active", new Page.GetByLabelOptions().setExact(false)).first().check();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add this person")).click();
    assertThat(page.locator("h1")).hasText(name);
  }

  private void logCoffeeWith(String name) {
    visit("/touchpoints/new");
    page.getByLabel("Find someone").fill(name.substring(0, 4));
    page.getByLabel(name).check();
    page.getByLabel("How were you in touch?").selectOption("MEAL");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save this touchpoint"))
        .click();
    assertThat(page.locator("h1")).hasText(name);
  }
}
