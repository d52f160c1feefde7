package app.rapport.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Database wiring shared by every feature. On SQLite it sets what "nothing lost" needs on every
 * connection: write-ahead logging with full sync, foreign keys enforced, writers that wait for each
 * other instead of failing, and write transactions that take the write lock when they begin.
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
