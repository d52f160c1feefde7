package app.rapport.imports.read;

import static app.rapport.imports.read.Fixtures.named;
import static app.rapport.imports.read.Fixtures.people;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Google Contacts CSV (current and legacy layouts) and Outlook CSV (desktop and Outlook.com). */
class GoogleAndOutlookTest {

  @Test
  void readsTheCurrentGoogleLayoutWithMultiValuesLabelsAndYearlessBirthdays() {
    Fixtures.Read<ImportedPerson> read = people("google/google-contacts.csv");

    assertThat(read.report().isComplete()).isTrue();
    assertThat(read.items()).hasSize(40);
    assertThat(read.report().problems()).isEmpty();
    assertThat(read.items().get(0))
        .isEqualTo(
            new ImportedPerson(
                "Carol Okafor-Lindqvist",
                "Carol",
                "Okafor-Lindqvist",
                List.of(new ImportedEmail("c0@mail.example.com", "personal")),
                List.of(
                    new ImportedPhone("+1 905-555-1000", "mobile"),
                    new ImportedPhone("+44 20 7946 0000", "mobile")),
                "Graphic Design Institute",
                "Chief Financial Officer",
                null,
                null,
                Birthday.withoutYear(MonthDay.of(7, 1)),
                "Met at the 2019 regional HR summit.\nAsked about board roles.",
                List.of("Former colleagues"),
                2,
                null));
    ImportedPerson jamal = named(read, "Jamal Jensen");
    assertThat(jamal.birthday()).isEqualTo(Birthday.of(LocalDate.of(1971, 4, 17)));
    assertThat(jamal.tags()).isEmpty();
    assertThat(named(read, "Marisol Lambert").title()).isEqualTo("VP, Engineering");
    assertThat(named(read, "Theodore Müller").emails())
        .containsExactly(new ImportedEmail("t1@mail.example.com", "personal"));
  }

  @Test
  void readsTheLegacyGoogleLayoutInUtf16() {
    Detection detection = FormatDetector.detect(Fixtures.fixture("google/google-legacy-utf16.csv"));
    assertThat(detection).isInstanceOf(Detected.class);
    assertThat(((Detected) detection).encoding()).isEqualTo(StandardCharsets.UTF_16LE);

    Fixtures.Read<ImportedPerson> read = people("google/google-legacy-utf16.csv");

    assertThat(read.report().isComplete()).isTrue();
    assertThat(read.items())
        .containsExactly(
            new ImportedPerson(
                "Chidi Okonkwo",
                "Chidi",
                "Okonkwo",
                List.of(
                    new ImportedEmail("chidi@work.example", "work"),
                    new ImportedEmail("chidi@home.example", "personal"),
                    new ImportedEmail("chidi.o@home.example", "personal")),
                List.of(
                    new ImportedPhone("+234 803 555 0101", "mobile"),
                    new ImportedPhone("+234 1 555 0102", "fax")),
                "Wide World Importers",
                "Buyer",
                "https://www.linkedin.com/in/chidi-okonkwo",
                null,
                Birthday.of(LocalDate.of(1984, 11, 2)),
                "Met at PyCon.\nLikes chess.",
                List.of("Mentors"),
                2,
                null),
            new ImportedPerson(
                "Søren Kierkegaard",
                "Søren",
                "Kierkegaard",
                List.of(new ImportedEmail("soren@example.dk", "other")),
                List.of(),
                null,
                null,
                null,
                null,
                Birthday.withoutYear(MonthDay.of(5, 5)),
                null,
                List.of(),
                3,
                null));
  }

