package app.rapport.profile;

import app.rapport.platform.db.Database;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProfileRepository {

  /** Lists are stored one value per line; values never hold line breaks. */
  private static final String SEPARATOR = "\n";

  private final JdbcClient jdbc;
  private final Database db;

  ProfileRepository(JdbcClient jdbc, Database db) {
    this.jdbc = jdbc;
    this.db = db;
  }

  Optional<SearchProfile> find(long account) {
    return jdbc.sql("SELECT * FROM search_profile WHERE account_id = :account")
        .param("account", account)
        .query(
            (rs, row) ->
                new SearchProfile(
                    split(rs.getString("target_industries")),
                    split(rs.getString("target_roles")),
                    split(rs.getString("target_companies")),
                    rs.getBoolean("actively_searching"),
                    rs.getInt("weekly_budget"),
                    rs.getInt("horizon_months"),
                    rs.getBoolean("career_changer"),
                    rs.getInt("version")))
        .optional();
  }

  /** Saves the profile if nobody saved another since {@code version}; answers whether it did. */
  boolean save(long account, int version, ProfileCommand c, Instant now) {
    if (version == 0) {
      return jdbc.sql(
                  """
                  INSERT INTO search_profile
                    (account_id, target_industries, target_roles, target_companies,
                     actively_searching, weekly_budget, horizon_months, career_changer, version,
                     updated_at)
                  VALUES (:account, :industries, :roles, :companies, :searching, :budget, :horizon,
                          :changer, 1, :now)
                  ON CONFLICT (account_id) DO NOTHING
                  """)
              .param("account", account)
              .param("industries", join(c.targetIndustries()))
              .param("roles", join(c.targetRoles()))
              .param("companies", join(c.targetCompanies()))
              .param("searching", c.activelySearching())
              .param("budget", c.weeklyBudget())
              .param("horizon", c.horizonMonths())
              .param("changer", c.careerChanger())
              .param("now", db.instant(now))
              .update()
          == 1;
    }
    return jdbc.sql(
                """
                UPDATE search_profile
                   SET target_industries = :industries, target_roles = :roles,
                       target_companies = :companies, actively_searching = :searching,
                       weekly_budget = :budget, horizon_months = :horizon,
                       career_changer = :changer, version = version + 1, updated_at = :now
                 WHERE account_id = :account AND version = :version
                """)
            .param("account", account)
            .param("version", version)
            .param("industries", join(c.targetIndustries()))
            .param("roles", join(c.targetRoles()))
            .param("companies", join(c.targetCompanies()))
            .param("searching", c.activelySearching())
            .param("budget", c.weeklyBudget())
            .param("horizon", c.horizonMonths())
            .param("changer", c.careerChanger())
            .param("now", db.instant(now))
            .update()
        == 1;
  }

  private static String join(List<String> values) {
    return String.join(SEPARATOR, values);
  }

  private static List<String> split(String text) {
    return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(SEPARATOR));
  }
}
