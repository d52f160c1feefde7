package app.rapport.touchpoints;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.support.UpgradeDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database from before migration V59, with a touchpoint deleted and one not, comes out of the
 * upgrade with each person's row of the deleted one marked deleted: their timelines, which read
 * only those rows, leave it out as before. Tagged {@code db}, so it runs on both engines.
 */
@Tag("db")
class DeletedTouchpointsUpgradeTest {

  @TempDir Path dir;

  @Test
  void theUpgradeMarksThePeopleOfTouchpointsDeletedBeforeIt() throws SQLException {
    UpgradeDatabase db = UpgradeDatabase.create(dir);
    db.migrate(MigrationVersion.fromVersion("58"));
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO account (id, name, created_at) VALUES (1, 'Ana', CURRENT_TIMESTAMP)");
      for (String person :
          List.of("10, 'Bob Stone', 'bob stone'", "11, 'Cleo Park', 'cleo park'")) {
        s.execute(
            "INSERT INTO contact (account_id, id, full_name, sort_name, tier, version, created_at,"
                + " updated_at) VALUES (1, "
                + person
                + ", 'NETWORK', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
      }
      s.execute(
          "INSERT INTO touchpoint (account_id, id, occurred_on, channel, direction, version,"
              + " created_at, updated_at, deleted_at) VALUES"
              + " (1, 100, '2026-11-02', 'EMAIL', 'MUTUAL', 1, CURRENT_TIMESTAMP,"
              + " CURRENT_TIMESTAMP, NULL),"
              + " (1, 101, '2026-11-03', 'PHONE', 'MUTUAL', 2, CURRENT_TIMESTAMP,"
              + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
      s.execute(
          "INSERT INTO touchpoint_contact (account_id, touchpoint_id, contact_id, occurred_on)"
              + " VALUES (1, 100, 10, '2026-11-02'), (1, 100, 11, '2026-11-02'),"
              + " (1, 101, 10, '2026-11-03'), (1, 101, 11, '2026-11-03')");
    }

    db.migrate(MigrationVersion.LATEST);

    List<String> rows = new ArrayList<>();
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT touchpoint_id, contact_id, deleted FROM touchpoint_contact"
                    + " ORDER BY touchpoint_id, contact_id")) {
      while (rs.next()) {
        rows.add(rs.getLong(1) + "/" + rs.getLong(2) + " deleted " + rs.getBoolean(3));
      }
    }
    assertThat(rows)
        .containsExactly(
            "100/10 deleted false",
            "100/11 deleted false",
            "101/10 deleted true",
            "101/11 deleted true");
  }
}
