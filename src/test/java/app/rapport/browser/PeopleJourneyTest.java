package app.rapport.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * A newcomer's first minutes: the welcome page, adding three people, finding them, editing one,
 * deleting one and taking it back.
 */
class PeopleJourneyTest extends BrowserTestBase {

  @Test
  void firstStartAddThreePeopleSearchEditDeleteAndUndo() {
    visit("/");
    assertThat(
            page.getByRole(
                AriaRole.HEADING,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Welcome to Rapport")))
        .isVisible();

    addPerson("Ana Ruiz", "Contoso Health", "ana.ruiz@mail.example");
    addPerson("Luis Fernández", "Fabrikam", "luis@mail.example");
    addPerson("Grace Okafor", "Contoso Health", "grace@mail.example");

    visit("/people");
    Locator names = page.locator(".people-list .person-name");
    assertThat(names).hasText(new String[] {"Ana Ruiz", "Grace Okafor", "Luis Fernández"});

    // Search as you type: htmx replaces the results while the user types.
    page.getByLabel("Search people").fill("contoso");
    assertThat(page.locator(".result-count")).hasText("2 people found");
    assertThat(names).hasText(new String[] {"Ana Ruiz", "Grace Okafor"});
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*q=contoso.*"));
    checkAccessibility();
    page.getByLabel("Search people").fill("fernan");
    assertThat(names).hasText(new String[] {"Luis Fernández"});

    // Edit one.
    page.getByRole(
            AriaRole.LINK,
            new com.microsoft.playwright.Page.GetByRoleOptions().setName("Luis Fernández"))
        .click();
    checkAccessibility();
    page.getByRole(
            AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Edit"))
        .click();
    checkAccessibility();
    page.getByLabel("Role (optional)").fill("Chief Financial Officer");
    page.getByLabel("Name").fill("");
    page.getByRole(
            AriaRole.BUTTON,
            new com.microsoft.playwright.Page.GetByRoleOptions().setName("Save changes"))
        .click();
    // A mistake is shown beside the field, with everything typed kept.
    assertThat(page.locator("#error-summary")).containsText("Please enter a name.");
    assertThat(page.getByLabel("Role (optional)")).hasValue("Chief Financial Officer");
    checkAccessibility();
    page.getByLabel("Name").fill("Luis Fernández García");
    page.getByRole(
            AriaRole.BUTTON,
            new com.microsoft.playwright.Page.GetByRoleOptions().setName("Save changes"))
        .click();
    assertThat(page.locator("h1")).hasText("Luis Fernández García");
    assertThat(page.locator(".lead")).hasText("Chief Financial Officer at Fabrikam");
    checkAccessibility();

    // Delete one, then undo.
    page.getByRole(
            AriaRole.BUTTON,
            new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Delete Luis Fernández García"))
        .click();
    assertThat(page.locator(".notice")).containsText("Luis Fernández García was deleted.");
    assertThat(names).hasText(new String[] {"Ana Ruiz", "Grace Okafor"});
    checkAccessibility();
    page.getByRole(
            AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Undo"))
        .click();
    assertThat(page.locator("h1")).hasText("Luis Fernández García");
    assertThat(page.locator(".notice")).containsText("is back");
    checkAccessibility();

    visit("/organizations");
    assertThat(page.locator(".people-list .person-name"))
        .hasText(new String[] {"Contoso Health", "Fabrikam"});
    visit("/settings");
    visit("/help");
    assertThat(visitedPages()).hasSizeGreaterThan(10);
  }

  private void addPerson(String name, String company, String email) {
    visit("/people/new");
    page.getByLabel("Name").fill(name);
    page.getByLabel("Organisation").fill(company);
    page.getByLabel("Email address 1").fill(email);
    page.getByLabel("Close", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(false))
        .first()
        .check();
    page.getByRole(
            AriaRole.BUTTON,
            new com.microsoft.playwright.Page.GetByRoleOptions().setName("Add this person"))
        .click();
    assertThat(page.locator("h1")).hasText(name);
    assertThat(page.locator(".notice")).containsText(name + " was added.");
    checkAccessibility();
  }
}
