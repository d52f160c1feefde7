package app.rapport.imports.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Recognising files by what is in them, and telling the user plainly what they chose. */
class FormatDetectorTest {

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({
    "linkedin/Connections.csv, LINKEDIN_CONNECTIONS",
    "linkedin/connections-2020-no-preamble.csv, LINKEDIN_CONNECTIONS",
    "linkedin/connections-2022-preamble.csv, LINKEDIN_CONNECTIONS",
    "linkedin/connections-2026-all-quoted.csv, LINKEDIN_CONNECTIONS",
    "linkedin/connections-excel-resave.csv, LINKEDIN_CONNECTIONS",
    "linkedin/connections-eu-semicolons.csv, LINKEDIN_CONNECTIONS",
    "linkedin/messages.csv, LINKEDIN_MESSAGES",
    "linkedin/messages-2022-nine-columns.csv, LINKEDIN_MESSAGES",
    "linkedin/messages-2026-quoted.csv, LINKEDIN_MESSAGES",
    "linkedin/Invitations.csv, LINKEDIN_INVITATIONS",
    "google/google-contacts.csv, GOOGLE_CSV",
    "google/google-legacy-utf16.csv, GOOGLE_CSV",
    "outlook/outlook-contacts.csv, OUTLOOK_CSV",
    "outlook/outlook-desktop-1252.csv, OUTLOOK_CSV",
    "outlook/outlook-com.csv, OUTLOOK_CSV",
    "vcard/v21-quoted-printable.vcf, VCARD",
    "vcard/apple-v3.vcf, VCARD",
    "vcard/v4.vcf, VCARD",
    "vcard/missing-end.vcf, VCARD",
    "realworld-vcards/John_Doe_IPHONE.vcf, VCARD",
    "generic/contacts.csv, GENERIC_CSV",
  })
  void recognisesEveryFixture(String fixture, ImportFormat format) {
    assertThat(FormatDetector.detect(Fixtures.fixture(fixture)).formatOrNull()).isEqualTo(format);
  }

  @Test
  void detectsByContentNotByName() {
    Path vcardNamedCsv =
        Fixtures.write(dir, "contacts.csv", "BEGIN:VCARD\nVERSION:3.0\nFN:A\nEND:VCARD\n");
    Path csvNamedVcf =
        Fixtures.write(dir, "contacts.vcf", "First Name,Last Name,Connected On\nA,B,1 Jan 2020\n");

    assertThat(FormatDetector.detect(vcardNamedCsv).formatOrNull()).isEqualTo(ImportFormat.VCARD);
    assertThat(FormatDetector.detect(csvNamedVcf).formatOrNull())
        .isEqualTo(ImportFormat.LINKEDIN_CONNECTIONS);
  }

  private ReadFailure failureFor(String name, byte[] content) {
    Detection detection = FormatDetector.detect(Fixtures.write(dir, name, content));
    assertThat(detection).isInstanceOf(ReadFailure.class);
    return (ReadFailure) detection;
  }

