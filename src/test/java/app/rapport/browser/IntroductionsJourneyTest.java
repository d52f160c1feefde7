package app.rapport.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.rapport.platform.web.Dates;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The column's story in one journey: a coffee with a former colleague, who gives two names; one of
 * them becomes an introduction, the introduction an opportunity, the opportunity an interview, and
 * the interview's page shows the chain that led to it. Then the ways into the company, through the
 * people the user knows, with an introduction asked for.
 */
class IntroductionsJourneyTest extends BrowserTestBase {

  private Locator button(String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  private Locator link(String name) {
    return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  @Test
  void aCoffeeTwoNamesAnIntroductionAnInterviewAndTheWayIn() {
    visit("/people/new");
    page.getByLabel("Name").fill("Ana Ruiz");
    page.getByLabel("Organisation").fill("Contoso Health");
    page.getByLabel("Known since").fill("2015-03-01");
    button("Add this person").click();
    assertThat(page.locator("h1")).hasText("Ana Ruiz");
    checkAccessibility();

    // Log a coffee with Ana from the quick-log.
    link("Log a touchpoint").first().click();
    assertThat(page.locator("h1")).hasText("Log a touchpoint");
    checkAccessibility();
    // Find her without JavaScript: the Find button re-renders the form with the matches.
    page.getByLabel("Find someone").fill("ana");
    button("Find").click();
    page.getByLabel("Ana Ruiz").check();
    page.getByLabel("How were you in touch?").selectOption("MEAL");
    page.getByLabel("What about").fill("Coffee: caught up after years");
    checkAccessibility();
    button("Save this touchpoint").click();
    assertThat(page.locator(".notice"))
        .containsText("The meal or coffee with Ana Ruiz was logged.");
    checkAccessibility();

    // She mentioned two names: capture them straight from the notice.
    link("Did they mention anyone? Note the names").click();
    assertThat(page.locator("h1")).hasText("Names Ana mentioned");
    checkAccessibility();
    page.locator("#f-names-0-fullName").fill("Bob Stone");
    page.locator("#f-names-0-company").fill("Fabrikam Medical");
    page.locator("#f-names-0-context").fill("Runs the clinics, hiring a practice manager");
    page.locator("#f-names-1-fullName").fill("Cleo Park");
    button("Save these names").click();
    assertThat(page.locator("h1")).hasText("Ana Ruiz");
    assertThat(page.locator(".notice"))
        .containsText("Ana Ruiz offered to introduce you to Bob Stone and Cleo Park.");
    Locator introductions = page.locator("#introductions");
    assertThat(introductions).containsText("Bob Stone");
    assertThat(introductions).containsText("Cleo Park");
    checkAccessibility();

    // Ana makes the introduction to Bob, today (the app runs on this machine's clock, so the day
    // is read before and after: either, should midnight fall between).
    LocalDate madeFrom = LocalDate.now();
    button("Mark as made (Bob Stone)").click();
    assertThat(page.locator(".notice")).containsText("Ana Ruiz introduced you to Bob Stone.");
    LocalDate madeBy = LocalDate.now();
    checkAccessibility();

    // An opportunity came of it.
    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName("An opportunity came of it (Bob Stone, made)"))
        .click();
    assertThat(page.locator("h1")).hasText("Add an opportunity");
    assertThat(page.getByLabel("Organisation")).hasValue("Fabrikam Medical");
    assertThat(page.getByLabel("Name of person 1")).hasValue("Bob Stone");
    checkAccessibility();
    page.getByLabel("Role, or what the opportunity is").fill("Practice Manager");
    button("Add this opportunity").click();
    assertThat(page.locator("h1")).hasText("Practice Manager at Fabrikam Medical");
    checkAccessibility();

    // Move it to interviewing, without dragging: the stage list and its button.
    page.getByLabel("Stage for Practice Manager at Fabrikam Medical").selectOption("INTERVIEWING");
    button("Move Practice Manager at Fabrikam Medical to the chosen stage").click();
    assertThat(page.locator(".notice"))
        .containsText("Practice Manager at Fabrikam Medical moved to Interviewing.");
    assertThat(page.locator(".stage-badge")).hasText("Interviewing");

    // Its origin shows the chain: you, Ana, Bob, this interview.
    assertThat(page.locator(".chain-step"))
        .hasText(
            new Pattern[] {
              Pattern.compile("^You$"),
              Pattern.compile("^\\s*Ana Ruiz\\s+you knew them\\s*$"),
              Pattern.compile(
                  "^\\s*Bob Stone\\s+introduced by Ana, ("
                      + Dates.shortWritten(madeFrom)
                      + "|"
                      + Dates.shortWritten(madeBy)
                      + ")\\s*$"),
              Pattern.compile("^This opportunity$")
            });
    assertThat(page.locator("table tbody tr")).hasCount(2);
    checkAccessibility();

    // The board shows it under Interviewing.
    link("Opportunities").click();
    assertThat(page.locator("section[aria-labelledby=stage-INTERVIEWING]"))
        .containsText("Practice Manager");
    checkAccessibility();

    // Warm paths to the company: through Ana, who introduced Bob.
    link("Warm paths").click();
    checkAccessibility();
    page.getByLabel("Organisation you would like to get into").fill("Fabrikam Medical");
    button("Find ways in").click();
    assertThat(page.locator("h1")).hasText("Warm paths to Fabrikam Medical");
    assertThat(page.locator(".paths .item-heading")).hasText("You → Ana Ruiz → Bob Stone");
    assertThat(page.locator(".paths")).containsText("and introduced you to Bob Stone.");
    checkAccessibility();
    button("Ask Ana for an introduction").click();
    assertThat(page.locator(".notice")).containsText("Added to today's plan");
    checkAccessibility();

    visit("/today");
    assertThat(page.locator("main")).containsText("Ask Ana to introduce you to Bob Stone");

    visit("/opportunities/insights");
    assertThat(page.locator("section[aria-labelledby=source-heading] tbody"))
        .containsText("An introduction");

    // The introduction tree, drawn and as a list.
    visit("/people");
    link("Ana Ruiz").click();
    link("Introduction tree").click();
    assertThat(page.locator("svg.intro-tree title")).hasText("Introduction tree for Ana Ruiz");
    assertThat(page.locator(".tree-list")).containsText("Bob Stone");
    checkAccessibility();

    // The other forms of the feature pass the same checks.
    link("Someone Ana knows").click();
    assertThat(page.locator("h1")).hasText("Someone Ana knows");
    checkAccessibility();
    page.goBack();
    link("Someone Ana introduced you to").click();
    assertThat(page.locator("h1")).hasText("Someone Ana introduced you to");
    checkAccessibility();
    visit("/people");
    link("Ana Ruiz").click();
    link("Change the introduction to Bob Stone, made").click();
    assertThat(page.locator("h1")).hasText("Change an introduction");
    checkAccessibility();
    visit("/opportunities/stages/interviewing");
    assertThat(page.locator("h1")).hasText("Opportunities at Interviewing");
    checkAccessibility();
  }
}
