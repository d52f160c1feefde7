package app.rapport.imports;

import app.rapport.imports.read.ReadLimits;
import app.rapport.platform.RapportProperties;
import app.rapport.platform.RefusedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * Uploads waiting to be imported, in {@code <data-dir>/imports}: kept from the upload to the end of
 * the import (a preview waits there for the user's confirmation), then removed. Files are named by
 * the import's id, never by the name the browser sent.
 */
@Component
class UploadStore {

  private final Path directory;
  private final long maxBytes;

  UploadStore(RapportProperties properties) {
    this.directory = properties.dataDir().resolve("imports");
    this.maxBytes = ReadLimits.defaults().maxFileBytes();
  }

  /** Copies an upload in, refusing it (and keeping nothing) once it passes the size limit. */
  Path store(long batch, InputStream content) {
    Path file = directory.resolve(batch + ".upload");
    try {
      Files.createDirectories(directory);
      try (InputStream in = content;
          OutputStream out = Files.newOutputStream(file)) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
          total += read;
          if (total > maxBytes) {
            throw new RefusedFile(
                "This file is larger than "
                    + maxBytes / ReadLimits.MB
                    + " MB, the most Rapport takes in one import. Export fewer contacts at a time,"
                    + " or split the file.");
          }
          out.write(buffer, 0, read);
        }
      }
      return file;
    } catch (IOException e) {
      delete(file);
      throw new UncheckedIOException("Could not keep the upload " + file, e);
    } catch (RuntimeException e) {
      delete(file);
      throw e;
    }
  }

  Path path(String stored) {
    return directory.resolve(stored);
  }

  void delete(String stored) {
    if (stored != null) {
      delete(directory.resolve(stored));
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // An upload left behind is removed by the next clean-up; nothing depends on it.
    }
  }
}
