package app.rapport.platform.db;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import org.sqlite.JDBC;

/**
 * The SQLite driver Rapport's connection pool uses: SQLite's own, with connections that keep the
 * statements they prepare ({@link KeptStatementsConnection}). Preparing is where SQLite parses a
 * statement and plans it, and for the short reads a page makes it costs more than running them
 * (docs/benchmarks.md, finding 48). Everything else, the URL and its settings included, is the
 * SQLite driver's.
 */
public final class KeptStatementsDriver implements Driver {

  private static final KeptStatementsDriver REGISTERED = new KeptStatementsDriver();

  static {
    try {
      DriverManager.registerDriver(REGISTERED);
    } catch (SQLException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final JDBC sqlite = new JDBC();

  /**
   * Makes sure the driver is registered with {@link DriverManager}, where the connection pool looks
   * for it by its class name (and warns when it has to make one itself).
   */
  static void register() {
    // the class's initialisation registers it, once
  }

  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    String trimmed = url.trim();
    String file =
        trimmed.equalsIgnoreCase(JDBC.PREFIX)
            ? ":memory:"
            : trimmed.substring(JDBC.PREFIX.length());
    return new KeptStatementsConnection(trimmed, file, info == null ? new Properties() : info);
  }

  @Override
  public boolean acceptsURL(String url) {
    return JDBC.isValidURL(url);
  }

  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
    return sqlite.getPropertyInfo(url, info);
  }

  @Override
  public int getMajorVersion() {
    return sqlite.getMajorVersion();
  }

  @Override
  public int getMinorVersion() {
    return sqlite.getMinorVersion();
  }

  @Override
  public boolean jdbcCompliant() {
    return false;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return sqlite.getParentLogger();
  }
}
