package app.rapport.profile;

import app.rapport.backup.BackupReader;
import app.rapport.backup.BackupSection;
import app.rapport.backup.BackupWriter;
import app.rapport.platform.db.Database;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the user is looking for, in a backup: at most one item. A restore replaces the profile of
 * the account (a new data folder may already hold an empty one).
 */
@Component
class ProfileBackup implements BackupSection {

  record Item(
      String targetIndustries,
      String targetRoles,
      String targetCompanies,
      boolean activelySearching,
      int weeklyBudget,
      int horizonMonths,
      boolean careerChanger,
      int version,
      Instant updatedAt) {}

  private final JdbcClient jdbc;
  private final Database db;

  ProfileBackup(JdbcClient jdbc, Database db) {
    this.jdbc = jdbc;
    this.db = db;
  }

  @Override
  public String name() {
    return "searchProfile";
  }

  @Override
  public int order() {
    return 60;
  }

  @Override
  public boolean hasData(long account) {
    return false;
  }

  @Override
  public void write(long account, BackupWriter out) {
    jdbc.sql("SELECT * FROM search_profile WHERE account_id = :account")
        .param("account", account)
        .query(
            rs -> {
              out.write(
                  new Item(
                      rs.getString("target_industries"),
                      rs.getString("target_roles"),
                      rs.getString("target_companies"),
                      rs.getBoolean("actively_searching"),
                      rs.getInt("weekly_budget"),
                      rs.getInt("horizon_months"),
                      rs.getBoolean("career_changer"),
                      rs.getInt("version"),
                      db.instant(rs, "updated_at")));
            });
  }

  @Override
  public void restore(long account, BackupReader in) {
    in.read(
        Item.class,
        10,
        (List<Item> items) -> {
          for (Item p : items) {
            jdbc.sql("DELETE FROM search_profile WHERE account_id = :account")
                .param("account", account)
                .update();
            jdbc.sql(
                    """
                    INSERT INTO search_profile
                      (account_id, target_industries, target_roles, target_companies,
                       actively_searching, weekly_budget, horizon_months, career_changer, version,
                       updated_at)
                    VALUES (:account, :industries, :roles, :companies, :searching, :budget,
                            :horizon, :changer, :version, :updatedAt)
                    """)
                .param("account", account)
                .param("industries", p.targetIndustries())
                .param("roles", p.targetRoles())
                .param("companies", p.targetCompanies())
                .param("searching", p.activelySearching())
                .param("budget", p.weeklyBudget())
                .param("horizon", p.horizonMonths())
                .param("changer", p.careerChanger())
                .param("version", p.version())
                .param("updatedAt", db.instant(p.updatedAt()))
                .update();
          }
        });
  }
}
