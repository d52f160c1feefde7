package app.rapport.imports.read;

import static app.rapport.imports.read.Fixtures.named;
import static app.rapport.imports.read.Fixtures.people;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Connections.csv of every era LinkedIn has produced, and as Excel leaves it after a re-save. */
class LinkedInConnectionsTest {

  @Test
  void readsTheCurrentExportWithPreambleUrlsHiddenRowsAndCredentials() {
    Fixtures.Read<ImportedPerson> read = people("linkedin/Connections.csv");

    assertThat(read.report().isComplete()).isTrue();
    assertThat(read.items()).hasSize(240);
    assertThat(read.report().skipped())
        .containsExactly(new SkippedRows(LinkedInConnections.HIDDEN, 10));
    assertThat(read.report().problems()).isEmpty();

    ImportedPerson first = read.items().get(0);
    assertThat(first)
        .isEqualTo(
            new ImportedPerson(
                "Yusuf Liu",
                "Yusuf",
                "Liu",
                List.of(),
                List.of(),
                "Contoso Health",
                "Retired",
                "https://www.linkedin.com/in/yusuf-liu-1a2b3c",
                LocalDate.of(2011, 5, 11),
                null,
                null,
                List.of(),
                5,
                null));
    ImportedPerson withEmail = named(read, "Joan Johansson");
    assertThat(withEmail.emails())
        .containsExactly(new ImportedEmail("joan.1@example.org", "other"));
    assertThat(withEmail.sourceRow()).isEqualTo(6);

    ImportedPerson credentials = named(read, "Wanda Delaney, PhD");
    assertThat(credentials.familyName()).isEqualTo("Delaney, PhD");
    assertThat(credentials.knownSince()).isEqualTo(LocalDate.of(2025, 2, 13));

    assertThat(named(read, "Patricia 🌱 Young").givenName()).isEqualTo("Patricia 🌱");
    assertThat(named(read, "Martin Park").organization()).isEqualTo("Northwind Analytics, Inc.");
    assertThat(named(read, "Bernard Adeyemi").title()).isEqualTo("VP, Engineering");

    ImportedPerson lineBreak = named(read, "Raymond Kowalski");
    assertThat(lineBreak.title()).isEqualTo("Plant Manager\nOpen to work");
    assertThat(lineBreak.sourceRow()).isEqualTo(150);
    ImportedPerson afterLineBreak = read.items().get(read.items().indexOf(lineBreak) + 1);
    assertThat(afterLineBreak.sourceRow()).isEqualTo(151);

    ImportedPerson last = read.items().get(read.items().size() - 1);
    assertThat(last.sourceRow()).isEqualTo(244);
  }

  @Test
  void readsFilesFromBefore2021WithoutPreambleOrUrlColumn() {
    Fixtures.Read<ImportedPerson> read = people("linkedin/connections-2020-no-preamble.csv");

    assertThat(read.report().isComplete()).isTrue();
    assertThat(read.items())
        .containsExactly(
            new ImportedPerson(
                "Ines Okafor-Lindqvist",
                "Ines",
                "Okafor-Lindqvist",
                List.of(new ImportedEmail("ines@example.org", "other")),
                List.of(),
                "Northwind Analytics, Inc.",
                "Director of People Ops",
                null,
                LocalDate.of(2020, 9, 3),
                null,
                null,
                List.of(),
                2,
                null),
            new ImportedPerson(
                "Jordan Pike",
                "Jordan",
                "Pike",
                List.of(),
                List.of(),
                "Contoso Health",
                "Recruiter",
                null,
                LocalDate.of(2020, 1, 1),
                null,
                null,
                List.of(),
                3,
                null),
            new ImportedPerson(
                "Mei Iyer",
                "Mei",
                "Iyer",
                List.of(),
                List.of(),
                null,
                null,
                null,
                LocalDate.of(2019, 3, 15),
                null,
                null,
                List.of(),
                4,
                null));
  }

  @Test
  void readsTheMid2021PreambleEraWithHiddenRowsEmojiAndLineBreaks() {
    Fixtures.Read<ImportedPerson> read = people("linkedin/connections-2022-preamble.csv");

    assertThat(read.items())
        .extracting(ImportedPerson::fullName)
        .containsExactly("Amelia Looper, DipWSET", "Sanjay 🌱 Rao", "Zoë Ångström");
    assertThat(read.items()).extracting(ImportedPerson::sourceRow).containsExactly(5, 7, 9);
    assertThat(read.report().skipped())
        .containsExactly(new SkippedRows(LinkedInConnections.HIDDEN, 2));

    ImportedPerson amelia = read.items().get(0);
    assertThat(amelia.familyName()).isEqualTo("Looper, DipWSET");
    assertThat(amelia.knownSince()).isEqualTo(LocalDate.of(2022, 2, 12));
    ImportedPerson sanjay = read.items().get(1);
    assertThat(sanjay.title()).isEqualTo("Plant Manager\nOpen to work");
    assertThat(sanjay.emails()).containsExactly(new ImportedEmail("sanjay@example.com", "other"));
    assertThat(sanjay.knownSince()).isEqualTo(LocalDate.of(2022, 2, 28));
    ImportedPerson zoe = read.items().get(2);
    assertThat(zoe.organization()).isEqualTo("Trey Research");
    assertThat(zoe.title()).isEqualTo("VP, Engineering");
    assertThat(zoe.knownSince()).isEqualTo(LocalDate.of(2021, 12, 30));
  }

