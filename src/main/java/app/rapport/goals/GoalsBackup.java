package app.rapport.goals;

import app.rapport.backup.TableBackup;
import app.rapport.platform.db.Database;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The networking goals in a backup, removed ones included. */
@Component
class GoalsBackup extends TableBackup {

  GoalsBackup(JdbcTemplate jdbc, Database db) {
    super(
        jdbc,
        db,
        "goals",
        70,
        "goal",
        List.of("id"),
        List.of(
            Column.id("id"),
            Column.text("kind"),
            Column.integer("target"),
            Column.date("period_start"),
            Column.date("period_end"),
            Column.text("plan"),
            Column.integer("version"),
            Column.instant("created_at"),
            Column.instant("updated_at"),
            Column.instant("deleted_at")));
  }
}
