package app.rapport.opportunities;

import app.rapport.backup.TableBackup;
import app.rapport.platform.db.Database;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Leads, applications, interviews and offers, removed ones included. */
@Component
class OpportunitiesBackup extends TableBackup {

  OpportunitiesBackup(JdbcTemplate jdbc, Database db) {
    super(
        jdbc,
        db,
        "opportunities",
        84,
        "opportunity",
        List.of("id"),
        List.of(
            Column.id("id"),
            Column.text("title"),
            Column.id("organization_id"),
            Column.text("organization_name"),
            Column.text("stage"),
            Column.text("furthest_stage"),
            Column.text("source"),
            Column.text("channel"),
            Column.date("opened_on"),
            Column.text("next_step"),
            Column.date("next_step_on"),
            Column.text("notes"),
            Column.id("introduction_id"),
            Column.number("origin_closeness"),
            Column.text("tie_strength"),
            Column.integer("version"),
            Column.instant("created_at"),
            Column.instant("updated_at"),
            Column.instant("deleted_at")));
  }
}
