package app.rapport.introductions;

import app.rapport.backup.TableBackup;
import app.rapport.platform.db.Database;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The introductions in a backup, removed ones included. */
@Component
class IntroductionsBackup extends TableBackup {

  IntroductionsBackup(JdbcTemplate jdbc, Database db) {
    super(
        jdbc,
        db,
        "introductions",
        80,
        "introduction",
        List.of("id"),
        List.of(
            Column.id("id"),
            Column.id("introducer_id"),
            Column.text("introducer_name"),
            Column.id("introduced_id"),
            Column.text("introduced_name"),
            Column.date("occurred_on"),
            Column.text("status"),
            Column.text("context"),
            Column.id("touchpoint_id"),
            Column.date("asked_on"),
            Column.integer("version"),
            Column.instant("created_at"),
            Column.instant("updated_at"),
            Column.instant("deleted_at")));
  }
}
