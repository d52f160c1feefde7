package app.rapport.reminders;

import app.rapport.model.Tier;
import app.rapport.platform.db.Database;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads what the calendar shows from the keep-in-touch feature's tables (a feature may read others'
 * tables, never write them), with bounded queries on their indexes.
 */
@Repository
class CalendarRepository {

  /** An open follow-up. */
  record FollowUpRow(long id, long contactId, String fullName, LocalDate dueOn, String what) {}

  /** A person's next keep-in-touch date. */
  record NudgeRow(long contactId, String fullName, LocalDate nextNudgeOn, LocalDate snoozedUntil) {}

  private final JdbcClient jdbc;

  CalendarRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<FollowUpRow> openFollowUps(long account, LocalDate from, LocalDate to, int limit) {
    return jdbc.sql(
            """
            SELECT f.id, f.contact_id, c.full_name, f.due_on, f.what
              FROM follow_up f
              JOIN contact c ON c.account_id = f.account_id AND c.id = f.contact_id
             WHERE f.account_id = :account AND f.status = 'OPEN'
               AND f.due_on >= :from AND f.due_on <= :to AND c.deleted_at IS NULL
             ORDER BY f.due_on, f.id
             LIMIT :limit
            """)
        .param("account", account)
        .param("from", from)
        .param("to", to)
        .param("limit", limit)
        .query(
            (rs, row) ->
                new FollowUpRow(
                    rs.getLong("id"),
                    rs.getLong("contact_id"),
                    rs.getString("full_name"),
                    Database.date(rs, "due_on"),
                    rs.getString("what")))
        .list();
  }

  /**
   * People of one tier whose next keep-in-touch date falls after {@code after}, up to {@code to}.
   */
  List<NudgeRow> upcomingNudges(long account, Tier tier, LocalDate after, LocalDate to, int limit) {
    return jdbc.sql(
            """
            SELECT r.contact_id, c.full_name, r.next_nudge_on, r.snoozed_until
              FROM relationship r
              JOIN contact c ON c.account_id = r.account_id AND c.id = r.contact_id
             WHERE r.account_id = :account AND r.tier = :tier
               AND r.next_nudge_on > :after AND r.next_nudge_on <= :to
               AND r.ended = FALSE AND c.deleted_at IS NULL
             ORDER BY r.next_nudge_on, r.contact_id
             LIMIT :limit
            """)
        .param("account", account)
        .param("tier", tier.name())
        .param("after", after)
        .param("to", to)
        .param("limit", limit)
        .query(
            (rs, row) ->
                new NudgeRow(
                    rs.getLong("contact_id"),
                    rs.getString("full_name"),
                    Database.date(rs, "next_nudge_on"),
                    Database.date(rs, "snoozed_until")))
        .list();
  }

  /** A person's birthday, as stored: {@code 1985-03-15}, or {@code --03-15} without the year. */
  record BirthdayRow(long contactId, String fullName, String birthday) {}

  /** The birthdays of people still in touch, the closest tiers first. */
  List<BirthdayRow> birthdays(long account, int limit) {
    return jdbc.sql(
            """
            SELECT c.id, c.full_name, c.birthday
              FROM contact c
              LEFT JOIN relationship r ON r.account_id = c.account_id AND r.contact_id = c.id
             WHERE c.account_id = :account AND c.birthday IS NOT NULL AND c.deleted_at IS NULL
               AND (r.ended IS NULL OR r.ended = FALSE)
             ORDER BY CASE c.tier WHEN 'INNER' THEN 0 WHEN 'CLOSE' THEN 1 WHEN 'ACTIVE' THEN 2
                                  WHEN 'NETWORK' THEN 3 ELSE 4 END, c.sort_name, c.id
             LIMIT :limit
            """)
        .param("account", account)
        .param("limit", limit)
        .query(
            (rs, row) ->
                new BirthdayRow(
                    rs.getLong("id"), rs.getString("full_name"), rs.getString("birthday")))
        .list();
  }
}
