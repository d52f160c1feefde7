package app.rapport.imports.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bytes that can be opened more than once: a file on disk or a file inside a zip. Readers make a
 * first pass to settle the encoding (and, for some files, the date order or the account owner) and
 * a second pass to read, instead of keeping the content in memory.
 */
@FunctionalInterface
interface ByteSource {

  InputStream open() throws IOException;

  static ByteSource of(Path file) {
    return () -> Files.newInputStream(file);
  }

  static ByteSource of(byte[] bytes) {
    return () -> new ByteArrayInputStream(bytes);
  }

  /** Reads up to {@code max} bytes from the start. */
  default byte[] head(int max) throws IOException {
    try (InputStream in = open()) {
      return in.readNBytes(max);
    }
  }
}
