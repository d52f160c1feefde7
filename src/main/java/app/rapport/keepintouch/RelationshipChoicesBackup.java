package app.rapport.keepintouch;

import app.rapport.backup.BackupReader;
import app.rapport.backup.BackupSection;
import app.rapport.backup.BackupService;
import app.rapport.backup.BackupWriter;
import app.rapport.platform.db.Ids;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the user chose about keeping in touch with each person (snoozed, skipped this week, the
 * relationship ended). The rest of each relationship's state is computed from the touchpoints, so
 * it is not in the backup: it is computed again once a restore is complete.
 */
@Component
class RelationshipChoicesBackup implements BackupSection {

  record Item(
      String contactId,
      LocalDate snoozedUntil,
      LocalDate skippedUntil,
      String skipReason,
      boolean ended) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final KeepInTouchService keepInTouch;

  RelationshipChoicesBackup(
      JdbcClient jdbc, JdbcTemplate template, KeepInTouchService keepInTouch) {
    this.jdbc = jdbc;
    this.template = template;
    this.keepInTouch = keepInTouch;
  }

  @Override
  public String name() {
    return "keepInTouchChoices";
  }

  @Override
  public int order() {
    return 51;
  }

  @Override
  public boolean hasData(long account) {
    return false;
  }

  @Override
  public void write(long account, BackupWriter out) {
    jdbc.sql(
            """
            SELECT * FROM relationship
             WHERE account_id = :account
               AND (snoozed_until IS NOT NULL OR skipped_until IS NOT NULL OR ended = TRUE)
             ORDER BY contact_id
            """)
        .param("account", account)
        .query(
            rs -> {
              out.write(
                  new Item(
                      Ids.format(rs.getLong("contact_id")),
                      app.rapport.platform.db.Database.date(rs, "snoozed_until"),
                      app.rapport.platform.db.Database.date(rs, "skipped_until"),
                      rs.getString("skip_reason"),
                      rs.getBoolean("ended")));
            });
  }

  @Override
  public void restore(long account, BackupReader in) {
    in.read(
        Item.class,
        1000,
        items -> {
          List<Object[]> rows = new ArrayList<>(items.size());
          for (Item r : items) {
            rows.add(
                new Object[] {
                  account,
                  Ids.parse(r.contactId()).orElseThrow(),
                  r.snoozedUntil(),
                  r.skippedUntil(),
                  r.skipReason(),
                  r.ended()
                });
          }
          template.batchUpdate(
              """
              INSERT INTO relationship
                (account_id, contact_id, snoozed_until, skipped_until, skip_reason, ended)
              VALUES (?, ?, ?, ?, ?, ?)
              ON CONFLICT (account_id, contact_id) DO UPDATE SET
                snoozed_until = EXCLUDED.snoozed_until, skipped_until = EXCLUDED.skipped_until,
                skip_reason = EXCLUDED.skip_reason, ended = EXCLUDED.ended
              """,
              rows,
              new int[] {
                Types.BIGINT, Types.BIGINT, Types.DATE, Types.DATE, Types.VARCHAR, Types.BOOLEAN
              });
        });
  }

  /** Once everything is restored, every relationship's state is computed from it. */
  @EventListener
  void restored(BackupService.BackupRestored restored) {
    keepInTouch.recountAccount(restored.account());
  }
}
