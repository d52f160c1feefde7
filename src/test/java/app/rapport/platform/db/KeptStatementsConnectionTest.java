package app.rapport.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteException;

/**
 * The SQLite connections that keep their prepared statements: a statement comes back for the same
 * SQL, and each use sees the database as it is and nothing of the use before.
 */
class KeptStatementsConnectionTest {

  private static final String BY_ID = "SELECT name FROM person WHERE id = ?";

  @TempDir Path folder;
  private String url;
  private KeptStatementsConnection connection;

  @BeforeEach
  void openADatabaseOfTwoPeople() throws SQLException {
    url = "jdbc:sqlite:" + folder.resolve("kept.db");
    connection = open();
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT)");
      statement.execute("INSERT INTO person VALUES (1, 'Ada'), (2, 'Grace')");
    }
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  private KeptStatementsConnection open() throws SQLException {
    Properties settings = new Properties();
    settings.setProperty("journal_mode", "WAL");
    return (KeptStatementsConnection) new KeptStatementsDriver().connect(url, settings);
  }

  private static List<String> names(PreparedStatement statement) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  @Test
  void theSameSqlGetsTheSameStatementBackWithItsNewValues() throws SQLException {
    PreparedStatement first = connection.prepareStatement(BY_ID);
    first.setLong(1, 1);
    assertThat(names(first)).containsExactly("Ada");
    first.close();

    PreparedStatement second = connection.prepareStatement(BY_ID);
    assertThat(second).isSameAs(first);
    second.setLong(1, 2);
    assertThat(names(second)).containsExactly("Grace");
    second.close();
    assertThat(connection.keptCount()).isEqualTo(1);
  }

  @Test
  void aParameterLeftUnsetIsNullAsInANewStatement() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT ? IS NULL")) {
      statement.setString(1, "Ada");
      try (ResultSet rs = statement.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isZero();
      }
    }
    try (PreparedStatement again = connection.prepareStatement("SELECT ? IS NULL")) {
      try (ResultSet rs = again.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).as("the value of the use before is gone").isEqualTo(1);
      }
    }
  }

  @Test
  void aBatchNotRunIsNotCarriedIntoTheNextUse() throws SQLException {
    String insert = "INSERT INTO person (id, name) VALUES (?, ?)";
    PreparedStatement abandoned = connection.prepareStatement(insert);
    abandoned.setLong(1, 3);
    abandoned.setString(2, "Hedy");
    abandoned.addBatch();
    abandoned.close();

    try (PreparedStatement statement = connection.prepareStatement(insert)) {
      statement.setLong(1, 4);
      statement.setString(2, "Katherine");
      statement.addBatch();
      assertThat(statement.executeBatch()).hasSize(1);
    }
    try (PreparedStatement all =
        connection.prepareStatement("SELECT name FROM person ORDER BY id")) {
      assertThat(names(all)).containsExactly("Ada", "Grace", "Katherine");
    }
  }

  @Test
  void resultsLeftOpenByTheirReaderHoldNoOldPictureOfTheDatabase() throws SQLException {
    PreparedStatement statement =
        connection.prepareStatement("SELECT name FROM person ORDER BY id");
    ResultSet unfinished = statement.executeQuery();
    assertThat(unfinished.next()).isTrue();
    statement.close();

    try (Connection other = open();
        Statement write = other.createStatement()) {
      write.execute("INSERT INTO person VALUES (3, 'Hedy')");
    }
    try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM person");
        ResultSet rs = count.executeQuery()) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).as("the other connection's new row is seen").isEqualTo(3);
    }
  }

  @Test
  void aStatementStillInUseIsNotHandedOutTwice() throws SQLException {
    PreparedStatement outer = connection.prepareStatement(BY_ID);
    outer.setLong(1, 1);
    PreparedStatement inner = connection.prepareStatement(BY_ID);
    assertThat(inner).isNotSameAs(outer);
    inner.setLong(1, 2);
    assertThat(names(inner)).containsExactly("Grace");
    assertThat(names(outer)).containsExactly("Ada");
    inner.close();
    outer.close();
    assertThat(connection.keptCount()).isEqualTo(1);
    assertThat(outer.isClosed() || inner.isClosed()).as("the one not kept is closed").isTrue();
  }

  @Test
  void theConnectionKeepsAtMostItsLimitAndClosesWhatItLetsGo() throws SQLException {
    List<PreparedStatement> used = new ArrayList<>();
    for (int i = 0; i < KeptStatementsConnection.KEPT + 5; i++) {
      PreparedStatement statement = connection.prepareStatement("SELECT " + i);
      used.add(statement);
      statement.close();
    }
    assertThat(connection.keptCount()).isEqualTo(KeptStatementsConnection.KEPT);
    assertThat(used.get(0).isClosed()).as("the least recently used went first").isTrue();
    assertThat(used.get(used.size() - 1).isClosed()).isFalse();

    connection.close();
    assertThat(used.get(used.size() - 1).isClosed()).as("closed with the connection").isTrue();
    assertThat(connection.keptCount()).isZero();
  }

  /** A connection as the app's pool makes them: write transactions take the lock at BEGIN. */
  private KeptStatementsConnection openWriter() throws SQLException {
    Properties settings = new Properties();
    settings.setProperty("journal_mode", "WAL");
    settings.setProperty("transaction_mode", "IMMEDIATE");
    settings.setProperty("busy_timeout", "50");
    return (KeptStatementsConnection) new KeptStatementsDriver().connect(url, settings);
  }

  private static void insert(Connection connection, int id, String name) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("INSERT INTO person VALUES (?, ?)")) {
      statement.setInt(1, id);
      statement.setString(2, name);
      statement.executeUpdate();
    }
  }

  private List<String> everyone() throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT name FROM person ORDER BY id")) {
      return names(statement);
    }
  }

  @Test
  void aBeginRefusedWhileAnotherWriterHoldsTheLockLeavesNoPretendTransaction() throws SQLException {
    try (KeptStatementsConnection importer = openWriter();
        KeptStatementsConnection request = openWriter()) {
      importer.setAutoCommit(false);
      insert(importer, 3, "Imported");

      assertThatThrownBy(() -> request.setAutoCommit(false))
          .isInstanceOf(SQLiteException.class)
          .satisfies(e -> assertThat(DatabaseFailure.isBusy(e)).isTrue());
      assertThat(request.getAutoCommit()).isTrue();

      importer.commit();
      importer.setAutoCommit(true);

      // the same connection's next transaction is a real one: rolled back, it leaves nothing
      request.setAutoCommit(false);
      insert(request, 4, "Rolled back");
      request.rollback();
      request.setAutoCommit(true);
      request.setAutoCommit(false);
      insert(request, 5, "Kept");
      request.commit();
      request.setAutoCommit(true);
    }
    assertThat(everyone()).containsExactly("Ada", "Grace", "Imported", "Kept");
  }

  @Test
  void aCommitDoesNotTakeTheWriteLockAgainForTheNextTransaction() throws SQLException {
    try (KeptStatementsConnection first = openWriter();
        KeptStatementsConnection second = openWriter()) {
      first.setAutoCommit(false);
      insert(first, 3, "First");
      first.commit();
      // first is still out of auto-commit, as after any commit, but holds no write lock
      second.setAutoCommit(false);
      insert(second, 4, "Second");
      second.commit();
      second.setAutoCommit(true);
      first.rollback();
      first.setAutoCommit(true);
    }
    assertThat(everyone()).containsExactly("Ada", "Grace", "First", "Second");
  }

  @Test
  void aReadOnlyTransactionReadsWhileAWriterHoldsTheLock() throws SQLException {
    try (KeptStatementsConnection writer = openWriter();
        KeptStatementsConnection reader = openWriter()) {
      writer.setAutoCommit(false);
      insert(writer, 3, "Uncommitted");

      reader.setReadOnly(true);
      reader.setAutoCommit(false);
      try (PreparedStatement statement =
          reader.prepareStatement("SELECT name FROM person ORDER BY id")) {
        assertThat(names(statement)).containsExactly("Ada", "Grace");
      }
      reader.commit();
      reader.setAutoCommit(true);
      reader.setReadOnly(false);
      writer.rollback();
      writer.setAutoCommit(true);
    }
  }
}
