package app.rapport.touchpoints;

import app.rapport.model.Channel;
import app.rapport.model.Direction;
import app.rapport.platform.Text;
import app.rapport.platform.db.Database;
import app.rapport.platform.db.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TouchpointRepository {

  private final JdbcClient jdbc;
  private final org.springframework.jdbc.core.JdbcTemplate template;
  private final Database db;

  TouchpointRepository(
      JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template, Database db) {
    this.jdbc = jdbc;
    this.template = template;
    this.db = db;
  }

  /** A touchpoint already logged from an import source, found by its reference there. */
  record SourceHit(long id, String sourceRef, Long importBatch, Direction direction) {}

  Map<String, SourceHit> bySourceRef(long account, String source, Collection<String> refs) {
    Map<String, SourceHit> found = new HashMap<>();
    if (refs.isEmpty()) {
      return found;
    }
    jdbc.sql(
            "SELECT id, source_ref, import_batch_id, direction FROM touchpoint"
                + " WHERE account_id = :account AND source = :source AND source_ref IN (:refs)")
        .param("account", account)
        .param("source", source)
        .param("refs", refs)
        .query(
            rs -> {
              long batch = rs.getLong("import_batch_id");
              Long importBatch = rs.wasNull() ? null : batch;
              found.putIfAbsent(
                  rs.getString("source_ref"),
                  new SourceHit(
                      rs.getLong("id"),
                      rs.getString("source_ref"),
                      importBatch,
                      Direction.valueOf(rs.getString("direction"))));
            });
    return found;
  }

  /** Logs many imported touchpoints with their people, in one batch each. */
  void insertAll(
      long account,
      Long importBatch,
      String source,
      Map<Long, ImportedTouchpoint> byId,
      Instant now) {
    Object at = db.instant(now);
    List<Object[]> rows = new ArrayList<>(byId.size());
    List<Object[]> people = new ArrayList<>();
    byId.forEach(
        (id, t) -> {
          rows.add(
              new Object[] {
                account,
                id,
                t.occurredOn(),
                t.channel().name(),
                t.direction().name(),
                t.summary(),
                source,
                t.sourceRef(),
                importBatch,
                at,
                at
              });
          for (Long contact : t.contactIds()) {
            people.add(new Object[] {account, id, contact, t.occurredOn()});
          }
        });
    template.batchUpdate(
        """
        INSERT INTO touchpoint
          (account_id, id, occurred_on, channel, direction, summary, source, source_ref,
           import_batch_id, version, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
        """,
        rows,
        new int[] {
          java.sql.Types.BIGINT,
          java.sql.Types.BIGINT,
          java.sql.Types.DATE,
          java.sql.Types.VARCHAR,
          java.sql.Types.VARCHAR,
          java.sql.Types.VARCHAR,
          java.sql.Types.VARCHAR,
          java.sql.Types.VARCHAR,
          java.sql.Types.BIGINT,
          db.instantSqlType(),
          db.instantSqlType()
        });
    addParticipants(people);
  }

  /**
   * Adds people to touchpoints, leaving alone those already there. The touchpoints are ones the
   * running import logged, so none is deleted (see {@link #markDeleted}).
   */
  void addParticipants(List<Object[]> people) {
    if (people.isEmpty()) {
      return;
    }
    template.batchUpdate(
        "INSERT INTO touchpoint_contact (account_id, touchpoint_id, contact_id, occurred_on)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT (account_id, touchpoint_id, contact_id) DO NOTHING",
        people,
        new int[] {
          java.sql.Types.BIGINT, java.sql.Types.BIGINT, java.sql.Types.BIGINT, java.sql.Types.DATE
        });
  }

  void setDirections(long account, Map<Long, Direction> directions) {
    List<Object[]> rows = new ArrayList<>();
    directions.forEach((id, d) -> rows.add(new Object[] {d.name(), account, id}));
    template.batchUpdate(
        "UPDATE touchpoint SET direction = ? WHERE account_id = ? AND id = ?", rows);
  }

  /** The touchpoints a person takes part in, and of those, the ones another person is also in. */
  record Participation(List<Long> all, List<Long> shared) {}

  Participation participation(long account, long contact, long other) {
    List<Long> all = new ArrayList<>();
    List<Long> shared = new ArrayList<>();
    jdbc.sql(
            """
            SELECT tc.touchpoint_id,
                   EXISTS (SELECT 1 FROM touchpoint_contact o
                            WHERE o.account_id = tc.account_id AND o.touchpoint_id = tc.touchpoint_id
                              AND o.contact_id = :other) AS shared
              FROM touchpoint_contact tc
             WHERE tc.account_id = :account AND tc.contact_id = :contact
            """)
        .param("account", account)
        .param("contact", contact)
        .param("other", other)
        .query(
            rs -> {
              all.add(rs.getLong("touchpoint_id"));
              if (rs.getBoolean("shared")) {
                shared.add(rs.getLong("touchpoint_id"));
              }
            });
    return new Participation(all, shared);
  }

  /** Moves a person's place in these touchpoints to another person. */
  void reassign(long account, List<Long> touchpoints, long from, long to) {
    if (touchpoints.isEmpty()) {
      return;
    }
    jdbc.sql(
            "UPDATE touchpoint_contact SET contact_id = :to WHERE account_id = :account"
                + " AND contact_id = :from AND touchpoint_id IN (:ids)")
        .param("account", account)
        .param("from", from)
        .param("to", to)
        .param("ids", touchpoints)
        .update();
  }

  void removeParticipant(long account, List<Long> touchpoints, long contact) {
    if (touchpoints.isEmpty()) {
      return;
    }
    jdbc.sql(
            "DELETE FROM touchpoint_contact WHERE account_id = :account AND contact_id = :contact"
                + " AND touchpoint_id IN (:ids)")
        .param("account", account)
        .param("contact", contact)
        .param("ids", touchpoints)
        .update();
  }

  void addParticipant(long account, List<Long> touchpoints, long contact) {
    if (touchpoints.isEmpty()) {
      return;
    }
    jdbc.sql(
            """
            INSERT INTO touchpoint_contact
              (account_id, touchpoint_id, contact_id, occurred_on, deleted)
            SELECT account_id, id, :contact, occurred_on, deleted_at IS NOT NULL FROM touchpoint
             WHERE account_id = :account AND id IN (:ids)
            """)
        .param("account", account)
        .param("contact", contact)
        .param("ids", touchpoints)
        .update();
  }

  /** The people of the touchpoints an import logged. */
  List<Long> participantsOfImport(long account, long importBatch) {
    return jdbc.sql(
            """
            SELECT DISTINCT tc.contact_id FROM touchpoint_contact tc
              JOIN touchpoint t ON t.account_id = tc.account_id AND t.id = tc.touchpoint_id
             WHERE t.account_id = :account AND t.import_batch_id = :batch
            """)
        .param("account", account)
        .param("batch", importBatch)
        .query(Long.class)
        .list();
  }

  /** Removes for good the touchpoints an import logged (their people and follow-ups cascade). */
  int deleteOfImport(long account, long importBatch) {
    return jdbc.sql(
            "DELETE FROM touchpoint WHERE account_id = :account AND import_batch_id = :batch")
        .param("account", account)
        .param("batch", importBatch)
        .update();
  }

  /** The names of those of {@code ids} who are people of this account and not deleted. */
  Map<Long, String> livePeople(long account, Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    jdbc.sql(
            "SELECT id, full_name FROM contact"
                + " WHERE account_id = :account AND id IN (:ids) AND deleted_at IS NULL")
        .param("account", account)
        .param("ids", ids)
        .query(
            rs -> {
              names.put(rs.getLong("id"), rs.getString("full_name"));
            });
    return names;
  }

  void insert(
      long account, long id, TouchpointCommand c, String source, String sourceRef, Instant now) {
    jdbc.sql(
            """
            INSERT INTO touchpoint
              (account_id, id, occurred_on, channel, direction, summary, notes, info_interview,
               source, source_ref, version, created_at, updated_at)
            VALUES (:account, :id, :occurredOn, :channel, :direction, :summary, :notes,
                    :infoInterview, :source, :sourceRef, 1, :now, :now)
            """)
        .param("account", account)
        .param("id", id)
        .param("occurredOn", c.occurredOn())
        .param("channel", c.channel().name())
        .param("direction", c.direction().name())
        .param("summary", c.summary())
        .param("notes", c.notes())
        .param("infoInterview", c.infoInterview())
        .param("source", source)
        .param("sourceRef", sourceRef)
        .param("now", db.instant(now))
        .update();
    insertParticipants(account, id, c);
  }

  boolean update(long account, long id, int version, TouchpointCommand c, Instant now) {
    boolean updated =
        jdbc.sql(
                    """
                UPDATE touchpoint
                   SET occurred_on = :occurredOn, channel = :channel, direction = :direction,
                       summary = :summary, notes = :notes, info_interview = :infoInterview,
                       version = version + 1, updated_at = :now
                 WHERE account_id = :account AND id = :id AND version = :version
                   AND deleted_at IS NULL
                """)
                .param("account", account)
                .param("id", id)
                .param("version", version)
                .param("occurredOn", c.occurredOn())
                .param("channel", c.channel().name())
                .param("direction", c.direction().name())
                .param("summary", c.summary())
                .param("notes", c.notes())
                .param("infoInterview", c.infoInterview())
                .param("now", db.instant(now))
                .update()
            == 1;
    if (updated) {
      jdbc.sql("DELETE FROM touchpoint_contact WHERE account_id = :account AND touchpoint_id = :id")
          .param("account", account)
          .param("id", id)
          .update();
      insertParticipants(account, id, c);
    }
    return updated;
  }

  private void insertParticipants(long account, long id, TouchpointCommand c) {
    for (Long contact : c.contactIds()) {
      jdbc.sql(
              "INSERT INTO touchpoint_contact (account_id, touchpoint_id, contact_id, occurred_on)"
                  + " VALUES (:account, :touchpoint, :contact, :occurredOn)")
          .param("account", account)
          .param("touchpoint", id)
          .param("contact", contact)
          .param("occurredOn", c.occurredOn())
          .update();
    }
  }

  boolean markDeleted(long account, long id, Instant now) {
    boolean deleted =
        jdbc.sql(
                    "UPDATE touchpoint SET deleted_at = :now, version = version + 1"
                        + " WHERE account_id = :account AND id = :id AND deleted_at IS NULL")
                .param("account", account)
                .param("id", id)
                .param("now", db.instant(now))
                .update()
            == 1;
    if (deleted) {
      markPeople(account, id, true);
    }
    return deleted;
  }

  boolean restore(long account, long id) {
    boolean restored =
        jdbc.sql(
                    "UPDATE touchpoint SET deleted_at = NULL, version = version + 1"
                        + " WHERE account_id = :account AND id = :id AND deleted_at IS NOT NULL")
                .param("account", account)
                .param("id", id)
                .update()
            == 1;
    if (restored) {
      markPeople(account, id, false);
    }
    return restored;
  }

  /** Keeps the copy of a touchpoint's deletion on its people's rows in step with it. */
  private void markPeople(long account, long id, boolean deleted) {
    jdbc.sql(
            "UPDATE touchpoint_contact SET deleted = :deleted"
                + " WHERE account_id = :account AND touchpoint_id = :id")
        .param("deleted", deleted)
        .param("account", account)
        .param("id", id)
        .update();
  }

  /** The people of a touchpoint, deleted or not: whose relationship a change touches. */
  List<Long> participantIds(long account, long id) {
    return jdbc.sql(
            "SELECT contact_id FROM touchpoint_contact"
                + " WHERE account_id = :account AND touchpoint_id = :id")
        .param("account", account)
        .param("id", id)
        .query(Long.class)
        .list();
  }

  Optional<Touchpoint> find(long account, long id, boolean includeDeleted) {
    List<Row> rows =
        jdbc.sql(
                "SELECT * FROM touchpoint WHERE account_id = :account AND id = :id"
                    + (includeDeleted ? "" : " AND deleted_at IS NULL"))
            .param("account", account)
            .param("id", id)
            .query(this::mapRow)
            .list();
    return withPeople(account, rows).stream().findFirst();
  }

  List<Touchpoint> timeline(long account, long contact, PageRequest page) {
    List<Row> rows =
        jdbc.sql(
                """
                SELECT t.* FROM touchpoint_contact tc
                  JOIN touchpoint t ON t.account_id = tc.account_id AND t.id = tc.touchpoint_id
                 WHERE tc.account_id = :account AND tc.contact_id = :contact AND tc.deleted = FALSE
                 ORDER BY tc.occurred_on DESC, tc.touchpoint_id DESC
                 LIMIT :limit OFFSET :offset
                """)
            .param("account", account)
            .param("contact", contact)
            .param("limit", page.size())
            .param("offset", page.offset())
            .query(this::mapRow)
            .list();
    return withPeople(account, rows);
  }

  long countTimeline(long account, long contact) {
    return jdbc.sql(
            """
            SELECT COUNT(*) FROM touchpoint_contact
             WHERE account_id = :account AND contact_id = :contact AND deleted = FALSE
            """)
        .param("account", account)
        .param("contact", contact)
        .query(Long.class)
        .single();
  }

  List<Touchpoint> activity(long account, ActivityFilter filter, PageRequest page) {
    Map<String, Object> params = new HashMap<>();
    String where = activityWhere(account, filter, params);
    var spec =
        jdbc.sql(
            "SELECT t.* FROM touchpoint t WHERE "
                + where
                + " ORDER BY t.occurred_on DESC, t.id DESC LIMIT :limit OFFSET :offset");
    params.forEach(spec::param);
    List<Row> rows =
        spec.param("limit", page.size()).param("offset", page.offset()).query(this::mapRow).list();
    return withPeople(account, rows);
  }

  long countActivity(long account, ActivityFilter filter) {
    Map<String, Object> params = new HashMap<>();
    var spec =
        jdbc.sql(
            "SELECT COUNT(*) FROM touchpoint t WHERE " + activityWhere(account, filter, params));
    params.forEach(spec::param);
    return spec.query(Long.class).single();
  }

  private static String activityWhere(
      long account, ActivityFilter filter, Map<String, Object> params) {
    StringBuilder where = new StringBuilder("t.account_id = :account AND t.deleted_at IS NULL");
    params.put("account", account);
    if (filter.from() != null) {
      where.append(" AND t.occurred_on >= :from");
      params.put("from", filter.from());
    }
    if (filter.to() != null) {
      where.append(" AND t.occurred_on <= :to");
      params.put("to", filter.to());
    }
    if (filter.channel() != null) {
      where.append(" AND t.channel = :channel");
      params.put("channel", filter.channel().name());
    }
    if (filter.tag() != null) {
      where.append(
          " AND EXISTS (SELECT 1 FROM touchpoint_contact tc JOIN contact_tag g"
              + " ON g.account_id = tc.account_id AND g.contact_id = tc.contact_id"
              + " WHERE tc.account_id = t.account_id AND tc.touchpoint_id = t.id"
              + " AND g.tag_key = :tag)");
      params.put("tag", Text.fold(filter.tag()));
    }
    return where.toString();
  }

  /**
   * Removes touchpoints left with nobody after people were removed for good; answers the accounts
   * that lost some, whose weekly counts need recounting.
   */
  List<Long> deleteOrphans() {
    String orphan =
        """
         WHERE NOT EXISTS (SELECT 1 FROM touchpoint_contact tc
                            WHERE tc.account_id = touchpoint.account_id
                              AND tc.touchpoint_id = touchpoint.id)
        """;
    List<Long> accounts =
        jdbc.sql("SELECT DISTINCT account_id FROM touchpoint" + orphan).query(Long.class).list();
    jdbc.sql("DELETE FROM touchpoint" + orphan).update();
    return accounts;
  }

  /** Adds {@code delta} to the week's count for a channel. */
  void countWeek(long account, LocalDate day, Channel channel, int delta) {
    jdbc.sql(
            """
            INSERT INTO touchpoint_week (account_id, week_start, channel, touchpoints)
            VALUES (:account, :week, :channel, :delta)
            ON CONFLICT (account_id, week_start, channel)
            DO UPDATE SET touchpoints = touchpoint_week.touchpoints + EXCLUDED.touchpoints
            """)
        .param("account", account)
        .param("week", weekOf(day))
        .param("channel", channel.name())
        .param("delta", delta)
        .update();
  }

  /** Counts the weeks again from the log itself (after bulk changes). */
  void recountWeeks(long account) {
    Map<String, Integer> counts = new HashMap<>();
    jdbc.sql(
            "SELECT occurred_on, channel FROM touchpoint"
                + " WHERE account_id = :account AND deleted_at IS NULL")
        .param("account", account)
        .query(
            rs -> {
              counts.merge(
                  weekOf(Database.date(rs, "occurred_on")) + "|" + rs.getString("channel"),
                  1,
                  Integer::sum);
            });
    jdbc.sql("DELETE FROM touchpoint_week WHERE account_id = :account")
        .param("account", account)
        .update();
    counts.forEach(
        (key, count) -> {
          String[] parts = key.split("\\|");
          countWeek(account, LocalDate.parse(parts[0]), Channel.valueOf(parts[1]), count);
        });
  }

  List<WeekCount> weeks(long account, LocalDate from, LocalDate until) {
    return jdbc.sql(
            "SELECT week_start, channel, touchpoints FROM touchpoint_week"
                + " WHERE account_id = :account AND week_start >= :from AND week_start <= :until"
                + " AND touchpoints <> 0 ORDER BY week_start, channel")
        .param("account", account)
        .param("from", weekOf(from))
        .param("until", until)
        .query(
            (rs, row) ->
                new WeekCount(
                    Database.date(rs, "week_start"),
                    Channel.valueOf(rs.getString("channel")),
                    rs.getInt("touchpoints")))
        .list();
  }

  long countOn(long account, LocalDate from, LocalDate until) {
    if (!from.isBefore(until)) {
      return 0;
    }
    return jdbc.sql(
            "SELECT COUNT(*) FROM touchpoint WHERE account_id = :account AND deleted_at IS NULL"
                + " AND occurred_on >= :from AND occurred_on < :until")
        .param("account", account)
        .param("from", from)
        .param("until", until)
        .query(Long.class)
        .single();
  }

  long countInfoInterviews(long account, LocalDate from, LocalDate until) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM touchpoint WHERE account_id = :account AND info_interview = TRUE"
                + " AND deleted_at IS NULL AND occurred_on >= :from AND occurred_on < :until")
        .param("account", account)
        .param("from", from)
        .param("until", until)
        .query(Long.class)
        .single();
  }

  static LocalDate weekOf(LocalDate day) {
    return day.with(
        java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
  }

  private List<Touchpoint> withPeople(long account, List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, List<Touchpoint.Participant>> people = new LinkedHashMap<>();
    jdbc.sql(
            """
            SELECT tc.touchpoint_id, c.id, c.full_name, c.deleted_at
              FROM touchpoint_contact tc
              JOIN contact c ON c.account_id = tc.account_id AND c.id = tc.contact_id
             WHERE tc.account_id = :account AND tc.touchpoint_id IN (:ids)
             ORDER BY c.sort_name
            """)
        .param("account", account)
        .param("ids", rows.stream().map(Row::id).toList())
        .query(
            rs -> {
              people
                  .computeIfAbsent(rs.getLong("touchpoint_id"), k -> new ArrayList<>())
                  .add(
                      new Touchpoint.Participant(
                          rs.getLong("id"),
                          rs.getString("full_name"),
                          rs.getString("deleted_at") != null));
            });
    Map<Long, Touchpoint.FollowUpNote> followUps = new HashMap<>();
    jdbc.sql(
            """
            SELECT touchpoint_id, id, due_on, what, status FROM follow_up
             WHERE account_id = :account AND touchpoint_id IN (:ids) AND status <> 'DROPPED'
             ORDER BY created_at
            """)
        .param("account", account)
        .param("ids", rows.stream().map(Row::id).toList())
        .query(
            rs -> {
              followUps.put(
                  rs.getLong("touchpoint_id"),
                  new Touchpoint.FollowUpNote(
                      rs.getLong("id"),
                      Database.date(rs, "due_on"),
                      rs.getString("what"),
                      rs.getString("status")));
            });
    return rows.stream()
        .map(r -> r.toTouchpoint(people.getOrDefault(r.id(), List.of()), followUps.get(r.id())))
        .toList();
  }

  private record Row(
      long id,
      LocalDate occurredOn,
      Channel channel,
      Direction direction,
      String summary,
      String notes,
      boolean infoInterview,
      String source,
      int version,
      Instant createdAt,
      Instant updatedAt) {

    Touchpoint toTouchpoint(List<Touchpoint.Participant> people, Touchpoint.FollowUpNote followUp) {
      return new Touchpoint(
          id,
          occurredOn,
          channel,
          direction,
          summary,
          notes,
          people,
          followUp,
          infoInterview,
          source,
          version,
          createdAt,
          updatedAt);
    }
  }

  private Row mapRow(ResultSet rs, int row) throws SQLException {
    return new Row(
        rs.getLong("id"),
        Database.date(rs, "occurred_on"),
        Channel.valueOf(rs.getString("channel")),
        Direction.valueOf(rs.getString("direction")),
        rs.getString("summary"),
        rs.getString("notes"),
        rs.getBoolean("info_interview"),
        rs.getString("source"),
        rs.getInt("version"),
        db.instant(rs, "created_at"),
        db.instant(rs, "updated_at"));
  }
}
