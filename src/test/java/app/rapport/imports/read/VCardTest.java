package app.rapport.imports.read;

import static app.rapport.imports.read.Fixtures.named;
import static app.rapport.imports.read.Fixtures.people;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** vCard 2.1, 3.0 and 4.0 as real address books write them. */
class VCardTest {

  @Test
  void readsVersion21QuotedPrintable() {
    ImportedPerson joerg = people("vcard/v21-quoted-printable.vcf").only();

    assertThat(joerg)
        .isEqualTo(
            new ImportedPerson(
                "Jörg Müller",
                "Jörg",
                "Müller",
                List.of(new ImportedEmail("joerg@example.de", "other")),
                List.of(
                    new ImportedPhone("+49 170 1234567", "mobile"),
                    new ImportedPhone("+49 30 7654321", "work")),
                "Bäckerei Schön",
                "Verkaufsleiter",
                null,
                null,
                Birthday.of(LocalDate.of(1975, 7, 4)),
                "Erste Zeile\r\nZweite Zeile mit einem sehr langen Text, der umgebrochen wurde.",
                List.of(),
                1,
                null));
  }

  /**
   * Outlook 2003 and older phones write quoted-printable text in their own code page without a
   * CHARSET: the letters must come through, with a warning, not as "�".
   */
  @Test
  void readsQuotedPrintableWithoutACharsetInWindows1252WithAWarning() {
    Fixtures.Read<ImportedPerson> read = people("vcard/v21-quoted-printable-windows-1252.vcf");

    assertThat(read.items())
        .extracting(
            ImportedPerson::fullName,
            ImportedPerson::givenName,
            ImportedPerson::familyName,
            ImportedPerson::organization,
            ImportedPerson::title)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Françoise Lefèvre", "Françoise", "Lefèvre", "Société Générale", "Directrice"),
            org.assertj.core.groups.Tuple.tuple("Ines Okafor", "Ines", "Okafor", null, null));
    assertThat(read.items().get(0).phones())
        .containsExactly(new ImportedPhone("+33 6 12 34 56 78", "mobile"));
    assertThat(read.report().problems()).isEmpty();
    assertThat(read.report().warnings()).containsExactly(VCardLineFilter.QUOTED_PRINTABLE_NOT_UTF8);
  }

  /** UTF-8 quoted-printable without a CHARSET, a letter's bytes split by a soft line break. */
  @Test
  void readsQuotedPrintableWithoutACharsetInUtf8WithoutAWarning() {
    Fixtures.Read<ImportedPerson> read = people("vcard/v21-quoted-printable-utf8-no-charset.vcf");

    ImportedPerson joerg = read.only();
    assertThat(joerg.fullName()).isEqualTo("Jörg Müller");
    assertThat(joerg.givenName()).isEqualTo("Jörg");
    assertThat(joerg.familyName()).isEqualTo("Müller");
    assertThat(read.report().warnings()).isEmpty();
  }

  /** Apple Contacts may keep a LinkedIn name as an instant-messaging handle. */
  @Test
  void readsALinkedInProfileKeptAsAnInstantMessagingHandle(@TempDir Path dir) {
    Path file =
        Fixtures.write(
            dir,
            "impp.vcf",
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Ng;Fay;;;\r\nFN:Fay Ng\r\n"
                + "IMPP;X-SERVICE-TYPE=LinkedIn:x-apple:fayng\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Roe;Bea;;;\r\nFN:Bea Roe\r\n"
                + "IMPP;X-SERVICE-TYPE=LinkedIn:https://www.linkedin.com/in/bea-roe\r\n"
                + "END:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Poe;Cy;;;\r\nFN:Cy Poe\r\n"
                + "IMPP;X-SERVICE-TYPE=Skype:skype:cypoe\r\nEND:VCARD\r\n");

    assertThat(people(file).items())
        .extracting(ImportedPerson::fullName, ImportedPerson::linkedinUrl)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Fay Ng", "https://www.linkedin.com/in/fayng"),
            org.assertj.core.groups.Tuple.tuple("Bea Roe", "https://www.linkedin.com/in/bea-roe"),
            org.assertj.core.groups.Tuple.tuple("Cy Poe", null));
  }

  @Test
  void readsAnAppleExportWithLabelsYearlessBirthdaysAndLinkedIn() {
    Fixtures.Read<ImportedPerson> read = people("vcard/apple-v3.vcf");

    assertThat(read.report().isComplete()).isTrue();
    assertThat(read.report().skipped())
        .containsExactly(new SkippedRows(VCardPeople.GROUP_CARDS, 1));
    assertThat(read.items())
        .extracting(ImportedPerson::fullName)
        .containsExactly("Ines Okafor-Lindqvist", "Fourth Coffee", "Jordan Pike");

    assertThat(read.items().get(0))
        .isEqualTo(
            new ImportedPerson(
                "Ines Okafor-Lindqvist",
                "Ines",
                "Okafor-Lindqvist",
                List.of(
                    new ImportedEmail("ines@northwind.example", "other"),
                    new ImportedEmail("ines.ol@northwind.example", "work")),
                List.of(
                    new ImportedPhone("070-123 45 67", "mobile"),
                    new ImportedPhone("+46 70 123 45 67", "Signal"),
                    new ImportedPhone("08-555 123", "home")),
                "Northwind Analytics, Inc.",
                "Director of People Ops",
                "https://www.linkedin.com/in/ines-okafor-l-3b2a91",
                null,
                Birthday.withoutYear(MonthDay.of(3, 15)),
                "Met at the 2019 HR summit.\nAsked about board roles.",
                List.of("Mentors", "Stockholm"),
                1,
                null));

    ImportedPerson company = read.items().get(1);
    assertThat(company.organization()).isEqualTo("Fourth Coffee");
    assertThat(company.phones()).containsExactly(new ImportedPhone("+1 555 0100", "work"));
    assertThat(company.sourceRow()).isEqualTo(2);

    ImportedPerson jordan = read.items().get(2);
    assertThat(jordan.birthday()).isEqualTo(Birthday.of(LocalDate.of(1980, 2, 29)));
    assertThat(jordan.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/jordanpike");
  }

  @Test
  void readsVersion4() {
    ImportedPerson ana = people("vcard/v4.vcf").only();

    assertThat(ana)
        .isEqualTo(
            new ImportedPerson(
                "Ana María Silva",
                "Ana",
                "Silva",
                List.of(
                    new ImportedEmail("ana.silva@relecloud.example", "work"),
                    new ImportedEmail("ana@home.example", "personal")),
                List.of(
                    new ImportedPhone("+351-912-345-678", "mobile"),
                    new ImportedPhone("+351-21-000-0000 ext. 42", "work")),
                "Relecloud",
                "Product Designer",
                "https://pt.linkedin.com/in/ana-silva",
                null,
                Birthday.withoutYear(MonthDay.of(4, 15)),
                "Portuguese design community.",
                List.of(),
                1,
                null));
  }

  @Test
  void closesCardsWithoutEndAndReportsThem() {
    Fixtures.Read<ImportedPerson> read = people("vcard/missing-end.vcf");

    assertThat(read.report().isComplete()).isTrue();
    assertThat(read.items())
        .extracting(ImportedPerson::fullName)
        .containsExactly("First Person", "Second Person", "Third Person");
    assertThat(read.items()).extracting(ImportedPerson::sourceRow).containsExactly(1, 2, 3);
    assertThat(read.items().get(0).emails())
        .containsExactly(new ImportedEmail("first@example.com", "other"));
    assertThat(read.report().problems())
        .containsExactly(
            new RowProblem(
                1, "This card has no END:VCARD line; it was read up to where the next begins."),
            new RowProblem(
                3, "This card has no END:VCARD line; it was read to the end of the file."));
  }

  @Test
  void reportsAPictureNamedVcf() {
    Path picture = Fixtures.fixture("vcard/picture.vcf");

    assertThat(FormatDetector.detect(picture))
        .isEqualTo(new ReadFailure("This is a picture (PNG image), not an address book file."));
    Fixtures.Read<ImportedPerson> read = people(picture);
    assertThat(read.items()).isEmpty();
    assertThat(read.report().failure().message()).startsWith("This is a picture");
  }

  static Stream<Path> realWorldCards() throws IOException {
    try (Stream<Path> files = Files.list(Fixtures.fixture("realworld-vcards"))) {
      return files.filter(file -> file.toString().endsWith(".vcf")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("realWorldCards")
  void readsEveryRealWorldExportWithoutProblems(Path file) {
    Fixtures.Read<ImportedPerson> read = people(file);

    assertThat(read.report().isComplete()).as(read.report().toString()).isTrue();
    if (file.getFileName().toString().equals("outlook-2003.vcf")) {
      // Outlook 2003's sample card holds field names where its phone numbers belong
      assertThat(read.report().problems())
          .extracting(RowProblem::message)
          .containsExactly(
              PersonDraft.notAPhone("BusinessPhone"),
              PersonDraft.notAPhone("HomePhone"),
              PersonDraft.notAPhone("MobilePhone"),
              PersonDraft.notAPhone("BusinessFaxPhone"));
    } else {
      assertThat(read.report().problems()).isEmpty();
    }
    assertThat(read.items()).isNotEmpty();
  }

  private static ImportedPerson realWorld(String file) {
    return people(Fixtures.fixture("realworld-vcards/" + file)).only();
  }

  /**
   * The values of the other address books' cards: escaped commas in names and organisations, types
   * listed with commas or repeated, quoted parameters, five addresses on one card.
   */
  @Test
  void keepsTheValuesOfTheOtherAddressBooks() {
    ImportedPerson outlook2003 = realWorld("outlook-2003.vcf");
    assertThat(outlook2003.fullName()).isEqualTo("John Doe III");
    assertThat(outlook2003.organization()).isEqualTo("Company, The");
    assertThat(outlook2003.title()).isEqualTo("The Job Title");
    assertThat(outlook2003.emails())
        .containsExactly(new ImportedEmail("jdoe@hotmail.com", "other"));
    // its phone numbers are the placeholders "BusinessPhone", "HomePhone" and so on
    assertThat(outlook2003.phones()).isEmpty();
    assertThat(outlook2003.birthday()).isEqualTo(Birthday.of(LocalDate.of(1980, 3, 21)));

    ImportedPerson outlook2007 = realWorld("outlook-2007.vcf");
    assertThat(outlook2007.fullName()).isEqualTo("Mr. Michael Angstadt Jr.");
    assertThat(outlook2007.organization()).isEqualTo("TheCompany");
    assertThat(outlook2007.phones())
        .containsExactly(
            new ImportedPhone("(111) 555-1111", "work"),
            new ImportedPhone("(111) 555-2222", "home"),
            new ImportedPhone("(111) 555-4444", "mobile"),
            new ImportedPhone("(111) 555-3333", "fax"));
    assertThat(outlook2007.birthday()).isEqualTo(Birthday.of(LocalDate.of(1922, 3, 10)));

    Fixtures.Read<ImportedPerson> rfc2426 = people("realworld-vcards/rfc2426-example.vcf");
    assertThat(rfc2426.items())
        .extracting(ImportedPerson::fullName, ImportedPerson::organization)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Frank Dawson", "Lotus Development Corporation"),
            org.assertj.core.groups.Tuple.tuple("Tim Howes", "Netscape Communications Corp."));
    // TYPE=VOICE,MSG,WORK and TYPE=FAX,WORK
    assertThat(rfc2426.items().get(0).phones())
        .containsExactly(
            new ImportedPhone("+1-919-676-9515", "work"),
            new ImportedPhone("+1-919-676-9564", "fax"));
    assertThat(rfc2426.items().get(0).emails())
        .extracting(ImportedEmail::address)
        .containsExactly("Frank_Dawson@Lotus.com", "fdawson@earthlink.net");

    ImportedPerson thunderbird = realWorld("thunderbird-MoreFunctionsForAddressBook-extension.vcf");
    assertThat(thunderbird.emails())
        .extracting(ImportedEmail::address)
        .containsExactly(
            "doe.john@hotmail.com",
            "additional-email@company.com",
            "additional-email1@company.com",
            "additional-email2@company.com",
            "additional-email3@company.com");
    assertThat(thunderbird.phones())
        .extracting(ImportedPhone::label)
        .containsExactly("work", "home", "mobile", "fax", "pager");
    assertThat(thunderbird.organization()).isEqualTo("TheOrganization");

    // N:Doe;John;Richter\, James;Mr.;Sr. and parameters in quotes
    ImportedPerson evolution = realWorld("John_Doe_EVOLUTION.vcf");
    assertThat(evolution.fullName()).isEqualTo("Mr. John Richter, James Doe Sr.");
    assertThat(evolution.givenName()).isEqualTo("John");
    assertThat(evolution.familyName()).isEqualTo("Doe");
    assertThat(evolution.organization()).isEqualTo("IBM");
    assertThat(evolution.title()).isEqualTo("Money Counter");
    assertThat(evolution.emails()).containsExactly(new ImportedEmail("john.doe@ibm.com", "work"));
    assertThat(evolution.phones())
        .containsExactly(
            new ImportedPhone("905-666-1234", "mobile"), new ImportedPhone("905-555-1234", "work"));
    assertThat(evolution.notes()).contains("WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE");

    ImportedPerson lotus = realWorld("John_Doe_LOTUS_NOTES.vcf");
    assertThat(lotus.fullName()).isEqualTo("Mr. Doe John I Johny");
    assertThat(lotus.emails())
        .containsExactly(
            new ImportedEmail("john.doe@ibm.com", "work"),
            new ImportedEmail("billy_bob@gmail.com", "work"));
    assertThat(lotus.phones())
        .containsExactly(
            new ImportedPhone("+1 (212) 204-34456", "mobile"),
            new ImportedPhone("00-1-212-555-7777", "fax"));
    assertThat(lotus.title()).isEqualTo("Generic Accountant");

    ImportedPerson blackBerry = realWorld("John_Doe_BLACK_BERRY.vcf");
    assertThat(blackBerry.fullName()).isEqualTo("John Doe");
    assertThat(blackBerry.organization()).isEqualTo("Acme Solutions");
    assertThat(blackBerry.phones()).containsExactly(new ImportedPhone("+96123456789", "mobile"));

    ImportedPerson gmail = realWorld("John_Doe_GMAIL.vcf");
    assertThat(gmail.fullName()).isEqualTo("Mr. John Richter, James Doe Sr.");
    assertThat(gmail.emails()).containsExactly(new ImportedEmail("john.doe@ibm.com", "personal"));
    assertThat(gmail.birthday()).isEqualTo(Birthday.of(LocalDate.of(1980, 3, 22)));

    // Cards with nothing but a name and an address.
    assertThat(people("realworld-vcards/gmail-list.vcf").items())
        .extracting(ImportedPerson::fullName, ImportedPerson::emails)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Arnold Smith", List.of(new ImportedEmail("asmithk@gmail.com", "other"))),
            org.assertj.core.groups.Tuple.tuple(
                "Chris Beatle", List.of(new ImportedEmail("chrisy55d@yahoo.com", "other"))),
            org.assertj.core.groups.Tuple.tuple(
                "Doug White", List.of(new ImportedEmail("dwhite@gmail.com", "other"))));

    ImportedPerson mac = realWorld("John_Doe_MAC_ADDRESS_BOOK.vcf");
    assertThat(mac.fullName()).isEqualTo("Mr. John Richter,James Doe Sr.");
    assertThat(mac.phones())
        .extracting(ImportedPhone::label)
        .containsExactly("work", "home", "mobile", "fax", "fax", "pager", "AssistantPhone");
    assertThat(mac.birthday()).isEqualTo(Birthday.of(LocalDate.of(2012, 6, 6)));
  }

  @Test
  void keepsEveryValueOfTheIphoneExport() {
    ImportedPerson john = people(Fixtures.fixture("realworld-vcards/John_Doe_IPHONE.vcf")).only();

    assertThat(john.fullName()).isEqualTo("Mr. John Richter James Doe Sr.");
    assertThat(john.givenName()).isEqualTo("John");
    assertThat(john.familyName()).isEqualTo("Doe");
    assertThat(john.organization()).isEqualTo("IBM");
    assertThat(john.title()).isEqualTo("Money Counter");
    assertThat(john.emails()).containsExactly(new ImportedEmail("john.doe@ibm.com", "other"));
    assertThat(john.phones())
        .containsExactly(
            new ImportedPhone("905-555-1234", "mobile"),
            new ImportedPhone("905-666-1234", "home"),
            new ImportedPhone("905-777-1234", "work"),
            new ImportedPhone("905-888-1234", "fax"),
            new ImportedPhone("905-999-1234", "fax"),
            new ImportedPhone("905-111-1234", "pager"),
            new ImportedPhone("905-222-1234", "AssistantPhone"));
    assertThat(john.birthday()).isEqualTo(Birthday.of(LocalDate.of(2012, 6, 6)));
  }

  @Test
  void keepsEveryValueOfTheOutlookAndAndroidExports() {
    ImportedPerson outlook =
        people(Fixtures.fixture("realworld-vcards/John_Doe_MS_OUTLOOK.vcf")).only();
    assertThat(outlook.fullName()).isEqualTo("Mr. John Richter James Doe Sr.");
    assertThat(outlook.emails()).containsExactly(new ImportedEmail("john.doe@ibm.cm", "other"));
    assertThat(outlook.phones())
        .containsExactly(
            new ImportedPhone("(905) 555-1234", "work"),
            new ImportedPhone("(905) 666-1234", "home"));
    assertThat(outlook.organization()).isEqualTo("IBM");
    assertThat(outlook.title()).isEqualTo("Money Counter");
    assertThat(outlook.birthday()).isEqualTo(Birthday.of(LocalDate.of(1980, 3, 22)));
    assertThat(outlook.notes()).startsWith("THIS SOFTWARE IS PROVIDED BY GEORGE EL-HADDAD");

    Fixtures.Read<ImportedPerson> android =
        people(Fixtures.fixture("realworld-vcards/John_Doe_ANDROID.vcf"));
    assertThat(android.items()).hasSize(6);
    assertThat(android.items().get(0).emails())
        .containsExactly(new ImportedEmail("john.doe@company.com", "other"));
    assertThat(android.items().get(0).tags()).isEmpty();
    ImportedPerson quotedPrintable = android.items().get(4);
    assertThat(quotedPrintable.fullName()).isEqualTo("Ñ Ñ Ñ Ñ");
    assertThat(quotedPrintable.organization()).isEqualTo("ÑÑÑÑÑÑÑÑÑÑÑÑ");
    assertThat(quotedPrintable.emails())
        .containsExactly(
            new ImportedEmail("bob@company.com", "work"),
            new ImportedEmail("ÑÑÑÑÑÑÑÑÑÑÑÑÑÑ", "other"));
    assertThat(android.items().get(5).organization()).isEqualTo("Ñ".repeat(44));

    ImportedPerson rfc = people(Fixtures.fixture("realworld-vcards/rfc6350-example.vcf")).only();
    assertThat(rfc.birthday()).isEqualTo(Birthday.withoutYear(MonthDay.of(2, 3)));
    assertThat(
            named(people(Fixtures.fixture("realworld-vcards/gmail-list.vcf")), "Doug White")
                .emails())
        .containsExactly(new ImportedEmail("dwhite@gmail.com", "other"));
  }

  @Test
  void readsEachCardsUid(@TempDir Path dir) {
    Path file =
        Fixtures.write(
            dir,
            "uids.vcf",
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dana Lee\r\n"
                + "UID:urn:uuid:0b3f1e9c-5d2a-3c4b-9e8f-7a6b5c4d3e2f\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eli Moss\r\nEND:VCARD\r\n");

    assertThat(people(file).items())
        .extracting(ImportedPerson::uid)
        .containsExactly("urn:uuid:0b3f1e9c-5d2a-3c4b-9e8f-7a6b5c4d3e2f", null);
  }
}
