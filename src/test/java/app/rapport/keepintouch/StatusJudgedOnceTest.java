package app.rapport.keepintouch;

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
 * A database from before migration 60 comes out of the upgrade with everyone's status judged as
 * {@code RelevanceJudge} judges it on write: from the seniority when it is known, else from the
 * title against the account's target roles (folded, all of a target's words), and never from a
 * title in an account without target roles. Tagged {@code db}, so it runs on both engines.
 */
@Tag("db")
class StatusJudgedOnceTest {

  @TempDir Path dir;

  @Test
  void theUpgradeJudgesEveryonesStatusFromSeniorityOrTitle() throws SQLException {
    UpgradeDatabase db = UpgradeDatabase.create(dir);
    db.migrate(MigrationVersion.fromVersion("59"), new StatusJudgedOnce());
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO account (id, name, created_at) VALUES (1, 'Ana', CURRENT_TIMESTAMP),"
              + " (2, 'Bea', CURRENT_TIMESTAMP)");
      s.execute(
          "INSERT INTO search_profile (account_id, target_roles, version, updated_at)"
              + " VALUES (1, 'Product Director\nHead of Design', 1, CURRENT_TIMESTAMP)");
      person(s, 1, 10, "Director of Product", null);
      person(s, 1, 11, "HEAD OF DÉSIGN", null);
      person(s, 1, 12, "Product Manager", null);
      person(s, 1, 13, "Director of Product", "BELOW");
      person(s, 1, 14, "Intern", "PEER");
      person(s, 1, 15, "Intern", "ABOVE");
      person(s, 1, 16, null, null);
      person(s, 2, 20, "Product Director", null);
      person(s, 2, 21, "Intern", "ABOVE");
    }

    db.migrate(MigrationVersion.LATEST, new StatusJudgedOnce());

    List<String> rows = new ArrayList<>();
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT contact_id, at_target_role FROM relationship ORDER BY contact_id")) {
      while (rs.next()) {
        rows.add(rs.getLong(1) + " " + rs.getBoolean(2));
      }
    }
    assertThat(rows)
        .containsExactly(
            "10 true",
            "11 true",
            "12 false",
            "13 false",
            "14 true",
            "15 true",
            "16 false",
            "20 false",
            "21 true");
  }

  private static void person(Statement s, long account, long id, String title, String seniority)
      throws SQLException {
    s.execute(
        "INSERT INTO contact (account_id, id, full_name, sort_name, tier, title, seniority,"
            + " version, created_at, updated_at) VALUES ("
            + account
            + ", "
            + id
            + ", 'Person "
            + id
            + "', 'person "
            + id
            + "', 'NETWORK', "
            + quoted(title)
            + ", "
            + quoted(seniority)
            + ", 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
    s.execute(
        "INSERT INTO relationship (account_id, contact_id, tier) VALUES ("
            + account
            + ", "
            + id
            + ", 'NETWORK')");
  }

  private static String quoted(String text) {
    return text == null ? "NULL" : "'" + text + "'";
  }
}
