package app.rapport.contacts;

import app.rapport.platform.db.Database;
import app.rapport.platform.db.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of possible duplicates and of merges (and their undo). */
@Repository
class ContactMergeRepository {

  /**
   * Pairs of people not deleted who share a key or a name, each pair once with its strongest reason
   * (1 LinkedIn, 2 email, 3 phone, 4 name and organisation, 5 name), less the pairs the user said
   * are different people. Each part walks an index on its key.
   *
   * <p>The unary {@code +} on both ids of a pair keeps SQLite (which plans without statistics) from
   * reading the second of each pair by the primary key's range {@code id > ?}: that read every
   * person, or every address, once per person, minutes at 30,000 people. With the ids out of the
   * indexes' reach, the second of each pair is found by the index of the key the two share ({@code
   * DuplicatePlanTest}). PostgreSQL plans from its statistics and reads the pairs as quickly either
   * way.
   */
  static final String PAIRS =
      """
      SELECT a, b, MIN(reason) AS reason FROM (
        SELECT c1.id AS a, c2.id AS b, 1 AS reason
          FROM contact c1
          JOIN contact c2 ON c2.account_id = c1.account_id AND c2.linkedin_key = c1.linkedin_key
                         AND +c2.id > +c1.id AND c2.deleted_at IS NULL
         WHERE c1.account_id = :account AND c1.linkedin_key IS NOT NULL AND c1.deleted_at IS NULL
        UNION ALL
        SELECT e1.contact_id, e2.contact_id, 2
          FROM contact_email e1
          JOIN contact_email e2 ON e2.account_id = e1.account_id AND e2.address_key = e1.address_key
                               AND +e2.contact_id > +e1.contact_id
          JOIN contact c1 ON c1.account_id = e1.account_id AND c1.id = e1.contact_id
          JOIN contact c2 ON c2.account_id = e2.account_id AND c2.id = e2.contact_id
         WHERE e1.account_id = :account AND c1.deleted_at IS NULL AND c2.deleted_at IS NULL
        UNION ALL
        SELECT p1.contact_id, p2.contact_id, 3
          FROM contact_phone p1
          JOIN contact_phone p2 ON p2.account_id = p1.account_id AND p2.e164 = p1.e164
                               AND +p2.contact_id > +p1.contact_id
          JOIN contact c1 ON c1.account_id = p1.account_id AND c1.id = p1.contact_id
          JOIN contact c2 ON c2.account_id = p2.account_id AND c2.id = p2.contact_id
         WHERE p1.account_id = :account AND p1.e164 IS NOT NULL
           AND c1.deleted_at IS NULL AND c2.deleted_at IS NULL
        UNION ALL
        SELECT c1.id, c2.id,
               CASE WHEN c1.organization_id = c2.organization_id THEN 4 ELSE 5 END
          FROM contact c1
          JOIN contact c2 ON c2.account_id = c1.account_id AND c2.sort_name = c1.sort_name
                         AND c2.id > c1.id AND c2.deleted_at IS NULL
         WHERE c1.account_id = :account AND c1.deleted_at IS NULL
      ) pairs
       WHERE NOT EXISTS (SELECT 1 FROM duplicate_dismissal d
                          WHERE d.account_id = :account AND d.contact_a = pairs.a
                            AND d.contact_b = pairs.b)
       GROUP BY a, b
      """;

  /** One pair: the ids, older first, and the reason's rank. */
  record Pair(long first, long second, int reason) {}

  private final JdbcClient jdbc;
  private final Database db;

  ContactMergeRepository(JdbcClient jdbc, Database db) {
    this.jdbc = jdbc;
    this.db = db;
  }

  /** A page of pairs and how many there are in all. */
  record Found(List<Pair> pairs, long total) {}

  /**
   * A page of pairs, strongest reason first, with their number counted in the same read: finding
   * the pairs is most of the work (seconds after an import of 100,000 people), so it is done once.
   * A page past the last has no row to carry the number, which is then counted alone.
   */
  Found pairs(long account, PageRequest page) {
    long[] total = {-1};
    List<Pair> pairs =
        jdbc.sql(
                "SELECT a, b, reason, COUNT(*) OVER () AS total FROM ("
                    + PAIRS
                    + ") found ORDER BY reason, a, b LIMIT :limit OFFSET :offset")
            .param("account", account)
            .param("limit", page.size())
            .param("offset", page.offset())
            .query(
                (rs, row) -> {
                  total[0] = rs.getLong("total");
                  return new Pair(rs.getLong("a"), rs.getLong("b"), rs.getInt("reason"));
                })
            .list();
    return new Found(pairs, pairs.isEmpty() ? countPairs(account) : total[0]);
  }

