package app.rapport.contacts;

import app.rapport.model.Tier;
import app.rapport.platform.Text;
import app.rapport.platform.db.Database;
import app.rapport.platform.db.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ContactRepository {

  private static final String ORGANIZATION_JOIN =
      " LEFT JOIN organization o ON o.account_id = c.account_id AND o.id = c.organization_id";

  /** At most this many words of a search are used; more narrow nothing a person would notice. */
  static final int MAX_SEARCH_WORDS = 8;

  private final JdbcClient jdbc;
  private final Database db;

  ContactRepository(JdbcClient jdbc, Database db) {
    this.jdbc = jdbc;
    this.db = db;
  }

  // ---- reading one person ----------------------------------------------------------------------

  Optional<Contact> find(long account, long id) {
    return findAll(account, List.of(id)).stream().findFirst();
  }

  /** Several people by id, in the order given, with their details loaded in one query each. */
  List<Contact> findAll(long account, List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Row> rows = new HashMap<>();
    jdbc.sql(
            """
            SELECT c.*, o.name AS organization_name
              FROM contact c
              LEFT JOIN organization o ON o.account_id = c.account_id AND o.id = c.organization_id
             WHERE c.account_id = :account AND c.id IN (:ids)
            """)
        .param("account", account)
        .param("ids", ids)
        .query(this::mapRow)
        .list()
        .forEach(row -> rows.put(row.id(), row));
    Map<Long, List<EmailAddress>> emails = emails(account, ids);
    Map<Long, List<PhoneNumber>> phones = phones(account, ids);
    Map<Long, List<String>> tags = tags(account, ids);
    return ids.stream()
        .filter(rows::containsKey)
        .map(
            id ->
                rows.get(id)
                    .toContact(
                        emails.getOrDefault(id, List.of()),
                        phones.getOrDefault(id, List.of()),
                        tags.getOrDefault(id, List.of())))
        .toList();
  }

  // ---- lists -----------------------------------------------------------------------------------

  /**
   * One page of the people who match, in the filter's order.
   *
   * @param fewMatches whether the caller counted few matches (at most {@link
   *     ContactService#COUNT_CAP}). A search's few matches are then gathered from the search index
   *     and sorted. Otherwise both databases walk the names in order and keep the matches until the
   *     page is full, which is quick when matches are many, and slow when they are few and sort
   *     late ("tim" among 37,000 people: 1 ms gathered, 63 ms walked on PostgreSQL,
   *     docs/benchmarks.md finding 20). Ordering by an expression rather than the bare column is
   *     what keeps the name index from being walked. On PostgreSQL the walk goes no further than
   *     the first names ({@link #firstNamesWalked}), and the matches are gathered when those do not
   *     hold the page.
   */
  List<ContactSummary> list(
      long account, ContactFilter filter, PageRequest page, boolean fewMatches) {
    Query query = query(account, filter);
    boolean gather = fewMatches;
    if (walksFirstNames(filter, query, fewMatches)) {
      List<ContactSummary> walked = firstNamesWalked(filter, query, page);
      if (walked.size() == page.size()) {
        return withTags(account, walked);
      }
      // the first names did not hold the page: the matches are gathered and sorted
      gather = true;
    }
    String byName = "c.sort_name, c.id";
    String order =
        order(filter.sort(), gather && query.searches() ? "c.sort_name || '', c.id" : byName);
    String outerOrder = order(filter.sort(), byName);
    // The page's ids come first, from the index alone, and only their rows are read: otherwise the
    // database reads and joins every row that OFFSET skips (190 ms of CPU for page 1,800 of 100,000
    // people on SQLite, 8 ms this way; docs/benchmarks.md).
    String pageIds =
        "SELECT c.id FROM contact c"
            + (filter.sort() == ContactFilter.Sort.ORGANIZATION ? ORGANIZATION_JOIN : "")
            + query.where()
            + " ORDER BY "
            + order
            + " LIMIT :limit OFFSET :offset";
    List<ContactSummary> rows =
        query
            .bind(
                jdbc.sql(
                    SELECT_SUMMARIES
                        + " WHERE c.account_id = :account AND c.id IN ("
                        + pageIds
                        + ") ORDER BY "
                        + outerOrder))
            .param("limit", page.size())
            .param("offset", page.offset())
            .query(ContactRepository::summary)
            .list();
    return withTags(account, rows);
  }

  /**
   * How many names in order a search of many matches walks on PostgreSQL: at least this many, forty
   * for each person up to the page's end, and at most ten times this many.
   */
  static final int NAMES_WALKED = 2_000;

  /**
   * Whether a search's page is first looked for among the first names in order: on PostgreSQL, for
   * a search of many matches in name order without a tier to read.
   */
  private boolean walksFirstNames(ContactFilter filter, Query query, boolean fewMatches) {
    return query.searches()
        && !fewMatches
        && !db.isSqlite()
        && filter.tier() == null
        && filter.sort() == ContactFilter.Sort.NAME;
  }

  /**
   * PostgreSQL, a search of many matches in name order: the page as found among the first names in
   * order (see {@link #walksFirstNames}). The page is exactly the search's page when it is full,
   * since the names walked are the first in order and hold that many matches; when it is not, the
   * caller gathers the matches instead. Each name walked costs one look-up in the search index by
   * id, written as a value of the row so that PostgreSQL cannot turn it into a read of every match:
   * planned once for any words, a search of many matches would otherwise either gather them all
   * (4,969 for "ma" among 10,000 people) or walk 80,000 names to the few that sort late ("sam"
   * among 100,000; docs/benchmarks.md, findings 45 and 47).
   */
  private List<ContactSummary> firstNamesWalked(
      ContactFilter filter, Query query, PageRequest page) {
    String pageIds =
        "SELECT f.id FROM (SELECT n.id, n.sort_name FROM contact n"
            + " WHERE n.account_id = :account AND n.deleted_at IS NULL"
            + " ORDER BY n.sort_name, n.id LIMIT :walk) f"
            + " WHERE (SELECT s.words FROM contact_search s"
            + " WHERE s.account_id = :account AND s.contact_id = f.id)"
            + " @@ to_tsquery('simple', :match)"
            + (filter.tag() == null ? "" : tagged("f.id"))
            + " ORDER BY f.sort_name, f.id LIMIT :limit OFFSET :offset";
    return query
        .bind(
            jdbc.sql(
                SELECT_SUMMARIES
                    + " WHERE c.account_id = :account AND c.id IN ("
                    + pageIds
                    + ") ORDER BY c.sort_name, c.id"))
        .param(
            "walk",
            Math.min(10 * NAMES_WALKED, Math.max(NAMES_WALKED, 40 * (page.offset() + page.size()))))
        .param("limit", page.size())
        .param("offset", page.offset())
        .query(ContactRepository::summary)
        .list();
  }

  long count(long account, ContactFilter filter) {
    Query query = query(account, filter);
    return query.bind(jdbc.sql("SELECT COUNT(*)" + query.counted())).query(Long.class).single();
  }

  /** How many people match, counting no further than {@code cap}: enough for a pager. */
  long countUpTo(long account, ContactFilter filter, int cap) {
    Query query = query(account, filter);
    return query
        .bind(jdbc.sql("SELECT COUNT(*) FROM (SELECT 1" + query.counted() + " LIMIT :cap) capped"))
        .param("cap", cap)
        .query(Long.class)
        .single();
  }

  List<ContactSummary> deleted(long account, PageRequest page) {
    List<ContactSummary> rows =
        jdbc.sql(
                SELECT_SUMMARIES
                    + """
                     WHERE c.account_id = :account AND c.deleted_at IS NOT NULL
                       AND c.merged_into IS NULL
                     ORDER BY c.deleted_at DESC, c.id
                     LIMIT :limit OFFSET :offset
                    """)
            .param("account", account)
            .param("limit", page.size())
            .param("offset", page.offset())
            .query(ContactRepository::summary)
            .list();
    return withTags(account, rows);
  }

  List<ContactSummary> summariesOf(long account, List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, ContactSummary> rows = new HashMap<>();
    jdbc.sql(SELECT_SUMMARIES + " WHERE c.account_id = :account AND c.id IN (:ids)")
        .param("account", account)
        .param("ids", ids)
        .query(ContactRepository::summary)
        .list()
        .forEach(row -> rows.put(row.id(), row));
    return withTags(account, ids.stream().filter(rows::containsKey).map(rows::get).toList());
  }

  /** People met between two days: by when the user met them, or else when they were added. */
  long countMetBetween(
      long account,
      java.time.LocalDate from,
      java.time.LocalDate until,
      Instant fromInstant,
      Instant untilInstant) {
    return jdbc.sql(
            """
            SELECT COUNT(*) FROM contact
             WHERE account_id = :account AND deleted_at IS NULL
               AND ((known_since >= :from AND known_since < :until)
                 OR (known_since IS NULL AND created_at >= :fromInstant AND created_at < :untilInstant))
            """)
        .param("account", account)
        .param("from", from)
        .param("until", until)
        .param("fromInstant", db.instant(fromInstant))
        .param("untilInstant", db.instant(untilInstant))
        .query(Long.class)
        .single();
  }

  long countDeleted(long account) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM contact WHERE account_id = :account AND deleted_at IS NOT NULL"
                + " AND merged_into IS NULL")
        .param("account", account)
        .query(Long.class)
        .single();
  }

  /**
   * The tags in use, most used first, for the filter on the people list. The few deleted people are
   * looked up once through {@code contact_deleted} rather than every tagged person joined to check
   * they are not deleted (five times faster at 10,000 people, see docs/benchmarks.md).
   */
  List<String> popularTags(long account, int limit) {
    return jdbc.sql(
            """
            SELECT MIN(t.tag) AS tag
              FROM contact_tag t
             WHERE t.account_id = :account
               AND t.contact_id NOT IN (SELECT d.id FROM contact d
                                         WHERE d.account_id = :account AND d.deleted_at IS NOT NULL)
             GROUP BY t.tag_key
             ORDER BY COUNT(*) DESC, t.tag_key
             LIMIT :limit
            """)
        .param("account", account)
        .param("limit", limit)
        .query(String.class)
        .list();
  }

  private static String order(ContactFilter.Sort sort, String byName) {
    return switch (sort) {
      case NAME -> byName;
      case ORGANIZATION -> "o.name_key IS NULL, o.name_key, " + byName;
      case RECENTLY_ADDED -> "c.created_at DESC, c.id DESC";
    };
  }

  /**
   * A filter as SQL; {@code searches} when it has words to search for.
   *
   * @param where the people of the filter, aliased {@code c}
   * @param counted the same people, as the {@code FROM} and {@code WHERE} of a count
   */
  private record Query(String where, String counted, Map<String, Object> params, boolean searches) {
    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
      params.forEach(spec::param);
      return spec;
    }
  }

  private Query query(long account, ContactFilter filter) {
    StringBuilder where =
        new StringBuilder(" WHERE c.account_id = :account AND c.deleted_at IS NULL");
    Map<String, Object> params = new HashMap<>();
    params.put("account", account);
    if (filter.tag() != null) {
      where.append(tagged("c.id"));
      params.put("tag", Text.fold(filter.tag()));
    }
    if (filter.tier() != null) {
      where.append(" AND c.tier = :tier");
      params.put("tier", filter.tier().name());
    }
    List<String> words = searchWords(filter.query());
    if (words.isEmpty()) {
      return new Query(where.toString(), " FROM contact c" + where, params, false);
    }
    if (db.isSqlite()) {
      params.put(
          "match", words.stream().map(w -> "\"" + w + "\"*").collect(Collectors.joining(" ")));
      // A count walks the matches of the search index and looks up each person, stopping at a
      // capped count. Written as IN, SQLite first gathers every match into a list: 5,000 of them
      // for "ma" among 10,000 people, to count to 1,001 (docs/benchmarks.md, finding 40).
      return new Query(
          where
              + " AND c.id IN (SELECT rowid FROM contact_search WHERE contact_search MATCH :match)",
          " FROM contact_search s CROSS JOIN contact c"
              + where
              + " AND s.contact_search MATCH :match AND c.id = s.rowid",
          params,
          true);
    }
    params.put("match", words.stream().map(w -> w + ":*").collect(Collectors.joining(" & ")));
    String matches = "s.account_id = :account AND s.words @@ to_tsquery('simple', :match)";
    where.append(" AND c.id IN (SELECT s.contact_id FROM contact_search s WHERE " + matches + ")");
    if (filter.tier() != null) {
      return new Query(where.toString(), " FROM contact c" + where, params, true);
    }
    // Without a tier to read, a count needs only the index's matches and whether each was deleted,
    // which the small index of deleted people answers: a thousand matches are then not a thousand
    // reads of people's rows (docs/benchmarks.md, finding 46).
    String counted =
        " FROM contact_search s WHERE "
            + matches
            + " AND NOT EXISTS (SELECT 1 FROM contact d WHERE d.account_id = s.account_id"
            + " AND d.id = s.contact_id AND d.deleted_at IS NOT NULL)"
            + (filter.tag() == null ? "" : tagged("s.contact_id"));
    return new Query(where.toString(), counted, params, true);
  }

  /** The filter's tag ({@code :tag}, folded) on the person whose id is {@code person}. */
  private static String tagged(String person) {
    return " AND EXISTS (SELECT 1 FROM contact_tag t WHERE t.account_id = :account"
        + " AND t.contact_id = "
        + person
        + " AND t.tag_key = :tag)";
  }

  static List<String> searchWords(String query) {
    String words = Text.words(query);
    if (words.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(words.split(" ")).distinct().limit(MAX_SEARCH_WORDS).toList();
  }

  /**
   * What a list shows of each person, with their first email address in the same read: a list reads
   * no more columns than it shows (on SQLite each column read costs more than finding the row;
   * docs/benchmarks.md), and no second round trip for the addresses.
   */
  private static final String SELECT_SUMMARIES =
      "SELECT c.id, c.full_name, c.organization_id, o.name AS organization_name, c.title, c.tier,"
          + " (SELECT e.address FROM contact_email e WHERE e.account_id = c.account_id"
          + " AND e.contact_id = c.id AND e.position = 0) AS primary_email"
          + " FROM contact c"
          + ORGANIZATION_JOIN;

  /** A person as a list shows them, from {@link #SELECT_SUMMARIES}; their tags come after. */
  private static ContactSummary summary(ResultSet rs, int row) throws SQLException {
    long organization = rs.getLong("organization_id");
    Long organizationId = rs.wasNull() ? null : organization;
    return new ContactSummary(
        rs.getLong("id"),
        rs.getString("full_name"),
        organizationId,
        rs.getString("organization_name"),
        rs.getString("title"),
        Tier.valueOf(rs.getString("tier")),
        rs.getString("primary_email"),
        List.of());
  }

  private List<ContactSummary> withTags(long account, List<ContactSummary> people) {
    if (people.isEmpty()) {
      return List.of();
    }
    Map<Long, List<String>> tags = tags(account, people.stream().map(ContactSummary::id).toList());
    return people.stream()
        .map(
            p ->
                new ContactSummary(
                    p.id(),
                    p.fullName(),
                    p.organizationId(),
                    p.company(),
                    p.title(),
                    p.tier(),
                    p.primaryEmail(),
                    tags.getOrDefault(p.id(), List.of())))
        .toList();
  }

  /** The next people not deleted after a name (and id), in name order: a slice of an export. */
  List<Long> liveIdsAfter(long account, String afterName, long afterId, int limit) {
    return jdbc.sql(
            """
            SELECT id FROM contact
             WHERE account_id = :account AND deleted_at IS NULL
               AND (sort_name > :name OR (sort_name = :name AND id > :id))
             ORDER BY sort_name, id
             LIMIT :limit
            """)
        .param("account", account)
        .param("name", afterName)
        .param("id", afterId)
        .param("limit", limit)
        .query(Long.class)
        .list();
  }

  /** The most email addresses and phone numbers any person not deleted has. */
  int[] mostDetails(long account) {
    int[] most = new int[2];
    String[] tables = {"contact_email", "contact_phone"};
    for (int i = 0; i < 2; i++) {
      Integer max =
          jdbc.sql(
                  "SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM "
                      + tables[i]
                      + " d JOIN contact c ON c.account_id = d.account_id AND c.id = d.contact_id"
                      + " WHERE d.account_id = :account AND c.deleted_at IS NULL"
                      + " GROUP BY d.contact_id) counted")
              .param("account", account)
              .query(Integer.class)
              .optional()
              .orElse(0);
      most[i] = max == null ? 0 : max;
    }
    return most;
  }

  // ---- child rows, loaded for many people in one query each -----------------------------------

  private Map<Long, List<EmailAddress>> emails(long account, Collection<Long> ids) {
    Map<Long, List<EmailAddress>> result = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT contact_id, address, label FROM contact_email"
                + " WHERE account_id = :account AND contact_id IN (:ids) ORDER BY contact_id, position")
        .param("account", account)
        .param("ids", ids)
        .query(
            rs -> {
              result
                  .computeIfAbsent(rs.getLong("contact_id"), k -> new ArrayList<>())
                  .add(new EmailAddress(rs.getString("address"), rs.getString("label")));
            });
    return result;
  }

  private Map<Long, List<PhoneNumber>> phones(long account, Collection<Long> ids) {
    Map<Long, List<PhoneNumber>> result = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT contact_id, raw, label, e164 FROM contact_phone"
                + " WHERE account_id = :account AND contact_id IN (:ids) ORDER BY contact_id, position")
        .param("account", account)
        .param("ids", ids)
        .query(
            rs -> {
              result
                  .computeIfAbsent(rs.getLong("contact_id"), k -> new ArrayList<>())
                  .add(
                      new PhoneNumber(
                          rs.getString("raw"), rs.getString("label"), rs.getString("e164")));
            });
    return result;
  }

  private Map<Long, List<String>> tags(long account, Collection<Long> ids) {
    Map<Long, List<String>> result = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT contact_id, tag FROM contact_tag"
                + " WHERE account_id = :account AND contact_id IN (:ids) ORDER BY contact_id, tag_key")
        .param("account", account)
        .param("ids", ids)
        .query(
            rs -> {
              result
                  .computeIfAbsent(rs.getLong("contact_id"), k -> new ArrayList<>())
                  .add(rs.getString("tag"));
            });
    return result;
  }

  // ---- writing ---------------------------------------------------------------------------------

  void insert(long account, long id, ContactCommand c, Long organization, Instant now) {
    jdbc.sql(
            """
            INSERT INTO contact
              (account_id, id, full_name, sort_name, organization_id, title, industry, tier,
               cadence_days, linkedin_url, linkedin_key, notes, how_we_met, known_since,
               job_function, seniority, can_hire_or_refer, knows_goal_since, mutual_connections,
               closeness_rating, do_not_contact, birthday, version, created_at, updated_at)
            VALUES
              (:account, :id, :fullName, :sortName, :organization, :title, :industry, :tier,
               :cadenceDays, :linkedinUrl, :linkedinKey, :notes, :howWeMet, :knownSince,
               :jobFunction, :seniority, :canHire, :knowsGoalSince, :mutuals, :closenessRating,
               :doNotContact, :birthday, 1, :now, :now)
            """)
        .param("account", account)
        .param("id", id)
        .param("fullName", c.fullName())
        .param("sortName", Text.fold(c.fullName()))
        .param("organization", organization)
        .param("title", c.title())
        .param("industry", c.industry())
        .param("tier", c.tier().name())
        .param("cadenceDays", c.cadenceDays())
        .param("linkedinUrl", c.linkedinUrl())
        .param("linkedinKey", LinkedInProfiles.key(c.linkedinUrl()))
        .param("notes", c.notes())
        .param("howWeMet", c.howWeMet())
        .param("knownSince", c.knownSince())
        .param("jobFunction", c.career().jobFunction())
        .param("seniority", c.career().seniority() == null ? null : c.career().seniority().name())
        .param("canHire", c.career().canHireOrRefer())
        .param("knowsGoalSince", c.career().knowsGoalSince())
        .param("mutuals", c.career().mutualConnections())
        .param("closenessRating", c.career().closenessRating())
        .param("doNotContact", c.career().doNotContact())
        .param("birthday", c.birthday() == null ? null : c.birthday().toString())
        .param("now", db.instant(now))
        .update();
  }

  /** Saves the edit if nobody saved another since {@code version}; answers whether it did. */
  boolean update(
      long account, long id, int version, ContactCommand c, Long organization, Instant now) {
    return jdbc.sql(
                """
            UPDATE contact
               SET full_name = :fullName, sort_name = :sortName, organization_id = :organization,
                   title = :title, industry = :industry, tier = :tier, cadence_days = :cadenceDays,
                   linkedin_url = :linkedinUrl, linkedin_key = :linkedinKey, notes = :notes,
                   how_we_met = :howWeMet, known_since = :knownSince,
                   job_function = :jobFunction, seniority = :seniority, can_hire_or_refer = :canHire,
                   knows_goal_since = :knowsGoalSince, mutual_connections = :mutuals,
                   closeness_rating = :closenessRating, do_not_contact = :doNotContact,
                   birthday = :birthday, version = version + 1, updated_at = :now
             WHERE account_id = :account AND id = :id AND version = :version AND deleted_at IS NULL
            """)
            .param("account", account)
            .param("id", id)
            .param("version", version)
            .param("fullName", c.fullName())
            .param("sortName", Text.fold(c.fullName()))
            .param("organization", organization)
            .param("title", c.title())
            .param("industry", c.industry())
            .param("tier", c.tier().name())
            .param("cadenceDays", c.cadenceDays())
            .param("linkedinUrl", c.linkedinUrl())
            .param("linkedinKey", LinkedInProfiles.key(c.linkedinUrl()))
            .param("notes", c.notes())
            .param("howWeMet", c.howWeMet())
            .param("knownSince", c.knownSince())
            .param("jobFunction", c.career().jobFunction())
            .param(
                "seniority", c.career().seniority() == null ? null : c.career().seniority().name())
            .param("canHire", c.career().canHireOrRefer())
            .param("knowsGoalSince", c.career().knowsGoalSince())
            .param("mutuals", c.career().mutualConnections())
            .param("closenessRating", c.career().closenessRating())
            .param("doNotContact", c.career().doNotContact())
            .param("birthday", c.birthday() == null ? null : c.birthday().toString())
            .param("now", db.instant(now))
            .update()
        == 1;
  }

  void replaceDetails(long account, long id, ContactCommand c) {
    for (String table : List.of("contact_email", "contact_phone", "contact_tag")) {
      jdbc.sql("DELETE FROM " + table + " WHERE account_id = :account AND contact_id = :id")
          .param("account", account)
          .param("id", id)
          .update();
    }
    for (int i = 0; i < c.emails().size(); i++) {
      EmailAddress email = c.emails().get(i);
      jdbc.sql(
              "INSERT INTO contact_email (account_id, contact_id, position, address, address_key, label)"
                  + " VALUES (:account, :id, :position, :address, :key, :label)")
          .param("account", account)
          .param("id", id)
          .param("position", i)
          .param("address", email.value())
          .param("key", email.key())
          .param("label", email.label())
          .update();
    }
    for (int i = 0; i < c.phones().size(); i++) {
      PhoneNumber phone = c.phones().get(i);
      jdbc.sql(
              "INSERT INTO contact_phone (account_id, contact_id, position, raw, e164, label)"
                  + " VALUES (:account, :id, :position, :raw, :e164, :label)")
          .param("account", account)
          .param("id", id)
          .param("position", i)
          .param("raw", phone.value())
          .param("e164", phone.e164())
          .param("label", phone.label())
          .update();
    }
    for (String tag : c.tags()) {
      jdbc.sql(
              "INSERT INTO contact_tag (account_id, contact_id, tag, tag_key)"
                  + " VALUES (:account, :id, :tag, :key)")
          .param("account", account)
          .param("id", id)
          .param("tag", tag)
          .param("key", Text.fold(tag))
          .update();
    }
  }

  /** Keeps the search index in step with the person: called on every write. */
  void index(long account, long id, String body) {
    if (db.isSqlite()) {
      jdbc.sql("DELETE FROM contact_search WHERE rowid = :id").param("id", id).update();
      jdbc.sql("INSERT INTO contact_search (rowid, body, account_id) VALUES (:id, :body, :account)")
          .param("id", id)
          .param("body", body)
          .param("account", account)
          .update();
    } else {
      jdbc.sql(
              """
              INSERT INTO contact_search (account_id, contact_id, body) VALUES (:account, :id, :body)
              ON CONFLICT (account_id, contact_id) DO UPDATE SET body = EXCLUDED.body
              """)
          .param("account", account)
          .param("id", id)
          .param("body", body)
          .update();
    }
  }

  boolean markDeleted(long account, long id, Instant now) {
    return jdbc.sql(
                "UPDATE contact SET deleted_at = :now, version = version + 1"
                    + " WHERE account_id = :account AND id = :id AND deleted_at IS NULL")
            .param("account", account)
            .param("id", id)
            .param("now", db.instant(now))
            .update()
        == 1;
  }

  boolean restore(long account, long id) {
    return jdbc.sql(
                "UPDATE contact SET deleted_at = NULL, version = version + 1"
                    + " WHERE account_id = :account AND id = :id AND deleted_at IS NOT NULL"
                    + " AND merged_into IS NULL")
            .param("account", account)
            .param("id", id)
            .update()
        == 1;
  }

  /** Removes for good the people deleted before {@code cutoff}; answers how many. */
  int purgeDeletedBefore(Instant cutoff) {
    List<long[]> doomed =
        jdbc.sql("SELECT account_id, id FROM contact WHERE deleted_at < :cutoff")
            .param("cutoff", db.instant(cutoff))
            .query((rs, row) -> new long[] {rs.getLong("account_id"), rs.getLong("id")})
            .list();
    for (long[] key : doomed) {
      if (db.isSqlite()) {
        jdbc.sql("DELETE FROM contact_search WHERE rowid = :id").param("id", key[1]).update();
      }
      jdbc.sql("DELETE FROM contact WHERE account_id = :account AND id = :id")
          .param("account", key[0])
          .param("id", key[1])
          .update();
    }
    return doomed.size();
  }

  // ---- mapping ---------------------------------------------------------------------------------

  private record Row(
      long id,
      String fullName,
      Long organizationId,
      String organizationName,
      String title,
      String industry,
      Tier tier,
      Integer cadenceDays,
      String linkedinUrl,
      String notes,
      String howWeMet,
      java.time.LocalDate knownSince,
      CareerFacts career,
      Birthday birthday,
      int version,
      Instant createdAt,
      Instant updatedAt,
      Instant deletedAt) {

    Contact toContact(List<EmailAddress> emails, List<PhoneNumber> phones, List<String> tags) {
      return new Contact(
          id,
          fullName,
          emails,
          phones,
          linkedinUrl,
          organizationId,
          organizationName,
          title,
          industry,
          tier,
          cadenceDays,
          tags,
          notes,
          howWeMet,
          knownSince,
          career,
          birthday,
          version,
          createdAt,
          updatedAt,
          deletedAt);
    }
  }

  private Row mapRow(ResultSet rs, int row) throws SQLException {
    long organization = rs.getLong("organization_id");
    Long organizationId = rs.wasNull() ? null : organization;
    return new Row(
        rs.getLong("id"),
        rs.getString("full_name"),
        organizationId,
        rs.getString("organization_name"),
        rs.getString("title"),
        rs.getString("industry"),
        Tier.valueOf(rs.getString("tier")),
        Database.integer(rs, "cadence_days"),
        rs.getString("linkedin_url"),
        rs.getString("notes"),
        rs.getString("how_we_met"),
        Database.date(rs, "known_since"),
        new CareerFacts(
            rs.getString("job_function"),
            Seniority.parse(rs.getString("seniority")),
            rs.getBoolean("can_hire_or_refer"),
            Database.date(rs, "knows_goal_since"),
            Database.integer(rs, "mutual_connections"),
            Database.integer(rs, "closeness_rating"),
            rs.getBoolean("do_not_contact")),
        Birthday.parse(rs.getString("birthday")).orElse(null),
        rs.getInt("version"),
        db.instant(rs, "created_at"),
        db.instant(rs, "updated_at"),
        db.instant(rs, "deleted_at"));
  }
}