  @Test
  void readsTheUidOfRapportsExportFromItsCustomFieldInBothLayouts(@TempDir Path dir) {
    String uid = "urn:uuid:3f2b6c1e-8d4a-3b5f-9c7e-1a2b3c4d5e6f";
    Path current =
        Fixtures.write(
            dir,
            "current.csv",
            "First Name,Last Name,Labels,Custom Field 1 - Label,Custom Field 1 - Value,"
                + "Custom Field 2 - Label,Custom Field 2 - Value\r\n"
                + "Dana,Lee,* myContacts,Shoe size,42,Rapport ID,"
                + uid
                + "\r\n"
                + "Eli,Moss,* myContacts,Shoe size,44,,\r\n");
    Path legacy =
        Fixtures.write(
            dir,
            "legacy.csv",
            "Name,Given Name,Family Name,Group Membership,Custom Field 1 - Type,"
                + "Custom Field 1 - Value\r\n"
                + "Dana Lee,Dana,Lee,* myContacts,rapport id,"
                + uid.toUpperCase(java.util.Locale.ROOT)
                + "\r\n");

    Fixtures.Read<ImportedPerson> fromCurrent = people(current);
    assertThat(fromCurrent.report().problems()).isEmpty();
    assertThat(named(fromCurrent, "Dana Lee").uid()).isEqualTo(uid);
    // another custom field is not a UID
    assertThat(named(fromCurrent, "Eli Moss").uid()).isNull();
    Fixtures.Read<ImportedPerson> fromLegacy = people(legacy);
    assertThat(fromLegacy.report().problems()).isEmpty();
    assertThat(named(fromLegacy, "Dana Lee").uid())
        .isEqualTo(uid.toUpperCase(java.util.Locale.ROOT));
  }

  @Test
  void readsTheOutlookDesktopLayout() {
    Fixtures.Read<ImportedPerson> read = people("outlook/outlook-contacts.csv");

    assertThat(read.report().isComplete()).isTrue();
    assertThat(read.items()).hasSize(20);
    assertThat(read.items().get(0))
        .isEqualTo(
            new ImportedPerson(
                "Luis Dubois",
                "Luis",
                "Dubois",
                List.of(new ImportedEmail("l0@outlook-contacts.example.com", "other")),
                List.of(new ImportedPhone("(416) 555-3000", "work")),
                "Contoso Health",
                "Director of People Ops",
                null,
                null,
                null,
                "Café chat in 2018 — très utile.",
                List.of("Business"),
                2,
                null));
    assertThat(named(read, "Kenneth Park").tags()).containsExactly("Business", "Former colleagues");
  }

  @Test
  void readsAWindows1252OutlookExportWithAccentsAndAnExchangeAddress() {
    Fixtures.Read<ImportedPerson> read = people("outlook/outlook-desktop-1252.csv");

    // 3/12/1990 could be either order, and no other date in the file settles it.
    assertThat(read.report().warnings())
        .containsExactly(
            TextEncoding.NOT_UTF8_WARNING,
            "Dates such as 4/5/21 were read as month/day (April 5), the US order: no date in the"
                + " file shows which order it uses.");
    assertThat(read.report().problems()).isEmpty();
    assertThat(read.items())
        .containsExactly(
            new ImportedPerson(
                "Françoise Marie Lefèvre",
                "Françoise",
                "Lefèvre",
                List.of(
                    new ImportedEmail("francoise.lefevre@example.fr", "other"),
                    new ImportedEmail("f.lefevre@perso.example", "other")),
                List.of(
                    new ImportedPhone("06 12 34 56 78", "mobile"),
                    new ImportedPhone("+33 1 42 00 00 00", "work"),
                    new ImportedPhone("+33 1 42 00 00 01", "fax")),
                "Société Générale",
                "Chief Risk Officer",
                "https://www.linkedin.com/in/flefevre",
                null,
                Birthday.of(LocalDate.of(1990, 3, 12)),
                "Café à 8h — très bien.",
                List.of("Clients", "Paris"),
                2,
                null),
            new ImportedPerson(
                "Jürgen Groß Jr.",
                "Jürgen",
                "Groß",
                List.of(new ImportedEmail("juergen@example.de", "other")),
                List.of(
                    new ImportedPhone("+49 30 1234567", "home"),
                    new ImportedPhone("555-0100", "pager")),
                "Fabrikam",
                "Engineer",
                null,
                null,
                null,
                null,
                List.of(),
                3,
                null));
  }

