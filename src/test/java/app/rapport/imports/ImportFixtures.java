package app.rapport.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The reader fixtures of src/test/resources/imports, as uploads. */
public final class ImportFixtures {

  private ImportFixtures() {}

  public static Path path(String name) {
    URL url = ImportFixtures.class.getResource("/imports/" + name);
    if (url == null) {
      throw new IllegalArgumentException("No fixture " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(path(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The sample LinkedIn export as LinkedIn sends it: a zip with Connections.csv, messages.csv and
   * Invitations.csv at its root.
   */
  public static byte[] linkedInZip() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String name : new String[] {"Connections.csv", "messages.csv", "Invitations.csv"}) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes("linkedin/" + name));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static Path linkedInZipFile(Path directory) {
    try {
      Path file = directory.resolve("Basic_LinkedInDataExport_11-20-2026.zip");
      Files.write(file, linkedInZip());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
