package app.rapport.imports.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Random bytes and damaged copies of real fixtures, thrown at the detector and at every reader:
 * nothing may escape as an exception, and whatever goes wrong must be reported.
 */
class ReadersFuzzTest {

  private static final List<String> FIXTURES =
      List.of(
          "linkedin/Connections.csv",
          "linkedin/connections-2022-preamble.csv",
          "linkedin/connections-2026-all-quoted.csv",
          "linkedin/connections-excel-resave.csv",
          "linkedin/messages-2026-quoted.csv",
          "linkedin/Invitations.csv",
          "google/google-contacts.csv",
          "google/google-legacy-utf16.csv",
          "outlook/outlook-desktop-1252.csv",
          "outlook/outlook-com.csv",
          "generic/contacts.csv",
          "vcard/v21-quoted-printable.vcf",
          "vcard/apple-v3.vcf",
          "vcard/v4.vcf",
          "realworld-vcards/John_Doe_ANDROID.vcf",
          "realworld-vcards/John_Doe_MS_OUTLOOK.vcf");

  private static final ImportFormat[] PEOPLE_FORMATS = {
    ImportFormat.LINKEDIN_CONNECTIONS,
    ImportFormat.VCARD,
    ImportFormat.GOOGLE_CSV,
    ImportFormat.OUTLOOK_CSV,
    ImportFormat.GENERIC_CSV
  };

  @Property(tries = 150)
  void randomBytesNeverThrow(@ForAll @Size(max = 3000) byte[] bytes) {
    throwAtEverything(bytes);
  }

  @Property(tries = 250)
  void damagedFixturesNeverThrow(@ForAll("damagedFixtures") byte[] bytes) {
    throwAtEverything(bytes);
  }

  @Property(tries = 40)
  void damagedZipsNeverThrow(@ForAll("damagedZips") byte[] bytes) {
    throwAtEverything(bytes);
  }

