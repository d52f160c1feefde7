package app.rapport.contacts;

import app.rapport.platform.Text;
import app.rapport.platform.db.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of imports and merges: many people at a time, each kind of row written in one JDBC batch
 * and each kind of lookup made in one query per slice of keys, never one statement per person.
 */
@Repository
class ContactBatchRepository {

  /** Keys looked up per query; well below what either engine allows as parameters. */
  static final int KEYS_PER_QUERY = 1000;

  private static final String INSERT_CONTACT =
      """
      INSERT INTO contact
        (account_id, id, full_name, sort_name, organization_id, title, industry, tier, cadence_days,
         linkedin_url, linkedin_key, notes, how_we_met, known_since, birthday, job_function,
         seniority, can_hire_or_refer, knows_goal_since, mutual_connections, closeness_rating,
         do_not_contact, import_batch_id, version, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
      """;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final Database db;

  ContactBatchRepository(JdbcClient jdbc, JdbcTemplate template, Database db) {
    this.jdbc = jdbc;
    this.template = template;
    this.db = db;
  }

  // ---- matching --------------------------------------------------------------------------------

  Map<String, KnownContact> byLinkedInKey(long account, Collection<String> keys) {
    return lookUp(
        account,
        keys,
        """
        SELECT c.linkedin_key AS match_key, c.id, c.deleted_at, c.merged_into, c.import_batch_id
          FROM contact c
         WHERE c.account_id = :account AND c.linkedin_key IN (:keys)
         ORDER BY c.deleted_at IS NOT NULL, c.id
        """);
  }

  Map<String, KnownContact> byEmailKey(long account, Collection<String> keys) {
    return lookUp(
        account,
        keys,
        """
        SELECT e.address_key AS match_key, c.id, c.deleted_at, c.merged_into, c.import_batch_id
          FROM contact_email e
          JOIN contact c ON c.account_id = e.account_id AND c.id = e.contact_id
         WHERE e.account_id = :account AND e.address_key IN (:keys)
         ORDER BY c.deleted_at IS NOT NULL, c.id
        """);
  }

  Map<String, KnownContact> byPhone(long account, Collection<String> e164s) {
    return lookUp(
        account,
        e164s,
        """
        SELECT p.e164 AS match_key, c.id, c.deleted_at, c.merged_into, c.import_batch_id
          FROM contact_phone p
          JOIN contact c ON c.account_id = p.account_id AND c.id = p.contact_id
         WHERE p.account_id = :account AND p.e164 IN (:keys)
         ORDER BY c.deleted_at IS NOT NULL, c.id
        """);
  }

  Map<String, KnownContact> byRowKey(long account, Collection<String> keys) {
    return lookUp(
        account,
        keys,
        """
        SELECT k.row_key AS match_key, c.id, c.deleted_at, c.merged_into, c.import_batch_id
          FROM contact_import_key k
          JOIN contact c ON c.account_id = k.account_id AND c.id = k.contact_id
         WHERE k.account_id = :account AND k.row_key IN (:keys)
         ORDER BY c.deleted_at IS NOT NULL, c.id
        """);
  }

  /** Everyone in the account, deleted and merged people too, as imports match them. */
  void everyone(long account, Consumer<KnownContact> each) {
    jdbc.sql(
            "SELECT id, deleted_at, merged_into, import_batch_id FROM contact"
                + " WHERE account_id = :account")
        .param("account", account)
        .query((RowCallbackHandler) rs -> each.accept(known(rs)));
  }

  void insertRowKeys(List<Object[]> keys) {
    if (!keys.isEmpty()) {
      template.batchUpdate(
          "INSERT INTO contact_import_key (account_id, row_key, contact_id) VALUES (?, ?, ?)"
              + " ON CONFLICT (account_id, row_key) DO NOTHING",
          keys,
          new int[] {Types.BIGINT, Types.VARCHAR, Types.BIGINT});
    }
  }

  /** The row keys of these people, for a backup. */
  Map<Long, List<String>> rowKeys(long account, Collection<Long> ids) {
    Map<Long, List<String>> keys = new HashMap<>();
    if (ids.isEmpty()) {
      return keys;
    }
    jdbc.sql(
            "SELECT contact_id, row_key FROM contact_import_key"
                + " WHERE account_id = :account AND contact_id IN (:ids) ORDER BY row_key")
        .param("account", account)
        .param("ids", ids)
        .query(
            rs -> {
              keys.computeIfAbsent(rs.getLong("contact_id"), k -> new ArrayList<>())
                  .add(rs.getString("row_key"));
            });
    return keys;
  }

