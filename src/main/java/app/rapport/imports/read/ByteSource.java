package app.rapport.imports.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bytes that can be opened more than once: a file on disk or a file inside a zip. Readers make a
 * first pass to settle the encoding (and, for some files, the date order or the account owner) and
 * a second pass to read, instead of keeping the content in memory.
 */
interface ByteSource {

  InputStream open() throws IOException;

  /** The size in bytes, or -1 when not known in advance. */
  long size();

  static ByteSource of(Path file) {
    return new ByteSource() {
      @Override
      public InputStream open() throws IOException {
        return Files.newInputStream(file);
      }

      @Override
      public long size() {
        try {
          return Files.size(file);
        } catch (IOException e) {
          return -1;
        }
      }
    };
  }

  static ByteSource of(byte[] bytes) {
    return new ByteSource() {
      @Override
      public InputStream open() {
        return new java.io.ByteArrayInputStream(bytes);
      }

      @Override
      public long size() {
        return bytes.length;
      }
    };
  }

  /** Reads up to {@code max} bytes from the start. */
  default byte[] head(int max) throws IOException {
    try (InputStream in = open()) {
      return in.readNBytes(max);
    }
  }
}