  private static void throwAtEverything(byte[] bytes) {
    Path file = temporary(bytes);
    try {
      Detection detection = FormatDetector.detect(file);
      if (detection instanceof ReadFailure failure) {
        assertThat(failure.message()).isNotBlank();
      }
      try (ImportFile imported = ImportFile.open(file)) {
        checkPeople(Fixtures.readAll(imported.people()));
        checkReport(Fixtures.readAll(imported.linkedInMessages(null)).report());
        checkReport(Fixtures.readAll(imported.linkedInInvitations()).report());
        CsvPreview preview = imported.csvPreview(5);
        if (preview.failure() != null) {
          assertThat(preview.failure().message()).isNotBlank();
        }
      }
      ByteSource source = ByteSource.of(bytes);
      for (ImportFormat format : PEOPLE_FORMATS) {
        checkPeople(Fixtures.readAll(Readers.people(source, format, ReadLimits.defaults())));
      }
      checkReport(
          Fixtures.readAll(new LinkedInMessages(source, ReadLimits.defaults(), null, null))
              .report());
      checkReport(
          Fixtures.readAll(new LinkedInInvitations(source, ReadLimits.defaults())).report());
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void checkPeople(Fixtures.Read<ImportedPerson> read) {
    checkReport(read.report());
    for (ImportedPerson person : read.items()) {
      assertThat(person.fullName()).isNotBlank();
      assertThat(person.sourceRow()).isPositive();
      person.emails().forEach(email -> assertThat(email.address()).isNotBlank());
      person.phones().forEach(phone -> assertThat(phone.raw()).isNotBlank());
    }
  }

  private static void checkReport(ReadReport report) {
    if (report.failure() != null) {
      assertThat(report.failure().message()).isNotBlank();
    }
    assertThat(report.problemCount()).isGreaterThanOrEqualTo(report.problems().size());
    report.problems().forEach(problem -> assertThat(problem.message()).isNotBlank());
  }

  private static Path temporary(byte[] bytes) {
    try {
      Path file = Files.createTempFile("fuzz", ".bin");
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] fixtureBytes(String name) {
    try {
      return Files.readAllBytes(Fixtures.fixture(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One kind of damage real files suffer: flipped bytes, cut-off ends, stray quotes. */
  private interface Damage {
    byte[] apply(byte[] bytes);
  }

  @Provide
  Arbitrary<byte[]> damagedFixtures() {
    Arbitrary<byte[]> fixtures = Arbitraries.of(FIXTURES).map(ReadersFuzzTest::fixtureBytes);
    Arbitrary<List<Damage>> damages = damage().list().ofMinSize(1).ofMaxSize(6);
    return Combinators.combine(fixtures, damages)
        .as(
            (bytes, list) -> {
              byte[] damaged = bytes;
              for (Damage damage : list) {
                damaged = damage.apply(damaged);
              }
              return damaged;
            });
  }

  private static Arbitrary<Damage> damage() {
    Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
    Arbitrary<Damage> flip =
        Combinators.combine(where, Arbitraries.bytes())
            .as((at, value) -> bytes -> replace(bytes, at, new byte[] {value}, 1));
    Arbitrary<Damage> truncate =
        where.map(at -> bytes -> Arrays.copyOf(bytes, (int) (bytes.length * at)));
    Arbitrary<Damage> insert =
        Combinators.combine(
                where,
                Arbitraries.of(
                    "\"",
                    "\n",
                    "\r",
                    "\r\n",
                    ",",
                    ";",
                    ":::",
                    "=",
                    "\nBEGIN:VCARD\n",
                    "END:VCARD\n",
                    " ",
                    "\u0000",
                    "\uFEFF",
                    "é",
                    "=C3=",
                    "BDAY:--1399\n"))
            .as((at, text) -> bytes -> replace(bytes, at, text.getBytes(), 0));
    Arbitrary<Damage> delete =
        Combinators.combine(where, Arbitraries.integers().between(1, 200))
            .as((at, length) -> bytes -> replace(bytes, at, new byte[0], length));
    return Arbitraries.oneOf(flip, truncate, insert, delete);
  }

  private static byte[] replace(byte[] bytes, double at, byte[] with, int removed) {
    int position = (int) (bytes.length * at);
    int end = Math.min(bytes.length, position + removed);
    byte[] result = new byte[position + with.length + bytes.length - end];
    System.arraycopy(bytes, 0, result, 0, position);
    System.arraycopy(with, 0, result, position, with.length);
    System.arraycopy(bytes, end, result, position + with.length, bytes.length - end);
    return result;
  }

  @Provide
  Arbitrary<byte[]> damagedZips() {
    byte[] zip = linkedInZip();
    return damage()
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(
            list -> {
              byte[] damaged = zip;
              for (Damage damage : list) {
                damaged = damage.apply(damaged);
              }
              return damaged;
            });
  }

  private static byte[] linkedInZip() {
    var bytes = new java.io.ByteArrayOutputStream();
    try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
      List<String> names =
          new ArrayList<>(List.of("Connections.csv", "messages.csv", "Invitations.csv"));
      List<String> sources =
          List.of(
              "linkedin/connections-2022-preamble.csv",
              "linkedin/messages-2022-nine-columns.csv",
              "linkedin/Invitations.csv");
      for (int i = 0; i < names.size(); i++) {
        zip.putNextEntry(new java.util.zip.ZipEntry(names.get(i)));
        zip.write(fixtureBytes(sources.get(i)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  @Property(tries = 1)
  void theZipUsedForDamageIsReadableWhole() {
    Path file = temporary(linkedInZip());
    try (ImportFile imported = ImportFile.open(file)) {
      Optional<ImportFormat> format = Optional.ofNullable(imported.detection().formatOrNull());
      assertThat(format).contains(ImportFormat.LINKEDIN_EXPORT_ZIP);
      assertThat(Fixtures.readAll(imported.people()).items()).hasSize(3);
    }
  }
}