  @Test
  void explainsFilesThatAreNotAddressBooks() throws IOException {
    assertThat(failureFor("empty.csv", new byte[0]).message()).isEqualTo("The file is empty.");
    assertThat(failureFor("blank.csv", " \r\n\n\t\n".getBytes()).message())
        .isEqualTo("The file is empty: it holds only blank lines.");
    assertThat(failureFor("bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).message())
        .isEqualTo("The file is empty: it holds only blank lines.");
    byte[] random = new byte[4096];
    new Random(7).nextBytes(random);
    assertThat(failureFor("random.vcf", random).message())
        .isEqualTo(
            "This file is not text, so it is neither an address book nor a LinkedIn export.");
    assertThat(
            failureFor("scan.pdf.csv", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1))
                .message())
        .startsWith("This is a PDF document, not an address book file.");
    assertThat(
            failureFor(
                    "photo.vcf",
                    new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16})
                .message())
        .isEqualTo("This is a picture (JPEG image), not an address book file.");
    assertThat(
            failureFor(
                    "old.xls",
                    new byte[] {
                      (byte) 0xD0,
                      (byte) 0xCF,
                      0x11,
                      (byte) 0xE0,
                      (byte) 0xA1,
                      (byte) 0xB1,
                      0x1A,
                      (byte) 0xE1
                    })
                .message())
        .startsWith("This is an older Microsoft Office file");
    assertThat(
            failureFor("cal.vcf", "BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n".getBytes())
                .message())
        .isEqualTo("This is a calendar file (iCalendar), not an address book file.");
    assertThat(
            failureFor("letter.txt", "Dear Ana,\nthank you for the lovely dinner.\n".getBytes())
                .message())
        .isEqualTo(
            "This is a text file, but not a table of contacts: Rapport found no column names such"
                + " as \"First Name\" or \"Email\".");
    java.io.ByteArrayOutputStream gzip = new java.io.ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
      out.write("First Name\n".getBytes());
    }
    assertThat(failureFor("c.csv.gz", gzip.toByteArray()).message())
        .startsWith("This is a compressed archive that Rapport cannot open");
  }

  @Test
  void explainsZipFilesThatAreNotLinkedInExports() throws IOException {
    Path xlsx = dir.resolve("contacts.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(xlsx))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes());
      zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
      zip.write("<workbook/>".getBytes());
    }
    assertThat(FormatDetector.detect(xlsx))
        .isEqualTo(
            new ReadFailure(
                "This is an Excel workbook (.xlsx), not an address book file. If it holds"
                    + " contacts, save it as CSV and choose that file."));

    Path cards = dir.resolve("cards.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(cards))) {
      zip.putNextEntry(new ZipEntry("contacts.vcf"));
      zip.write("BEGIN:VCARD\nFN:A\nEND:VCARD\n".getBytes());
    }
    assertThat(FormatDetector.detect(cards).formatOrNull()).isNull();
    assertThat(((ReadFailure) FormatDetector.detect(cards)).message())
        .startsWith("This zip file holds no LinkedIn Connections.csv");

    assertThat(failureFor("broken.zip", new byte[] {'P', 'K', 3, 4, 1, 2, 3}).message())
        .isEqualTo("The zip file is damaged, so Rapport cannot open it.");
  }

  @Test
  void reportsTheEncodingAndWarnsWhenItIsNotUtf8() {
    Detected utf8 = (Detected) FormatDetector.detect(Fixtures.fixture("linkedin/Connections.csv"));
    assertThat(utf8.encoding()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(utf8.warnings()).isEmpty();

    Detected ansi =
        (Detected) FormatDetector.detect(Fixtures.fixture("outlook/outlook-desktop-1252.csv"));
    assertThat(ansi.encoding()).isEqualTo(TextEncoding.WINDOWS_1252);
    assertThat(ansi.warnings())
        .containsExactly(
            "The file was not UTF-8; read it as Windows-1252 — check names with accents.");
  }

  @Test
  void readsUtf16WithAndWithoutAByteOrderMark() {
    String csv = "Name,Email\nÅsa Öberg,asa@example.se\n";
    for (Path file :
        List.of(
            Fixtures.write(dir, "be.csv", ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_16BE)),
            Fixtures.write(dir, "le-no-bom.csv", csv.getBytes(StandardCharsets.UTF_16LE)))) {
      assertThat(FormatDetector.detect(file).formatOrNull()).isEqualTo(ImportFormat.GENERIC_CSV);
      ImportedPerson asa = Fixtures.people(file).only();
      assertThat(asa.fullName()).isEqualTo("Åsa Öberg");
      assertThat(asa.emails()).containsExactly(new ImportedEmail("asa@example.se", "other"));
    }
  }

  @Test
  void findsWindows1252EvenWhenTheFirstNonUtf8ByteIsFarIntoTheFile() {
    StringBuilder csv = new StringBuilder("First Name,Last Name,Email\n");
    for (int i = 0; i < 5_000; i++) {
      csv.append("Person,Number").append(i).append(",p").append(i).append("@example.com\n");
    }
    csv.append("José,Núñez,jose@example.com\n");
    Path file = Fixtures.write(dir, "late.csv", csv.toString(), TextEncoding.WINDOWS_1252);

    Fixtures.Read<ImportedPerson> read = Fixtures.people(file);

    assertThat(read.report().warnings()).contains(TextEncoding.NOT_UTF8_WARNING);
    assertThat(read.items().get(read.items().size() - 1).fullName()).isEqualTo("José Núñez");
  }
}
