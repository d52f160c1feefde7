package app.rapport.health;

import app.rapport.platform.db.Database;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class HealthRepository {

  private final JdbcClient jdbc;

  HealthRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean hasSnapshot(long account, LocalDate week) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM health_snapshot WHERE account_id = :account AND week_start = :week")
            .param("account", account)
            .param("week", week)
            .query(Long.class)
            .single()
        > 0;
  }

  void saveSnapshot(long account, HealthSnapshot snapshot) {
    jdbc.sql(
            """
            INSERT INTO health_snapshot (account_id, week_start, ready10, qualifying, activated)
            VALUES (:account, :week, :ready10, :qualifying, :activated)
            ON CONFLICT (account_id, week_start) DO UPDATE SET ready10 = EXCLUDED.ready10,
              qualifying = EXCLUDED.qualifying, activated = EXCLUDED.activated
            """)
        .param("account", account)
        .param("week", snapshot.weekStart())
        .param("ready10", snapshot.ready10())
        .param("qualifying", snapshot.qualifying())
        .param("activated", snapshot.activated())
        .update();
  }

  List<HealthSnapshot> snapshots(long account, LocalDate from) {
    return jdbc.sql(
            "SELECT * FROM health_snapshot WHERE account_id = :account AND week_start >= :from"
                + " ORDER BY week_start")
        .param("account", account)
        .param("from", from)
        .query(
            (rs, row) ->
                new HealthSnapshot(
                    Database.date(rs, "week_start"),
                    Database.integer(rs, "ready10"),
                    rs.getInt("qualifying"),
                    rs.getInt("activated")))
        .list();
  }

  List<Long> accountsWithoutSnapshot(LocalDate week) {
    return jdbc.sql(
            "SELECT id FROM account a WHERE NOT EXISTS (SELECT 1 FROM health_snapshot s"
                + " WHERE s.account_id = a.id AND s.week_start = :week)")
        .param("week", week)
        .query(Long.class)
        .list();
  }
}
