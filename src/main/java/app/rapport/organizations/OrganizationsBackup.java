package app.rapport.organizations;

import app.rapport.backup.BackupReader;
import app.rapport.backup.BackupSection;
import app.rapport.backup.BackupWriter;
import app.rapport.platform.Text;
import app.rapport.platform.db.Database;
import app.rapport.platform.db.Ids;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The organisations in a backup, deleted ones included, as stored. */
@Component
class OrganizationsBackup implements BackupSection {

  static final int PAGE = 1000;

  /** One organisation in the backup. */
  record Item(
      String id,
      String name,
      String website,
      String industry,
      boolean target,
      String notes,
      int version,
      Instant createdAt,
      Instant updatedAt,
      Instant deletedAt) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final Database db;

  OrganizationsBackup(JdbcClient jdbc, JdbcTemplate template, Database db) {
    this.jdbc = jdbc;
    this.template = template;
    this.db = db;
  }

  @Override
  public String name() {
    return "organizations";
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public boolean hasData(long account) {
    return jdbc.sql("SELECT COUNT(*) FROM organization WHERE account_id = :account")
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
                  "SELECT * FROM organization WHERE account_id = :account AND id > :after"
                      + " ORDER BY id LIMIT :limit")
              .param("account", account)
              .param("after", after)
              .param("limit", PAGE)
              .query(
                  (rs, row) ->
                      new Item(
                          Ids.format(rs.getLong("id")),
                          rs.getString("name"),
                          rs.getString("website"),
                          rs.getString("industry"),
                          rs.getBoolean("target"),
                          rs.getString("notes"),
                          rs.getInt("version"),
                          db.instant(rs, "created_at"),
                          db.instant(rs, "updated_at"),
                          db.instant(rs, "deleted_at")))
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
    in.read(
        Item.class,
        PAGE,
        items -> {
          List<Object[]> rows = new ArrayList<>(items.size());
          for (Item o : items) {
            rows.add(
                new Object[] {
                  account,
                  Ids.parse(o.id()).orElseThrow(),
                  o.name(),
                  Text.fold(o.name()),
                  o.website(),
                  o.industry(),
                  o.target(),
                  o.notes(),
                  o.version(),
                  db.instant(o.createdAt()),
                  db.instant(o.updatedAt()),
                  db.instant(o.deletedAt())
                });
          }
          template.batchUpdate(
              """
              INSERT INTO organization
                (account_id, id, name, name_key, website, industry, target, notes, version,
                 created_at, updated_at, deleted_at)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
              """,
              rows,
              new int[] {
                Types.BIGINT,
                Types.BIGINT,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.BOOLEAN,
                Types.VARCHAR,
                Types.INTEGER,
                db.instantSqlType(),
                db.instantSqlType(),
                db.instantSqlType()
              });
        });
  }
}