  /** For each key, the first person found: one not deleted before one deleted, then the oldest. */
  private Map<String, KnownContact> lookUp(long account, Collection<String> keys, String sql) {
    Map<String, KnownContact> found = new HashMap<>();
    for (List<String> slice : slices(keys)) {
      jdbc.sql(sql)
          .param("account", account)
          .param("keys", slice)
          .query(
              rs -> {
                found.putIfAbsent(rs.getString("match_key"), known(rs));
              });
    }
    return found;
  }

  private static KnownContact known(ResultSet rs) throws SQLException {
    long merged = rs.getLong("merged_into");
    Long mergedInto = rs.wasNull() ? null : merged;
    long batch = rs.getLong("import_batch_id");
    Long importBatch = rs.wasNull() ? null : batch;
    return new KnownContact(
        rs.getLong("id"), rs.getString("deleted_at") != null, mergedInto, importBatch);
  }

  /** Which of these folded names people not deleted already have. */
  Set<String> sortNamesInUse(long account, Collection<String> sortNames) {
    Set<String> used = new HashSet<>();
    for (List<String> slice : slices(sortNames)) {
      used.addAll(
          jdbc.sql(
                  "SELECT DISTINCT sort_name FROM contact WHERE account_id = :account"
                      + " AND sort_name IN (:names) AND deleted_at IS NULL")
              .param("account", account)
              .param("names", slice)
              .query(String.class)
              .list());
    }
    return used;
  }

  private static <T> List<List<T>> slices(Collection<T> all) {
    List<T> list = new ArrayList<>(new HashSet<>(all));
    List<List<T>> slices = new ArrayList<>();
    for (int from = 0; from < list.size(); from += KEYS_PER_QUERY) {
      slices.add(list.subList(from, Math.min(list.size(), from + KEYS_PER_QUERY)));
    }
    return slices;
  }

  // ---- adding many people ---------------------------------------------------------------------

  /** A person to add, with their organisation resolved. */
  record Row(long id, ContactCommand command, Long organizationId) {}

  void insertAll(long account, Long importBatch, List<Row> people, Instant now) {
    if (people.isEmpty()) {
      return;
    }
    Object at = db.instant(now);
    List<Object[]> contacts = new ArrayList<>(people.size());
    for (Row row : people) {
      ContactCommand c = row.command();
      CareerFacts career = c.career();
      contacts.add(
          new Object[] {
            account,
            row.id(),
            c.fullName(),
            Text.fold(c.fullName()),
            row.organizationId(),
            c.title(),
            c.industry(),
            c.tier().name(),
            c.cadenceDays(),
            c.linkedinUrl(),
            LinkedInProfiles.key(c.linkedinUrl()),
            c.notes(),
            c.howWeMet(),
            c.knownSince(),
            c.birthday() == null ? null : c.birthday().toString(),
            career.jobFunction(),
            career.seniority() == null ? null : career.seniority().name(),
            career.canHireOrRefer(),
            career.knowsGoalSince(),
            career.mutualConnections(),
            career.closenessRating(),
            career.doNotContact(),
            importBatch,
            at,
            at
          });
    }
    template.batchUpdate(
        INSERT_CONTACT,
        contacts,
        new int[] {
          Types.BIGINT,
          Types.BIGINT,
          Types.VARCHAR,
          Types.VARCHAR,
          Types.BIGINT,
          Types.VARCHAR,
          Types.VARCHAR,
          Types.VARCHAR,
          Types.INTEGER,
          Types.VARCHAR,
          Types.VARCHAR,
          Types.VARCHAR,
          Types.VARCHAR,
          Types.DATE,
          Types.VARCHAR,
          Types.VARCHAR,
          Types.VARCHAR,
          Types.BOOLEAN,
          Types.DATE,
          Types.INTEGER,
          Types.INTEGER,
          Types.BOOLEAN,
          Types.BIGINT,
          db.instantSqlType(),
          db.instantSqlType()
        });
    List<Object[]> emails = new ArrayList<>();
    List<Object[]> phones = new ArrayList<>();
    List<Object[]> tags = new ArrayList<>();
    for (Row row : people) {
      addDetails(account, row.id(), row.command(), 0, 0, emails, phones, tags);
    }
    insertDetails(emails, phones, tags);
  }

