package app.rapport.support;

import app.rapport.platform.db.Database;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfig {

  @Bean
  @Primary
  MutableClock testClock() {
    return new MutableClock();
  }

  @Bean
  MergeEvents mergeEvents() {
    return new MergeEvents();
  }

  @Bean
  @Primary
  TestAccount testAccount(JdbcClient jdbc, Database db) {
    return new TestAccount(jdbc, db);
  }
}
