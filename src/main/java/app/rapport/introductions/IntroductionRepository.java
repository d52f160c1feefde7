package app.rapport.introductions;

import app.rapport.platform.db.Database;
import app.rapport.platform.db.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class IntroductionRepository {

  /**
   * Introductions with their people as they are now: the live name when the person is still there,
   * the kept name (and "removed") when they were deleted or removed for good.
   */
  private static final String SELECT =
      """
      SELECT i.*,
             a.full_name AS introducer_now,
             CASE WHEN a.id IS NULL OR a.deleted_at IS NOT NULL THEN 1 ELSE 0 END AS introducer_removed,
             b.full_name AS introduced_now,
             CASE WHEN b.id IS NULL OR b.deleted_at IS NOT NULL THEN 1 ELSE 0 END AS introduced_removed
        FROM introduction i
        LEFT JOIN contact a ON a.account_id = i.account_id AND a.id = i.introducer_id
        LEFT JOIN contact b ON b.account_id = i.account_id AND b.id = i.introduced_id
      """;

  private final JdbcClient jdbc;
  private final Database db;

  IntroductionRepository(JdbcClient jdbc, Database db) {
    this.jdbc = jdbc;
    this.db = db;
  }

  Optional<Introduction> find(long account, long id) {
    return jdbc.sql(
            SELECT + " WHERE i.account_id = :account AND i.id = :id AND i.deleted_at IS NULL")
        .param("account", account)
        .param("id", id)
        .query(this::map)
        .optional();
  }

  /** Newest first; only those a person took part in when {@code contact} is given. */
  List<Introduction> list(long account, Long contact, PageRequest page) {
    return jdbc.sql(
            SELECT
                + where(contact)
                + " ORDER BY i.occurred_on DESC, i.id DESC LIMIT :limit OFFSET :offset")
        .param("account", account)
        .param("contact", contact)
        .param("limit", page.size())
        .param("offset", page.offset())
        .query(this::map)
        .list();
  }

  long count(long account, Long contact) {
    return jdbc.sql("SELECT COUNT(*) FROM introduction i" + where(contact))
        .param("account", account)
        .param("contact", contact)
        .query(Long.class)
        .single();
  }

  List<Introduction> byIntroducer(long account, long contact, PageRequest page) {
    return jdbc.sql(
            SELECT
                + " WHERE i.account_id = :account AND i.introducer_id = :contact"
                + " AND i.deleted_at IS NULL"
                + " ORDER BY i.occurred_on DESC, i.id DESC "
                + Database.page(page))
        .param("account", account)
        .param("contact", contact)
        .query(this::map)
        .list();
  }

  long countByIntroducer(long account, long contact) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM introduction WHERE account_id = :account"
                + " AND introducer_id = :contact AND deleted_at IS NULL")
        .param("account", account)
        .param("contact", contact)
        .query(Long.class)
        .single();
  }

  private static String where(Long contact) {
    return contact == null
        ? " WHERE i.account_id = :account AND i.deleted_at IS NULL"
        : " WHERE i.account_id = :account AND i.deleted_at IS NULL"
            + " AND (i.introducer_id = :contact OR i.introduced_id = :contact)";
  }

  /** The introductions that brought these people to the user (not those merely asked for). */
  List<Introduction> introducing(long account, Collection<Long> people) {
    if (people.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            SELECT
                + " WHERE i.account_id = :account AND i.introduced_id IN (:people)"
                + " AND i.status <> 'ASKED' AND i.deleted_at IS NULL ORDER BY i.occurred_on, i.id")
        .param("account", account)
        .param("people", people)
        .query(this::map)
        .list();
  }

  /** A bounded number of the introductions each of these people made, oldest first. */
  List<Ranked> madeBy(long account, Collection<Long> introducers, int perPerson) {
    if (introducers.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT * FROM ("
                + SELECT.replace(
                    "SELECT i.*,",
                    "SELECT i.*, ROW_NUMBER() OVER (PARTITION BY i.introducer_id"
                        + " ORDER BY i.occurred_on, i.id) AS rank_in_person,"
                        + " COUNT(*) OVER (PARTITION BY i.introducer_id) AS made_count,")
                + " WHERE i.account_id = :account AND i.introducer_id IN (:introducers)"
                + " AND i.status <> 'ASKED' AND i.deleted_at IS NULL"
                + ") ranked WHERE rank_in_person <= :perPerson"
                + " ORDER BY introducer_id, rank_in_person")
        .param("account", account)
        .param("introducers", introducers)
        .param("perPerson", perPerson)
        .query((rs, row) -> new Ranked(map(rs, row), rs.getLong("made_count")))
        .list();
  }

  /** An introduction and how many its introducer made in all. */
  record Ranked(Introduction introduction, long madeCount) {}

  /** Introductions between these two people, either way round, oldest first. */
  List<Introduction> between(long account, long one, long two) {
    return jdbc.sql(
            SELECT
                + " WHERE i.account_id = :account AND ((i.introducer_id = :one AND i.introduced_id"
                + " = :two) OR (i.introducer_id = :two AND i.introduced_id = :one))"
                + " AND i.deleted_at IS NULL"
                + " ORDER BY i.occurred_on, i.id")
        .param("account", account)
        .param("one", one)
        .param("two", two)
        .query(this::map)
        .list();
  }

  void insert(
      long account,
      long id,
      long introducer,
      String introducerName,
      long introduced,
      String introducedName,
      LocalDate on,
      IntroductionStatus status,
      String context,
      Long touchpoint,
      Instant now) {
    jdbc.sql(
            """
            INSERT INTO introduction
              (account_id, id, introducer_id, introducer_name, introduced_id, introduced_name,
               occurred_on, status, asked_on, context, touchpoint_id, version, created_at,
               updated_at)
            VALUES
              (:account, :id, :introducer, :introducerName, :introduced, :introducedName,
               :on, :status, CASE WHEN :status = 'ASKED' THEN :on ELSE NULL END, :context,
               :touchpoint, 1, :now, :now)
            """)
        .param("account", account)
        .param("id", id)
        .param("introducer", introducer)
        .param("introducerName", introducerName)
        .param("introduced", introduced)
        .param("introducedName", introducedName)
        .param("on", on)
        .param("status", status.name())
        .param("context", context)
        .param("touchpoint", touchpoint)
        .param("now", db.instant(now))
        .update();
  }

  boolean update(
      long account,
      long id,
      int version,
      IntroductionChange change,
      String introducerName,
      String introducedName,
      Instant now) {
    return jdbc.sql(
                """
            UPDATE introduction
               SET occurred_on = :on, status = :status, context = :context,
                   asked_on = CASE WHEN asked_on IS NULL AND :status = 'ASKED' THEN :on
                                   ELSE asked_on END,
                   introducer_name = :introducerName, introduced_name = :introducedName,
                   version = version + 1, updated_at = :now
             WHERE account_id = :account AND id = :id AND version = :version
               AND deleted_at IS NULL
            """)
            .param("account", account)
            .param("id", id)
            .param("version", version)
            .param("on", change.occurredOn())
            .param("status", change.status().name())
            .param("context", change.context())
            .param("introducerName", introducerName)
            .param("introducedName", introducedName)
            .param("now", db.instant(now))
            .update()
        == 1;
  }

  boolean markDeleted(long account, long id, Instant now) {
    return jdbc.sql(
                "UPDATE introduction SET deleted_at = :now, version = version + 1"
                    + " WHERE account_id = :account AND id = :id AND deleted_at IS NULL")
            .param("account", account)
            .param("id", id)
            .param("now", db.instant(now))
            .update()
        == 1;
  }

  boolean restore(long account, long id) {
    return jdbc.sql(
                "UPDATE introduction SET deleted_at = NULL, version = version + 1"
                    + " WHERE account_id = :account AND id = :id AND deleted_at IS NOT NULL")
            .param("account", account)
            .param("id", id)
            .update()
        == 1;
  }

  /** Introductions the user asked for between two days (the second not included). */
  long countAsked(long account, java.time.LocalDate from, java.time.LocalDate until) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM introduction WHERE account_id = :account AND deleted_at IS NULL"
                + " AND asked_on >= :from AND asked_on < :until")
        .param("account", account)
        .param("from", from)
        .param("until", until)
        .query(Long.class)
        .single();
  }

  private Introduction map(ResultSet rs, int row) throws SQLException {
    long touchpoint = rs.getLong("touchpoint_id");
    Long touchpointId = rs.wasNull() ? null : touchpoint;
    return new Introduction(
        rs.getLong("id"),
        person(rs, "introducer"),
        person(rs, "introduced"),
        Database.date(rs, "occurred_on"),
        IntroductionStatus.valueOf(rs.getString("status")),
        rs.getString("context"),
        touchpointId,
        rs.getInt("version"),
        db.instant(rs, "created_at"),
        db.instant(rs, "updated_at"));
  }

  static PersonRef person(ResultSet rs, String role) throws SQLException {
    String now = rs.getString(role + "_now");
    return new PersonRef(
        rs.getLong(role + "_id"),
        now != null ? now : rs.getString(role + "_name"),
        rs.getInt(role + "_removed") == 1);
  }

  /**
   * The introductions in which one person takes a part ("introducer_id" or "introduced_id") with
   * someone other than {@code besides} at the other end.
   */
  List<Long> withPart(long account, String part, long contact, long besides) {
    String other = part.equals("introducer_id") ? "introduced_id" : "introducer_id";
    return jdbc.sql(
            "SELECT id FROM introduction WHERE account_id = :account AND "
                + part
                + " = :contact AND "
                + other
                + " <> :besides ORDER BY id")
        .param("account", account)
        .param("contact", contact)
        .param("besides", besides)
        .query(Long.class)
        .list();
  }

  /** Gives a part in these introductions to another person (a merge, or its undo). */
  void givePart(long account, String part, Collection<Long> ids, long to) {
    if (ids.isEmpty()) {
      return;
    }
    jdbc.sql(
            "UPDATE introduction SET "
                + part
                + " = :to, version = version + 1 WHERE account_id = :account AND id IN (:ids)")
        .param("account", account)
        .param("ids", ids)
        .param("to", to)
        .update();
  }
}
