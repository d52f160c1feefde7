package app.rapport.warmpaths;

import app.rapport.model.Overlap;
import app.rapport.platform.Text;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

  WarmPathRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
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
   * A step from one person to someone they know: the stored link (or none, for colleagues now),
   * what they share, and the organisation the other person works at now.
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
   * user knows, when {@code knownToUser}): one index range per person, cut by rank.
   */
  List<Edge> strongestLinks(
      long account, Collection<Long> from, int perPerson, boolean knownToUser) {
    if (from.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            SELECT from_id, to_id, link_id, overlap, professional, strength, to_org FROM (
              SELECT e.person_id AS from_id, e.other_id AS to_id, e.link_id, e.overlap,
                     e.professional, e.strength, c.organization_id AS to_org,
                     ROW_NUMBER() OVER (PARTITION BY e.person_id
                                        ORDER BY e.strength DESC, e.other_id) AS rank_of_link
                FROM knows_edge e
                JOIN contact c ON c.account_id = e.account_id AND c.id = e.other_id
                               AND c.deleted_at IS NULL
                LEFT JOIN relationship r ON r.account_id = c.account_id AND r.contact_id = c.id
               WHERE e.account_id = :account AND e.person_id IN (:from)
            """
                + (knownToUser ? " AND " + KNOWN_TO_USER : "")
                + """
            ) ranked
             WHERE rank_of_link <= :perPerson
            """)
        .param("account", account)
        .param("from", from)
        .param("perPerson", perPerson)
        .query(
            (rs, row) -> {
              long org = rs.getLong("to_org");
              Long toOrg = rs.wasNull() ? null : org;
              return new Edge(
                  rs.getLong("from_id"),
                  rs.getLong("to_id"),
                  rs.getLong("link_id"),
                  Overlap.valueOf(rs.getString("overlap")),
                  rs.getBoolean("professional"),
                  rs.getDouble("strength"),
                  toOrg);
            })
        .list();
  }

  /**
   * For each organisation, up to {@code perOrganization} people the user knows who work there now,
   * those in touch most recently first.
   */
  Map<Long, List<Long>> knownPeopleAt(
      long account, Collection<Long> organizations, int perOrganization) {
    Map<Long, List<Long>> people = new HashMap<>();
    if (organizations.isEmpty()) {
      return people;
    }
    jdbc.sql(
            """
            SELECT organization_id, id FROM (
              SELECT c.organization_id, c.id,
                     ROW_NUMBER() OVER (PARTITION BY c.organization_id
                                        ORDER BY (r.last_contact_on IS NULL), r.last_contact_on DESC,
                                                 c.id) AS rank_in_org
                FROM contact c
                LEFT JOIN relationship r ON r.account_id = c.account_id AND r.contact_id = c.id
               WHERE c.account_id = :account AND c.organization_id IN (:organizations)
                 AND c.deleted_at IS NULL AND
            """
                + KNOWN_TO_USER
                + """
            ) ranked
             WHERE rank_in_org <= :perOrganization
            """)
        .param("account", account)
        .param("organizations", organizations)
        .param("perOrganization", perOrganization)
        .query(
            rs -> {
              people
                  .computeIfAbsent(rs.getLong("organization_id"), k -> new java.util.ArrayList<>())
                  .add(rs.getLong("id"));
            });
    return people;
  }

  /** Those of these people the user knows (see {@link #KNOWN_TO_USER}). */
  Set<Long> knownToUser(long account, Collection<Long> people) {
    Set<Long> known = new HashSet<>();
    if (people.isEmpty()) {
      return known;
    }
    jdbc.sql(
            "SELECT c.id FROM contact c LEFT JOIN relationship r"
                + " ON r.account_id = c.account_id AND r.contact_id = c.id"
                + " WHERE c.account_id = :account AND c.id IN (:people) AND c.deleted_at IS NULL"
                + " AND "
                + KNOWN_TO_USER)
        .param("account", account)
        .param("people", people)
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
            "SELECT id, organization_id FROM contact"
                + " WHERE account_id = :account AND id IN (:people) AND organization_id IS NOT NULL")
        .param("account", account)
        .param("people", people)
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
    jdbc.sql("SELECT id, name FROM organization WHERE account_id = :account AND id IN (:ids)")
        .param("account", account)
        .param("ids", organizations)
        .query(
            rs -> {
              names.put(rs.getLong("id"), rs.getString("name"));
            });
    return names;
  }
}
