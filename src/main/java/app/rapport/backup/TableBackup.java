package app.rapport.backup;

import app.rapport.platform.RefusedFile;
import app.rapport.platform.db.Database;
import app.rapport.platform.db.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A backup section that is one table, row for row: each row an item whose fields are the table's
 * columns in camelCase ({@code occurred_on} as {@code occurredOn}), ids as the 13-character strings
 * the API shows, dates and moments as ISO text. A feature whose table needs nothing more than that
 * declares its columns in a subclass and is done; the account is never written, and restoring puts
 * the rows into the account being restored.
 *
 * <p>Rows are written a page at a time in the order of the table's key (every key column but the
 * account), so that neither writing nor restoring needs the whole table in memory.
 */
public abstract class TableBackup implements BackupSection {

  static final int PAGE = 1000;

  /** How a column is written in the file and bound when restored. */
  public enum Kind {
    ID,
    TEXT,
    INTEGER,
    NUMBER,
    BOOLEAN,
    DATE,
    INSTANT
  }

  /** One column of the table. */
  public record Column(String name, Kind kind) {

    public static Column id(String name) {
      return new Column(name, Kind.ID);
    }

    public static Column text(String name) {
      return new Column(name, Kind.TEXT);
    }

    public static Column integer(String name) {
      return new Column(name, Kind.INTEGER);
    }

    public static Column number(String name) {
      return new Column(name, Kind.NUMBER);
    }

    public static Column bool(String name) {
      return new Column(name, Kind.BOOLEAN);
    }

    public static Column date(String name) {
      return new Column(name, Kind.DATE);
    }

    public static Column instant(String name) {
      return new Column(name, Kind.INSTANT);
    }

    /** The field's name in the file: the column's in camelCase. */
    String field() {
      StringBuilder field = new StringBuilder();
      boolean upper = false;
      for (char c : name.toCharArray()) {
        if (c == '_') {
          upper = true;
        } else {
          field.append(upper ? Character.toUpperCase(c) : c);
          upper = false;
        }
      }
      return field.toString();
    }
  }

  private final JdbcTemplate jdbc;
  private final Database db;
  private final String name;
  private final int order;
  private final String table;
  private final List<String> key;
  private final List<Column> columns;

