package app.rapport.backup;

import app.rapport.platform.RapportProperties;
import app.rapport.platform.db.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Copies of the SQLite database, made while Rapport runs, into {@code <data-dir>/backups}. SQLite's
 * {@code VACUUM INTO} writes a consistent copy of the whole database as one transaction sees it, so
 * a copy is never half-written even while an import runs; the copy is an ordinary database file
 * that Rapport opens as it is. PostgreSQL has its own tool for this (pg_dump); there the JSON
 * backup is what Rapport offers.
 */
@Service
public class DatabaseCopies {

  /** A copy on disk, newest first in {@link #list()}. */
  public record Copy(String fileName, long bytes, Instant madeAt) {}

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd-HHmmss").withZone(ZoneOffset.UTC);

  private final JdbcTemplate jdbc;
  private final Database db;
  private final Path directory;
  private final Clock clock;

  DatabaseCopies(JdbcTemplate jdbc, Database db, RapportProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.db = db;
    this.directory = properties.dataDir().resolve("backups");
    this.clock = clock;
  }

  /** Whether this database can be copied from here (SQLite can; PostgreSQL uses pg_dump). */
  public boolean supported() {
    return db.isSqlite();
  }

  public Path directory() {
    return directory;
  }

  /** Makes a copy now; answers it. */
  public Copy copyNow() {
    if (!supported()) {
      throw new IllegalStateException("Copies are made with pg_dump on PostgreSQL");
    }
    try {
      Files.createDirectories(directory);
      Path target = directory.resolve("rapport-" + STAMP.format(clock.instant()) + ".db");
      for (int n = 2; Files.exists(target); n++) {
        target = directory.resolve("rapport-" + STAMP.format(clock.instant()) + "-" + n + ".db");
      }
      jdbc.execute("VACUUM INTO '" + target.toString().replace("'", "''") + "'");
      return copy(target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The copies in the backups folder, newest first. */
  public List<Copy> list() {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(f -> f.getFileName().toString().matches("rapport-.*\\.db"))
          .map(this::copy)
          .sorted(Comparator.comparing(Copy::madeAt).reversed())
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private Copy copy(Path file) {
    try {
      return new Copy(
          file.getFileName().toString(),
          Files.size(file),
          Files.getLastModifiedTime(file).toInstant());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
