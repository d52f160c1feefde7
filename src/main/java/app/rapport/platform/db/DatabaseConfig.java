package app.rapport.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Database wiring shared by every feature. On SQLite it sets what "nothing lost" needs on every
 * connection: write-ahead logging with full sync, foreign keys enforced, writers that wait for each
 * other instead of failing, and write transactions that take the write lock when they begin. For
 * speed, each connection keeps up to 32 MB of pages (SQLite's default is 2 MB, less than the
 * indexes a network of 10,000 people reads for one page) and reads the file through a 256 MB memory
 * map, and keeps the statements it prepares to run them again ({@link KeptStatementsDriver}).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

  @Bean
  Database database(DataSourceProperties properties) {
    return Database.forUrl(properties.determineUrl());
  }

  @Bean
  static BeanPostProcessor sqlitePragmas() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari
            && hikari.getJdbcUrl() != null
            && hikari.getJdbcUrl().startsWith("jdbc:sqlite:")) {
          hikari.addDataSourceProperty("journal_mode", "WAL");
          hikari.addDataSourceProperty("synchronous", "FULL");
          hikari.addDataSourceProperty("foreign_keys", "true");
          hikari.addDataSourceProperty("busy_timeout", "10000");
          hikari.addDataSourceProperty("transaction_mode", "IMMEDIATE");
          hikari.addDataSourceProperty("cache_size", "-32768");
          hikari.addDataSourceProperty("mmap_size", "268435456");
          // connections that keep their prepared statements (docs/benchmarks.md, finding 48)
          KeptStatementsDriver.register();
          hikari.setDriverClassName(KeptStatementsDriver.class.getName());
        }
        if (bean instanceof HikariDataSource hikari
            && hikari.getJdbcUrl() != null
            && hikari.getJdbcUrl().startsWith("jdbc:postgresql:")) {
          // JDBC batches (imports, restores) go to the server as multi-row inserts.
          hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return bean;
      }
    };
  }
}
