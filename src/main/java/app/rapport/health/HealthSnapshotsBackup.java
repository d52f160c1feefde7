package app.rapport.health;

import app.rapport.backup.TableBackup;
import app.rapport.platform.db.Database;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each week's Ready-10 score, as it was recorded that week: the trend cannot be worked out again
 * later.
 */
@Component
class HealthSnapshotsBackup extends TableBackup {

  HealthSnapshotsBackup(JdbcTemplate jdbc, Database db) {
    super(
        jdbc,
        db,
        "readyTenWeeks",
        72,
        "health_snapshot",
        List.of("week_start"),
        List.of(
            Column.date("week_start"),
            Column.integer("ready10"),
            Column.integer("qualifying"),
            Column.integer("activated")));
  }

  /**
   * The weekly record is written for every account on Monday mornings, an empty one too, so it does
   * not make an account hold data: a new Rapport that has run over a Monday still takes a backup,
   * whose weeks replace the ones it wrote.
   */
  @Override
  public boolean hasData(long account) {
    return false;
  }

  @Override
  protected void beforeRestore(long account) {
    forAccount("DELETE FROM health_snapshot WHERE account_id = ?", account);
  }
}
