package app.rapport.keepintouch;

import app.rapport.backup.TableBackup;
import app.rapport.platform.db.Database;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The follow-ups in a backup, done and dropped ones included. */
@Component
class FollowUpsBackup extends TableBackup {

  FollowUpsBackup(JdbcTemplate jdbc, Database db) {
    super(
        jdbc,
        db,
        "followUps",
        50,
        "follow_up",
        List.of("id"),
        List.of(
            Column.id("id"),
            Column.id("contact_id"),
            Column.id("touchpoint_id"),
            Column.date("due_on"),
            Column.text("what"),
            Column.text("status"),
            Column.instant("closed_at"),
            Column.integer("version"),
            Column.instant("created_at"),
            Column.instant("updated_at")));
  }
}