  /**
   * @param key the columns after {@code account_id} that identify a row, in the order rows are
   *     written; each must be one of {@code columns}
   */
  protected TableBackup(
      JdbcTemplate jdbc,
      Database db,
      String name,
      int order,
      String table,
      List<String> key,
      List<Column> columns) {
    this.jdbc = jdbc;
    this.db = db;
    this.name = name;
    this.order = order;
    this.table = table;
    this.key = List.copyOf(key);
    this.columns = List.copyOf(columns);
    List<String> names = columns.stream().map(Column::name).toList();
    if (!names.containsAll(key)) {
      throw new IllegalArgumentException(table + ": every key column must be a column");
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int order() {
    return order;
  }

  @Override
  public boolean hasData(long account) {
    Long count =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM " + table + " WHERE account_id = ?", Long.class, account);
    return count != null && count > 0;
  }

  @Override
  public void write(long account, BackupWriter out) {
    String select =
        "SELECT "
            + columns.stream().map(Column::name).collect(Collectors.joining(", "))
            + " FROM "
            + table
            + " WHERE account_id = ?";
    String orderBy = " ORDER BY " + String.join(", ", key) + " LIMIT " + PAGE;
    String after =
        " AND (" + String.join(", ", key) + ") > (" + "?, ".repeat(key.size() - 1) + "?)";
    Object[] last = null;
    while (true) {
      List<Object[]> keys = new ArrayList<>();
      List<Map<String, Object>> page;
      if (last == null) {
        page = jdbc.query(select + orderBy, (rs, row) -> item(rs, keys), account);
      } else {
        Object[] params = new Object[key.size() + 1];
        params[0] = account;
        System.arraycopy(last, 0, params, 1, last.length);
        page = jdbc.query(select + after + orderBy, (rs, row) -> item(rs, keys), params);
      }
      page.forEach(out::write);
      if (page.size() < PAGE) {
        return;
      }
      last = keys.get(keys.size() - 1);
    }
  }

  /** One row as an item; its key values, as the driver gave them, go on {@code keys}. */
  private Map<String, Object> item(ResultSet rs, List<Object[]> keys) throws SQLException {
    Object[] keyValues = new Object[key.size()];
    for (int i = 0; i < key.size(); i++) {
      keyValues[i] = rs.getObject(key.get(i));
    }
    keys.add(keyValues);
    Map<String, Object> item = new LinkedHashMap<>();
    for (Column column : columns) {
      item.put(column.field(), read(rs, column));
    }
    return item;
  }

  private Object read(ResultSet rs, Column column) throws SQLException {
    String c = column.name();
    Object value =
        switch (column.kind()) {
          case ID -> Ids.format(rs.getLong(c));
          case TEXT -> rs.getString(c);
          case INTEGER -> rs.getInt(c);
          case NUMBER -> rs.getDouble(c);
          case BOOLEAN -> rs.getBoolean(c);
          case DATE -> {
            LocalDate date = Database.date(rs, c);
            yield date == null ? null : date.toString();
          }
          case INSTANT -> {
            Instant instant = db.instant(rs, c);
            yield instant == null ? null : instant.toString();
          }
        };
    return rs.wasNull() ? null : value;
  }

  @Override
  public void restore(long account, BackupReader in) {
    beforeRestore(account);
    String insert =
        "INSERT INTO "
            + table
            + " (account_id, "
            + columns.stream().map(Column::name).collect(Collectors.joining(", "))
            + ") VALUES (?"
            + ", ?".repeat(columns.size())
            + ")";
    int[] types = new int[columns.size() + 1];
    types[0] = Types.BIGINT;
    for (int i = 0; i < columns.size(); i++) {
      types[i + 1] = sqlType(columns.get(i).kind());
    }
    in.read(
        Map.class,
        PAGE,
        items -> {
          List<Object[]> rows = new ArrayList<>(items.size());
          for (Map<?, ?> item : items) {
            Object[] row = new Object[columns.size() + 1];
            row[0] = account;
            for (int i = 0; i < columns.size(); i++) {
              row[i + 1] = bind(columns.get(i), item.get(columns.get(i).field()));
            }
            rows.add(row);
          }
          jdbc.batchUpdate(insert, rows, types);
        });
    afterRestore(account);
  }

  /**
   * Runs before the rows come back, for a table that Rapport fills by itself even in an empty
   * account (a weekly record, say), whose rows the backup's then replace.
   */
  protected void beforeRestore(long account) {}

  /** Runs once the rows are back, for what is derived from them (an index table, say). */
  protected void afterRestore(long account) {}

  /** Runs a statement with the account as its one parameter, for {@link #beforeRestore}. */
  protected void forAccount(String sql, long account) {
    jdbc.update(sql, account);
  }

  private int sqlType(Kind kind) {
    return switch (kind) {
      case ID -> Types.BIGINT;
      case TEXT -> Types.VARCHAR;
      case INTEGER -> Types.INTEGER;
      case NUMBER -> Types.DOUBLE;
      case BOOLEAN -> Types.BOOLEAN;
      case DATE -> Types.DATE;
      case INSTANT -> db.instantSqlType();
    };
  }

  /** A field of the file as the column takes it; a value that is not of its kind is refused. */
  private Object bind(Column column, Object value) {
    if (value == null) {
      return null;
    }
    try {
      return switch (column.kind()) {
        case ID ->
            Ids.parse(value.toString())
                .orElseThrow(() -> new IllegalArgumentException("not an id: " + value));
        case TEXT -> value.toString();
        case INTEGER -> ((Number) value).intValue();
        case NUMBER -> ((Number) value).doubleValue();
        case BOOLEAN -> (Boolean) value;
        case DATE -> LocalDate.parse(value.toString());
        case INSTANT -> db.instant(Instant.parse(value.toString()));
      };
    } catch (RuntimeException e) {
      throw new RefusedFile(
          "This backup could not be read: in \""
              + name
              + "\", the "
              + column.field()
              + " "
              + value
              + " is not what it should be. The file is damaged or was changed by hand.");
    }
  }
}
