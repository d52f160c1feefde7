package app.rapport.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of Rapport's application on a real database: SQLite, or PostgreSQL when the build runs the
 * database tests a second time. All such tests share one application per engine, each working in a
 * fresh account of its own (see {@link DatabaseTestBase}).
 */
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("db")
@SpringBootTest(
    properties = {
      "rapport.data-dir=${java.io.tmpdir}/rapport-tests/${random.uuid}",
      "spring.main.banner-mode=off",
      "logging.level.root=WARN",
      "logging.level.app.rapport=INFO",
      // tests run the scheduled work themselves, at the moments their clock says
      "rapport.reminders.scheduler-enabled=false"
    })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(TestSupportConfig.class)
public @interface RapportTest {}
