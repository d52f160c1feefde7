package app.rapport.warmpaths;

import app.rapport.model.Overlap;
import app.rapport.platform.Text;
import app.rapport.platform.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reads behind the warm-path search, each a bounded lookup by index: the people at an
 * organisation, a bounded number of each person's strongest acquaintances ({@code knows_edge}, one
 * index range per person), colleagues at the same organisation now, and which people the user has
 * been in touch with. It reads other features' tables and writes none.
 */
@Repository
class WarmPathRepository {

  /** People the user has been in touch with, or has said when they met: possible first hops. */
  private static final String KNOWN_TO_USER =
      "(r.touchpoint_count > 0 OR c.known_since IS NOT NULL)"
          + " AND (r.ended IS NULL OR r.ended = FALSE)";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final Database db;

  WarmPathRepository(JdbcClient jdbc, JdbcTemplate template, Database db) {
    this.jdbc = jdbc;
    this.template = template;
    this.db = db;
  }

  record Organization(long id, String name) {}

  Optional<Organization> organizationNamed(long account, String name) {
    return jdbc.sql(
            "SELECT id, name FROM organization"
                + " WHERE account_id = :account AND name_key = :key AND deleted_at IS NULL")
        .param("account", account)
        .param("key", Text.fold(name))
        .query((rs, row) -> new Organization(rs.getLong("id"), rs.getString("name")))
        .optional();
  }

  /** Up to {@code limit} live people working at the organisation now. */
  List<Long> peopleAt(long account, long organization, int limit) {
    return jdbc.sql(
            """
            SELECT id FROM contact
             WHERE account_id = :account AND organization_id = :organization AND deleted_at IS NULL
             ORDER BY sort_name, id
             LIMIT :limit
            """)
        .param("account", account)
        .param("organization", organization)
        .param("limit", limit)
        .query(Long.class)
        .list();
  }

