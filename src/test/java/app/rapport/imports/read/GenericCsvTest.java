package app.rapport.imports.read;

import static app.rapport.imports.read.PersonField.BIRTHDAY;
import static app.rapport.imports.read.PersonField.COMPANY;
import static app.rapport.imports.read.PersonField.DATE_CONNECTED;
import static app.rapport.imports.read.PersonField.EMAIL;
import static app.rapport.imports.read.PersonField.FIRST_NAME;
import static app.rapport.imports.read.PersonField.FULL_NAME;
import static app.rapport.imports.read.PersonField.IGNORE;
import static app.rapport.imports.read.PersonField.LAST_NAME;
import static app.rapport.imports.read.PersonField.LINKEDIN_URL;
import static app.rapport.imports.read.PersonField.NOTES;
import static app.rapport.imports.read.PersonField.PHONE;
import static app.rapport.imports.read.PersonField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spreadsheets of any layout: a proposed column mapping, a preview, and reading by mapping. */
class GenericCsvTest {

  private static final List<String> HEADER =
      List.of(
          "Name",
          "E-mail",
          "Mobile",
          "Work Phone",
          "Employer",
          "Role",
          "LinkedIn",
          "Met",
          "Birthday",
          "Comments");

  @TempDir Path dir;

  @Test
  void guessesColumnsFromTheirNames() {
    assertThat(CsvColumns.guess(HEADER).fields())
        .containsExactly(
            FULL_NAME, EMAIL, PHONE, PHONE, COMPANY, TITLE, LINKEDIN_URL, IGNORE, BIRTHDAY, NOTES);
    assertThat(
            CsvColumns.guess(List.of("Vorname", "Nachname", "E-Mail-Adresse", "Firma", "Notizen"))
                .fields())
        .containsExactly(FIRST_NAME, LAST_NAME, EMAIL, COMPANY, NOTES);
    assertThat(
            CsvColumns.guess(List.of("Title", "First Name", "Job Title", "Connected On")).fields())
        .containsExactly(IGNORE, FIRST_NAME, TITLE, DATE_CONNECTED);
    assertThat(CsvColumns.guess(List.of("Email", "Work Email", "Name", "Full Name")).fields())
        .containsExactly(EMAIL, EMAIL, FULL_NAME, IGNORE);
    // German: an address's type and display name are not addresses; phones are "Telefon".
    assertThat(
            CsvColumns.guess(
                    List.of(
                        "Name",
                        "E-Mail",
                        "E-Mail-Typ",
                        "E-Mail: Angezeigter Name",
                        "Telefon privat",
                        "Mobiltelefon"))
                .fields())
        .containsExactly(FULL_NAME, EMAIL, IGNORE, IGNORE, PHONE, PHONE);
    assertThat(CsvColumns.phoneLabel("Telefon geschäftlich")).isEqualTo("work");
    assertThat(CsvColumns.phoneLabel("Telefon privat")).isEqualTo("home");
    assertThat(CsvColumns.phoneLabel("Mobiltelefon")).isEqualTo("mobile");
  }

  @Test
  void guessesUnknownColumnsFromTheirValues() {
    ColumnMapping guess =
        CsvColumns.guess(
            List.of("Who", "Col B", "Col C"),
            List.of(
                List.of("Ana", "ana@example.com", "https://www.linkedin.com/in/ana"),
                List.of("Bo", "bo@example.com", "")));

    assertThat(guess.fields()).containsExactly(IGNORE, EMAIL, LINKEDIN_URL);
  }

  @Test
  void previewsTheHeaderFirstRowsAndProposal() {
    try (ImportFile imported = ImportFile.open(Fixtures.fixture("generic/contacts.csv"))) {
      CsvPreview preview = imported.csvPreview(2);

      assertThat(preview.failure()).isNull();
      assertThat(preview.header()).isEqualTo(HEADER);
      assertThat(preview.headerRow()).isEqualTo(1);
      assertThat(preview.rows()).hasSize(2);
      assertThat(preview.rows().get(1))
          .containsExactly(
              "Alan Turing",
              "alan@bletchley.example",
              "",
              "",
              "Bletchley Park",
              "Cryptanalyst",
              "",
              "2020-06-23",
              "--06-23",
              "");
      assertThat(preview.proposed()).isEqualTo(CsvColumns.guess(HEADER, preview.rows()));
    }
  }

  @Test
  void previewsALinkedInFileBelowItsPreamble() {
    try (ImportFile imported = ImportFile.open(Fixtures.fixture("linkedin/Connections.csv"))) {
      CsvPreview preview = imported.csvPreview(3);

      assertThat(preview.headerRow()).isEqualTo(4);
      assertThat(preview.header())
          .containsExactly(
              "First Name",
              "Last Name",
              "URL",
              "Email Address",
              "Company",
              "Position",
              "Connected On");
      assertThat(preview.proposed().fields())
          .containsExactly(
              FIRST_NAME, LAST_NAME, LINKEDIN_URL, EMAIL, COMPANY, TITLE, DATE_CONNECTED);
    }
  }