  /** Adds details rows for a person, numbering addresses and numbers after those already there. */
  static void addDetails(
      long account,
      long id,
      ContactCommand c,
      int emailsBefore,
      int phonesBefore,
      List<Object[]> emails,
      List<Object[]> phones,
      List<Object[]> tags) {
    for (int i = 0; i < c.emails().size(); i++) {
      EmailAddress email = c.emails().get(i);
      emails.add(
          new Object[] {account, id, emailsBefore + i, email.value(), email.key(), email.label()});
    }
    for (int i = 0; i < c.phones().size(); i++) {
      PhoneNumber phone = c.phones().get(i);
      phones.add(
          new Object[] {account, id, phonesBefore + i, phone.value(), phone.e164(), phone.label()});
    }
    for (String tag : c.tags()) {
      tags.add(new Object[] {account, id, tag, Text.fold(tag)});
    }
  }

  void insertDetails(List<Object[]> emails, List<Object[]> phones, List<Object[]> tags) {
    int[] detailTypes = {
      Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR
    };
    if (!emails.isEmpty()) {
      template.batchUpdate(
          "INSERT INTO contact_email (account_id, contact_id, position, address, address_key, label)"
              + " VALUES (?, ?, ?, ?, ?, ?)",
          emails,
          detailTypes);
    }
    if (!phones.isEmpty()) {
      template.batchUpdate(
          "INSERT INTO contact_phone (account_id, contact_id, position, raw, e164, label)"
              + " VALUES (?, ?, ?, ?, ?, ?)",
          phones,
          detailTypes);
    }
    if (!tags.isEmpty()) {
      template.batchUpdate(
          "INSERT INTO contact_tag (account_id, contact_id, tag, tag_key) VALUES (?, ?, ?, ?)"
              + " ON CONFLICT (account_id, contact_id, tag_key) DO NOTHING",
          tags,
          new int[] {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR});
    }
  }

  /** Writes the search index rows of many people in one batch (new ones, or replacing theirs). */
  void indexAll(long account, Map<Long, String> bodies, boolean replacing) {
    if (bodies.isEmpty()) {
      return;
    }
    List<Object[]> rows = new ArrayList<>(bodies.size());
    if (db.isSqlite()) {
      if (replacing) {
        List<Object[]> ids = new ArrayList<>();
        bodies.keySet().forEach(id -> ids.add(new Object[] {id}));
        template.batchUpdate("DELETE FROM contact_search WHERE rowid = ?", ids);
      }
      bodies.forEach((id, body) -> rows.add(new Object[] {id, body, account}));
      template.batchUpdate(
          "INSERT INTO contact_search (rowid, body, account_id) VALUES (?, ?, ?)",
          rows,
          new int[] {Types.BIGINT, Types.VARCHAR, Types.BIGINT});
    } else {
      bodies.forEach((id, body) -> rows.add(new Object[] {account, id, body}));
      template.batchUpdate(
          "INSERT INTO contact_search (account_id, contact_id, body) VALUES (?, ?, ?)"
              + " ON CONFLICT (account_id, contact_id) DO UPDATE SET body = EXCLUDED.body",
          rows,
          new int[] {Types.BIGINT, Types.BIGINT, Types.VARCHAR});
    }
  }

  // ---- filling in people already there --------------------------------------------------------

  /**
   * Fills in what the additions bring, each field only where it is still blank, in one batch per
   * statement; {@code counts} holds how many emails and phones each person already has.
   */
  void applyAdditions(
      long account, List<ContactAddition> additions, Map<Long, int[]> counts, Instant now) {
    Object at = db.instant(now);
    List<Object[]> updates = new ArrayList<>();
    List<Object[]> emails = new ArrayList<>();
    List<Object[]> phones = new ArrayList<>();
    List<Object[]> tags = new ArrayList<>();
    for (ContactAddition a : additions) {
      updates.add(
          new Object[] {
            a.organizationId(),
            a.title(),
            a.linkedinUrl(),
            LinkedInProfiles.key(a.linkedinUrl()),
            a.knownSince(),
            a.birthday(),
            a.notes(),
            at,
            account,
            a.contactId()
          });
      int[] before = counts.getOrDefault(a.contactId(), new int[2]);
      ContactCommand added =
          new ContactCommand(
              "",
              a.emails(),
              a.phones(),
              null,
              null,
              null,
              null,
              null,
              a.tags(),
              null,
              null,
              null,
              null);
      addDetails(account, a.contactId(), added, before[0], before[1], emails, phones, tags);
    }
    template.batchUpdate(
        """
        UPDATE contact
           SET organization_id = COALESCE(organization_id, ?), title = COALESCE(title, ?),
               linkedin_url = COALESCE(linkedin_url, ?), linkedin_key = COALESCE(linkedin_key, ?),
               known_since = COALESCE(known_since, ?), birthday = COALESCE(birthday, ?),
               notes = COALESCE(notes, ?), version = version + 1, updated_at = ?
         WHERE account_id = ? AND id = ?
        """,
        updates,
        new int[] {
          Types.BIGINT,
          Types.VARCHAR,
          Types.VARCHAR,
          Types.VARCHAR,
          Types.DATE,
          Types.VARCHAR,
          Types.VARCHAR,
          db.instantSqlType(),
          Types.BIGINT,
          Types.BIGINT
        });
    insertDetails(emails, phones, tags);
  }

