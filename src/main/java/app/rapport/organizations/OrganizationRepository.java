package app.rapport.organizations;

import app.rapport.platform.Text;
import app.rapport.platform.db.Database;
import app.rapport.platform.db.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrganizationRepository {

  private static final String COLUMNS =
      """
      o.id, o.name, o.website, o.industry, o.target, o.notes, o.version, o.created_at, o.updated_at,
      (SELECT COUNT(*) FROM contact c
        WHERE c.account_id = o.account_id AND c.organization_id = o.id AND c.deleted_at IS NULL)
        AS people_count
      """;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final Database db;

  OrganizationRepository(JdbcClient jdbc, JdbcTemplate template, Database db) {
    this.jdbc = jdbc;
    this.template = template;
    this.db = db;
  }

  /** The ids of the organisations with these folded names, deleted ones included. */
  Map<String, Long> idsByKey(long account, Collection<String> keys) {
    Map<String, Long> found = new HashMap<>();
    if (keys.isEmpty()) {
      return found;
    }
    jdbc.sql(
            "SELECT id, name_key FROM organization"
                + " WHERE account_id = :account AND name_key IN (:keys)")
        .param("account", account)
        .param("keys", keys)
        .query(
            rs -> {
              found.put(rs.getString("name_key"), rs.getLong("id"));
            });
    return found;
  }

  java.util.Set<Long> targetsAmong(long account, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return java.util.Set.of();
    }
    return new java.util.HashSet<>(
        jdbc.sql(
                "SELECT id FROM organization WHERE account_id = :account AND id IN (:ids)"
                    + " AND target = TRUE")
            .param("account", account)
            .param("ids", ids)
            .query(Long.class)
            .list());
  }

  /** Brings back those of these organisations that were deleted, in one statement. */
  void restoreAll(long account, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return;
    }
    jdbc.sql(
            "UPDATE organization SET deleted_at = NULL, version = version + 1"
                + " WHERE account_id = :account AND id IN (:ids) AND deleted_at IS NOT NULL")
        .param("account", account)
        .param("ids", ids)
        .update();
  }

  /** Adds organisations by name only, in one batch, remembering the import that named them. */
  void insertAll(long account, Map<Long, String> namesById, Long importBatch, Instant now) {
    List<Object[]> rows = new ArrayList<>();
    Object at = db.instant(now);
    namesById.forEach(
        (id, name) ->
            rows.add(new Object[] {account, id, name, Text.fold(name), importBatch, at, at}));
    template.batchUpdate(
        "INSERT INTO organization (account_id, id, name, name_key, target, import_batch_id,"
            + " version, created_at, updated_at) VALUES (?, ?, ?, ?, FALSE, ?, 1, ?, ?)",
        rows,
        new int[] {
          java.sql.Types.BIGINT,
          java.sql.Types.BIGINT,
          java.sql.Types.VARCHAR,
          java.sql.Types.VARCHAR,
          java.sql.Types.BIGINT,
          db.instantSqlType(),
          db.instantSqlType()
        });
  }

  /**
   * Removes the organisations an import created that nobody works at any more (deleted people
   * included) and that the user has not changed since; answers how many.
   */
  int deleteUnusedOfImport(long account, long importBatch) {
    return jdbc.sql(
            """
            DELETE FROM organization
             WHERE account_id = :account AND import_batch_id = :batch AND version = 1
               AND NOT EXISTS (SELECT 1 FROM contact c
                                WHERE c.account_id = organization.account_id
                                  AND c.organization_id = organization.id)
            """)
        .param("account", account)
        .param("batch", importBatch)
        .update();
  }

  Optional<Organization> find(long account, long id) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM organization o"
                + " WHERE o.account_id = :account AND o.id = :id AND o.deleted_at IS NULL")
        .param("account", account)
        .param("id", id)
        .query(this::map)
        .optional();
  }

  Optional<Long> findIdByName(long account, String name) {
    return jdbc.sql("SELECT id FROM organization WHERE account_id = :account AND name_key = :key")
        .param("account", account)
        .param("key", Text.fold(name))
        .query(Long.class)
        .optional();
  }

  boolean isDeleted(long account, long id) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM organization"
                    + " WHERE account_id = :account AND id = :id AND deleted_at IS NOT NULL")
            .param("account", account)
            .param("id", id)
            .query(Long.class)
            .single()
        > 0;
  }

  List<Organization> list(long account, String query, boolean targetsOnly, PageRequest page) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM organization o WHERE "
                + where(query, targetsOnly)
                + " ORDER BY o.name_key, o.id LIMIT :limit OFFSET :offset")
        .param("account", account)
        .param("prefix", prefix(query))
        .param("contains", contains(query))
        .param("limit", page.size())
        .param("offset", page.offset())
        .query(this::map)
        .list();
  }

  long count(long account, String query, boolean targetsOnly) {
    return jdbc.sql("SELECT COUNT(*) FROM organization o WHERE " + where(query, targetsOnly))
        .param("account", account)
        .param("prefix", prefix(query))
        .param("contains", contains(query))
        .query(Long.class)
        .single();
  }

  private static String where(String query, boolean targetsOnly) {
    return "o.account_id = :account AND o.deleted_at IS NULL"
        + (query == null ? "" : " AND (o.name_key LIKE :prefix OR o.name_key LIKE :contains)")
        + (targetsOnly ? " AND o.target = TRUE" : "");
  }

  private static String prefix(String query) {
    return query == null ? "" : escapeLike(Text.fold(query)) + "%";
  }

  private static String contains(String query) {
    return query == null ? "" : "% " + escapeLike(Text.fold(query)) + "%";
  }

  private static String escapeLike(String text) {
    return text.replace("%", "").replace("_", "");
  }

  List<OrganizationMember> members(long account, long organization, PageRequest page) {
    return jdbc.sql(
            """
            SELECT id, full_name, title FROM contact
             WHERE account_id = :account AND organization_id = :organization AND deleted_at IS NULL
             ORDER BY sort_name, id LIMIT :limit OFFSET :offset
            """)
        .param("account", account)
        .param("organization", organization)
        .param("limit", page.size())
        .param("offset", page.offset())
        .query(
            (rs, row) ->
                new OrganizationMember(
                    rs.getLong("id"), rs.getString("full_name"), rs.getString("title")))
        .list();
  }

  void insert(long account, long id, OrganizationCommand command, Instant now) {
    jdbc.sql(
            """
            INSERT INTO organization
              (account_id, id, name, name_key, website, industry, target, notes, version, created_at, updated_at)
            VALUES (:account, :id, :name, :key, :website, :industry, :target, :notes, 1, :now, :now)
            """)
        .param("account", account)
        .param("id", id)
        .param("name", command.name())
        .param("key", Text.fold(command.name()))
        .param("website", command.website())
        .param("industry", command.industry())
        .param("target", command.target())
        .param("notes", command.notes())
        .param("now", db.instant(now))
        .update();
  }

  /** Saves the edit if nobody saved another since {@code version}; answers whether it did. */
  boolean update(long account, long id, int version, OrganizationCommand command, Instant now) {
    return jdbc.sql(
                """
            UPDATE organization
               SET name = :name, name_key = :key, website = :website, industry = :industry,
                   target = :target, notes = :notes, version = version + 1, updated_at = :now
             WHERE account_id = :account AND id = :id AND version = :version AND deleted_at IS NULL
            """)
            .param("account", account)
            .param("id", id)
            .param("version", version)
            .param("name", command.name())
            .param("key", Text.fold(command.name()))
            .param("website", command.website())
            .param("industry", command.industry())
            .param("target", command.target())
            .param("notes", command.notes())
            .param("now", db.instant(now))
            .update()
        == 1;
  }

  boolean setTarget(long account, long id, boolean target, Instant now) {
    return jdbc.sql(
                "UPDATE organization SET target = :target, version = version + 1, updated_at = :now"
                    + " WHERE account_id = :account AND id = :id AND deleted_at IS NULL")
            .param("account", account)
            .param("id", id)
            .param("target", target)
            .param("now", db.instant(now))
            .update()
        == 1;
  }

  boolean markDeleted(long account, long id, Instant now) {
    return jdbc.sql(
                "UPDATE organization SET deleted_at = :now, version = version + 1"
                    + " WHERE account_id = :account AND id = :id AND deleted_at IS NULL")
            .param("account", account)
            .param("id", id)
            .param("now", db.instant(now))
            .update()
        == 1;
  }

  boolean restore(long account, long id) {
    return jdbc.sql(
                "UPDATE organization SET deleted_at = NULL, version = version + 1"
                    + " WHERE account_id = :account AND id = :id AND deleted_at IS NOT NULL")
            .param("account", account)
            .param("id", id)
            .update()
        == 1;
  }

  private Organization map(ResultSet rs, int row) throws SQLException {
    return new Organization(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("website"),
        rs.getString("industry"),
        rs.getBoolean("target"),
        rs.getString("notes"),
        rs.getLong("people_count"),
        rs.getInt("version"),
        db.instant(rs, "created_at"),
        db.instant(rs, "updated_at"));
  }
}
