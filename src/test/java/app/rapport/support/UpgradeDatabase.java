package app.rapport.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * An empty database of the engine under test, migrated by Flyway alone up to a chosen version, for
 * the tests that fill it as an older Rapport left it and then check what the upgrade makes of it.
 * The Java migrations the app's context would hand Flyway are given by each test.
 */
public record UpgradeDatabase(String url, String user, String password, String vendor) {

  /** A new, empty database: on SQLite a file in {@code dir}. */
  public static UpgradeDatabase create(Path dir) {
    return TestDatabases.engine() == TestDatabases.Engine.POSTGRES
        ? new UpgradeDatabase(
            TestDatabases.newPostgresDatabase(), "postgres", "postgres", "postgresql")
        : new UpgradeDatabase("jdbc:sqlite:" + dir.resolve("rapport.db"), null, null, "sqlite");
  }

  /** Migrates the database up to {@code to}, with the app's migrations for this engine. */
  public void migrate(MigrationVersion to, JavaMigration... javaMigrations) {
    Flyway.configure()
        .dataSource(url, user, password)
        .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
        .javaMigrations(javaMigrations)
        .target(to)
        .load()
        .migrate();
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }
}
