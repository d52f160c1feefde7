package app.rapport.platform.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.sqlite.core.DB;
import org.sqlite.jdbc4.JDBC4Connection;
import org.sqlite.jdbc4.JDBC4PreparedStatement;

/**
 * An SQLite connection that keeps the statements it prepares and hands them out again for the same
 * SQL, instead of having SQLite parse and plan each one anew. A statement given back is reset: its
 * results closed, so that it holds no read of the database open, and its batch and the driver's
 * copy of its parameters cleared, so that it carries nothing into its next use. A statement still
 * in use when the same SQL is asked for again is not shared: the second caller gets one of its own.
 * The connection keeps at most {@link #KEPT} statements, the least recently used going first;
 * closing the connection closes them all.
 *
 * <p>Only plain forward-only, read-only statements are kept, which is every statement Spring's
 * {@code JdbcTemplate} and {@code JdbcClient} prepare.
 *
 * <p>It also keeps its transactions consistent when the database is busy. A write transaction
 * begins with {@code BEGIN IMMEDIATE}, which waits for the write lock and fails with {@code
 * SQLITE_BUSY} when another writer (a long import) holds it past the busy timeout. SQLite's driver
 * marks the connection as inside a transaction before it asks, so a failed begin left a connection
 * that claimed a transaction it did not have: the next caller's statements were each committed on
 * their own and its commit failed. Here a failed begin leaves the connection committing each
 * statement, as before the attempt. After a commit or rollback the driver begins the next
 * transaction at once; that one is deferred, so the connection does not take the write lock again
 * (and cannot fail for want of it) between one unit of work and the next. A read-only transaction
 * is deferred too: it reads a consistent snapshot without queueing behind writers.
 */
final class KeptStatementsConnection extends JDBC4Connection {

  /**
   * How many statements one connection keeps. A page makes about twenty distinct reads, and lists
   * of ids make one statement per length on SQLite; the pool has eight connections.
   */
  static final int KEPT = 128;

  private final Map<String, Kept> idle =
      new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
          if (size() <= KEPT) {
            return false;
          }
          eldest.getValue().discard();
          return true;
        }
      };

  /** Set for the transactions Spring marks read-only: they begin deferred. */
  private boolean readOnly;

  /** Set while a commit or rollback begins the next transaction, which is deferred. */
  private boolean deferBegin;

  KeptStatementsConnection(String url, String file, Properties properties) throws SQLException {
    super(url, file, properties);
  }

  @Override
  protected String transactionPrefix() {
    return readOnly || deferBegin ? "begin;" : super.transactionPrefix();
  }

  @Override
  public void setAutoCommit(boolean autoCommit) throws SQLException {
    try {
      super.setAutoCommit(autoCommit);
    } catch (SQLException e) {
      if (!autoCommit) {
        // the BEGIN failed, so no transaction is open: the connection still commits each statement
        getConnectionConfig().setAutoCommit(true);
      } else {
        // the COMMIT that ends the transaction failed: roll it back rather than leave it open
        abandonTransaction();
      }
      throw e;
    }
  }

  private void abandonTransaction() {
    try {
      getDatabase().exec("rollback;", true);
    } catch (SQLException e) {
      // no transaction was open
    }
  }

  @Override
  public void commit() throws SQLException {
    deferBegin = true;
    try {
      super.commit();
    } finally {
      deferBegin = false;
    }
  }

  @Override
  public void rollback() throws SQLException {
    deferBegin = true;
    try {
      super.rollback();
    } finally {
      deferBegin = false;
    }
  }

  /**
   * Marks the transactions that follow as read-only, so that they begin deferred. SQLite's driver
   * refuses the change on an open connection; the connection does not stop writes itself.
   */
  @Override
  public void setReadOnly(boolean readOnly) throws SQLException {
    checkOpen();
    this.readOnly = readOnly;
  }

  @Override
  public boolean isReadOnly() {
    return readOnly;
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int type, int concurrency, int holdability)
      throws SQLException {
    if (type != ResultSet.TYPE_FORWARD_ONLY || concurrency != ResultSet.CONCUR_READ_ONLY) {
      return super.prepareStatement(sql, type, concurrency, holdability);
    }
    checkOpen();
    checkCursor(type, concurrency, holdability);
    synchronized (idle) {
      Kept kept = idle.remove(sql);
      if (kept != null) {
        kept.inUse = true;
        return kept;
      }
    }
    return new Kept(this, sql);
  }

  /** Keeps a statement its caller closed, unless one for the same SQL is kept already. */
  private void giveBack(Kept statement) throws SQLException {
    synchronized (idle) {
      if (!isClosed() && !idle.containsKey(statement.sqlText())) {
        idle.put(statement.sqlText(), statement);
        return;
      }
    }
    statement.discard();
  }

  /** How many statements are kept now, for tests. */
  int keptCount() {
    synchronized (idle) {
      return idle.size();
    }
  }

  @Override
  public void close() throws SQLException {
    List<Kept> kept;
    synchronized (idle) {
      kept = new ArrayList<>(idle.values());
      idle.clear();
    }
    try {
      for (Kept statement : kept) {
        statement.discard();
      }
    } finally {
      super.close();
    }
  }

  /** A prepared statement whose {@code close} gives it back to its connection, reset. */
  static final class Kept extends JDBC4PreparedStatement {

    private final KeptStatementsConnection owner;
    private boolean inUse = true;

    private Kept(KeptStatementsConnection owner, String sql) throws SQLException {
      super(owner, sql);
      this.owner = owner;
    }

    String sqlText() {
      return sql;
    }

    @Override
    public void close() throws SQLException {
      if (!inUse) {
        return;
      }
      inUse = false;
      if (pointer == null || pointer.isClosed() || owner.isClosed()) {
        super.close();
        return;
      }
      try {
        // Closing open results resets the statement; a statement run for its count of changes has
        // none, so it is reset here too. Reset, it holds no read of the database open.
        rs.close();
        pointer.safeRunConsume(DB::reset);
        clearGeneratedKeys();
        // Clears the parameters on the Java side only; each use binds every one of them again.
        // SQLite's own clearing (clearParameters) would mark the statement to be prepared anew
        // whenever its plan looked at a parameter, which undoes the keeping.
        clearBatch();
        if (getMaxRows() != 0) {
          setMaxRows(0);
        }
        if (getQueryTimeout() != 0) {
          setQueryTimeout(0);
        }
      } catch (SQLException | RuntimeException e) {
        super.close();
        throw e;
      }
      owner.giveBack(this);
    }

    /**
     * Closes the statement for good. SQLite finalizes whatever a failed close leaves when the
     * connection closes, so a failure here loses nothing and is not worth failing the caller.
     */
    private void discard() {
      inUse = false;
      try {
        super.close();
      } catch (SQLException e) {
        // finalized with the connection
      }
    }
  }
}
