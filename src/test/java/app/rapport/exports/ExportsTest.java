package app.rapport.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.rapport.contacts.Birthday;
import app.rapport.contacts.CareerFacts;
import app.rapport.contacts.ContactCommand;
import app.rapport.contacts.ContactService;
import app.rapport.contacts.EmailAddress;
import app.rapport.contacts.PhoneNumber;
import app.rapport.imports.read.ImportFile;
import app.rapport.imports.read.ImportFormat;
import app.rapport.imports.read.ImportReader;
import app.rapport.imports.read.ImportedPerson;
import app.rapport.model.Tier;
import app.rapport.platform.security.ApiTokenStore;
import app.rapport.support.DatabaseTestBase;
import app.rapport.support.Html;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The people out as vCards and a spreadsheet, read back by the tools they are meant for. */
class ExportsTest extends DatabaseTestBase {

  @Autowired MockMvc mvc;
  @Autowired ApiTokenStore tokens;
  @Autowired ContactService contacts;

  @TempDir Path temp;

  private void twoPeople() {
    contacts.addContact(
        account.id(),
        new ContactCommand(
            "Inés Okafor-Lindqvist",
            List.of(
                new EmailAddress("ines@northwind.example", "work"),
                new EmailAddress("ines@mail.example", "personal")),
            List.of(PhoneNumber.of("+44 20 7946 0958", "mobile")),
            "https://www.linkedin.com/in/ines-okafor-l-3b2a91",
            "Northwind Analytics, Inc.",
            "Director of People Ops",
            null,
            Tier.CLOSE,
            List.of("mentor", "former colleague"),
            "Line one\nLine two; with, punctuation",
            null,
            LocalDate.of(2019, 4, 21),
            null,
            CareerFacts.none(),
            new Birthday(MonthDay.of(3, 15), null)));
    contacts.addContact(
        account.id(),
        new ContactCommand(
            "=HYPERLINK(\"http://evil.example\")",
            List.of(new EmailAddress("mal@mail.example", "other")),
            List.of(PhoneNumber.of("+1 202 555 0199", "work")),
            null,
            "+Plus Corp",
            "-Minus",
            null,
            Tier.NETWORK,
            List.of("@home"),
            null,
            null,
            null,
            null,
            CareerFacts.none(),
            new Birthday(MonthDay.of(12, 9), 1906)));
  }

