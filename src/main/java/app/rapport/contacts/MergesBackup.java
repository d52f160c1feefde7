package app.rapport.contacts;

import app.rapport.backup.BackupReader;
import app.rapport.backup.BackupSection;
import app.rapport.backup.BackupWriter;
import app.rapport.platform.db.Database;
import app.rapport.platform.db.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the user decided about possible duplicates: the pairs they said are different people, and
 * the merges (with what undoing each needs), so that both survive a restore.
 */
@Component
class MergesBackup implements BackupSection {

  record Item(
      String kind,
      String id,
      String first,
      String second,
      String keptBefore,
      Integer keptVersion,
      String moved,
      Instant createdAt,
      Instant undoneAt) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final Database db;

  MergesBackup(JdbcClient jdbc, JdbcTemplate template, Database db) {
    this.jdbc = jdbc;
    this.template = template;
    this.db = db;
  }

  @Override
  public String name() {
    return "duplicateDecisions";
  }

  @Override
  public int order() {
    return 25;
  }

  @Override
  public boolean hasData(long account) {
    return false;
  }

  @Override
  public void write(long account, BackupWriter out) {
    jdbc.sql(
            "SELECT * FROM duplicate_dismissal WHERE account_id = :account"
                + " ORDER BY contact_a, contact_b")
        .param("account", account)
        .query(
            rs -> {
              out.write(
                  new Item(
                      "dismissal",
                      null,
                      Ids.format(rs.getLong("contact_a")),
                      Ids.format(rs.getLong("contact_b")),
                      null,
                      null,
                      null,
                      db.instant(rs, "created_at"),
                      null));
            });
    jdbc.sql("SELECT * FROM contact_merge WHERE account_id = :account ORDER BY id")
        .param("account", account)
        .query(
            rs -> {
              out.write(
                  new Item(
                      "merge",
                      Ids.format(rs.getLong("id")),
                      Ids.format(rs.getLong("kept_id")),
                      Ids.format(rs.getLong("merged_id")),
                      rs.getString("kept_before"),
                      rs.getInt("kept_version"),
                      rs.getString("moved"),
                      db.instant(rs, "created_at"),
                      db.instant(rs, "undone_at")));
            });
  }

  @Override
  public void restore(long account, BackupReader in) {
    in.read(
        Item.class,
        500,
        items -> {
          List<Object[]> dismissals = new ArrayList<>();
          List<Object[]> merges = new ArrayList<>();
          for (Item item : items) {
            long first = Ids.parse(item.first()).orElseThrow();
            long second = Ids.parse(item.second()).orElseThrow();
            if ("merge".equals(item.kind())) {
              merges.add(
                  new Object[] {
                    account,
                    Ids.parse(item.id()).orElseThrow(),
                    first,
                    second,
                    item.keptBefore(),
                    item.keptVersion(),
                    item.moved(),
                    db.instant(item.createdAt()),
                    db.instant(item.undoneAt())
                  });
            } else {
              dismissals.add(new Object[] {account, first, second, db.instant(item.createdAt())});
            }
          }
          int at = db.instantSqlType();
          if (!dismissals.isEmpty()) {
            template.batchUpdate(
                "INSERT INTO duplicate_dismissal (account_id, contact_a, contact_b, created_at)"
                    + " VALUES (?, ?, ?, ?)",
                dismissals,
                new int[] {
                  java.sql.Types.BIGINT, java.sql.Types.BIGINT, java.sql.Types.BIGINT, at
                });
          }
          if (!merges.isEmpty()) {
            template.batchUpdate(
                "INSERT INTO contact_merge (account_id, id, kept_id, merged_id, kept_before,"
                    + " kept_version, moved, created_at, undone_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                merges,
                new int[] {
                  java.sql.Types.BIGINT,
                  java.sql.Types.BIGINT,
                  java.sql.Types.BIGINT,
                  java.sql.Types.BIGINT,
                  java.sql.Types.VARCHAR,
                  java.sql.Types.INTEGER,
                  java.sql.Types.VARCHAR,
                  at,
                  at
                });
          }
        });
  }
}
