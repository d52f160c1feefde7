package app.rapport.keepintouch;

import app.rapport.profile.RelevanceJudge;
import app.rapport.profile.SearchProfile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 61: judges once, for everyone already there, whether they are at or above the role the
 * user is aiming for, into the column migration 60 added ({@code relationship.at_target_role}).
 * From then on it is judged on write, beside the rest of their relevance. It is judged as {@link
 * RelevanceJudge} judges it: from the person's seniority, or from their title when the seniority is
 * not known, against the target roles of the account's search profile. Title matching folds text,
 * which SQL cannot do alike on both engines, so this step is Java; Spring hands it to Flyway as a
 * bean.
 */
@Component
class StatusJudgedOnce implements JavaMigration {

  private static final int BATCH = 1000;

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("61");
  }

  @Override
  public String getDescription() {
    return "keepintouch judge status once";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    Map<Long, RelevanceJudge> judges = judges(connection);
    try (Statement read = connection.createStatement();
        ResultSet rs =
            read.executeQuery(
                """
                SELECT r.account_id, r.contact_id, c.seniority, c.title
                  FROM relationship r
                  JOIN contact c ON c.account_id = r.account_id AND c.id = r.contact_id
                """);
        PreparedStatement write =
            connection.prepareStatement(
                "UPDATE relationship SET at_target_role = TRUE"
                    + " WHERE account_id = ? AND contact_id = ?")) {
      RelevanceJudge noTargets = new RelevanceJudge(SearchProfile.empty());
      int pending = 0;
      while (rs.next()) {
        long account = rs.getLong("account_id");
        String seniority = rs.getString("seniority");
        Boolean atOrAbove = seniority == null ? null : !"BELOW".equals(seniority);
        if (judges
            .getOrDefault(account, noTargets)
            .atOrAboveTargetRole(atOrAbove, rs.getString("title"))) {
          write.setLong(1, account);
          write.setLong(2, rs.getLong("contact_id"));
          write.addBatch();
          if (++pending == BATCH) {
            write.executeBatch();
            pending = 0;
          }
        }
      }
      if (pending > 0) {
        write.executeBatch();
      }
    }
  }

  /** A judge per account with a search profile, over its target roles (one per line). */
  private static Map<Long, RelevanceJudge> judges(Connection connection) throws SQLException {
    Map<Long, RelevanceJudge> judges = new HashMap<>();
    try (Statement read = connection.createStatement();
        ResultSet rs = read.executeQuery("SELECT account_id, target_roles FROM search_profile")) {
      while (rs.next()) {
        String roles = rs.getString("target_roles");
        List<String> targetRoles =
            roles == null || roles.isEmpty() ? List.of() : Arrays.asList(roles.split("\n"));
        SearchProfile empty = SearchProfile.empty();
        judges.put(
            rs.getLong("account_id"),
            new RelevanceJudge(
                new SearchProfile(
                    List.of(),
                    targetRoles,
                    List.of(),
                    empty.activelySearching(),
                    empty.weeklyBudget(),
                    empty.horizonMonths(),
                    empty.careerChanger(),
                    empty.version())));
      }
    }
    return judges;
  }
}
