package app.rapport.platform.db;

import org.sqlite.SQLiteException;

/**
 * Recognises a failure that only means "the database is busy": on SQLite, another writer (usually a
 * long import, which is one transaction) held the write lock for longer than a request waits.
 * Nothing was changed, and the same request sent again shortly will work.
 */
public final class DatabaseBusy {

  /** SQLite's primary result code for a busy database; its extended codes share the low byte. */
  private static final int SQLITE_BUSY = 5;

  private DatabaseBusy() {}

  /** Whether the failure, or anything that caused it, is SQLite's "database is busy". */
  public static boolean causedBy(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLiteException sqlite
          && (sqlite.getResultCode().code & 0xFF) == SQLITE_BUSY) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}
