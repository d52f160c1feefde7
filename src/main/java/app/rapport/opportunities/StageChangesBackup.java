package app.rapport.opportunities;

import app.rapport.backup.TableBackup;
import app.rapport.platform.db.Database;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Every move of an opportunity from one stage to another. */
@Component
class StageChangesBackup extends TableBackup {

  StageChangesBackup(JdbcTemplate jdbc, Database db) {
    super(
        jdbc,
        db,
        "opportunityStageChanges",
        86,
        "opportunity_stage_change",
        List.of("opportunity_id", "id"),
        List.of(
            Column.id("opportunity_id"),
            Column.id("id"),
            Column.text("from_stage"),
            Column.text("to_stage"),
            Column.date("changed_on"),
            Column.instant("changed_at")));
  }
}