  private byte[] download(String path, boolean api) throws Exception {
    var request = get(path);
    if (api) {
      request = request.header("Authorization", "Bearer " + tokens.current());
    }
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  @Test
  void vCardsParseBackWithEveryField() throws Exception {
    twoPeople();
    var response =
        mvc.perform(
                get("/api/v1/exports/contacts.vcf")
                    .header("Authorization", "Bearer " + tokens.current()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse();
    assertThat(response.getContentType()).startsWith("text/vcard");
    assertThat(response.getHeader("Content-Disposition"))
        .isEqualTo("attachment; filename=\"rapport-contacts-2026-11-26.vcf\"");
    String text = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(text).contains("VERSION:3.0").contains("N:Okafor-Lindqvist;Inés;;;");
    assertThat(text).contains("BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-15");

    List<VCard> cards = Ezvcard.parse(text).all();
    assertThat(cards).hasSize(2);
    VCard ines =
        cards.stream()
            .filter(c -> c.getFormattedName().getValue().startsWith("Inés"))
            .findFirst()
            .orElseThrow();
    assertThat(ines.getVersion()).isEqualTo(VCardVersion.V3_0);
    assertThat(ines.getStructuredName().getFamily()).isEqualTo("Okafor-Lindqvist");
    assertThat(ines.getStructuredName().getGiven()).isEqualTo("Inés");
    assertThat(ines.getEmails())
        .extracting(e -> e.getValue())
        .containsExactly("ines@northwind.example", "ines@mail.example");
    assertThat(ines.getEmails().get(0).getTypes()).extracting(t -> t.getValue()).contains("work");
    assertThat(ines.getTelephoneNumbers())
        .extracting(t -> t.getText())
        .containsExactly("+44 20 7946 0958");
    assertThat(ines.getTelephoneNumbers().get(0).getTypes())
        .extracting(t -> t.getValue())
        .contains("cell");
    assertThat(ines.getOrganization().getValues()).containsExactly("Northwind Analytics, Inc.");
    assertThat(ines.getTitles().get(0).getValue()).isEqualTo("Director of People Ops");
    assertThat(ines.getUrls().get(0).getValue())
        .isEqualTo("https://www.linkedin.com/in/ines-okafor-l-3b2a91");
    assertThat(ines.getNotes().get(0).getValue())
        .isEqualTo("Line one\nLine two; with, punctuation");
    assertThat(ines.getCategories().getValues()).containsExactly("former colleague", "mentor");
    assertThat(ines.getUid().getValue()).startsWith("urn:uuid:");

    // Rapport's own reader takes the file back, the birthday without its year as such.
    Path file = Files.write(temp.resolve("contacts.vcf"), text.getBytes(StandardCharsets.UTF_8));
    List<ImportedPerson> back = read(file);
    ImportedPerson inesBack =
        back.stream().filter(p -> p.fullName().startsWith("Inés")).findFirst().orElseThrow();
    assertThat(inesBack.linkedinUrl())
        .isEqualTo("https://www.linkedin.com/in/ines-okafor-l-3b2a91");
    assertThat(inesBack.birthday().year()).isNull();
    assertThat(inesBack.birthday().monthDay()).isEqualTo(MonthDay.of(3, 15));
    assertThat(inesBack.tags()).containsExactly("former colleague", "mentor");
  }

  @Test
  void theSpreadsheetIsGooglesLayoutWithAByteOrderMarkAndNoFormulas() throws Exception {
    twoPeople();
    byte[] bytes = download("/exports/contacts.csv", false);
    assertThat(bytes[0]).isEqualTo((byte) 0xEF);
    assertThat(bytes[1]).isEqualTo((byte) 0xBB);
    assertThat(bytes[2]).isEqualTo((byte) 0xBF);
    String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
    String header = text.lines().findFirst().orElseThrow();
    assertThat(header)
        .startsWith("First Name,Middle Name,Last Name,Phonetic First Name")
        .contains(
            "Organization Name,Organization Title", "Labels,E-mail 1 - Label,E-mail 1 - Value")
        .contains("E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Website 1 - Label");
    assertThat(text).contains("\r\n");
    assertThat(text)
        .contains("'=HYPERLINK")
        .contains("'+Plus Corp")
        .contains("'-Minus")
        .contains("* myContacts ::: @home")
        .contains(",--03-15,");
    assertThat(text).doesNotContain(",=HYPERLINK").doesNotContain(",+Plus");
    // a phone number cannot be a formula, and Google would keep a quote in front of it
    assertThat(text).contains(",+44 20 7946 0958").doesNotContain("'+44");
    assertThat(GoogleCsv.safe("+1 (202) 555-0100")).isEqualTo("+1 (202) 555-0100");
    assertThat(GoogleCsv.safe("+1+SUM(A1)")).isEqualTo("'+1+SUM(A1)");
    assertThat(GoogleCsv.safe("+44=1")).isEqualTo("'+44=1");

    // Google's importer, as Rapport reads it, finds every person and detail again.
    Path file = Files.write(temp.resolve("contacts.csv"), bytes);
    try (ImportFile csv = ImportFile.open(file)) {
      assertThat(csv.detection().formatOrNull()).isEqualTo(ImportFormat.GOOGLE_CSV);
    }
    List<ImportedPerson> back = read(file);
    ImportedPerson ines =
        back.stream().filter(p -> p.fullName().startsWith("Inés")).findFirst().orElseThrow();
    assertThat(ines.fullName()).isEqualTo("Inés Okafor-Lindqvist");
    assertThat(ines.emails())
        .extracting(e -> e.address())
        .containsExactly("ines@northwind.example", "ines@mail.example");
    assertThat(ines.phones()).extracting(p -> p.raw()).containsExactly("+44 20 7946 0958");
    assertThat(ines.organization()).isEqualTo("Northwind Analytics, Inc.");
    assertThat(ines.title()).isEqualTo("Director of People Ops");
    assertThat(ines.notes()).isEqualTo("Line one\nLine two; with, punctuation");
    assertThat(ines.tags()).containsExactly("former colleague", "mentor");
    assertThat(ines.birthday().monthDay()).isEqualTo(MonthDay.of(3, 15));
  }

  @Test
  void theBackupDownloadsFromSettingsAndTheApi() throws Exception {
    twoPeople();
    String page = new String(download("/exports/backup.json", false), StandardCharsets.UTF_8);
    assertThat(page).startsWith("{\"format\":\"rapport-backup\",\"version\":1,");
    String api = new String(download("/api/v1/exports/backup.json", true), StandardCharsets.UTF_8);
    assertThat(api).contains("\"contacts\":[").contains("Okafor-Lindqvist");
    mvc.perform(get("/api/v1/exports/backup.json")).andExpect(status().isUnauthorized());
  }

  @Test
  void settingsOffersTheDownloadsAndMakesADatabaseCopy() throws Exception {
    twoPeople();
    Document settings = Html.of(mvc.perform(get("/settings")).andExpect(status().isOk()));
    assertThat(settings.select("#backups ~ ul a").eachAttr("href"))
        .containsExactly("/exports/backup.json", "/exports/contacts.vcf", "/exports/contacts.csv");
    if (app.rapport.support.TestDatabases.engine()
        == app.rapport.support.TestDatabases.Engine.SQLITE) {
      mvc.perform(post("/settings/database-copy").with(csrf()))
          .andExpect(status().is3xxRedirection());
      Document after = Html.of(mvc.perform(get("/settings")));
      assertThat(after.select("#backups ~ ul li code").text()).startsWith("rapport-2026-11-26-");
    } else {
      assertThat(settings.text()).contains("pg_dump");
    }
  }

  private static List<ImportedPerson> read(Path file) {
    List<ImportedPerson> people = new ArrayList<>();
    try (ImportFile imported = ImportFile.open(file);
        ImportReader<ImportedPerson> reader = imported.people()) {
      for (Optional<ImportedPerson> next = reader.next(); next.isPresent(); next = reader.next()) {
        people.add(next.get());
      }
      assertThat(reader.report().failure()).isNull();
    }
    return people;
  }
}
