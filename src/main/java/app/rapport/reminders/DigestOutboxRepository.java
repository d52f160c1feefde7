package app.rapport.reminders;

import app.rapport.platform.db.Database;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DigestOutboxRepository {

  enum Status {
    PENDING,
    SENDING,
    SENT
  }

  /** A weekly email in the outbox. */
  record Entry(
      long account,
      long id,
      String slot,
      String recipient,
      String subject,
      String textBody,
      String htmlBody,
      Status status,
      int attempts,
      Instant nextAttemptAt,
      String lastError,
      Instant sentAt) {}

  private final JdbcClient jdbc;
  private final Database db;

  DigestOutboxRepository(JdbcClient jdbc, Database db) {
    this.jdbc = jdbc;
    this.db = db;
  }

  /** Writes an email for a slot; answers false when that slot's email is already written. */
  boolean insert(long account, long id, String slot, String recipient, Digest digest, Instant now) {
    return jdbc.sql(
                """
                INSERT INTO digest_outbox
                  (account_id, id, slot, recipient, subject, text_body, html_body,
                   status, attempts, next_attempt_at, created_at)
                VALUES (:account, :id, :slot, :recipient, :subject, :text, :html,
                        'PENDING', 0, :now, :now)
                ON CONFLICT (account_id, slot) DO NOTHING
                """)
            .param("account", account)
            .param("id", id)
            .param("slot", slot)
            .param("recipient", recipient)
            .param("subject", digest.subject())
            .param("text", digest.text())
            .param("html", digest.html())
            .param("now", db.instant(now))
            .update()
        == 1;
  }

  Optional<Entry> find(long account, long id) {
    return jdbc.sql("SELECT * FROM digest_outbox WHERE account_id = :account AND id = :id")
        .param("account", account)
        .param("id", id)
        .query(
            (rs, row) ->
                new Entry(
                    rs.getLong("account_id"),
                    rs.getLong("id"),
                    rs.getString("slot"),
                    rs.getString("recipient"),
                    rs.getString("subject"),
                    rs.getString("text_body"),
                    rs.getString("html_body"),
                    Status.valueOf(rs.getString("status")),
                    rs.getInt("attempts"),
                    db.instant(rs, "next_attempt_at"),
                    rs.getString("last_error"),
                    db.instant(rs, "sent_at")))
        .optional();
  }

  /** Emails waiting to be sent whose time has come (or whose sender stopped), oldest first. */
  List<long[]> ready(Instant now, int limit) {
    return jdbc.sql(
            """
            SELECT account_id, id FROM digest_outbox
             WHERE status <> 'SENT'
               AND ((status = 'PENDING' AND next_attempt_at <= :now)
                    OR (status = 'SENDING' AND claimed_until < :now))
             ORDER BY next_attempt_at, id
             LIMIT :limit
            """)
        .param("now", db.instant(now))
        .param("limit", limit)
        .query((rs, row) -> new long[] {rs.getLong("account_id"), rs.getLong("id")})
        .list();
  }

  /**
   * Takes an email for sending, for this instance alone: the update succeeds for one caller only,
   * however many instances try at once, and counts the attempt.
   */
  boolean claim(long account, long id, Instant now, Instant until) {
    return jdbc.sql(
                """
                UPDATE digest_outbox
                   SET status = 'SENDING', claimed_until = :until, attempts = attempts + 1
                 WHERE account_id = :account AND id = :id
                   AND ((status = 'PENDING' AND next_attempt_at <= :now)
                        OR (status = 'SENDING' AND claimed_until < :now))
                """)
            .param("account", account)
            .param("id", id)
            .param("now", db.instant(now))
            .param("until", db.instant(until))
            .update()
        == 1;
  }

  void markSent(long account, long id, Instant now) {
    jdbc.sql(
            """
            UPDATE digest_outbox
               SET status = 'SENT', sent_at = :now, claimed_until = NULL, last_error = NULL
             WHERE account_id = :account AND id = :id
            """)
        .param("account", account)
        .param("id", id)
        .param("now", db.instant(now))
        .update();
  }

  void markFailed(long account, long id, String error, Instant nextAttemptAt) {
    jdbc.sql(
            """
            UPDATE digest_outbox
               SET status = 'PENDING', claimed_until = NULL, last_error = :error,
                   next_attempt_at = :next
             WHERE account_id = :account AND id = :id
            """)
        .param("account", account)
        .param("id", id)
        .param("error", error)
        .param("next", db.instant(nextAttemptAt))
        .update();
  }

  /** The last email sent, and the oldest still waiting, of an account. */
  DigestStatus status(long account) {
    var sent =
        jdbc.sql(
                """
                SELECT sent_at, recipient FROM digest_outbox
                 WHERE account_id = :account AND status = 'SENT'
                 ORDER BY sent_at DESC LIMIT 1
                """)
            .param("account", account)
            .query((rs, row) -> new Object[] {db.instant(rs, "sent_at"), rs.getString("recipient")})
            .optional();
    var waiting =
        jdbc.sql(
                """
                SELECT created_at, last_error, next_attempt_at FROM digest_outbox
                 WHERE account_id = :account AND status <> 'SENT' AND attempts > 0
                 ORDER BY created_at LIMIT 1
                """)
            .param("account", account)
            .query(
                (rs, row) ->
                    new Object[] {
                      db.instant(rs, "created_at"),
                      rs.getString("last_error"),
                      db.instant(rs, "next_attempt_at")
                    })
            .optional();
    return new DigestStatus(
        sent.map(r -> (Instant) r[0]).orElse(null),
        sent.map(r -> (String) r[1]).orElse(null),
        waiting.map(r -> (Instant) r[0]).orElse(null),
        waiting.map(r -> (String) r[1]).orElse(null),
        waiting.map(r -> (Instant) r[2]).orElse(null));
  }
}
