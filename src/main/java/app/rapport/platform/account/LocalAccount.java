package app.rapport.platform.account;

import app.rapport.platform.db.Database;
import app.rapport.platform.db.Ids;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The single account of local mode, created the first time Rapport starts on a data directory. */
@Component
class LocalAccount implements CurrentAccount {

  private final long id;

  LocalAccount(JdbcClient jdbc, Database db, Clock clock, TransactionTemplate tx) {
    this.id =
        tx.execute(
            status ->
                jdbc
                    .sql("SELECT id FROM account ORDER BY created_at, id")
                    .query(Long.class)
                    .list()
                    .stream()
                    .findFirst()
                    .orElseGet(
                        () -> {
                          long created = Ids.next();
                          jdbc.sql(
                                  "INSERT INTO account (id, name, created_at) VALUES (:id, :name, :now)")
                              .param("id", created)
                              .param("name", "Me")
                              .param("now", db.instant(clock.instant()))
                              .update();
                          return created;
                        }));
  }

  @Override
  public long id() {
    return id;
  }
}
