package app.rapport.keepintouch;

import app.rapport.model.Channel;
import app.rapport.model.ContactChannel;
import app.rapport.model.Direction;
import app.rapport.model.Interaction;
import app.rapport.model.Relevance;
import app.rapport.model.Tier;
import app.rapport.platform.db.Database;
import app.rapport.profile.PersonFacts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RelationshipRepository {

  private static final String SELECT =
      """
      SELECT r.*, c.full_name, c.tier AS contact_tier, c.cadence_days, c.known_since, c.created_at,
             c.title, c.industry, c.job_function, c.seniority, c.can_hire_or_refer, c.how_we_met,
             c.closeness_rating, c.mutual_connections, c.knows_goal_since, c.do_not_contact,
             o.name AS organization_name, o.target AS organization_target
        FROM relationship r
        JOIN contact c ON c.account_id = r.account_id AND c.id = r.contact_id
        LEFT JOIN organization o ON o.account_id = c.account_id AND o.id = c.organization_id
      """;

  /** The columns {@link #standing} reads, of {@code relationship r} joined to {@code contact c}. */
  private static final String STANDING =
      """
      c.known_since, c.created_at, r.last_contact_on, r.last_two_way_on, r.count_12mo,
      r.by_them_12mo, r.channels_12mo, r.depth_12mo, r.trust_base, r.personal_channel,
      r.work_channel, c.closeness_rating, c.mutual_connections
      """;

  /**
   * A person as the plan weighs them among many (the dormant ties, the warm people for the ask):
   * their standing, the counts the reconnect and ask scores use and what relevance is judged on,
   * without the text and the dates only the chosen few need (docs/benchmarks.md, finding 41).
   */
  private static final String SELECT_WEIGHED =
      """
      SELECT r.contact_id, c.tier AS contact_tier, c.cadence_days, r.hours_together,
             r.two_way_12mo, r.in_target, r.at_target_role, c.can_hire_or_refer, c.do_not_contact,
      """
          + STANDING
          + """
            FROM relationship r
            JOIN contact c ON c.account_id = r.account_id AND c.id = r.contact_id
          """;

  /** A person weighed by the plan, read by {@link #SELECT_WEIGHED}. */
  record Weighed(
      long contactId,
      Tier tier,
      Integer cadenceDays,
      Standing standing,
      double hoursTogether,
      int twoWay12mo,
      Relevance relevance,
      boolean doNotContact) {}

  private final JdbcClient jdbc;
  private final org.springframework.jdbc.core.JdbcTemplate template;
  private final Database db;
  private final ZoneId zone;

  RelationshipRepository(
      JdbcClient jdbc,
      org.springframework.jdbc.core.JdbcTemplate template,
      Database db,
      java.time.Clock clock) {
    this.jdbc = jdbc;
    this.template = template;
    this.db = db;
    this.zone = clock.getZone();
  }

  /** The facts the model needs for each person, read in a fixed number of queries. */
  List<RelationshipFacts> facts(long account, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, List<Interaction>> interactions = new HashMap<>();
    jdbc.sql(
            """
            SELECT tc.contact_id, t.occurred_on, t.channel, t.direction
              FROM touchpoint_contact tc
              JOIN touchpoint t ON t.account_id = tc.account_id AND t.id = tc.touchpoint_id
             WHERE tc.account_id = :account AND tc.contact_id IN (:ids) AND t.deleted_at IS NULL
            """)
        .param("account", account)
        .param("ids", ids)
        .query(
            rs -> {
              interactions
                  .computeIfAbsent(rs.getLong("contact_id"), k -> new ArrayList<>())
                  .add(
                      new Interaction(
                          Database.date(rs, "occurred_on"),
                          Channel.valueOf(rs.getString("channel")),
                          Direction.valueOf(rs.getString("direction"))));
            });
    Map<Long, List<String>> emailLabels = new HashMap<>();
    Map<Long, List<String>> phoneLabels = new HashMap<>();
    jdbc.sql(
            """
            SELECT contact_id, 'EMAIL' AS kind, label FROM contact_email
             WHERE account_id = :account AND contact_id IN (:ids)
            UNION ALL
            SELECT contact_id, 'PHONE' AS kind, label FROM contact_phone
             WHERE account_id = :account AND contact_id IN (:ids)
            """)
        .param("account", account)
        .param("ids", ids)
        .query(
            rs -> {
              (("EMAIL".equals(rs.getString("kind"))) ? emailLabels : phoneLabels)
                  .computeIfAbsent(rs.getLong("contact_id"), k -> new ArrayList<>())
                  .add(rs.getString("label"));
            });
    List<RelationshipFacts> facts = new ArrayList<>();
    jdbc.sql(
            """
            SELECT c.id, c.tier, c.cadence_days, c.known_since, c.created_at, c.linkedin_url,
                   c.title, c.industry, c.job_function, c.seniority, c.can_hire_or_refer,
                   c.closeness_rating, c.mutual_connections,
                   o.name AS organization_name, o.target AS organization_target
              FROM contact c
              LEFT JOIN organization o ON o.account_id = c.account_id AND o.id = c.organization_id
             WHERE c.account_id = :account AND c.id IN (:ids)
            """)
        .param("account", account)
        .param("ids", ids)
        .query(
            rs -> {
              long id = rs.getLong("id");
              LocalDate known = Database.date(rs, "known_since");
              if (known == null) {
                known = LocalDate.ofInstant(db.instant(rs, "created_at"), zone);
              }
              List<ContactChannel> ways =
                  NewPerson.channels(
                      emailLabels.getOrDefault(id, List.of()),
                      phoneLabels.getOrDefault(id, List.of()),
                      rs.getString("linkedin_url") != null);
              facts.add(
                  new RelationshipFacts(
                      id,
                      Tier.valueOf(rs.getString("tier")),
                      Database.integer(rs, "cadence_days"),
                      known,
                      ways,
                      interactions.getOrDefault(id, List.of()),
                      personFacts(rs),
                      Database.integer(rs, "closeness_rating"),
                      Database.integer(rs, "mutual_connections")));
            });
    return facts;
  }

  private static final String UPSERT =
      """
      INSERT INTO relationship
        (account_id, contact_id, tier, first_contact_on, last_contact_on, last_two_way_on,
         touchpoint_count, rhythm_days, next_nudge_on, at_risk_on, dormant_on, count_12mo,
         two_way_12mo, by_them_12mo, channels_12mo, depth_12mo, counted_on, hours_together,
         trust_base, reconnect_score, personal_channel, work_channel, relevance, in_target,
         at_target_role, channel_count, revived_on)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (account_id, contact_id) DO UPDATE SET
        tier = EXCLUDED.tier, first_contact_on = EXCLUDED.first_contact_on,
        last_contact_on = EXCLUDED.last_contact_on, last_two_way_on = EXCLUDED.last_two_way_on,
        touchpoint_count = EXCLUDED.touchpoint_count, rhythm_days = EXCLUDED.rhythm_days,
        next_nudge_on = EXCLUDED.next_nudge_on, at_risk_on = EXCLUDED.at_risk_on,
        dormant_on = EXCLUDED.dormant_on,
        count_12mo = EXCLUDED.count_12mo, two_way_12mo = EXCLUDED.two_way_12mo,
        by_them_12mo = EXCLUDED.by_them_12mo, channels_12mo = EXCLUDED.channels_12mo,
        depth_12mo = EXCLUDED.depth_12mo, counted_on = EXCLUDED.counted_on,
        hours_together = EXCLUDED.hours_together, trust_base = EXCLUDED.trust_base,
        reconnect_score = EXCLUDED.reconnect_score,
        personal_channel = EXCLUDED.personal_channel, work_channel = EXCLUDED.work_channel,
        relevance = EXCLUDED.relevance, in_target = EXCLUDED.in_target,
        at_target_role = EXCLUDED.at_target_role, channel_count = EXCLUDED.channel_count,
        revived_on = EXCLUDED.revived_on
      """;

  /**
   * Stores what was computed for many people in three batched statements (the state, then the
   * revivals replaced; people just added have none to replace), leaving alone what the user chose
   * (snooze, skip, ended).
   */
  void saveAll(long account, List<ComputedRelationship> computed, boolean fresh) {
    if (computed.isEmpty()) {
      return;
    }
    List<Object[]> rows = new ArrayList<>(computed.size());
    List<Object[]> keys = new ArrayList<>(computed.size());
    List<Object[]> revivals = new ArrayList<>();
    for (ComputedRelationship r : computed) {
      rows.add(
          new Object[] {
            account,
            r.contactId(),
            r.tier().name(),
            r.firstContactOn(),
            r.lastContactOn(),
            r.lastTwoWayOn(),
            r.touchpointCount(),
            r.rhythmDays(),
            r.nextNudgeOn(),
            r.atRiskOn(),
            r.dormantOn(),
            r.count12mo(),
            r.twoWay12mo(),
            r.byThem12mo(),
            r.channels12mo(),
            r.depth12mo(),
            r.countedOn(),
            r.hoursTogether(),
            r.trustBase(),
            r.reconnectScore(),
            r.personalChannel(),
            r.workChannel(),
            r.relevance(),
            r.inTarget(),
            r.atTargetRole(),
            r.channelCount(),
            r.revivedOn()
          });
      keys.add(new Object[] {account, r.contactId()});
      for (LocalDate day : r.revivals()) {
        revivals.add(new Object[] {account, r.contactId(), day});
      }
    }
    template.batchUpdate(UPSERT, rows, TYPES);
    if (!fresh) {
      template.batchUpdate("DELETE FROM revival WHERE account_id = ? AND contact_id = ?", keys);
    }
    if (!revivals.isEmpty()) {
      template.batchUpdate(
          "INSERT INTO revival (account_id, contact_id, revived_on) VALUES (?, ?, ?)",
          revivals,
          new int[] {java.sql.Types.BIGINT, java.sql.Types.BIGINT, java.sql.Types.DATE});
    }
  }

  /** The column types of {@link #UPSERT}, so that nulls bind without asking the driver. */
  private static final int[] TYPES = {
    java.sql.Types.BIGINT,
    java.sql.Types.BIGINT,
    java.sql.Types.VARCHAR,
    java.sql.Types.DATE,
    java.sql.Types.DATE,
    java.sql.Types.DATE,
    java.sql.Types.INTEGER,
    java.sql.Types.INTEGER,
    java.sql.Types.DATE,
    java.sql.Types.DATE,
    java.sql.Types.DATE,
    java.sql.Types.INTEGER,
    java.sql.Types.INTEGER,
    java.sql.Types.INTEGER,
    java.sql.Types.INTEGER,
    java.sql.Types.DOUBLE,
    java.sql.Types.DATE,
    java.sql.Types.DOUBLE,
    java.sql.Types.DOUBLE,
    java.sql.Types.DOUBLE,
    java.sql.Types.BOOLEAN,
    java.sql.Types.BOOLEAN,
    java.sql.Types.DOUBLE,
    java.sql.Types.BOOLEAN,
    java.sql.Types.BOOLEAN,
    java.sql.Types.INTEGER,
    java.sql.Types.DATE
  };

  /**
   * New relevance for everyone, after the user's targets changed, with its score and its judgements
   * kept on write (in the target field or company, at or above the target role); answers how many.
   */
  int updateRelevance(
      long account,
      java.util.function.Function<PersonFacts, Relevance> judge,
      java.util.function.ToDoubleFunction<Relevance> score) {
    List<Object[]> updates = new ArrayList<>();
    jdbc.sql(
            """
            SELECT c.id, c.title, c.industry, c.job_function, c.seniority, c.can_hire_or_refer,
                   o.name AS organization_name, o.target AS organization_target
              FROM contact c
              LEFT JOIN organization o ON o.account_id = c.account_id AND o.id = c.organization_id
             WHERE c.account_id = :account
            """)
        .param("account", account)
        .query(
            rs -> {
              Relevance judged = judge.apply(personFacts(rs));
              updates.add(
                  new Object[] {
                    score.applyAsDouble(judged),
                    judged.inTargetFieldOrCompany(),
                    judged.statusAtOrAboveTargetRole(),
                    account,
                    rs.getLong("id")
                  });
            });
    for (int from = 0; from < updates.size(); from += 1000) {
      batch(updates.subList(from, Math.min(updates.size(), from + 1000)));
    }
    return updates.size();
  }

  private void batch(List<Object[]> rows) {
    org.springframework.jdbc.core.JdbcTemplate template = this.template;
    template.batchUpdate(
        """
        UPDATE relationship SET relevance = ?, in_target = ?, at_target_role = ?
         WHERE account_id = ? AND contact_id = ?
        """,
        rows);
  }

  Optional<PlanCandidate> candidate(long account, long contact) {
    return jdbc.sql(SELECT + " WHERE r.account_id = :account AND r.contact_id = :contact")
        .param("account", account)
        .param("contact", contact)
        .query(this::map)
        .optional();
  }

  Optional<Relationship> find(long account, long contact) {
    return findAll(account, List.of(contact)).values().stream().findFirst();
  }

  Map<Long, Relationship> findAll(long account, Collection<Long> contacts) {
    Map<Long, Relationship> found = new LinkedHashMap<>();
    if (contacts.isEmpty()) {
      return found;
    }
    jdbc.sql(SELECT + " WHERE r.account_id = :account AND " + db.oneOf("r.contact_id", "ids"))
        .param("account", account)
        .param("ids", db.ids(contacts))
        .query(this::map)
        .list()
        .forEach(r -> found.put(r.relationship().contactId(), r.relationship()));
    return found;
  }

  /**
   * The most overdue people of one tier whose nudge has come, leaving out those the user put off.
   * The limit is written into the statement ({@link Database#limit}): the same at every call.
   */
  List<PlanCandidate> due(long account, Tier tier, LocalDate today, int limit) {
    return jdbc.sql(
            SELECT
                + """
                 WHERE r.account_id = :account AND r.tier = :tier AND r.next_nudge_on <= :today
                   AND r.ended = FALSE AND c.deleted_at IS NULL
                   AND (r.snoozed_until IS NULL OR r.snoozed_until <= :today)
                   AND (r.skipped_until IS NULL OR r.skipped_until < :today)
                 ORDER BY r.next_nudge_on, r.contact_id
                """
                + Database.limit(limit))
        .param("account", account)
        .param("tier", tier.name())
        .param("today", today)
        .query(this::map)
        .list();
  }

  /**
   * Dormant ties in order of the part of their reconnect priority that is stored, leaving out those
   * the user has been in touch with (even without an answer) since {@code quietSince}.
   */
  List<Weighed> dormant(long account, LocalDate today, LocalDate quietSince, int limit) {
    return jdbc.sql(
            SELECT_WEIGHED
                + """
                 WHERE r.account_id = :account AND r.dormant_on IS NOT NULL AND r.dormant_on <= :today
                   AND r.ended = FALSE AND c.deleted_at IS NULL
                   AND (r.last_contact_on IS NULL OR r.last_contact_on < :quietSince)
                   AND (r.snoozed_until IS NULL OR r.snoozed_until <= :today)
                   AND (r.skipped_until IS NULL OR r.skipped_until < :today)
                 ORDER BY r.reconnect_score DESC, r.contact_id
                 LIMIT :limit
                """)
        .param("account", account)
        .param("today", today)
        .param("quietSince", quietSince)
        .param("limit", limit)
        .query(this::weighed)
        .list();
  }

  /** One person as the Ready-10 weighs them: their standing and what relevance is judged on. */
  record ReadyRow(
      long contactId,
      Tier tier,
      Integer cadenceDays,
      LocalDate revivedOn,
      Standing standing,
      Relevance relevance,
      boolean knowsGoal,
      boolean doNotContact) {}

  /**
   * The people the Ready-10 weighs: those relevant to the user's targets, and those trusted or
   * close enough to be near misses, most relevant and trusted first. Only the columns it weighs are
   * read, and no names: on SQLite, reading a column costs more than finding the row, and text costs
   * most (docs/benchmarks.md, findings 26 and 37). The few people shown are named afterwards. The
   * limit is written into the statement ({@link Database#limit}): the same at every call.
   */
  List<ReadyRow> readyCandidates(long account, int limit) {
    return jdbc.sql(
            """
            SELECT r.contact_id, c.tier AS contact_tier, c.cadence_days, r.revived_on,
                   r.in_target, r.at_target_role, c.can_hire_or_refer,
                   c.knows_goal_since IS NOT NULL AS knows_goal, c.do_not_contact,
            """
                + STANDING
                + """
              FROM relationship r
              JOIN contact c ON c.account_id = r.account_id AND c.id = r.contact_id
             WHERE r.account_id = :account AND c.deleted_at IS NULL AND r.ended = FALSE
               AND (r.relevance >= 0.5 OR r.trust_base >= 0.3)
             ORDER BY r.relevance DESC, r.trust_base DESC, r.contact_id DESC
            """
                + Database.limit(limit))
        .param("account", account)
        .query(
            (rs, row) ->
                new ReadyRow(
                    rs.getLong("contact_id"),
                    Tier.valueOf(rs.getString("contact_tier")),
                    Database.integer(rs, "cadence_days"),
                    Database.date(rs, "revived_on"),
                    standing(rs),
                    relevance(rs),
                    rs.getBoolean("knows_goal"),
                    rs.getBoolean("do_not_contact")))
        .list();
  }

  /**
   * The standing of each of these people whose tie has not ended: only the columns closeness and
   * latent trust are reckoned from, for a search that weighs hundreds of people and names a few
   * (docs/benchmarks.md, finding 41).
   */
  Map<Long, Standing> standings(long account, Collection<Long> contacts) {
    Map<Long, Standing> found = new HashMap<>();
    if (contacts.isEmpty()) {
      return found;
    }
    jdbc.sql(
            "SELECT r.contact_id, "
                + STANDING
                + " FROM relationship r"
                + " JOIN contact c ON c.account_id = r.account_id AND c.id = r.contact_id"
                + " WHERE r.account_id = :account AND "
                + db.oneOf("r.contact_id", "ids")
                + " AND r.ended = FALSE")
        .param("account", account)
        .param("ids", db.ids(contacts))
        .query(
            rs -> {
              found.put(rs.getLong("contact_id"), standing(rs));
            });
    return found;
  }

  private Standing standing(ResultSet rs) throws SQLException {
    return new Standing(
        knownSince(rs),
        Database.date(rs, "last_contact_on"),
        Database.date(rs, "last_two_way_on"),
        rs.getInt("count_12mo"),
        rs.getInt("by_them_12mo"),
        rs.getInt("channels_12mo"),
        rs.getDouble("depth_12mo"),
        rs.getDouble("trust_base"),
        rs.getBoolean("personal_channel"),
        rs.getBoolean("work_channel"),
        Database.integer(rs, "closeness_rating"),
        Database.integer(rs, "mutual_connections"));
  }

  /** When the person became known: as the user said, or else the day they were added. */
  private LocalDate knownSince(ResultSet rs) throws SQLException {
    LocalDate known = Database.date(rs, "known_since");
    return known != null ? known : LocalDate.ofInstant(db.instant(rs, "created_at"), zone);
  }

  long countRevivals(long account, LocalDate from, LocalDate until) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM revival WHERE account_id = :account"
                + " AND revived_on >= :from AND revived_on < :until")
        .param("account", account)
        .param("from", from)
        .param("until", until)
        .query(Long.class)
        .single();
  }

  /** Active and Network people, and how many of them can be reached on two or more channels. */
  long[] multiChannel(long account) {
    return jdbc.sql(
            """
            SELECT COUNT(*) AS everyone,
                   SUM(CASE WHEN r.channel_count >= 2 THEN 1 ELSE 0 END) AS multi
              FROM relationship r
              JOIN contact c ON c.account_id = r.account_id AND c.id = r.contact_id
             WHERE r.account_id = :account AND r.tier IN ('ACTIVE', 'NETWORK')
               AND c.deleted_at IS NULL
            """)
        .param("account", account)
        .query((rs, row) -> new long[] {rs.getLong("everyone"), rs.getLong("multi")})
        .single();
  }

  /**
   * The tiers kept at a rhythm, all but the acquaintances, as a list of SQL strings. Written into
   * the statement rather than bound: with the tiers bound, PostgreSQL plans the statement again at
   * every execution; with them written in, it keeps one plan (docs/benchmarks.md, finding 50).
   */
  private static final String RHYTHM_TIERS =
      java.util.Arrays.stream(Tier.values())
          .filter(tier -> tier != Tier.ACQUAINTANCE)
          .map(tier -> "'" + tier.name() + "'")
          .collect(java.util.stream.Collectors.joining(", "));

  /**
   * How many people of each tier are warm, due a nudge, at risk or going dormant today (in that
   * order), counted from the dates kept on write, each person in one state as {@link
   * Relationship#stateOn} reads it. One range of {@code relationship_warmth} per tier with a rhythm
   * (the acquaintances, often half the network, are not read), which holds every column it needs;
   * the few people removed are looked up once through {@code contact_deleted} rather than every
   * person joined to check. Each tier's states are counted in the one pass over its range: grouping
   * by tier and state instead sorted every row by state first.
   */
  Map<Tier, long[]> warmthByTier(long account, LocalDate today) {
    Map<Tier, long[]> counts = new java.util.EnumMap<>(Tier.class);
    jdbc.sql(
            """
            SELECT r.tier,
                   COUNT(*) AS people,
                   COUNT(*) FILTER (WHERE r.dormant_on <= :today) AS dormant,
                   COUNT(*) FILTER (WHERE r.at_risk_on <= :today
                                      AND NOT COALESCE(r.dormant_on <= :today, FALSE)) AS at_risk,
                   COUNT(*) FILTER (WHERE r.next_nudge_on <= :today
                                      AND NOT COALESCE(r.at_risk_on <= :today
                                                       OR r.dormant_on <= :today, FALSE)) AS due
              FROM relationship r
             WHERE r.account_id = :account AND r.tier IN (%s)
               AND r.next_nudge_on IS NOT NULL
               AND r.contact_id NOT IN (SELECT d.id FROM contact d
                                         WHERE d.account_id = :account AND d.deleted_at IS NOT NULL)
             GROUP BY r.tier
            """
                .formatted(RHYTHM_TIERS))
        .param("account", account)
        .param("today", today)
        .query(
            rs -> {
              long dormant = rs.getLong("dormant");
              long atRisk = rs.getLong("at_risk");
              long due = rs.getLong("due");
              counts.put(
                  Tier.valueOf(rs.getString("tier")),
                  new long[] {rs.getLong("people") - due - atRisk - dormant, due, atRisk, dormant});
            });
    return counts;
  }

  /**
   * Warm people who could be asked for an introduction or advice, closest first, read in order from
   * {@code relationship_warm}.
   */
  List<Weighed> warm(long account, LocalDate since, int limit) {
    return jdbc.sql(
            SELECT_WEIGHED
                + """
                 WHERE r.account_id = :account AND r.last_two_way_on >= :since
                   AND r.ended = FALSE AND c.deleted_at IS NULL
                 ORDER BY r.trust_base DESC, r.contact_id
                 LIMIT :limit
                """)
        .param("account", account)
        .param("since", since)
        .param("limit", limit)
        .query(this::weighed)
        .list();
  }

  /**
   * How many people beyond the inner and close circles the user has been in touch with since a day:
   * this week's reach-outs, which the weekly budget counts. The closest people are kept up
   * naturally and do not use it up (§9.4: the budget is for active and network ties).
   *
   * <p>The week's touchpoints are found first, through {@code touchpoint_by_date}, then their
   * people by key. {@code CROSS JOIN} is how SQLite is told that order; with a bound date and no
   * statistics it otherwise walks every participant row of the account (0.5 to 0.8 s at a million
   * touchpoints, see docs/benchmarks.md). PostgreSQL plans it as the inner join it is.
   *
   * <p>The closest people are then left out as a list read once from {@code relationship_warmth}: a
   * few hundred at most, where looking up the tier of each person touched read a relationship row
   * per touchpoint (docs/benchmarks.md, finding 37). They are left out of the distinct people, not
   * of the touchpoints' rows: with the list beside the join, PostgreSQL read every participant row
   * of the account instead.
   */
  long peopleTouchedSince(long account, LocalDate since) {
    return jdbc.sql(
            """
            SELECT COUNT(*)
              FROM (SELECT DISTINCT tc.contact_id
                      FROM touchpoint t
                     CROSS JOIN touchpoint_contact tc
                     WHERE t.account_id = :account AND t.occurred_on >= :since
                       AND t.deleted_at IS NULL
                       AND tc.account_id = t.account_id AND tc.touchpoint_id = t.id) touched
             WHERE touched.contact_id NOT IN (SELECT r.contact_id FROM relationship r
                                               WHERE r.account_id = :account
                                                 AND r.tier IN ('INNER', 'CLOSE'))
            """)
        .param("account", account)
        .param("since", since)
        .query(Long.class)
        .single();
  }

  Optional<String> nameOf(long account, long contact) {
    return jdbc.sql("SELECT full_name FROM contact WHERE account_id = :account AND id = :contact")
        .param("account", account)
        .param("contact", contact)
        .query(String.class)
        .optional();
  }

  boolean snooze(long account, long contact, LocalDate until) {
    return jdbc.sql(
                "UPDATE relationship SET snoozed_until = :until"
                    + " WHERE account_id = :account AND contact_id = :contact")
            .param("account", account)
            .param("contact", contact)
            .param("until", until)
            .update()
        == 1;
  }

  boolean skip(long account, long contact, LocalDate until, String reason) {
    return jdbc.sql(
                "UPDATE relationship SET skipped_until = :until, skip_reason = :reason"
                    + " WHERE account_id = :account AND contact_id = :contact")
            .param("account", account)
            .param("contact", contact)
            .param("until", until)
            .param("reason", reason)
            .update()
        == 1;
  }

  boolean setEnded(long account, long contact, boolean ended) {
    return jdbc.sql(
                "UPDATE relationship SET ended = :ended, snoozed_until = NULL, skipped_until = NULL"
                    + " WHERE account_id = :account AND contact_id = :contact")
            .param("account", account)
            .param("contact", contact)
            .param("ended", ended)
            .update()
        == 1;
  }

  /** Every person of an account, a slice at a time, for a full recount. */
  List<Long> contactIdsAfter(long account, long after, int limit) {
    return jdbc.sql(
            "SELECT id FROM contact WHERE account_id = :account AND id > :after ORDER BY id LIMIT :limit")
        .param("account", account)
        .param("after", after)
        .param("limit", limit)
        .query(Long.class)
        .list();
  }

  /** Accounts with relationships whose twelve-month counts are older than {@code before}. */
  List<Long> accountsCountedBefore(LocalDate before) {
    return jdbc.sql(
            "SELECT DISTINCT account_id FROM relationship WHERE counted_on IS NULL OR counted_on < :before")
        .param("before", before)
        .query(Long.class)
        .list();
  }

  /** Where a person works and how senior they are, as relevance is judged on it. */
  private static PersonFacts personFacts(ResultSet rs) throws SQLException {
    return new PersonFacts(
        rs.getString("industry"),
        rs.getString("job_function"),
        rs.getString("title"),
        rs.getString("organization_name"),
        rs.getBoolean("organization_target"),
        atOrAbove(rs.getString("seniority")),
        rs.getBoolean("can_hire_or_refer"));
  }

  /**
   * A person's relevance as judged on write ({@code r.in_target} and {@code r.at_target_role},
   * judged again whenever the targets, an organisation or the person change) and whether they can
   * hire or refer. Reading these instead of the person's industry, function, organisation and title
   * saves reading text for hundreds of people to show a few (docs/benchmarks.md, findings 37 and
   * 38).
   */
  private static Relevance relevance(ResultSet rs) throws SQLException {
    return new Relevance(
        rs.getBoolean("in_target"),
        rs.getBoolean("at_target_role"),
        rs.getBoolean("can_hire_or_refer"));
  }

  /** Whether a seniority is at or above the target role's level; null when it is not known. */
  private static Boolean atOrAbove(String seniority) {
    return seniority == null ? null : !"BELOW".equals(seniority);
  }

  private PlanCandidate map(ResultSet rs, int row) throws SQLException {
    return new PlanCandidate(
        relationship(rs),
        rs.getString("full_name"),
        rs.getString("title"),
        rs.getString("organization_name"),
        personFacts(rs),
        rs.getString("how_we_met"),
        rs.getString("knows_goal_since") != null,
        rs.getBoolean("do_not_contact"));
  }

  private Weighed weighed(ResultSet rs, int row) throws SQLException {
    return new Weighed(
        rs.getLong("contact_id"),
        Tier.valueOf(rs.getString("contact_tier")),
        Database.integer(rs, "cadence_days"),
        standing(rs),
        rs.getDouble("hours_together"),
        rs.getInt("two_way_12mo"),
        relevance(rs),
        rs.getBoolean("do_not_contact"));
  }

  /** The relationship of a row of {@link #SELECT}. */
  private Relationship relationship(ResultSet rs) throws SQLException {
    return new Relationship(
        rs.getLong("contact_id"),
        Tier.valueOf(rs.getString("contact_tier")),
        Database.integer(rs, "cadence_days"),
        knownSince(rs),
        Database.date(rs, "first_contact_on"),
        Database.date(rs, "last_contact_on"),
        Database.date(rs, "last_two_way_on"),
        rs.getInt("touchpoint_count"),
        Database.integer(rs, "rhythm_days"),
        Database.date(rs, "next_nudge_on"),
        Database.date(rs, "at_risk_on"),
        Database.date(rs, "dormant_on"),
        rs.getInt("count_12mo"),
        rs.getInt("two_way_12mo"),
        rs.getInt("by_them_12mo"),
        rs.getInt("channels_12mo"),
        rs.getDouble("depth_12mo"),
        rs.getDouble("hours_together"),
        rs.getDouble("trust_base"),
        rs.getBoolean("personal_channel"),
        rs.getBoolean("work_channel"),
        rs.getDouble("relevance"),
        rs.getBoolean("in_target"),
        rs.getBoolean("at_target_role"),
        rs.getInt("channel_count"),
        Database.date(rs, "revived_on"),
        Database.integer(rs, "closeness_rating"),
        Database.integer(rs, "mutual_connections"),
        Database.date(rs, "snoozed_until"),
        Database.date(rs, "skipped_until"),
        rs.getString("skip_reason"),
        rs.getBoolean("ended"));
  }
}
