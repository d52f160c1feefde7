package app.rapport.goals;

import app.rapport.backup.TableBackup;
import app.rapport.platform.db.Database;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Each week's progress of each goal, as it was recorded that week. */
@Component
class GoalSnapshotsBackup extends TableBackup {

  GoalSnapshotsBackup(JdbcTemplate jdbc, Database db) {
    super(
        jdbc,
        db,
        "goalWeeks",
        71,
        "goal_snapshot",
        List.of("goal_id", "week_start"),
        List.of(Column.id("goal_id"), Column.date("week_start"), Column.number("progress")));
  }
}
