package app.rapport.keepintouch;

import app.rapport.platform.db.Database;
import app.rapport.platform.db.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FollowUpRepository {

  private static final String SELECT =
      """
      SELECT f.*, c.full_name FROM follow_up f
        JOIN contact c ON c.account_id = f.account_id AND c.id = f.contact_id
      """;

  private final JdbcClient jdbc;
  private final Database db;

  FollowUpRepository(JdbcClient jdbc, Database db) {
    this.jdbc = jdbc;
    this.db = db;
  }

  void insert(
      long account,
      long id,
      long contact,
      Long touchpoint,
      LocalDate dueOn,
      String what,
      Instant now) {
    jdbc.sql(
            """
            INSERT INTO follow_up
              (account_id, id, contact_id, touchpoint_id, due_on, what, status, version, created_at, updated_at)
            VALUES (:account, :id, :contact, :touchpoint, :dueOn, :what, 'OPEN', 1, :now, :now)
            """)
        .param("account", account)
        .param("id", id)
        .param("contact", contact)
        .param("touchpoint", touchpoint)
        .param("dueOn", dueOn)
        .param("what", what)
        .param("now", db.instant(now))
        .update();
  }

  Optional<FollowUp> find(long account, long id) {
    return jdbc.sql(SELECT + " WHERE f.account_id = :account AND f.id = :id")
        .param("account", account)
        .param("id", id)
        .query(this::map)
        .optional();
  }

  Optional<FollowUp> openOfTouchpoint(long account, long touchpoint) {
    return jdbc.sql(
            SELECT
                + " WHERE f.account_id = :account AND f.touchpoint_id = :touchpoint"
                + " AND f.status = 'OPEN' ORDER BY f.created_at LIMIT 1")
        .param("account", account)
        .param("touchpoint", touchpoint)
        .query(this::map)
        .optional();
  }

  /** Open follow-ups of people not deleted, soonest first. */
  List<FollowUp> open(long account, LocalDate dueBy, PageRequest page) {
    return jdbc.sql(
            SELECT
                + " WHERE f.account_id = :account AND f.status = 'OPEN' AND c.deleted_at IS NULL"
                + (dueBy == null ? "" : " AND f.due_on <= :dueBy")
                + " ORDER BY f.due_on, f.id LIMIT :limit OFFSET :offset")
        .param("account", account)
        .param("dueBy", dueBy)
        .param("limit", page.size())
        .param("offset", page.offset())
        .query(this::map)
        .list();
  }

  long countOpen(long account, LocalDate dueBy) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM follow_up f JOIN contact c"
                + " ON c.account_id = f.account_id AND c.id = f.contact_id"
                + " WHERE f.account_id = :account AND f.status = 'OPEN' AND c.deleted_at IS NULL"
                + (dueBy == null ? "" : " AND f.due_on <= :dueBy"))
        .param("account", account)
        .param("dueBy", dueBy)
        .query(Long.class)
        .single();
  }

  List<FollowUp> openFor(long account, long contact) {
    return jdbc.sql(
            SELECT
                + " WHERE f.account_id = :account AND f.contact_id = :contact AND f.status = 'OPEN'"
                + " ORDER BY f.due_on, f.id LIMIT 50")
        .param("account", account)
        .param("contact", contact)
        .query(this::map)
        .list();
  }

  boolean setStatus(long account, long id, FollowUp.Status status, Instant now) {
    return jdbc.sql(
                "UPDATE follow_up SET status = :status, closed_at = :closedAt, version = version + 1,"
                    + " updated_at = :now WHERE account_id = :account AND id = :id")
            .param("account", account)
            .param("id", id)
            .param("status", status.name())
            .param("closedAt", status == FollowUp.Status.OPEN ? null : db.instant(now))
            .param("now", db.instant(now))
            .update()
        == 1;
  }

  boolean reschedule(
      long account, long id, LocalDate dueOn, String what, long contact, Instant now) {
    return jdbc.sql(
                "UPDATE follow_up SET due_on = :dueOn, what = :what, contact_id = :contact,"
                    + " version = version + 1, updated_at = :now"
                    + " WHERE account_id = :account AND id = :id")
            .param("account", account)
            .param("id", id)
            .param("dueOn", dueOn)
            .param("what", what)
            .param("contact", contact)
            .param("now", db.instant(now))
            .update()
        == 1;
  }

  /** Every follow-up of a person, open or not. */
  List<Long> idsFor(long account, long contact) {
    return jdbc.sql(
            "SELECT id FROM follow_up WHERE account_id = :account AND contact_id = :contact")
        .param("account", account)
        .param("contact", contact)
        .query(Long.class)
        .list();
  }

  void reassign(long account, List<Long> ids, long contact) {
    if (ids.isEmpty()) {
      return;
    }
    jdbc.sql(
            "UPDATE follow_up SET contact_id = :contact"
                + " WHERE account_id = :account AND id IN (:ids)")
        .param("account", account)
        .param("contact", contact)
        .param("ids", ids)
        .update();
  }

  private FollowUp map(ResultSet rs, int row) throws SQLException {
    long touchpoint = rs.getLong("touchpoint_id");
    Long touchpointId = rs.wasNull() ? null : touchpoint;
    return new FollowUp(
        rs.getLong("id"),
        rs.getLong("contact_id"),
        rs.getString("full_name"),
        touchpointId,
        Database.date(rs, "due_on"),
        rs.getString("what"),
        FollowUp.Status.valueOf(rs.getString("status")),
        rs.getInt("version"));
  }
}
