package app.rapport.touchpoints;

import app.rapport.backup.BackupReader;
import app.rapport.backup.BackupSection;
import app.rapport.backup.BackupService;
import app.rapport.backup.BackupWriter;
import app.rapport.model.Channel;
import app.rapport.model.Direction;
import app.rapport.platform.db.Database;
import app.rapport.platform.db.Ids;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The log in a backup: every touchpoint with its people, deleted ones included. */
@Component
class TouchpointsBackup implements BackupSection {

  static final int PAGE = 1000;

  /** One touchpoint in the backup. */
  record Item(
      String id,
      LocalDate occurredOn,
      Channel channel,
      Direction direction,
      String summary,
      String notes,
      String source,
      String sourceRef,
      boolean infoInterview,
      List<String> contactIds,
      int version,
      Instant createdAt,
      Instant updatedAt,
      Instant deletedAt) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final Database db;
  private final TouchpointRepository touchpoints;

  TouchpointsBackup(
      JdbcClient jdbc, JdbcTemplate template, Database db, TouchpointRepository touchpoints) {
    this.jdbc = jdbc;
    this.template = template;
    this.db = db;
    this.touchpoints = touchpoints;
  }

  @Override
  public String name() {
    return "touchpoints";
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public boolean hasData(long account) {
    return jdbc.sql("SELECT COUNT(*) FROM touchpoint WHERE account_id = :account")
            .param("account", account)
            .query(Long.class)
            .single()
        > 0;
  }

  @Override
  public void write(long account, BackupWriter out) {
    long after = Long.MIN_VALUE;
    while (true) {
      List<Object[]> page =
          jdbc.sql(
                  "SELECT * FROM touchpoint WHERE account_id = :account AND id > :after"
                      + " ORDER BY id LIMIT :limit")
              .param("account", account)
              .param("after", after)
              .param("limit", PAGE)
              .query(
                  (rs, row) ->
                      new Object[] {
                        rs.getLong("id"),
                        Database.date(rs, "occurred_on"),
                        Channel.valueOf(rs.getString("channel")),
                        Direction.valueOf(rs.getString("direction")),
                        rs.getString("summary"),
                        rs.getString("notes"),
                        rs.getString("source"),
                        rs.getString("source_ref"),
                        rs.getBoolean("info_interview"),
                        rs.getInt("version"),
                        db.instant(rs, "created_at"),
                        db.instant(rs, "updated_at"),
                        db.instant(rs, "deleted_at")
                      })
              .list();
      if (page.isEmpty()) {
        return;
      }
      List<Long> ids = page.stream().map(r -> (Long) r[0]).toList();
      Map<Long, List<String>> people = new HashMap<>();
      jdbc.sql(
              "SELECT touchpoint_id, contact_id FROM touchpoint_contact"
                  + " WHERE account_id = :account AND touchpoint_id IN (:ids)"
                  + " ORDER BY touchpoint_id, contact_id")
          .param("account", account)
          .param("ids", ids)
          .query(
              rs -> {
                people
                    .computeIfAbsent(rs.getLong("touchpoint_id"), k -> new ArrayList<>())
                    .add(Ids.format(rs.getLong("contact_id")));
              });
      for (Object[] r : page) {
        out.write(
            new Item(
                Ids.format((Long) r[0]),
                (LocalDate) r[1],
                (Channel) r[2],
                (Direction) r[3],
                (String) r[4],
                (String) r[5],
                (String) r[6],
                (String) r[7],
                (Boolean) r[8],
                people.getOrDefault((Long) r[0], List.of()),
                (Integer) r[9],
                (Instant) r[10],
                (Instant) r[11],
                (Instant) r[12]));
      }
      after = ids.get(ids.size() - 1);
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
          List<Object[]> people = new ArrayList<>();
          for (Item t : items) {
            long id = Ids.parse(t.id()).orElseThrow();
            rows.add(
                new Object[] {
                  account,
                  id,
                  t.occurredOn(),
                  t.channel().name(),
                  t.direction().name(),
                  t.summary(),
                  t.notes(),
                  t.source() == null ? TouchpointService.MANUAL : t.source(),
                  t.sourceRef(),
                  t.infoInterview(),
                  t.version(),
                  db.instant(t.createdAt()),
                  db.instant(t.updatedAt()),
                  db.instant(t.deletedAt())
                });
            for (String contact : t.contactIds() == null ? List.<String>of() : t.contactIds()) {
              people.add(
                  new Object[] {
                    account,
                    id,
                    Ids.parse(contact).orElseThrow(),
                    t.occurredOn(),
                    t.deletedAt() != null
                  });
            }
          }
          template.batchUpdate(
              """
              INSERT INTO touchpoint
                (account_id, id, occurred_on, channel, direction, summary, notes, source,
                 source_ref, info_interview, version, created_at, updated_at, deleted_at)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
              """,
              rows,
              new int[] {
                Types.BIGINT,
                Types.BIGINT,
                Types.DATE,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.BOOLEAN,
                Types.INTEGER,
                at,
                at,
                at
              });
          if (!people.isEmpty()) {
            template.batchUpdate(
                "INSERT INTO touchpoint_contact"
                    + " (account_id, touchpoint_id, contact_id, occurred_on, deleted)"
                    + " VALUES (?, ?, ?, ?, ?)",
                people,
                new int[] {Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.DATE, Types.BOOLEAN});
          }
        });
  }

  /** The weekly counts are not in the backup: they are counted again from the touchpoints. */
  @EventListener
  void restored(BackupService.BackupRestored restored) {
    touchpoints.recountWeeks(restored.account());
  }
}