  long countAt(long account, long organization) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM contact"
                + " WHERE account_id = :account AND organization_id = :organization"
                + " AND deleted_at IS NULL")
        .param("account", account)
        .param("organization", organization)
        .query(Long.class)
        .single();
  }

  /**
   * A step from one person to someone they know: the stored link, or none for colleagues now with
   * the organisation they share; what they share, and how strong the link is.
   */
  record Edge(
      long from,
      long to,
      Long linkId,
      Overlap overlap,
      boolean professional,
      double strength,
      Long toOrganization) {}

  /**
   * For each of these people, their {@code perPerson} strongest links to live people (to people the
   * user knows, when {@code knownToUser}). Each person is its own bounded read of one index range,
   * strongest first, stopping after {@code perPerson} rows, so a person with thousands of links
   * costs no more than one with a dozen; the reads go to the database as one statement. The edges
   * carry no organisation: {@link #organizationsOf} reads it for the few people who need it.
   */
  List<Edge> strongestLinks(
      long account, Collection<Long> from, int perPerson, boolean knownToUser) {
    if (from.isEmpty()) {
      return List.of();
    }
    String links =
        "SELECT e.person_id AS from_id, e.other_id AS to_id, e.link_id, e.overlap,"
            + " e.professional, e.strength FROM knows_edge e"
            // the relationship is read only to keep the people the user knows
            + (knownToUser
                ? " LEFT JOIN relationship r"
                    + " ON r.account_id = e.account_id AND r.contact_id = e.other_id"
                : "")
            + " WHERE e.account_id = :account AND e.person_id = :key AND NOT EXISTS ("
            + (db.isSqlite()
                // SQLite has no statistics to prefer the small index to the primary key's
                ? "SELECT 1 FROM contact d INDEXED BY contact_deleted_ids"
                : "SELECT 1 FROM contact d")
            + " WHERE d.account_id = e.account_id AND d.id = e.other_id"
            + " AND d.deleted_at IS NOT NULL)"
            + (knownToUser ? " AND " + KNOWN_BY_LINK : "");
    if (!db.isSqlite()) {
      // PostgreSQL plans one lateral subquery and runs it per person
      return jdbc.sql(
              "SELECT l.* FROM unnest(CAST(:from AS bigint[])) AS p(id) CROSS JOIN LATERAL ("
                  + links.replace(":key", "p.id")
                  + " ORDER BY e.strength DESC, e.other_id DESC LIMIT :perPerson) AS l")
          .param("account", account)
          // one array: the statement is the same however many people, and planned once
          .param("from", db.ids(from))
          .param("perPerson", perPerson)
          .query(this::edge)
          .list();
    }
    List<Edge> edges = new ArrayList<>();
    eachKey(
        links + " ORDER BY e.strength DESC, e.other_id DESC LIMIT :limit",
        account,
        from,
        perPerson,
        rs -> {
          edges.add(edge(rs, edges.size()));
        });
    return edges;
  }

  /**
   * SQLite: one statement with {@code :account}, {@code :key} and {@code :limit} in that order,
   * prepared once and run for each key in turn. Compiling a UNION of a hundred such subqueries on
   * every request cost more than running them all.
   */
  private void eachKey(
      String sql, long account, Collection<Long> keys, int limit, RowCallbackHandler rows) {
    String positional = sql.replace(":account", "?").replace(":key", "?").replace(":limit", "?");
    template.execute(
        (ConnectionCallback<Void>)
            connection -> {
              try (PreparedStatement ps = connection.prepareStatement(positional)) {
                ps.setLong(1, account);
                ps.setInt(3, limit);
                for (Long key : keys) {
                  ps.setLong(2, key);
                  try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                      rows.processRow(rs);
                    }
                  }
                }
              }
              return null;
            });
  }

  /**
   * {@link #KNOWN_TO_USER} for the person at the far end of a link {@code e}, with the relationship
   * {@code r} joined to it: a live person is known to the user whose tie has not ended and who has
   * been in touch or was said to have met. Their contact row is read only when the relationship
   * alone does not tell, so that a link walked is two index lookups, not three (docs/benchmarks.md,
   * finding 44).
   */
  private static final String KNOWN_BY_LINK =
      "(r.ended IS NULL OR r.ended = FALSE)"
          + " AND (r.touchpoint_count > 0 OR EXISTS (SELECT 1 FROM contact k"
          + " WHERE k.account_id = e.account_id AND k.id = e.other_id"
          + " AND k.known_since IS NOT NULL))";

  private Edge edge(ResultSet rs, int row) throws java.sql.SQLException {
    return new Edge(
        rs.getLong("from_id"),
        rs.getLong("to_id"),
        rs.getLong("link_id"),
        Overlap.valueOf(rs.getString("overlap")),
        rs.getBoolean("professional"),
        rs.getDouble("strength"),
        null);
  }

  /**
   * For each organisation, up to {@code perOrganization} people the user knows who work there now:
   * one bounded read per organisation along its people index, in name order.
   */
  Map<Long, List<Long>> knownPeopleAt(
      long account, Collection<Long> organizations, int perOrganization) {
    Map<Long, List<Long>> people = new HashMap<>();
    if (organizations.isEmpty()) {
      return people;
    }
    if (!db.isSqlite()) {
      jdbc.sql(
              "SELECT k.* FROM unnest(CAST(:organizations AS bigint[])) AS o(id)"
                  + " CROSS JOIN LATERAL ("
                  + KNOWN_AT.replace(":organization", "o.id")
                  + " ORDER BY c.sort_name, c.id LIMIT :perOrganization) AS k")
          .param("account", account)
          .param("organizations", db.ids(organizations))
          .param("perOrganization", perOrganization)
          .query(
              rs -> {
                people
                    .computeIfAbsent(
                        rs.getLong("organization_id"), k -> new java.util.ArrayList<>())
                    .add(rs.getLong("id"));
              });
      return people;
    }
    eachKey(
        KNOWN_AT.replace(":organization", ":key") + " ORDER BY c.sort_name, c.id LIMIT :limit",
        account,
        organizations,
        perOrganization,
        rs -> {
          people
              .computeIfAbsent(rs.getLong("organization_id"), k -> new ArrayList<>())
              .add(rs.getLong("id"));
        });
    return people;
  }

  /** The people the user knows at one organisation, along its people index. */
  private static final String KNOWN_AT =
      "SELECT c.organization_id, c.id FROM contact c"
          + " LEFT JOIN relationship r ON r.account_id = c.account_id AND r.contact_id = c.id"
          + " WHERE c.account_id = :account AND c.organization_id = :organization"
          + " AND c.deleted_at IS NULL AND "
          + KNOWN_TO_USER;

  /** Those of these people the user knows (see {@link #KNOWN_TO_USER}). */
  Set<Long> knownToUser(long account, Collection<Long> people) {
    Set<Long> known = new HashSet<>();
    if (people.isEmpty()) {
      return known;
    }
    jdbc.sql(
            "SELECT c.id FROM contact c LEFT JOIN relationship r"
                + " ON r.account_id = c.account_id AND r.contact_id = c.id"
                + " WHERE c.account_id = :account AND "
                + db.oneOf("c.id", "people")
                + " AND c.deleted_at IS NULL AND "
                + KNOWN_TO_USER)
        .param("account", account)
        .param("people", db.ids(people))
        .query(
            rs -> {
              known.add(rs.getLong("id"));
            });
    return known;
  }

  /** The organisation each of these people works at now, for those who have one. */
  Map<Long, Long> organizationsOf(long account, Collection<Long> people) {
    Map<Long, Long> organizations = new HashMap<>();
    if (people.isEmpty()) {
      return organizations;
    }
    jdbc.sql(
            "SELECT id, organization_id FROM contact WHERE account_id = :account AND "
                + db.oneOf("id", "people")
                + " AND organization_id IS NOT NULL")
        .param("account", account)
        .param("people", db.ids(people))
        .query(
            rs -> {
              organizations.put(rs.getLong("id"), rs.getLong("organization_id"));
            });
    return organizations;
  }

  Map<Long, String> organizationNames(long account, Collection<Long> organizations) {
    Map<Long, String> names = new HashMap<>();
    if (organizations.isEmpty()) {
      return names;
    }
    jdbc.sql(
            "SELECT id, name FROM organization WHERE account_id = :account AND "
                + db.oneOf("id", "ids"))
        .param("account", account)
        .param("ids", db.ids(organizations))
        .query(
            rs -> {
              names.put(rs.getLong("id"), rs.getString("name"));
            });
    return names;
  }
}
