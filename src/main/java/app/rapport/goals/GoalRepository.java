package app.rapport.goals;

import app.rapport.model.GoalKind;
import app.rapport.platform.db.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class GoalRepository {

  private final JdbcClient jdbc;
  private final Database db;

  GoalRepository(JdbcClient jdbc, Database db) {
    this.jdbc = jdbc;
    this.db = db;
  }

  void insert(long account, long id, GoalCommand c, Instant now) {
    jdbc.sql(
            """
            INSERT INTO goal (account_id, id, kind, target, period_start, period_end, plan, version,
                              created_at, updated_at)
            VALUES (:account, :id, :kind, :target, :start, :end, :plan, 1, :now, :now)
            """)
        .param("account", account)
        .param("id", id)
        .param("kind", c.kind().name())
        .param("target", c.target())
        .param("start", c.periodStart())
        .param("end", c.periodEnd())
        .param("plan", c.plan())
        .param("now", db.instant(now))
        .update();
  }

  boolean update(long account, long id, int version, GoalCommand c, Instant now) {
    return jdbc.sql(
                """
            UPDATE goal SET kind = :kind, target = :target, period_start = :start,
                   period_end = :end, plan = :plan, version = version + 1, updated_at = :now
             WHERE account_id = :account AND id = :id AND version = :version AND deleted_at IS NULL
            """)
            .param("account", account)
            .param("id", id)
            .param("version", version)
            .param("kind", c.kind().name())
            .param("target", c.target())
            .param("start", c.periodStart())
            .param("end", c.periodEnd())
            .param("plan", c.plan())
            .param("now", db.instant(now))
            .update()
        == 1;
  }

  Optional<Goal> find(long account, long id) {
    return jdbc.sql(
            "SELECT * FROM goal WHERE account_id = :account AND id = :id AND deleted_at IS NULL")
        .param("account", account)
        .param("id", id)
        .query(this::map)
        .optional();
  }

  /** Goals whose period has not ended before {@code endedAfter}, soonest ending first. */
  List<Goal> current(long account, LocalDate endedAfter, int limit) {
    return jdbc.sql(
            "SELECT * FROM goal WHERE account_id = :account AND deleted_at IS NULL"
                + " AND period_end >= :day ORDER BY period_end, kind, id LIMIT :limit")
        .param("account", account)
        .param("day", endedAfter)
        .param("limit", limit)
        .query(this::map)
        .list();
  }

  List<Goal> all(long account, int offset, int limit) {
    return jdbc.sql(
            "SELECT * FROM goal WHERE account_id = :account AND deleted_at IS NULL"
                + " ORDER BY period_end DESC, kind, id LIMIT :limit OFFSET :offset")
        .param("account", account)
        .param("limit", limit)
        .param("offset", offset)
        .query(this::map)
        .list();
  }

  long count(long account) {
    return jdbc.sql("SELECT COUNT(*) FROM goal WHERE account_id = :account AND deleted_at IS NULL")
        .param("account", account)
        .query(Long.class)
        .single();
  }

  boolean markDeleted(long account, long id, Instant now) {
    return jdbc.sql(
                "UPDATE goal SET deleted_at = :now WHERE account_id = :account AND id = :id"
                    + " AND deleted_at IS NULL")
            .param("account", account)
            .param("id", id)
            .param("now", db.instant(now))
            .update()
        == 1;
  }

  boolean restore(long account, long id) {
    return jdbc.sql(
                "UPDATE goal SET deleted_at = NULL WHERE account_id = :account AND id = :id"
                    + " AND deleted_at IS NOT NULL")
            .param("account", account)
            .param("id", id)
            .update()
        == 1;
  }

  /**
   * Writes a goal's progress for a week unless it is already written: the week's first look counts.
   */
  void saveSnapshotIfMissing(long account, long goal, LocalDate week, double progress) {
    jdbc.sql(
            """
            INSERT INTO goal_snapshot (account_id, goal_id, week_start, progress)
            VALUES (:account, :goal, :week, :progress)
            ON CONFLICT (account_id, goal_id, week_start) DO NOTHING
            """)
        .param("account", account)
        .param("goal", goal)
        .param("week", week)
        .param("progress", progress)
        .update();
  }

  /** Each goal's weekly progress since a week, oldest first. */
  java.util.Map<Long, java.util.List<GoalWeek>> snapshots(
      long account, java.util.Collection<Long> goals, LocalDate from) {
    java.util.Map<Long, java.util.List<GoalWeek>> weeks = new java.util.HashMap<>();
    if (goals.isEmpty()) {
      return weeks;
    }
    jdbc.sql(
            "SELECT goal_id, week_start, progress FROM goal_snapshot WHERE account_id = :account"
                + " AND goal_id IN (:goals) AND week_start >= :from ORDER BY week_start")
        .param("account", account)
        .param("goals", goals)
        .param("from", from)
        .query(
            rs -> {
              weeks
                  .computeIfAbsent(rs.getLong("goal_id"), k -> new java.util.ArrayList<>())
                  .add(new GoalWeek(Database.date(rs, "week_start"), rs.getDouble("progress")));
            });
    return weeks;
  }

  List<Long> accountsWithGoals() {
    return jdbc.sql("SELECT DISTINCT account_id FROM goal WHERE deleted_at IS NULL")
        .query(Long.class)
        .list();
  }

  private Goal map(ResultSet rs, int row) throws SQLException {
    return new Goal(
        rs.getLong("id"),
        GoalKind.valueOf(rs.getString("kind")),
        rs.getInt("target"),
        Database.date(rs, "period_start"),
        Database.date(rs, "period_end"),
        rs.getString("plan"),
        rs.getInt("version"));
  }
}