  /**
   * Takes back what additions brought, each value only where it still holds what was added (so that
   * what the user changed since stays); answers the people touched.
   */
  void revertAdditions(long account, List<ContactAddition> additions, Instant now) {
    Object at = db.instant(now);
    Map<String, List<Object[]>> clears = new HashMap<>();
    List<Object[]> emails = new ArrayList<>();
    List<Object[]> phones = new ArrayList<>();
    List<Object[]> tags = new ArrayList<>();
    List<Object[]> touched = new ArrayList<>();
    for (ContactAddition a : additions) {
      long id = a.contactId();
      clear(clears, "organization_id", a.organizationId(), account, id);
      clear(clears, "title", a.title(), account, id);
      clear(clears, "linkedin_url", a.linkedinUrl(), account, id);
      clear(clears, "known_since", a.knownSince(), account, id);
      clear(clears, "birthday", a.birthday(), account, id);
      clear(clears, "notes", a.notes(), account, id);
      a.emails().forEach(e -> emails.add(new Object[] {account, id, e.key()}));
      a.phones().forEach(p -> phones.add(new Object[] {account, id, p.value()}));
      a.tags().forEach(t -> tags.add(new Object[] {account, id, Text.fold(t)}));
      touched.add(new Object[] {at, account, id});
    }
    clears.forEach(
        (column, rows) -> {
          String extra = column.equals("linkedin_url") ? ", linkedin_key = NULL" : "";
          template.batchUpdate(
              "UPDATE contact SET "
                  + column
                  + " = NULL"
                  + extra
                  + " WHERE account_id = ? AND id = ? AND "
                  + column
                  + " = ?",
              rows);
        });
    if (!emails.isEmpty()) {
      template.batchUpdate(
          "DELETE FROM contact_email WHERE account_id = ? AND contact_id = ? AND address_key = ?",
          emails);
    }
    if (!phones.isEmpty()) {
      template.batchUpdate(
          "DELETE FROM contact_phone WHERE account_id = ? AND contact_id = ? AND raw = ?", phones);
    }
    if (!tags.isEmpty()) {
      template.batchUpdate(
          "DELETE FROM contact_tag WHERE account_id = ? AND contact_id = ? AND tag_key = ?", tags);
    }
    template.batchUpdate(
        "UPDATE contact SET version = version + 1, updated_at = ? WHERE account_id = ? AND id = ?",
        touched);
  }

  private static void clear(
      Map<String, List<Object[]>> clears, String column, Object value, long account, long id) {
    if (value != null) {
      clears.computeIfAbsent(column, k -> new ArrayList<>()).add(new Object[] {account, id, value});
    }
  }

  // ---- removing the people an import added -----------------------------------------------------

  List<Long> idsOfImport(long account, long importBatch) {
    return jdbc.sql(
            "SELECT id FROM contact WHERE account_id = :account AND import_batch_id = :batch")
        .param("account", account)
        .param("batch", importBatch)
        .query(Long.class)
        .list();
  }

  /** Whether any person of the import was merged with another since. */
  boolean importTookPartInMerges(long account, long importBatch) {
    return jdbc.sql(
                """
                SELECT COUNT(*) FROM contact c
                 WHERE c.account_id = :account AND c.import_batch_id = :batch
                   AND (c.merged_into IS NOT NULL
                        OR EXISTS (SELECT 1 FROM contact m WHERE m.account_id = c.account_id
                                     AND m.merged_into = c.id))
                """)
            .param("account", account)
            .param("batch", importBatch)
            .query(Long.class)
            .single()
        > 0;
  }

  /**
   * Removes people for good, with everything that hangs on them (emails, phones, tags, their place
   * in touchpoints, follow-ups, relationship state: the foreign keys cascade).
   */
  void deleteAll(long account, List<Long> ids) {
    List<Object[]> keys = new ArrayList<>(ids.size());
    ids.forEach(id -> keys.add(new Object[] {account, id}));
    if (db.isSqlite()) {
      List<Object[]> rowids = new ArrayList<>(ids.size());
      ids.forEach(id -> rowids.add(new Object[] {id}));
      template.batchUpdate("DELETE FROM contact_search WHERE rowid = ?", rowids);
    }
    template.batchUpdate("DELETE FROM contact WHERE account_id = ? AND id = ?", keys);
  }
}
