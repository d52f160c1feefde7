package app.rapport.imports.read;

import static app.rapport.imports.read.Fixtures.people;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Variants real files show beside the layouts the other tests read: LinkedIn's columns moved, added
 * or tab-separated, year-less and empty birthdays in the forms Apple and Google write, photos
 * inline, a vCard saved in Windows-1252, Google's current layout with several values per cell, and
 * Google's "Outlook CSV" export (files in {@code imports/quirks}).
 */
class FileVariantsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"quirks/conn-extra-col.csv", "quirks/conn-reordered.csv", "quirks/conn-tab.csv"})
  void readsLinkedInConnectionsWithColumnsAddedMovedOrTabSeparated(String fixture) {
    assertThat(FormatDetector.detect(Fixtures.fixture(fixture)).formatOrNull())
        .isEqualTo(ImportFormat.LINKEDIN_CONNECTIONS);
    Fixtures.Read<ImportedPerson> read = people(fixture);

    ImportedPerson ana = read.only();
    assertThat(ana.fullName()).isEqualTo("Ana Silva");
    assertThat(ana.organization()).isEqualTo("Relecloud");
    assertThat(ana.title()).isEqualTo("Designer");
    assertThat(ana.knownSince()).isEqualTo(LocalDate.of(2026, 2, 8));
    assertThat(ana.linkedinUrl()).startsWith("https://www.linkedin.com/in/ana-silva");
    assertThat(read.report().problems()).isEmpty();
  }

  @Test
  void readsBirthdaysWithoutAYearInApplesAndGooglesFormsAndAnEmptyOne() {
    assertThat(people("quirks/apple-basic-omit.vcf").only().birthday())
        .isEqualTo(Birthday.withoutYear(MonthDay.of(3, 15)));
    assertThat(people("quirks/google-v3-yearless.vcf").only().birthday())
        .isEqualTo(Birthday.withoutYear(MonthDay.of(4, 14)));

    Fixtures.Read<ImportedPerson> empty = people("quirks/empty-bday.vcf");
    assertThat(empty.only().birthday()).isNull();
    assertThat(empty.only().emails()).containsExactly(new ImportedEmail("cy@example.com", "other"));
    assertThat(empty.report().problems()).isEmpty();
  }

  @Test
  void leavesInlinePhotosOutAndReadsTheRestOfTheCard() {
    Fixtures.Read<ImportedPerson> read = people("quirks/android-base64-and-datauri.vcf");

    assertThat(read.items())
        .extracting(ImportedPerson::fullName, ImportedPerson::emails, ImportedPerson::phones)
        .containsExactly(
            tuple(
                "Di Lee",
                List.of(new ImportedEmail("di@example.com", "other")),
                List.of(new ImportedPhone("+1 555 0101", "mobile"))),
            tuple("Ed Kim", List.of(new ImportedEmail("ed@example.com", "other")), List.of()));
    assertThat(read.report().problems()).isEmpty();
  }

  @Test
  void readsAVCardSavedInWindows1252WithAWarning() {
    Fixtures.Read<ImportedPerson> read = people("quirks/thunderbird-ansi.vcf");

    ImportedPerson joerg = read.only();
    assertThat(joerg.fullName()).isEqualTo("Jörg Müller");
    assertThat(joerg.organization()).isEqualTo("Bäckerei");
    assertThat(read.report().warnings()).containsExactly(TextEncoding.NOT_UTF8_WARNING);
  }

  @Test
  void readsSeveralValuesPerCellInGooglesCurrentLayout() {
    ImportedPerson ana = people("quirks/google-current-multi.csv").only();

    assertThat(ana.emails())
        .containsExactly(
            new ImportedEmail("ana@work.example", "work"),
            new ImportedEmail("ana2@work.example", "work"),
            new ImportedEmail("ana@home.example", "personal"));
    assertThat(ana.organization()).isEqualTo("Relecloud");
    assertThat(ana.title()).isEqualTo("Designer");
    assertThat(ana.linkedinUrl()).isEqualTo("linkedin.com/in/ana-silva");
    assertThat(ana.birthday()).isEqualTo(Birthday.withoutYear(MonthDay.of(3, 15)));
    // Google's own groups ("* starred", "* myContacts") are not the user's tags.
    assertThat(ana.tags()).containsExactly("Friends");
  }

  @Test
  void readsGooglesOutlookCsvExportAsOutlook() {
    assertThat(
            FormatDetector.detect(Fixtures.fixture("quirks/google-outlook-export.csv"))
                .formatOrNull())
        .isEqualTo(ImportFormat.OUTLOOK_CSV);
    ImportedPerson ana = people("quirks/google-outlook-export.csv").only();

    assertThat(ana.emails()).containsExactly(new ImportedEmail("ana@example.com", "other"));
    assertThat(ana.phones()).containsExactly(new ImportedPhone("+1 555 0100", "mobile"));
    assertThat(ana.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/ana-silva");
    assertThat(ana.birthday()).isEqualTo(Birthday.of(LocalDate.of(1980, 3, 15)));
    assertThat(ana.tags()).isEmpty();
  }
}
