package app.rapport.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Resolves the data directory before anything else starts, creates it, and points the default
 * SQLite database into it. Everything Rapport keeps (database, API token, backups) lives there, so
 * that a user can back up or move one folder.
 *
 * <p>The directory comes from {@code rapport.data-dir} (or {@code RAPPORT_DATA_DIR}); the default
 * is {@code ~/.rapport}. A JDBC URL given by the user (PostgreSQL for hosted use) is left alone.
 */
public class DataDirectory implements EnvironmentPostProcessor {

  static final String PROPERTY = "rapport.data-dir";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    String configured = environment.getProperty(PROPERTY);
    Path dir =
        (configured == null || configured.isBlank())
            ? Path.of(System.getProperty("user.home"), ".rapport")
            : Path.of(expandHome(configured.trim()));
    dir = dir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Rapport cannot create its data directory " + dir, e);
    }
    Map<String, Object> defaults = new HashMap<>();
    defaults.put(PROPERTY, dir.toString());
    if (environment.getProperty("spring.datasource.url") == null) {
      defaults.put("spring.datasource.url", "jdbc:sqlite:" + dir.resolve("rapport.db"));
    }
    environment
        .getPropertySources()
        .addFirst(new MapPropertySource("rapportDataDirectory", defaults));
  }

  private static String expandHome(String path) {
    return path.startsWith("~") ? System.getProperty("user.home") + path.substring(1) : path;
  }
}
