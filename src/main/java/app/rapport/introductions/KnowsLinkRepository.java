package app.rapport.introductions;

import app.rapport.model.Overlap;
import app.rapport.platform.db.Database;
import app.rapport.platform.db.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Knows-links and their adjacency: each link is one row in {@code knows_link} (the smaller id
 * first) and two in {@code knows_edge}, one per direction, which the warm-path search reads.
 */
@Repository
class KnowsLinkRepository {

  private static final String SELECT =
      """
      SELECT l.*,
             a.full_name AS person_now, a.full_name AS person_name,
             CASE WHEN a.deleted_at IS NOT NULL THEN 1 ELSE 0 END AS person_removed,
             b.full_name AS other_now, b.full_name AS other_name,
             CASE WHEN b.deleted_at IS NOT NULL THEN 1 ELSE 0 END AS other_removed
        FROM knows_link l
        JOIN contact a ON a.account_id = l.account_id AND a.id = l.person_id
        JOIN contact b ON b.account_id = l.account_id AND b.id = l.other_id
      """;

  private final JdbcClient jdbc;
  private final Database db;

  KnowsLinkRepository(JdbcClient jdbc, Database db) {
    this.jdbc = jdbc;
    this.db = db;
  }

  Optional<KnowsLink> find(long account, long id) {
    return jdbc.sql(
            SELECT + " WHERE l.account_id = :account AND l.id = :id AND l.deleted_at IS NULL")
        .param("account", account)
        .param("id", id)
        .query(this::map)
        .optional();
  }

  /** The link between two people, removed or not: a pair has one row, whatever happens to it. */
  Optional<Pair> pair(long account, long one, long two) {
    return jdbc.sql(
            """
            SELECT id, version, source, deleted_at FROM knows_link
             WHERE account_id = :account AND person_id = :low AND other_id = :high
            """)
        .param("account", account)
        .param("low", Math.min(one, two))
        .param("high", Math.max(one, two))
        .query(
            (rs, row) ->
                new Pair(
                    rs.getLong("id"),
                    rs.getInt("version"),
                    KnowsLink.Source.valueOf(rs.getString("source")),
                    rs.getObject("deleted_at") != null))
        .optional();
  }

  record Pair(long id, int version, KnowsLink.Source source, boolean removed) {}