  @Test
  void readsAHandMadeSpreadsheetThroughTheProposedMapping() {
    Fixtures.Read<ImportedPerson> read = Fixtures.people("generic/contacts.csv");

    assertThat(read.items())
        .containsExactly(
            new ImportedPerson(
                "Grace Hopper",
                null,
                null,
                List.of(new ImportedEmail("grace@navy.example", "other")),
                List.of(
                    new ImportedPhone("+1 202 555 0199", "mobile"),
                    new ImportedPhone("+1 202 555 0100", "work")),
                "US Navy",
                "Rear Admiral",
                "https://www.linkedin.com/in/grace-hopper",
                null,
                Birthday.of(LocalDate.of(1906, 12, 9)),
                "Invented the compiler",
                List.of(),
                2,
                null),
            new ImportedPerson(
                "Alan Turing",
                null,
                null,
                List.of(new ImportedEmail("alan@bletchley.example", "other")),
                List.of(),
                "Bletchley Park",
                "Cryptanalyst",
                null,
                null,
                Birthday.withoutYear(MonthDay.of(6, 23)),
                null,
                List.of(),
                3,
                null),
            new ImportedPerson(
                "Acme", null, null, List.of(), List.of(), "Acme", null, null, null, null, null,
                List.of(), 5, null));
  }

  @Test
  void readsThroughAMappingTheUserCorrected() {
    ColumnMapping corrected =
        ColumnMapping.of(
            HEADER.size(), Map.of(0, FULL_NAME, 1, EMAIL, 4, COMPANY, 7, DATE_CONNECTED, 9, NOTES));

    try (ImportFile imported = ImportFile.open(Fixtures.fixture("generic/contacts.csv"))) {
      Fixtures.Read<ImportedPerson> read = Fixtures.readAll(imported.people(corrected));

      ImportedPerson grace = read.items().get(0);
      assertThat(grace.knownSince()).isEqualTo(LocalDate.of(2019, 12, 9));
      assertThat(grace.phones()).isEmpty();
      assertThat(grace.title()).isNull();
      assertThat(read.items().get(1).knownSince()).isEqualTo(LocalDate.of(2020, 6, 23));
      assertThat(read.report().warnings())
          .containsExactly(
              "Dates such as 4/5/21 were read as month/day (April 5), the US order: no date in"
                  + " the file shows which order it uses.");
    }
  }

  @Test
  void refusesAMappingThatNamesNoOne() {
    ColumnMapping nothing = ColumnMapping.of(HEADER.size(), Map.of(4, COMPANY));

    try (ImportFile imported = ImportFile.open(Fixtures.fixture("generic/contacts.csv"))) {
      assertThat(Fixtures.readAll(imported.people(nothing)).report().failure())
          .isEqualTo(
              new ReadFailure(
                  "Choose at least one column that holds a name, an email address or a phone"
                      + " number."));
    }
  }

  @Test
  void asksForAMappingWhenNoColumnIsRecognised() {
    Path file = Fixtures.write(dir, "t.csv", "Alpha,Beta\nx,y\n");

    Fixtures.Read<ImportedPerson> read = Fixtures.people(file);

    assertThat(read.report().failure().message())
        .isEqualTo(
            "Rapport could not tell which columns hold names, email addresses or phone numbers;"
                + " choose them on the next screen.");
  }

  @Test
  void splitsGoogleStyleMultiValuesAndLeavesOutPhonesWithTooFewDigits() {
    Path file =
        Fixtures.write(
            dir,
            "t.csv",
            "Name,E-mail,Mobile,Work Phone\n"
                + "Ana Ruiz,ana@a.example ::: ana@b.example,+1 905-555-1000 ::: +44 20 7946 0000,"
                + "BusinessPhone\n"
                + "Ben Okafor,ben@a.example,=1+1,+1 202 555 0100\n");

    Fixtures.Read<ImportedPerson> read = Fixtures.people(file);

    ImportedPerson ana = Fixtures.named(read, "Ana Ruiz");
    assertThat(ana.emails())
        .extracting(ImportedEmail::address)
        .containsExactly("ana@a.example", "ana@b.example");
    assertThat(ana.phones())
        .extracting(ImportedPhone::raw)
        .containsExactly("+1 905-555-1000", "+44 20 7946 0000");
    assertThat(Fixtures.named(read, "Ben Okafor").phones())
        .extracting(ImportedPhone::raw)
        .containsExactly("+1 202 555 0100");
    assertThat(read.report().problems())
        .extracting(RowProblem::row, RowProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                2,
                "\"BusinessPhone\" is not a phone number (it has fewer than three digits), so it was not kept."),
            org.assertj.core.groups.Tuple.tuple(
                3,
                "\"=1+1\" is not a phone number (it has fewer than three digits), so it was not kept."));
  }
}
