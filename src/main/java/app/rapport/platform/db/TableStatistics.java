package app.rapport.platform.db;

import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Brings the query planner's picture of tables up to date in the middle of a long transaction.
 * PostgreSQL plans from statistics gathered after commits; an import that grows an empty account to
 * thirty thousand people inside one transaction would otherwise be planned as if the account were
 * still empty (scanning every row of it to look up one key). {@code ANALYZE} may run inside a
 * transaction and sees the transaction's own rows. SQLite's planner prefers the matching index
 * without statistics, so there this does nothing.
 */
@Component
public class TableStatistics {

  private static final Pattern NAME = Pattern.compile("[a-z_]+");

  private final JdbcTemplate jdbc;
  private final Database db;

  TableStatistics(JdbcTemplate jdbc, Database db) {
    this.jdbc = jdbc;
    this.db = db;
  }

  public void refresh(String... tables) {
    if (db.isSqlite() || tables.length == 0) {
      return;
    }
    for (String table : tables) {
      if (!NAME.matcher(table).matches()) {
        throw new IllegalArgumentException("Not a table name: " + table);
      }
    }
    jdbc.execute("ANALYZE " + String.join(", ", tables));
  }
}
