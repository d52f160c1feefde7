package app.rapport.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test's application at the database engine under test. On SQLite the default applies: a
 * fresh file in the context's own temporary data directory.
 */
public class TestDatabaseInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    if (TestDatabases.engine() == TestDatabases.Engine.POSTGRES) {
      TestPropertyValues.of(
              "spring.datasource.url=" + TestDatabases.newPostgresDatabase(),
              "spring.datasource.username=postgres",
              "spring.datasource.password=postgres")
          .applyTo(context);
    }
  }
}
