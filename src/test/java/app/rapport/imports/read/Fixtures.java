package app.rapport.imports.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Test fixtures from src/test/resources/imports and small helpers for reading them whole. */
final class Fixtures {

  private Fixtures() {}

  static Path fixture(String name) {
    URL url = Fixtures.class.getResource("/imports/" + name);
    if (url == null) {
      throw new IllegalArgumentException("No fixture " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Everything a reader gives, and its report once the file has been read to the end. */
  record Read<T>(List<T> items, ReadReport report) {
    T only() {
      if (items.size() != 1) {
        throw new AssertionError("Expected one item, got " + items.size() + ": " + report);
      }
      return items.get(0);
    }
  }

  static <T> Read<T> readAll(ImportReader<T> reader) {
    List<T> items = new ArrayList<>();
    try (reader) {
      for (Optional<T> next = reader.next(); next.isPresent(); next = reader.next()) {
        items.add(next.get());
      }
      return new Read<>(items, reader.report());
    }
  }

  static Read<ImportedPerson> people(Path file) {
    try (ImportFile imported = ImportFile.open(file)) {
      return readAll(imported.people());
    }
  }

  static Read<ImportedPerson> people(String fixture) {
    return people(fixture(fixture));
  }

  static Path write(Path dir, String name, String content) {
    return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path dir, String name, String content, Charset charset) {
    return write(dir, name, content.getBytes(charset));
  }

  static Path write(Path dir, String name, byte[] content) {
    try {
      return Files.write(dir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ImportedPerson named(Read<ImportedPerson> read, String fullName) {
    return read.items().stream()
        .filter(person -> person.fullName().equals(fullName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No one named " + fullName));
  }
}