  private long countPairs(long account) {
    return jdbc.sql("SELECT COUNT(*) FROM (" + PAIRS + ") counted")
        .param("account", account)
        .query(Long.class)
        .single();
  }

  void dismiss(long account, long first, long second, Instant now) {
    jdbc.sql(
            """
            INSERT INTO duplicate_dismissal (account_id, contact_a, contact_b, created_at)
            VALUES (:account, :a, :b, :now)
            ON CONFLICT (account_id, contact_a, contact_b) DO NOTHING
            """)
        .param("account", account)
        .param("a", Math.min(first, second))
        .param("b", Math.max(first, second))
        .param("now", db.instant(now))
        .update();
  }

  // ---- merging ----------------------------------------------------------------------------------

  /** Marks the merged-away person deleted, pointing at the person they became part of. */
  void markMerged(long account, long merged, long kept, Instant now) {
    jdbc.sql(
            "UPDATE contact SET deleted_at = :now, merged_into = :kept, version = version + 1"
                + " WHERE account_id = :account AND id = :merged")
        .param("account", account)
        .param("merged", merged)
        .param("kept", kept)
        .param("now", db.instant(now))
        .update();
  }

  void unmarkMerged(long account, long merged) {
    jdbc.sql(
            "UPDATE contact SET deleted_at = NULL, merged_into = NULL, version = version + 1"
                + " WHERE account_id = :account AND id = :merged")
        .param("account", account)
        .param("merged", merged)
        .update();
  }

  /** People merged earlier into the one now merged away point at the kept one instead. */
  List<Long> repoint(long account, long from, long to) {
    List<Long> ids =
        jdbc.sql("SELECT id FROM contact WHERE account_id = :account AND merged_into = :from")
            .param("account", account)
            .param("from", from)
            .query(Long.class)
            .list();
    if (!ids.isEmpty()) {
      jdbc.sql("UPDATE contact SET merged_into = :to WHERE account_id = :account AND id IN (:ids)")
          .param("account", account)
          .param("to", to)
          .param("ids", ids)
          .update();
    }
    return ids;
  }

  void pointAt(long account, List<Long> ids, long to) {
    if (ids.isEmpty()) {
      return;
    }
    jdbc.sql("UPDATE contact SET merged_into = :to WHERE account_id = :account AND id IN (:ids)")
        .param("account", account)
        .param("to", to)
        .param("ids", ids)
        .update();
  }

  void insertMerge(
      long account,
      long id,
      long kept,
      long merged,
      String keptBefore,
      int keptVersion,
      String moved,
      Instant now) {
    jdbc.sql(
            """
            INSERT INTO contact_merge
              (account_id, id, kept_id, merged_id, kept_before, kept_version, moved, created_at)
            VALUES (:account, :id, :kept, :merged, :before, :version, :moved, :now)
            """)
        .param("account", account)
        .param("id", id)
        .param("kept", kept)
        .param("merged", merged)
        .param("before", keptBefore)
        .param("version", keptVersion)
        .param("moved", moved)
        .param("now", db.instant(now))
        .update();
  }

  /** A merge with what undoing it needs. */
  record Stored(ContactMerge merge, String keptBefore, int keptVersion, String moved) {}

  Optional<Stored> find(long account, long id) {
    return jdbc.sql("SELECT * FROM contact_merge WHERE account_id = :account AND id = :id")
        .param("account", account)
        .param("id", id)
        .query(
            (rs, row) ->
                new Stored(
                    new ContactMerge(
                        rs.getLong("id"),
                        rs.getLong("kept_id"),
                        rs.getLong("merged_id"),
                        db.instant(rs, "created_at"),
                        db.instant(rs, "undone_at")),
                    rs.getString("kept_before"),
                    rs.getInt("kept_version"),
                    rs.getString("moved")))
        .optional();
  }

  boolean markUndone(long account, long id, Instant now) {
    return jdbc.sql(
                "UPDATE contact_merge SET undone_at = :now"
                    + " WHERE account_id = :account AND id = :id AND undone_at IS NULL")
            .param("account", account)
            .param("id", id)
            .param("now", db.instant(now))
            .update()
        == 1;
  }

  /** Whether a person took part in a merge not undone since another one: merges undo last first. */
  boolean mergedSince(long account, long contact, Instant since, long except) {
    return jdbc.sql(
                """
                SELECT COUNT(*) FROM contact_merge
                 WHERE account_id = :account AND undone_at IS NULL AND id <> :except
                   AND (kept_id = :contact OR merged_id = :contact) AND created_at > :since
                """)
            .param("account", account)
            .param("contact", contact)
            .param("since", db.instant(since))
            .param("except", except)
            .query(Long.class)
            .single()
        > 0;
  }
}
