package app.rapport.imports.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every limit refuses with a message that states it, and never reads past it. */
class LimitsTest {

  private static final String HEADER =
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

  @TempDir Path dir;

  private static String rows(int count) {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < count; i++) {
      rows.append("Ana,Silva").append(i).append(",,,Relecloud,Designer,04 Apr 2021\n");
    }
    return rows.toString();
  }

  @Test
  void refusesACellLongerThanOneMegabyteWithItsRow() {
    Path file =
        Fixtures.write(
            dir,
            "Connections.csv",
            HEADER
                + rows(10)
                + "Ana,Silva,,,Relecloud,\""
                + "x".repeat(2 * 1024 * 1024)
                + "\",04 Apr 2021\n");

    Fixtures.Read<ImportedPerson> read = Fixtures.people(file);

    assertThat(read.report().failure())
        .isEqualTo(
            new ReadFailure(
                "Row 12 has a field longer than 1 MB; is this really a contacts file? (A quotation"
                    + " mark that is never closed can also cause this.)"));
    assertThat(read.report().isComplete()).isFalse();
  }

  @Test
  void refusesAnUnquotedCellLongerThanOneMegabyte() {
    Path file =
        Fixtures.write(
            dir, "c.csv", HEADER + rows(2) + "Ana," + "y".repeat(2 * 1024 * 1024) + "\n");

    assertThat(Fixtures.people(file).report().failure())
        .isEqualTo(
            new ReadFailure("Row 4 has a field longer than 1 MB; is this really a contacts file?"));
  }

  @Test
  void refusesAQuotationMarkThatIsNeverClosed() {
    Path file =
        Fixtures.write(
            dir,
            "c.csv",
            HEADER + rows(1) + "Ana,\"Silva,,,Relecloud,Designer,04 Apr 2021\n" + rows(3));

    Fixtures.Read<ImportedPerson> read = Fixtures.people(file);

    assertThat(read.report().failure())
        .isEqualTo(
            new ReadFailure(
                "Row 3 opens a quotation mark (\") that is never closed, so the rest of the file"
                    + " would be read as one cell. Is the file complete?"));
  }

  @Test
  void refusesARowLongerThanTheRowLimit() {
    ReadLimits limits =
        new ReadLimits(ReadLimits.MB * 100, 1000, 4096, ReadLimits.MB * 200, 100, 100, 100);
    String wide = ("z".repeat(900) + ",").repeat(10);
    Path file = Fixtures.write(dir, "c.csv", HEADER + rows(1) + wide + "\n");

    try (ImportFile imported = ImportFile.open(file, limits)) {
      assertThat(Fixtures.readAll(imported.people()).report().failure())
          .isEqualTo(new ReadFailure("Row 3 is longer than 4 KB; is this really a contacts file?"));
    }
  }

  @Test
  void refusesAFileOverTheSizeLimit() {
    ReadLimits limits = new ReadLimits(2048, 1000, 5000, 4096, 100, 100, 100);
    Path file = Fixtures.write(dir, "c.csv", HEADER + rows(100));

    try (ImportFile imported = ImportFile.open(file, limits)) {
      assertThat(imported.detection())
          .isEqualTo(new ReadFailure("The file is 5 KB; Rapport reads files of at most 2 KB."));
      assertThat(Fixtures.readAll(imported.people()).report().failure())
          .isEqualTo(imported.detection());
    }
  }

  @Test
  void refusesAVCardPropertyLongerThanOneMegabyteButNotABigPhoto() {
    String big = "A".repeat(3 * 1024 * 1024);
    String photo = "PHOTO;ENCODING=b;TYPE=JPEG:" + big.replaceAll("(.{74})", "$1\n ") + "\n";
    Path withPhoto =
        Fixtures.write(
            dir,
            "photo.vcf",
            "BEGIN:VCARD\nVERSION:3.0\nFN:Ana Silva\n"
                + photo
                + "EMAIL:ana@example.com\nEND:VCARD\n");
    Path withNote =
        Fixtures.write(
            dir,
            "note.vcf",
            "BEGIN:VCARD\nVERSION:3.0\nFN:Ana Silva\nEND:VCARD\n"
                + "BEGIN:VCARD\nVERSION:3.0\nFN:Bo\nNOTE:"
                + big
                + "\nEND:VCARD\n");

    ImportedPerson ana = Fixtures.people(withPhoto).only();
    assertThat(ana.emails()).containsExactly(new ImportedEmail("ana@example.com", "other"));
    assertThat(Fixtures.people(withNote).report().failure())
        .isEqualTo(
            new ReadFailure(
                "Card 2 has a field longer than 1 MB; is this really an address book file?"));
  }

  private Path zipOf(String name, byte[] content) throws IOException {
    Path zip = dir.resolve(name);
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("Connections.csv"));
      out.write(HEADER.getBytes());
      out.write(rows(3).getBytes());
      out.putNextEntry(new ZipEntry("messages.csv"));
      out.write(content);
    }
    return zip;
  }

  @Test
  void refusesAZipBombByItsCompressionRatio() throws IOException {
    Path bomb = zipOf("bomb.zip", new byte[50 * 1024 * 1024]);

    assertThat(FormatDetector.detect(bomb))
        .isEqualTo(
            new ReadFailure(
                "A file inside the zip is compressed more than 100 to 1, as zip bombs are;"
                    + " Rapport did not unpack it."));
  }

  @Test
  void stopsUnpackingAZipBombThatLiesAboutItsSize() throws IOException {
    Path bomb = dir.resolve("liar.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
      out.putNextEntry(new ZipEntry("Connections.csv"));
      out.write(HEADER.getBytes());
      out.write(rows(3).getBytes());
      byte[] blankLines = new byte[50 * 1024 * 1024];
      java.util.Arrays.fill(blankLines, (byte) '\n');
      out.write(blankLines);
    }
    declareSmallSizes(bomb);

    try (ImportFile imported = ImportFile.open(bomb)) {
      // The claimed sizes pass; the bytes actually unpacked do not.
      assertThat(imported.detection().formatOrNull()).isEqualTo(ImportFormat.LINKEDIN_EXPORT_ZIP);
      Fixtures.Read<ImportedPerson> read = Fixtures.readAll(imported.people());
      assertThat(read.report().failure())
          .isEqualTo(
              new ReadFailure(
                  "A file inside the zip is compressed more than 100 to 1, as zip bombs are;"
                      + " Rapport did not unpack it."));
    }
  }

  /** Rewrites every size in the zip's central directory to 1,000 bytes, as a forged bomb does. */
  private static void declareSmallSizes(Path zip) throws IOException {
    byte[] bytes = Files.readAllBytes(zip);
    ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i + 46 <= bytes.length; i++) {
      if (buffer.getInt(i) == 0x02014b50) {
        buffer.putInt(i + 24, 1000);
      }
    }
    Files.write(zip, bytes);
  }

  @Test
  void refusesAZipThatUnpacksToMoreThanTheTotalLimit() throws IOException {
    ReadLimits limits =
        new ReadLimits(
            ReadLimits.MB * 100,
            (int) ReadLimits.MB,
            (int) (4 * ReadLimits.MB),
            300 * 1024,
            100,
            100,
            100);
    byte[] text = new byte[400 * 1024];
    Random random = new Random(3);
    for (int i = 0; i < text.length; i++) {
      text[i] = (byte) ('a' + random.nextInt(26));
    }
    Path zip = zipOf("big.zip", text);

    try (ImportFile imported = ImportFile.open(zip, limits)) {
      assertThat(imported.detection())
          .isEqualTo(
              new ReadFailure(
                  "The zip file unpacks to more than 300 KB; Rapport unpacks at most 300 KB from"
                      + " one zip."));
    }
  }

  @Test
  void refusesAZipWithTooManyFiles() throws IOException {
    Path zip = dir.resolve("many.zip");
    try (OutputStream file = Files.newOutputStream(zip);
        ZipOutputStream out = new ZipOutputStream(file)) {
      for (int i = 0; i < 2_001; i++) {
        out.putNextEntry(new ZipEntry("file" + i + ".csv"));
      }
    }

    assertThat(FormatDetector.detect(zip))
        .isEqualTo(
            new ReadFailure(
                "The zip file holds more than 2,000 files; a LinkedIn export holds far fewer, so"
                    + " Rapport did not unpack it."));
  }
}
