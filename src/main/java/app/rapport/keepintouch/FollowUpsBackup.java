package app.rapport.keepintouch;

import app.rapport.backup.BackupReader;
import app.rapport.backup.BackupSection;
import app.rapport.backup.BackupWriter;
import app.rapport.platform.db.Database;
import app.rapport.platform.db.Ids;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The follow-ups in a backup, done and dropped ones included. */
@Component
class FollowUpsBackup implements BackupSection {

  static final int PAGE = 1000;

  record Item(
      String id,
      String contactId,
      String touchpointId,
      LocalDate dueOn,
      String what,
      FollowUp.Status status,
      Instant closedAt,
      int version,
      Instant createdAt,
      Instant updatedAt) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final Database db;

  FollowUpsBackup(JdbcClient jdbc, JdbcTemplate template, Database db) {
    this.jdbc = jdbc;
    this.template = template;
    this.db = db;
  }

  @Override
  public String name() {
    return "followUps";
  }

  @Override
  public int order() {
    return 50;
  }

  @Override
  public boolean hasData(long account) {
    return jdbc.sql("SELECT COUNT(*) FROM follow_up WHERE account_id = :account")
            .param("account", account)
            .query(Long.class)
            .single()
        > 0;
  }

  @Override
  public void write(long account, BackupWriter out) {
    long after = Long.MIN_VALUE;
    while (true) {
      List<Item> page =
          jdbc.sql(
                  "SELECT * FROM follow_up WHERE account_id = :account AND id > :after"
                      + " ORDER BY id LIMIT :limit")
              .param("account", account)
              .param("after", after)
              .param("limit", PAGE)
              .query(
                  (rs, row) -> {
                    long touchpoint = rs.getLong("touchpoint_id");
                    boolean noTouchpoint = rs.wasNull();
                    return new Item(
                        Ids.format(rs.getLong("id")),
                        Ids.format(rs.getLong("contact_id")),
                        noTouchpoint ? null : Ids.format(touchpoint),
                        Database.date(rs, "due_on"),
                        rs.getString("what"),
                        FollowUp.Status.valueOf(rs.getString("status")),
                        db.instant(rs, "closed_at"),
                        rs.getInt("version"),
                        db.instant(rs, "created_at"),
                        db.instant(rs, "updated_at"));
                  })
              .list();
      if (page.isEmpty()) {
        return;
      }
      page.forEach(out::write);
      after = Ids.parse(page.get(page.size() - 1).id()).orElseThrow();
    }
  }

  @Override
  public void restore(long account, BackupReader in) {
    int at = db.instantSqlType();
    in.read(
        Item.class,
        PAGE,
        items -> {
          List<Object[]> rows = new ArrayList<>(items.size());
          for (Item f : items) {
            rows.add(
                new Object[] {
                  account,
                  Ids.parse(f.id()).orElseThrow(),
                  Ids.parse(f.contactId()).orElseThrow(),
                  f.touchpointId() == null ? null : Ids.parse(f.touchpointId()).orElseThrow(),
                  f.dueOn(),
                  f.what(),
                  f.status().name(),
                  db.instant(f.closedAt()),
                  f.version(),
                  db.instant(f.createdAt()),
                  db.instant(f.updatedAt())
                });
          }
          template.batchUpdate(
              """
              INSERT INTO follow_up
                (account_id, id, contact_id, touchpoint_id, due_on, what, status, closed_at,
                 version, created_at, updated_at)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
              """,
              rows,
              new int[] {
                Types.BIGINT,
                Types.BIGINT,
                Types.BIGINT,
                Types.BIGINT,
                Types.DATE,
                Types.VARCHAR,
                Types.VARCHAR,
                at,
                Types.INTEGER,
                at,
                at
              });
        });
  }
}
