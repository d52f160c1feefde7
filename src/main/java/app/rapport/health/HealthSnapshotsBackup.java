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
}