  @Test
  void readsThe2026ExportWhereEveryFieldIsQuoted() {
    Fixtures.Read<ImportedPerson> read = people("linkedin/connections-2026-all-quoted.csv");

    assertThat(read.items()).hasSize(2);
    ImportedPerson ravi = read.items().get(0);
    assertThat(ravi.fullName()).isEqualTo("Ravi Mehta \"RM\"");
    assertThat(ravi.title()).isEqualTo("Head of \"Growth\"");
    assertThat(ravi.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/ravi-mehta-rm");
    assertThat(ravi.emails()).containsExactly(new ImportedEmail("ravi@example.net", "other"));
    assertThat(ravi.knownSince()).isEqualTo(LocalDate.of(2026, 2, 8));
    ImportedPerson olga = read.items().get(1);
    assertThat(olga.familyName()).isEqualTo("Sept");
    assertThat(olga.linkedinUrl()).isEqualTo("www.linkedin.com/in/olga-sept/");
    assertThat(olga.knownSince()).isEqualTo(LocalDate.of(2025, 9, 30));
    assertThat(read.report().skippedCount()).isEqualTo(1);
  }

  @Test
  void readsAnExcelResaveWithByteOrderMarkCrlfAndShortDates() {
    Fixtures.Read<ImportedPerson> read = people("linkedin/connections-excel-resave.csv");

    assertThat(read.report().isComplete()).isTrue();
    assertThat(read.items())
        .extracting(ImportedPerson::fullName)
        .containsExactly("Hiroshi Tanaka", "Elena Raghunathan");
    assertThat(read.items())
        .extracting(ImportedPerson::knownSince)
        .containsExactly(LocalDate.of(2021, 4, 4), LocalDate.of(2009, 9, 17));
    assertThat(read.items().get(0).organization()).isEqualTo("City Power & Light");
    assertThat(read.items().get(1).title()).isEqualTo("Program Officer");
    assertThat(read.items().get(0).sourceRow()).isEqualTo(5);
    assertThat(read.report().skippedCount()).isEqualTo(1);
  }

  @Test
  void readsUsSlashDatesMonthFirstWhenADateSettlesIt() {
    // 4/13/21 can only be month first, so 4/4/21 is read the same way, without a warning.
    Fixtures.Read<ImportedPerson> read = people("linkedin/connections-us-slash-dates.csv");

    assertThat(read.items())
        .extracting(ImportedPerson::knownSince)
        .containsExactly(LocalDate.of(2021, 4, 4), LocalDate.of(2021, 4, 13));
    assertThat(read.report().warnings()).isEmpty();
  }

  @Test
  void readsEuropeanSemicolonsAndDayFirstSlashDates() {
    Fixtures.Read<ImportedPerson> read = people("linkedin/connections-eu-semicolons.csv");

    assertThat(read.items())
        .extracting(ImportedPerson::fullName)
        .containsExactly("Karl Müller", "Lena Berg");
    assertThat(read.items())
        .extracting(ImportedPerson::knownSince)
        .containsExactly(LocalDate.of(2021, 5, 4), LocalDate.of(2020, 12, 25));
    assertThat(read.items().get(1).organization()).isEqualTo("Fabrikam; Nord");
  }

  @Test
  void keepsAPersonWhoseDateCannotBeReadAndSaysSo(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    java.nio.file.Path file =
        Fixtures.write(
            dir,
            "c.csv",
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Ana,Silva,,,,,13 Smarch 2021\n");

    Fixtures.Read<ImportedPerson> read = people(file);

    assertThat(read.only().knownSince()).isNull();
    assertThat(read.report().problems())
        .containsExactly(
            new RowProblem(
                2,
                "The date connected \"13 Smarch 2021\" is not a date Rapport can read; the person"
                    + " was kept without it."));
  }

  @Test
  void refusesAFileOfOnlyHiddenProfilesRatherThanImportingNoOne(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    java.nio.file.Path file =
        Fixtures.write(
            dir,
            "c.csv",
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + ",,,,,,01 Jun 2026\n,,,,,,02 Jun 2026");

    Fixtures.Read<ImportedPerson> read = people(file);

    assertThat(read.items()).isEmpty();
    assertThat(read.report().failure().message())
        .isEqualTo(
            "No one in this file can be imported: every row was left out (hidden or closed"
                + " LinkedIn profiles: LinkedIn gives only the date you connected).");
  }
}
