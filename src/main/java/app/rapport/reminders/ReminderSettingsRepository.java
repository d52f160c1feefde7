package app.rapport.reminders;

import app.rapport.platform.db.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReminderSettingsRepository {

  /** The calendar link as stored: its hash, the sealed token, and when it was made. */
  record FeedSecret(String hash, String sealed, Instant createdAt) {}

  /** A weekly email that is due: whose, and the moment it was due. */
  record Due(long account, Instant dueAt) {}

  private final JdbcClient jdbc;
  private final Database db;

  ReminderSettingsRepository(JdbcClient jdbc, Database db) {
    this.jdbc = jdbc;
    this.db = db;
  }

  /** Makes the account's settings row, with its first calendar link, unless it is there. */
  void createIfMissing(long account, String feedHash, String feedSealed, ZoneId zone, Instant now) {
    jdbc.sql(
            """
            INSERT INTO reminder_settings
              (account_id, feed_token_hash, feed_token_sealed, feed_created_at, time_zone,
               version, updated_at)
            VALUES (:account, :hash, :sealed, :now, :zone, 1, :now)
            ON CONFLICT (account_id) DO NOTHING
            """)
        .param("account", account)
        .param("hash", feedHash)
        .param("sealed", feedSealed)
        .param("zone", zone.getId())
        .param("now", db.instant(now))
        .update();
  }

  Optional<FeedSecret> feed(long account) {
    return jdbc.sql(
            "SELECT feed_token_hash, feed_token_sealed, feed_created_at FROM reminder_settings"
                + " WHERE account_id = :account")
        .param("account", account)
        .query(
            (rs, row) ->
                new FeedSecret(
                    rs.getString("feed_token_hash"),
                    rs.getString("feed_token_sealed"),
                    db.instant(rs, "feed_created_at")))
        .optional();
  }

  void replaceFeed(long account, String hash, String sealed, Instant now) {
    jdbc.sql(
            """
            UPDATE reminder_settings
               SET feed_token_hash = :hash, feed_token_sealed = :sealed, feed_created_at = :now,
                   updated_at = :now
             WHERE account_id = :account
            """)
        .param("account", account)
        .param("hash", hash)
        .param("sealed", sealed)
        .param("now", db.instant(now))
        .update();
  }

  Optional<DigestSettings> digest(long account) {
    return jdbc.sql("SELECT * FROM reminder_settings WHERE account_id = :account")
        .param("account", account)
        .query(this::mapDigest)
        .optional();
  }

  /** Saves the weekly email's settings if nobody saved others since {@code version}. */
  boolean saveDigest(
      long account, int version, DigestCommand c, String to, Instant nextAt, Instant now) {
    return jdbc.sql(
                """
                UPDATE reminder_settings
                   SET digest_enabled = :enabled, digest_to = :to, digest_day = :day,
                       digest_hour = :hour, time_zone = :zone, next_digest_at = :nextAt,
                       version = version + 1, updated_at = :now
                 WHERE account_id = :account AND version = :version
                """)
            .param("account", account)
            .param("version", version)
            .param("enabled", c.enabled())
            .param("to", to)
            .param("day", c.day().name())
            .param("hour", c.hour())
            .param("zone", c.timeZone().getId())
            .param("nextAt", db.instant(nextAt))
            .param("now", db.instant(now))
            .update()
        == 1;
  }

  void turnDigestOff(long account, Instant now) {
    jdbc.sql(
            """
            UPDATE reminder_settings
               SET digest_enabled = FALSE, next_digest_at = NULL, version = version + 1,
                   updated_at = :now
             WHERE account_id = :account
            """)
        .param("account", account)
        .param("now", db.instant(now))
        .update();
  }

  /** The weekly emails due by {@code now}, oldest first, a bounded batch at a time. */
  List<Due> due(Instant now, int limit) {
    return jdbc.sql(
            """
            SELECT account_id, next_digest_at FROM reminder_settings
             WHERE digest_enabled = TRUE AND next_digest_at <= :now
             ORDER BY next_digest_at, account_id
             LIMIT :limit
            """)
        .param("now", db.instant(now))
        .param("limit", limit)
        .query((rs, row) -> new Due(rs.getLong("account_id"), db.instant(rs, "next_digest_at")))
        .list();
  }

  /**
   * Moves the account's next email on, if it is still the one that was due: answers false when
   * another instance (or a change of settings) moved it first.
   */
  boolean advance(long account, Instant wasDueAt, Instant nextAt) {
    return jdbc.sql(
                "UPDATE reminder_settings SET next_digest_at = :nextAt"
                    + " WHERE account_id = :account AND next_digest_at = :wasDueAt")
            .param("account", account)
            .param("wasDueAt", db.instant(wasDueAt))
            .param("nextAt", db.instant(nextAt))
            .update()
        == 1;
  }

  // ---- the mail server set in Settings ----------------------------------------------------------

  /** The saved mail server, with its password still sealed. */
  record SavedServer(
      String host,
      int port,
      MailServer.Security security,
      String username,
      String passwordSealed,
      String fromAddress,
      int version) {}

  Optional<SavedServer> mailServer(long account) {
    return jdbc.sql("SELECT * FROM mail_server WHERE account_id = :account")
        .param("account", account)
        .query(
            (rs, row) ->
                new SavedServer(
                    rs.getString("host"),
                    rs.getInt("port"),
                    MailServer.Security.valueOf(rs.getString("security")),
                    rs.getString("username"),
                    rs.getString("password_sealed"),
                    rs.getString("from_address"),
                    rs.getInt("version")))
        .optional();
  }

  void saveMailServer(long account, MailServerCommand c, String passwordSealed, Instant now) {
    int updated =
        jdbc.sql(
                """
                UPDATE mail_server
                   SET host = :host, port = :port, security = :security, username = :username,
                       password_sealed = :password, from_address = :from, version = version + 1,
                       updated_at = :now
                 WHERE account_id = :account
                """)
            .param("account", account)
            .param("host", c.host())
            .param("port", c.port())
            .param("security", c.security().name())
            .param("username", c.username())
            .param("password", passwordSealed)
            .param("from", c.fromAddress())
            .param("now", db.instant(now))
            .update();
    if (updated == 0) {
      jdbc.sql(
              """
              INSERT INTO mail_server
                (account_id, host, port, security, username, password_sealed, from_address,
                 version, updated_at)
              VALUES (:account, :host, :port, :security, :username, :password, :from, 1, :now)
              """)
          .param("account", account)
          .param("host", c.host())
          .param("port", c.port())
          .param("security", c.security().name())
          .param("username", c.username())
          .param("password", passwordSealed)
          .param("from", c.fromAddress())
          .param("now", db.instant(now))
          .update();
    }
  }

  void deleteMailServer(long account) {
    jdbc.sql("DELETE FROM mail_server WHERE account_id = :account")
        .param("account", account)
        .update();
  }

  private DigestSettings mapDigest(ResultSet rs, int row) throws SQLException {
    return new DigestSettings(
        rs.getBoolean("digest_enabled"),
        rs.getString("digest_to"),
        DayOfWeek.valueOf(rs.getString("digest_day")),
        rs.getInt("digest_hour"),
        ZoneId.of(rs.getString("time_zone")),
        db.instant(rs, "next_digest_at"),
        rs.getInt("version"));
  }
}
