package app.rapport.platform.db;

import org.springframework.dao.DataIntegrityViolationException;
import org.sqlite.SQLiteException;

/**
 * Recognises the database failures that have a plain meaning, on either engine, whatever wraps
 * them.
 */
public final class DatabaseFailure {

  /** SQLite's primary result codes; their extended codes share the low byte. */
  private static final int SQLITE_BUSY = 5;

  private static final int SQLITE_CONSTRAINT = 19;

  private DatabaseFailure() {}

  /**
   * Whether the failure only means "the database is busy": on SQLite, another writer (usually a
   * long import, which is one transaction) held the write lock for longer than a request waits.
   * Nothing was changed, and the same request sent again shortly will work.
   */
  public static boolean isBusy(Throwable failure) {
    return sqliteCode(failure) == SQLITE_BUSY;
  }

  /**
   * Whether the failure is a broken rule of the schema: a reference to a row that is not there, a
   * key that appears twice, a value missing that the table requires.
   */
  public static boolean isBrokenConstraint(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = next(cause)) {
      if (cause instanceof DataIntegrityViolationException) {
        return true;
      }
    }
    return sqliteCode(failure) == SQLITE_CONSTRAINT;
  }

  private static int sqliteCode(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = next(cause)) {
      if (cause instanceof SQLiteException sqlite) {
        return sqlite.getResultCode().code & 0xFF;
      }
    }
    return -1;
  }

  private static Throwable next(Throwable cause) {
    return cause.getCause() == cause ? null : cause.getCause();
  }
}
