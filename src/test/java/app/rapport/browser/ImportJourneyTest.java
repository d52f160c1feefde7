package app.rapport.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.imports.ImportFixtures;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.TestPropertySource;

/**
 * A newcomer brings in their network: the LinkedIn export (preview, confirm, progress, report, the
 * people are there), then their Google contacts, whose possible duplicates they review and merge.
 * The pages do not wait for an import to finish, so the progress bar shows.
 */
@TestPropertySource(properties = "rapport.imports.page-wait=0s")
class ImportJourneyTest extends BrowserTestBase {

  @TempDir Path temp;

  private static final LocatorAssertions.HasTextOptions SLOW =
      new LocatorAssertions.HasTextOptions().setTimeout(30_000);

  @Test
  void importLinkedInThenGoogleAndMergeADuplicate() throws Exception {
    visit("/");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import your contacts"))
        .click();
    assertThat(page.locator("h1")).hasText("Import your contacts");
    checkAccessibility();

    // The LinkedIn export, as LinkedIn sends it.
    choose(ImportFixtures.linkedInZipFile(temp));
    whileRunning("Reading your file");
    assertThat(page.locator("h1"))
        .hasText("What importing Basic_LinkedInDataExport_11-20-2026.zip will do", SLOW);
    assertThat(page.locator(".counts")).containsText("240 people will be added");
    assertThat(page.locator(".counts")).containsText("touchpoints");
    checkAccessibility();

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 240 people"))
        .click();
    whileRunning("Importing your contacts");
    assertThat(page.locator("h1")).hasText("Your contacts were imported", SLOW);
    assertThat(page.locator(".counts")).containsText("240 people added");
    checkAccessibility();

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See your people")).click();
    assertThat(page.locator(".result-count")).hasText("240 people");
    checkAccessibility();
    page.getByLabel("Search people").fill("yusuf liu");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Yusuf Liu")).click();
    assertThat(page.locator(".lead")).hasText("Retired at Contoso Health");
    assertThat(page.locator("main")).containsText("11 May 2011");
    checkAccessibility();

    // Google contacts: some have the same names as LinkedIn connections.
    visit("/imports");
    choose(ImportFixtures.path("google/google-contacts.csv"));
    assertThat(page.locator("h1")).hasText("What importing google-contacts.csv will do", SLOW);
    assertThat(page.locator(".counts")).containsText("same name as someone already in Rapport");
    checkAccessibility();
    page.getByRole(
            AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Import ")))
        .click();
    assertThat(page.locator("h1")).hasText("Your contacts were imported", SLOW);
    checkAccessibility();

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review possible duplicates"))
        .click();
    assertThat(page.locator("h1")).hasText("Possible duplicates");
    checkAccessibility();
    Locator pair =
        page.locator(".pair").filter(new Locator.FilterOptions().setHasText("Theodore Müller"));
    pair.getByRole(
            AriaRole.LINK,
            new Locator.GetByRoleOptions().setName(Pattern.compile("^Compare and merge")))
        .click();
    assertThat(page.locator("h1")).hasText("Merge Theodore Müller into Theodore Müller");
    checkAccessibility();
    page.getByRole(
            AriaRole.ROW, new Page.GetByRoleOptions().setName(Pattern.compile("^Organisation")))
        .getByRole(AriaRole.RADIO)
        .nth(1)
        .check();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Merge into one person"))
        .click();
    assertThat(page.locator(".notice")).containsText("are now one person");
    assertThat(page.locator("h1")).hasText("Theodore Müller");
    assertThat(page.locator(".lead")).containsText("Coho Vineyard");
    assertThat(page.locator("body")).containsText("t1@mail.example.com");
    checkAccessibility();

    visit("/people/duplicates");
    assertThat(
            page.locator(".pair").filter(new Locator.FilterOptions().setHasText("Theodore Müller")))
        .hasCount(0);
    visit("/settings");
    assertThat(visitedPages()).hasSizeGreaterThan(10);
  }

  private void choose(Path file) throws Exception {
    assertThat(Files.exists(file)).isTrue();
    page.getByLabel("File to import").setInputFiles(file);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read the file")).click();
  }

  /** When the progress bar shows (the import is still running), it is checked too. */
  private void whileRunning(String heading) {
    page.waitForLoadState();
    if (page.locator("h1").textContent().equals(heading)) {
      assertThat(page.getByLabel(heading)).isVisible();
      checkAccessibility();
    }
  }
}