  /**
   * A German Outlook names its columns in German: the type and display name of an address are not
   * addresses, and "Position" is the job title.
   */
  @Test
  void readsAGermanOutlookExport() {
    Fixtures.Read<ImportedPerson> read = people("outlook/outlook-german-1252.csv");

    assertThat(
            FormatDetector.detect(Fixtures.fixture("outlook/outlook-german-1252.csv"))
                .formatOrNull())
        .isEqualTo(ImportFormat.OUTLOOK_CSV);
    assertThat(read.report().problems()).isEmpty();
    assertThat(read.report().warnings()).containsExactly(TextEncoding.NOT_UTF8_WARNING);
    assertThat(read.items())
        .containsExactly(
            new ImportedPerson(
                "Jürgen Groß",
                "Jürgen",
                "Groß",
                List.of(
                    new ImportedEmail("juergen@example.de", "other"),
                    new ImportedEmail("j.gross@fabrikam.example", "other")),
                List.of(
                    new ImportedPhone("+49 170 1234567", "mobile"),
                    new ImportedPhone("+49 30 1234567", "work"),
                    new ImportedPhone("+49 30 1234568", "fax")),
                "Fabrikam",
                "Ingenieur",
                "https://www.linkedin.com/in/juergen-gross",
                null,
                Birthday.of(LocalDate.of(1970, 12, 24)),
                "Trifft sich gern zum Mittagessen.",
                List.of("Kunden", "Berlin"),
                2,
                null),
            new ImportedPerson(
                "Anna Schäfer",
                "Anna",
                "Schäfer",
                List.of(new ImportedEmail("anna.schaefer@example.de", "other")),
                List.of(new ImportedPhone("030 987654", "home")),
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                3,
                null));
  }

  @Test
  void readsTheOutlookComLayout() {
    Fixtures.Read<ImportedPerson> read = people("outlook/outlook-com.csv");

    assertThat(read.items()).hasSize(2);
    ImportedPerson priya = read.items().get(0);
    assertThat(priya)
        .isEqualTo(
            new ImportedPerson(
                "Priya Natarajan",
                "Priya",
                "Natarajan",
                List.of(
                    new ImportedEmail("priya@contoso.example", "other"),
                    new ImportedEmail("priya.n@personal.example", "other")),
                List.of(
                    new ImportedPhone("+1 206 555 0134", "mobile"),
                    new ImportedPhone("+1 425 555 0100", "work")),
                "Contoso",
                "Engineering Manager",
                null,
                null,
                Birthday.of(LocalDate.of(1988, 7, 31)),
                "Introduced by Sam.\nFollow up in May.",
                List.of(),
                2,
                null));
    ImportedPerson addressOnly = read.items().get(1);
    assertThat(addressOnly.fullName()).isEqualTo("only.an.address@example.com");
    assertThat(addressOnly.givenName()).isNull();
    assertThat(read.report().problems())
        .containsExactly(new RowProblem(4, CsvPersonReader.NOTHING_TO_GO_ON));
  }

  @Test
  void aRowWithMoreValuesThanColumnsIsReportedNotShifted(@TempDir Path dir) {
    Path file =
        Fixtures.write(
            dir,
            "outlook.csv",
            "First Name,Last Name,Email Address,Company,Job Title,Business Phone\r\n"
                + "Mis,Aligned,mis@align.example,Northwind Analytics, Inc.,CFO,+1 416 555 0100\r\n"
                + "Ana,Ruiz,ana@mail.example,Contoso,CFO,+1 416 555 0199,,\r\n");

    Fixtures.Read<ImportedPerson> read = people(file);

    // the second row's two empty cells past the header are Excel's, not a shift
    assertThat(read.items()).extracting(ImportedPerson::fullName).containsExactly("Ana Ruiz");
    assertThat(named(read, "Ana Ruiz").phones())
        .containsExactly(new ImportedPhone("+1 416 555 0199", "work"));
    assertThat(read.report().problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.row()).isEqualTo(2);
              assertThat(problem.message())
                  .contains("7 values but the row of column names has 6 columns")
                  .contains("left out");
            });
  }
}
