package app.rapport.platform.db;

import app.rapport.platform.Text;
import java.nio.charset.StandardCharsets;
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

  /**
   * The condition that {@code column} is one of the ids bound as {@code :param} (bind them with
   * {@link #ids}): {@code IN (...)} on SQLite; on PostgreSQL {@code = ANY(...)} with the ids as one
   * array, so that the statement is the same whatever their number. PostgreSQL then keeps one plan
   * of index lookups for it; with the ids written out, each number of ids was a statement of its
   * own, and for a few hundred ids it chose hash joins over whole tables (docs/benchmarks.md).
   */
  public String oneOf(String column, String param) {
    return isSqlite() ? column + " IN (:" + param + ")" : column + " = ANY(:" + param + ")";
  }

  /**
   * {@code LIMIT rows} with the number written into the statement rather than bound, for a
   * statement read with the same limit every time. With the limit bound, PostgreSQL's plan for any
   * limit costs more than its plan for the limit given, so it plans the statement again at every
   * execution; with the number written in, it keeps one plan after the first few executions
   * (docs/benchmarks.md, finding 50).
   */
  public static String limit(int rows) {
    if (rows <= 0) {
      throw new IllegalArgumentException("A limit is a number of rows above zero, not " + rows);
    }
    return "LIMIT " + rows;
  }

  /**
   * {@code LIMIT size OFFSET offset} of a page, written into the statement like {@link #limit}. A
   * page's limit and offset bound made PostgreSQL plan a person's introductions again at every
   * visit of their page, for longer than it took to read them (docs/benchmarks.md, finding 50);
   * each page of a list is then a statement of its own, and most visits are to the first.
   */
  public static String page(PageRequest page) {
    return limit(page.size()) + " OFFSET " + page.offset();
  }

  /** The value to bind for {@link #oneOf}. */
  public Object ids(java.util.Collection<Long> ids) {
    return isSqlite() ? ids : ids.toArray(Long[]::new);
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
      String text = text(rs, column);
      return text == null ? null : parseInstant(text);
    }
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  public static LocalDate date(ResultSet rs, String column) throws SQLException {
    String text = text(rs, column);
    return text == null ? null : parseDate(text);
  }

  /**
   * A date or instant column's text. SQLite's driver makes a string of a column in four allocations
   * (a buffer, a callback, two copies); its bytes come in one, and these columns are ASCII. A page
   * of the plan or the Ready-10 reads thousands of them (docs/benchmarks.md).
   */
  private static String text(ResultSet rs, String column) throws SQLException {
    if (rs.isWrapperFor(org.sqlite.core.CoreResultSet.class)) {
      byte[] bytes = rs.getBytes(column);
      return bytes == null ? null : new String(bytes, StandardCharsets.ISO_8859_1);
    }
    return rs.getString(column);
  }

  /*
   * Lists read hundreds of rows with a dozen dates each (Today reads 400), and the general parsers
   * were a third of that page's time (docs/benchmarks.md). The stored shapes are fixed, so they are
   * read digit by digit; anything else goes to the general parser.
   */

  /** A date stored as {@code 2026-11-26}, possibly followed by a time. */
  static LocalDate parseDate(String text) {
    if (text.length() >= 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = Text.digits(text, 0, 4);
      int month = Text.digits(text, 5, 7);
      int day = Text.digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }

  /** An instant stored in the fixed-width form {@code 2026-11-26T09:15:00.000000Z}. */
  static Instant parseInstant(String text) {
    if (text.length() == 27
        && text.charAt(10) == 'T'
        && text.charAt(13) == ':'
        && text.charAt(16) == ':'
        && text.charAt(19) == '.'
        && text.charAt(26) == 'Z') {
      int hour = Text.digits(text, 11, 13);
      int minute = Text.digits(text, 14, 16);
      int second = Text.digits(text, 17, 19);
      int micros = Text.digits(text, 20, 26);
      if (hour >= 0 && minute >= 0 && second >= 0 && micros >= 0) {
        return parseDate(text)
            .atTime(hour, minute, second, micros * 1_000)
            .toInstant(ZoneOffset.UTC);
      }
    }
    return Instant.parse(text);
  }

  /** A nullable integer column, read as such rather than as zero. */
  public static Integer integer(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }
}
