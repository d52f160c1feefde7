package app.rapport.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.support.DatabaseTestBase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What "nothing lost" needs from SQLite, as every connection the app hands out has it. */
class SqliteSettingsTest extends DatabaseTestBase {

  private static final int CONNECTIONS = 3;

  @Autowired DataSource dataSource;
  @Autowired Database db;

  @BeforeEach
  void onSqliteOnly() {
    Assumptions.assumeTrue(db.isSqlite(), "PRAGMA settings exist only on SQLite");
  }

  private static String pragma(Connection connection, String name) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("PRAGMA " + name)) {
      assertThat(rs.next()).as("PRAGMA %s answers", name).isTrue();
      return rs.getString(1);
    }
  }

  private List<String> onEveryConnection(String name) throws SQLException {
    List<Connection> open = new ArrayList<>();
    try {
      List<String> values = new ArrayList<>();
      for (int i = 0; i < CONNECTIONS; i++) {
        Connection connection = dataSource.getConnection();
        open.add(connection);
        values.add(pragma(connection, name));
      }
      return values;
    } finally {
      for (Connection connection : open) {
        connection.close();
      }
    }
  }

  @Test
  void theJournalIsWriteAheadLogged() throws SQLException {
    assertThat(onEveryConnection("journal_mode")).hasSize(CONNECTIONS).containsOnly("wal");
  }

  @Test
  void everyCommitIsSyncedInFull() throws SQLException {
    assertThat(onEveryConnection("synchronous")).hasSize(CONNECTIONS).containsOnly("2");
  }

  @Test
  void foreignKeysAreEnforced() throws SQLException {
    assertThat(onEveryConnection("foreign_keys")).hasSize(CONNECTIONS).containsOnly("1");
  }

  @Test
  void everyConnectionKeepsTheStatementsItPrepares() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.isWrapperFor(KeptStatementsConnection.class)).isTrue();
      assertThat(pragma(connection, "foreign_keys")).isEqualTo("1");
    }
  }

  @Test
  void everyConnectionKeeps32MegabytesOfPagesAndReadsThroughAMemoryMap() throws SQLException {
    assertThat(onEveryConnection("cache_size")).hasSize(CONNECTIONS).containsOnly("-32768");
    assertThat(onEveryConnection("mmap_size")).hasSize(CONNECTIONS).containsOnly("268435456");
  }
}
