package app.rapport.support;

import app.rapport.platform.account.CurrentAccount;
import app.rapport.platform.db.Database;
import app.rapport.platform.db.Ids;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each test works in an account of its own, made fresh before it runs: tests cannot see each
 * other's data, and every query's scoping by account is exercised on the way.
 */
public class TestAccount implements CurrentAccount {

  private final JdbcClient jdbc;
  private final Database db;
  private volatile long id;

  TestAccount(JdbcClient jdbc, Database db) {
    this.jdbc = jdbc;
    this.db = db;
  }

  public long startFresh() {
    long fresh = Ids.next();
    jdbc.sql("INSERT INTO account (id, name, created_at) VALUES (:id, 'Test', :now)")
        .param("id", fresh)
        .param("now", db.instant(Instant.now()))
        .update();
    id = fresh;
    return fresh;
  }

  @Override
  public long id() {
    if (id == 0) {
      startFresh();
    }
    return id;
  }
}
