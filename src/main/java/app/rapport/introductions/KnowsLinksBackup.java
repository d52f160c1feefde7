package app.rapport.introductions;

import app.rapport.backup.TableBackup;
import app.rapport.platform.db.Database;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who knows whom, removed links included; the adjacency the warm-path search reads is built again
 * from them.
 */
@Component
class KnowsLinksBackup extends TableBackup {

  private final KnowsLinkRepository links;

  KnowsLinksBackup(JdbcTemplate jdbc, Database db, KnowsLinkRepository links) {
    super(
        jdbc,
        db,
        "knowsLinks",
        82,
        "knows_link",
        List.of("id"),
        List.of(
            Column.id("id"),
            Column.id("person_id"),
            Column.id("other_id"),
            Column.text("how"),
            Column.text("overlap"),
            Column.bool("professional"),
            Column.text("organization_name"),
            Column.integer("from_year"),
            Column.integer("to_year"),
            Column.text("note"),
            Column.text("source"),
            Column.id("introduction_id"),
            Column.number("strength"),
            Column.integer("version"),
            Column.instant("created_at"),
            Column.instant("updated_at"),
            Column.instant("deleted_at")));
    this.links = links;
  }

  @Override
  protected void afterRestore(long account) {
    links.rebuildEdges(account);
  }
}
