package app.rapport.platform.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The one place that knows which database engine Rapport runs on. Most SQL is the same on SQLite
 * and PostgreSQL; what differs (how instants are bound and read, full-text search) asks here.
 *
 * <p>On SQLite an instant is stored as fixed-width UTC text ({@code 2026-11-26T09:15:00.000000Z})
 * so that text order is time order; on PostgreSQL it is a {@code timestamp with time zone}. Dates
 * are ISO text on SQLite and {@code date} on PostgreSQL; both drivers bind {@link LocalDate} as
 * such.
 */
public final class Database {

  public enum Engine {
    SQLITE,
    POSTGRES
  }

  private static final DateTimeFormatter SQLITE_INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private final Engine engine;

  public Database(Engine engine) {
    this.engine = engine;
  }

  public static Database forUrl(String jdbcUrl) {
    if (jdbcUrl != null && jdbcUrl.startsWith("jdbc:sqlite:")) {
      return new Database(Engine.SQLITE);
    }
    if (jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:")) {
      return new Database(Engine.POSTGRES);
    }
    throw new IllegalStateException(
        "Rapport runs on SQLite or PostgreSQL; this database URL is neither: " + jdbcUrl);
  }

  public Engine engine() {
    return engine;
  }

  public boolean isSqlite() {
    return engine == Engine.SQLITE;
  }

  /** The value to bind for an instant column. */
  public Object instant(Instant instant) {
    if (instant == null) {
      return null;
    }
    Instant micros = instant.truncatedTo(ChronoUnit.MICROS);
    return isSqlite() ? SQLITE_INSTANT.format(micros) : micros.atOffset(ZoneOffset.UTC);
  }

  /** The JDBC type of an instant column, for batches that declare their parameter types. */
  public int instantSqlType() {
    return isSqlite() ? java.sql.Types.VARCHAR : java.sql.Types.TIMESTAMP_WITH_TIMEZONE;
  }

  public Instant instant(ResultSet rs, String column) throws SQLException {
    if (isSqlite()) {
      String text = rs.getString(column);
      return text == null ? null : Instant.parse(text);
    }
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  public static LocalDate date(ResultSet rs, String column) throws SQLException {
    String text = rs.getString(column);
    return text == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }

  /** A nullable integer column, read as such rather than as zero. */
  public static Integer integer(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }
}