  List<KnowsLink> findAll(long account, java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            SELECT + " WHERE l.account_id = :account AND l.id IN (:ids) AND l.deleted_at IS NULL")
        .param("account", account)
        .param("ids", ids)
        .query(this::map)
        .list();
  }

  /** The people someone knows, the strongest links first, a page at a time. */
  List<KnowsLink> of(long account, long contact, PageRequest page) {
    return jdbc.sql(
            SELECT.replace(
                    "FROM knows_link l",
                    "FROM knows_edge x JOIN knows_link l ON l.account_id = x.account_id"
                        + " AND l.id = x.link_id"
                        + " JOIN contact o ON o.account_id = x.account_id AND o.id = x.other_id")
                + " WHERE x.account_id = :account AND x.person_id = :contact"
                + " ORDER BY x.strength DESC, o.sort_name, o.id LIMIT :limit OFFSET :offset")
        .param("account", account)
        .param("contact", contact)
        .param("limit", page.size())
        .param("offset", page.offset())
        .query(this::map)
        .list();
  }

  long countOf(long account, long contact) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM knows_edge WHERE account_id = :account AND person_id = :contact")
        .param("account", account)
        .param("contact", contact)
        .query(Long.class)
        .single();
  }

  /** All links, oldest first, a page at a time. */
  List<KnowsLink> all(long account, PageRequest page) {
    return jdbc.sql(
            SELECT
                + " WHERE l.account_id = :account AND l.deleted_at IS NULL"
                + " ORDER BY l.id LIMIT :limit OFFSET :offset")
        .param("account", account)
        .param("limit", page.size())
        .param("offset", page.offset())
        .query(this::map)
        .list();
  }

  long countAll(long account) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM knows_link WHERE account_id = :account AND deleted_at IS NULL")
        .param("account", account)
        .query(Long.class)
        .single();
  }

  /** How many other live people work at the same organisation as this person now. */
  long colleaguesNow(long account, long contact) {
    return jdbc.sql(
            """
            SELECT COUNT(*) FROM contact c
              JOIN contact p ON p.account_id = c.account_id AND p.organization_id = c.organization_id
             WHERE c.account_id = :account AND c.id = :contact
               AND p.id <> c.id AND p.deleted_at IS NULL
            """)
        .param("account", account)
        .param("contact", contact)
        .query(Long.class)
        .single();
  }

  record Row(
      long low,
      long high,
      KnowsHow how,
      Overlap overlap,
      boolean professional,
      String organization,
      Integer fromYear,
      Integer toYear,
      String note,
      KnowsLink.Source source,
      Long introductionId,
      double strength) {}

  void insert(long account, long id, Row r, Instant now) {
    jdbc.sql(
            """
            INSERT INTO knows_link
              (account_id, id, person_id, other_id, how, overlap, professional, organization_name,
               from_year, to_year, note, source, introduction_id, strength, version, created_at,
               updated_at)
            VALUES
              (:account, :id, :low, :high, :how, :overlap, :professional, :organization,
               :fromYear, :toYear, :note, :source, :introduction, :strength, 1, :now, :now)
            """)
        .param("account", account)
        .param("id", id)
        .param("low", r.low())
        .param("high", r.high())
        .param("how", r.how().name())
        .param("overlap", r.overlap().name())
        .param("professional", r.professional())
        .param("organization", r.organization())
        .param("fromYear", r.fromYear())
        .param("toYear", r.toYear())
        .param("note", r.note())
        .param("source", r.source().name())
        .param("introduction", r.introductionId())
        .param("strength", r.strength())
        .param("now", db.instant(now))
        .update();
    saveEdges(account, id, r);
  }

  /** Saves the change if nobody saved another since {@code version}; answers whether it did. */
  boolean update(long account, long id, int version, Row r, Instant now) {
    boolean saved =
        jdbc.sql(
                    """
                UPDATE knows_link
                   SET how = :how, overlap = :overlap, professional = :professional,
                       organization_name = :organization, from_year = :fromYear, to_year = :toYear,
                       note = :note, source = :source, introduction_id = :introduction,
                       strength = :strength, deleted_at = NULL,
                       version = version + 1, updated_at = :now
                 WHERE account_id = :account AND id = :id AND version = :version
                """)
                .param("account", account)
                .param("id", id)
                .param("version", version)
                .param("how", r.how().name())
                .param("overlap", r.overlap().name())
                .param("professional", r.professional())
                .param("organization", r.organization())
                .param("fromYear", r.fromYear())
                .param("toYear", r.toYear())
                .param("note", r.note())
                .param("source", r.source().name())
                .param("introduction", r.introductionId())
                .param("strength", r.strength())
                .param("now", db.instant(now))
                .update()
            == 1;
    if (saved) {
      saveEdges(account, id, r);
    }
    return saved;
  }

  private void saveEdges(long account, long id, Row r) {
    jdbc.sql("DELETE FROM knows_edge WHERE account_id = :account AND link_id = :id")
        .param("account", account)
        .param("id", id)
        .update();
    for (long[] direction : new long[][] {{r.low(), r.high()}, {r.high(), r.low()}}) {
      jdbc.sql(
              """
              INSERT INTO knows_edge
                (account_id, person_id, other_id, link_id, overlap, professional, strength)
              VALUES (:account, :person, :other, :link, :overlap, :professional, :strength)
              """)
          .param("account", account)
          .param("person", direction[0])
          .param("other", direction[1])
          .param("link", id)
          .param("overlap", r.overlap().name())
          .param("professional", r.professional())
          .param("strength", r.strength())
          .update();
    }
  }

  /** Removes a link (restorable): its adjacency goes, so no search finds it. */
  boolean markDeleted(long account, long id, Instant now) {
    jdbc.sql("DELETE FROM knows_edge WHERE account_id = :account AND link_id = :id")
        .param("account", account)
        .param("id", id)
        .update();
    return jdbc.sql(
                "UPDATE knows_link SET deleted_at = :now, version = version + 1"
                    + " WHERE account_id = :account AND id = :id AND deleted_at IS NULL")
            .param("account", account)
            .param("id", id)
            .param("now", db.instant(now))
            .update()
        == 1;
  }

  /** Brings back a removed link and its adjacency. */
  boolean restore(long account, long id, Instant now) {
    boolean restored =
        jdbc.sql(
                    "UPDATE knows_link SET deleted_at = NULL, version = version + 1,"
                        + " updated_at = :now"
                        + " WHERE account_id = :account AND id = :id AND deleted_at IS NOT NULL")
                .param("account", account)
                .param("id", id)
                .param("now", db.instant(now))
                .update()
            == 1;
    if (restored) {
      KnowsLink link = find(account, id).orElseThrow();
      saveEdges(
          account,
          id,
          new Row(
              link.person().contactId(),
              link.other().contactId(),
              link.how(),
              link.overlap(),
              link.professional(),
              link.organization(),
              link.fromYear(),
              link.toYear(),
              link.note(),
              link.source(),
              link.introductionId(),
              link.strength()));
    }
    return restored;
  }

  /** The links of a person, removed or not, each as its id and the person at the other end. */
  List<End> endsOf(long account, long contact) {
    return jdbc.sql(
            """
            SELECT id, CASE WHEN person_id = :contact THEN other_id ELSE person_id END AS other
              FROM knows_link
             WHERE account_id = :account AND (person_id = :contact OR other_id = :contact)
             ORDER BY id
            """)
        .param("account", account)
        .param("contact", contact)
        .query((rs, row) -> new End(rs.getLong("id"), rs.getLong("other")))
        .list();
  }

  record End(long linkId, long other) {}

  /**
   * Hands one end of a link from one person to another (a merge, or its undo), its adjacency with
   * it. The caller makes sure the new pair has no link of its own.
   */
  void moveEnd(long account, long linkId, long from, long to, long other) {
    jdbc.sql(
            """
            UPDATE knows_link SET person_id = :low, other_id = :high, version = version + 1
             WHERE account_id = :account AND id = :id
            """)
        .param("account", account)
        .param("id", linkId)
        .param("low", Math.min(to, other))
        .param("high", Math.max(to, other))
        .update();
    for (String end : List.of("person_id", "other_id")) {
      jdbc.sql(
              "UPDATE knows_edge SET "
                  + end
                  + " = :to WHERE account_id = :account AND link_id = :id AND "
                  + end
                  + " = :from")
          .param("account", account)
          .param("id", linkId)
          .param("from", from)
          .param("to", to)
          .update();
    }
  }

  /** Builds a whole account's adjacency again from its links (after a restore). */
  void rebuildEdges(long account) {
    jdbc.sql("DELETE FROM knows_edge WHERE account_id = :account")
        .param("account", account)
        .update();
    for (String[] ends : new String[][] {{"person_id", "other_id"}, {"other_id", "person_id"}}) {
      jdbc.sql(
              "INSERT INTO knows_edge"
                  + " (account_id, person_id, other_id, link_id, overlap, professional, strength)"
                  + " SELECT account_id, "
                  + ends[0]
                  + ", "
                  + ends[1]
                  + ", id, overlap, professional, strength FROM knows_link"
                  + " WHERE account_id = :account AND deleted_at IS NULL")
          .param("account", account)
          .update();
    }
  }

  Optional<KnowsLink> ofIntroduction(long account, long introduction) {
    return jdbc.sql(SELECT + " WHERE l.account_id = :account AND l.introduction_id = :introduction")
        .param("account", account)
        .param("introduction", introduction)
        .query(this::map)
        .optional();
  }

  private KnowsLink map(ResultSet rs, int row) throws SQLException {
    long introduction = rs.getLong("introduction_id");
    Long introductionId = rs.wasNull() ? null : introduction;
    return new KnowsLink(
        rs.getLong("id"),
        new PersonRef(
            rs.getLong("person_id"), rs.getString("person_name"), rs.getInt("person_removed") == 1),
        new PersonRef(
            rs.getLong("other_id"), rs.getString("other_name"), rs.getInt("other_removed") == 1),
        KnowsHow.valueOf(rs.getString("how")),
        Overlap.valueOf(rs.getString("overlap")),
        rs.getBoolean("professional"),
        rs.getString("organization_name"),
        Database.integer(rs, "from_year"),
        Database.integer(rs, "to_year"),
        rs.getString("note"),
        KnowsLink.Source.valueOf(rs.getString("source")),
        introductionId,
        rs.getDouble("strength"),
        rs.getInt("version"),
        db.instant(rs, "created_at"),
        db.instant(rs, "updated_at"));
  }
}
