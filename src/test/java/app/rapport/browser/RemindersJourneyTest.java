package app.rapport.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

/**
 * Settings for reminders, as a user meets them: the calendar link to copy, the weekly email to turn
 * on (a mistyped address is explained beside the field), and the mail server's test button, which
 * says in plain words what is missing. The app runs with its real scheduler on SQLite.
 */
class RemindersJourneyTest extends BrowserTestBase {

  @Test
  void subscribeToTheCalendarAndTurnOnTheWeeklyEmail() {
    visit("/settings");
    String link = page.getByLabel("Your calendar link").inputValue();
    assertThat(link).startsWith(baseUrl() + "/calendar/").endsWith(".ics");
    assertThat(page.locator("a[href^='webcal://']")).hasText("subscribe with this link");

    // A calendar app fetches the link: no cookie, no key.
    APIResponse feed = page.context().browser().newContext().request().get(link);
    assertThat(feed.status()).isEqualTo(200);
    assertThat(feed.headers().get("content-type")).startsWith("text/calendar");
    assertThat(feed.text()).contains("BEGIN:VCALENDAR", "X-WR-CALNAME:Networking reminders");

    page.getByLabel("Send me the weekly email").check();
    page.getByLabel("Send it to this email address").fill("ana at example");
    page.getByLabel("On this day").selectOption(new SelectOption().setLabel("Friday"));
    page.getByLabel("At this time").selectOption("17");
    page.getByLabel("In this time zone").selectOption("Europe/Oslo");
    button("Save the weekly email").click();
    assertThat(page.locator("#error-summary")).containsText("does not look like an email address");
    assertThat(page.getByLabel("Send it to this email address")).hasValue("ana at example");
    checkAccessibility();

    page.getByLabel("Send it to this email address").fill("ana@example.com");
    button("Save the weekly email").click();
    assertThat(page.locator(".notices")).containsText("The next one goes on Friday");
    assertThat(page.locator(".notices")).containsText("at 17:00 (Europe/Oslo)");
    assertThat(page.getByLabel("Send me the weekly email")).isChecked();
    checkAccessibility();

    button("Send a test email").click();
    assertThat(page.locator(".notices")).containsText("Set up the mail server first");
    checkAccessibility();
  }

  private com.microsoft.playwright.Locator button(String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }
}
