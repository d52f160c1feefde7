package app.rapport.opportunities;

import app.rapport.backup.TableBackup;
import app.rapport.platform.db.Database;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The people each opportunity names, with their part. */
@Component
class OpportunityPeopleBackup extends TableBackup {

  OpportunityPeopleBackup(JdbcTemplate jdbc, Database db) {
    super(
        jdbc,
        db,
        "opportunityPeople",
        85,
        "opportunity_person",
        List.of("opportunity_id", "position"),
        List.of(
            Column.id("opportunity_id"),
            Column.integer("position"),
            Column.id("contact_id"),
            Column.text("full_name"),
            Column.text("role")));
  }
}
