package app.rapport.opportunities;

import app.rapport.introductions.PersonRef;
import app.rapport.model.Channel;
import app.rapport.platform.db.Database;
import app.rapport.platform.db.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OpportunityRepository {

  private static final String SELECT =
      """
      SELECT o.*, COALESCE(g.name, o.organization_name) AS organization_now
        FROM opportunity o
        LEFT JOIN organization g ON g.account_id = o.account_id AND g.id = o.organization_id
      """;

  private final JdbcClient jdbc;
  private final Database db;

  OpportunityRepository(JdbcClient jdbc, Database db) {
    this.jdbc = jdbc;
    this.db = db;
  }

  Optional<Opportunity> find(long account, long id) {
    List<Row> rows =
        jdbc.sql(SELECT + " WHERE o.account_id = :account AND o.id = :id")
            .param("account", account)
            .param("id", id)
            .query(this::map)
            .list();
    return withPeople(account, rows).stream().findFirst();
  }

  /** Live opportunities, most recently changed first, filtered by stage and person. */
  List<Opportunity> list(long account, Stage stage, Long contact, PageRequest page) {
    List<Row> rows =
        jdbc.sql(
                SELECT
                    + where(stage, contact)
                    + " ORDER BY o.updated_at DESC, o.id DESC "
                    + Database.page(page))
            .param("account", account)
            .param("stage", stage == null ? null : stage.name())
            .param("contact", contact)
            .query(this::map)
            .list();
    return withPeople(account, rows);
  }

  long count(long account, Stage stage, Long contact) {
    return jdbc.sql("SELECT COUNT(*) FROM opportunity o" + where(stage, contact))
        .param("account", account)
        .param("stage", stage == null ? null : stage.name())
        .param("contact", contact)
        .query(Long.class)
        .single();
  }

  /** How many live opportunities stand at each stage. */
  Map<Stage, Long> countByStage(long account) {
    Map<Stage, Long> counts = new EnumMap<>(Stage.class);
    jdbc.sql(
            "SELECT stage, COUNT(*) AS n FROM opportunity"
                + " WHERE account_id = :account AND deleted_at IS NULL GROUP BY stage")
        .param("account", account)
        .query(
            rs -> {
              counts.put(Stage.valueOf(rs.getString("stage")), rs.getLong("n"));
            });
    return counts;
  }

  private static String where(Stage stage, Long contact) {
    StringBuilder where =
        new StringBuilder(" WHERE o.account_id = :account AND o.deleted_at IS NULL");
    if (stage != null) {
      where.append(" AND o.stage = :stage");
    }
    if (contact != null) {
      // a person took part: named on the opportunity, or in the introduction that produced it;
      // both found through the person's own index entries, not by scanning every opportunity
      where.append(
          " AND o.id IN (SELECT p.opportunity_id FROM opportunity_person p"
              + " WHERE p.account_id = :account AND p.contact_id = :contact"
              + " UNION SELECT x.id FROM introduction i JOIN opportunity x"
              + " ON x.account_id = i.account_id AND x.introduction_id = i.id"
              + " WHERE i.account_id = :account AND i.deleted_at IS NULL"
              + " AND (i.introducer_id = :contact OR i.introduced_id = :contact))");
    }
    return where.toString();
  }

  List<StageChange> history(long account, long id) {
    return jdbc.sql(
            """
            SELECT * FROM opportunity_stage_change
             WHERE account_id = :account AND opportunity_id = :id
             ORDER BY changed_at, id
            """)
        .param("account", account)
        .param("id", id)
        .query(
            (rs, row) -> {
              String from = rs.getString("from_stage");
              return new StageChange(
                  from == null ? null : Stage.valueOf(from),
                  Stage.valueOf(rs.getString("to_stage")),
                  Database.date(rs, "changed_on"),
                  db.instant(rs, "changed_at"));
            })
        .list();
  }

  /**
   * Counts of live opportunities by one grouping column, furthest stage and whether closed: the
   * insights' raw numbers. {@code column} is one of a fixed few, never user input.
   */
  List<Count> countBy(long account, String column) {
    if (!List.of("source", "tie_strength", "channel").contains(column)) {
      throw new IllegalArgumentException(column);
    }
    return jdbc.sql(
            "SELECT "
                + column
                + " AS grouping, furthest_stage,"
                + " CASE WHEN stage = 'CLOSED' THEN 1 ELSE 0 END AS closed, COUNT(*) AS n"
                + " FROM opportunity WHERE account_id = :account AND deleted_at IS NULL"
                + " GROUP BY "
                + column
                + ", furthest_stage, CASE WHEN stage = 'CLOSED' THEN 1 ELSE 0 END")
        .param("account", account)
        .query(
            (rs, row) ->
                new Count(
                    rs.getString("grouping"),
                    Stage.valueOf(rs.getString("furthest_stage")),
                    rs.getInt("closed") == 1,
                    rs.getLong("n")))
        .list();
  }

  record Count(String grouping, Stage furthest, boolean closed, long n) {}

  // ---- writing ---------------------------------------------------------------------------------

  record Fields(
      String title,
      Long organizationId,
      String organizationName,
      Stage stage,
      Stage furthestStage,
      OpportunitySource source,
      Channel channel,
      LocalDate openedOn,
      String nextStep,
      LocalDate nextStepOn,
      String notes,
      Long introductionId,
      Double originCloseness,
      TieStrength tieStrength) {}

  void insert(long account, long id, Fields f, Instant now) {
    jdbc.sql(
            """
            INSERT INTO opportunity
              (account_id, id, title, organization_id, organization_name, stage, furthest_stage,
               source, channel, opened_on, next_step, next_step_on, notes, introduction_id,
               origin_closeness, tie_strength, version, created_at, updated_at)
            VALUES
              (:account, :id, :title, :organization, :organizationName, :stage, :furthest,
               :source, :channel, :openedOn, :nextStep, :nextStepOn, :notes, :introduction,
               :closeness, :tie, 1, :now, :now)
            """)
        .param("account", account)
        .param("id", id)
        .param("title", f.title())
        .param("organization", f.organizationId())
        .param("organizationName", f.organizationName())
        .param("stage", f.stage().name())
        .param("furthest", f.furthestStage().name())
        .param("source", f.source().name())
        .param("channel", f.channel() == null ? null : f.channel().name())
        .param("openedOn", f.openedOn())
        .param("nextStep", f.nextStep())
        .param("nextStepOn", f.nextStepOn())
        .param("notes", f.notes())
        .param("introduction", f.introductionId())
        .param("closeness", f.originCloseness())
        .param("tie", f.tieStrength() == null ? null : f.tieStrength().name())
        .param("now", db.instant(now))
        .update();
  }

  boolean update(long account, long id, int version, Fields f, Instant now) {
    return jdbc.sql(
                """
            UPDATE opportunity
               SET title = :title, organization_id = :organization,
                   organization_name = :organizationName, stage = :stage,
                   furthest_stage = :furthest, source = :source, channel = :channel,
                   opened_on = :openedOn, next_step = :nextStep, next_step_on = :nextStepOn,
                   notes = :notes, introduction_id = :introduction,
                   origin_closeness = :closeness, tie_strength = :tie,
                   version = version + 1, updated_at = :now
             WHERE account_id = :account AND id = :id AND version = :version
               AND deleted_at IS NULL
            """)
            .param("account", account)
            .param("id", id)
            .param("version", version)
            .param("title", f.title())
            .param("organization", f.organizationId())
            .param("organizationName", f.organizationName())
            .param("stage", f.stage().name())
            .param("furthest", f.furthestStage().name())
            .param("source", f.source().name())
            .param("channel", f.channel() == null ? null : f.channel().name())
            .param("openedOn", f.openedOn())
            .param("nextStep", f.nextStep())
            .param("nextStepOn", f.nextStepOn())
            .param("notes", f.notes())
            .param("introduction", f.introductionId())
            .param("closeness", f.originCloseness())
            .param("tie", f.tieStrength() == null ? null : f.tieStrength().name())
            .param("now", db.instant(now))
            .update()
        == 1;
  }

  /** Moves to another stage if nobody saved a change since {@code version}. */
  boolean moveTo(long account, long id, int version, Stage to, Stage furthest, Instant now) {
    return jdbc.sql(
                """
            UPDATE opportunity
               SET stage = :stage, furthest_stage = :furthest, version = version + 1,
                   updated_at = :now
             WHERE account_id = :account AND id = :id AND version = :version
               AND deleted_at IS NULL
            """)
            .param("account", account)
            .param("id", id)
            .param("version", version)
            .param("stage", to.name())
            .param("furthest", furthest.name())
            .param("now", db.instant(now))
            .update()
        == 1;
  }

  /** Notes the strength of the tie behind an opportunity; not a change the user made. */
  void setTie(long account, long id, Double closeness, TieStrength tie) {
    jdbc.sql(
            "UPDATE opportunity SET origin_closeness = :closeness, tie_strength = :tie"
                + " WHERE account_id = :account AND id = :id")
        .param("account", account)
        .param("id", id)
        .param("closeness", closeness)
        .param("tie", tie == null ? null : tie.name())
        .update();
  }

  void replacePeople(long account, long id, List<PersonRow> people) {
    jdbc.sql("DELETE FROM opportunity_person WHERE account_id = :account AND opportunity_id = :id")
        .param("account", account)
        .param("id", id)
        .update();
    for (int i = 0; i < people.size(); i++) {
      PersonRow p = people.get(i);
      jdbc.sql(
              """
              INSERT INTO opportunity_person
                (account_id, opportunity_id, position, contact_id, full_name, role)
              VALUES (:account, :id, :position, :contact, :name, :role)
              """)
          .param("account", account)
          .param("id", id)
          .param("position", i)
          .param("contact", p.contactId())
          .param("name", p.fullName())
          .param("role", p.role().name())
          .update();
    }
  }

  record PersonRow(long contactId, String fullName, PersonRole role) {}

  void addStageChange(
      long account, long opportunity, long id, Stage from, Stage to, LocalDate on, Instant now) {
    jdbc.sql(
            """
            INSERT INTO opportunity_stage_change
              (account_id, opportunity_id, id, from_stage, to_stage, changed_on, changed_at)
            VALUES (:account, :opportunity, :id, :from, :to, :on, :now)
            """)
        .param("account", account)
        .param("opportunity", opportunity)
        .param("id", id)
        .param("from", from == null ? null : from.name())
        .param("to", to.name())
        .param("on", on)
        .param("now", db.instant(now))
        .update();
  }

  boolean markDeleted(long account, long id, Instant now) {
    return jdbc.sql(
                "UPDATE opportunity SET deleted_at = :now, version = version + 1"
                    + " WHERE account_id = :account AND id = :id AND deleted_at IS NULL")
            .param("account", account)
            .param("id", id)
            .param("now", db.instant(now))
            .update()
        == 1;
  }

  boolean restore(long account, long id) {
    return jdbc.sql(
                "UPDATE opportunity SET deleted_at = NULL, version = version + 1"
                    + " WHERE account_id = :account AND id = :id AND deleted_at IS NOT NULL")
            .param("account", account)
            .param("id", id)
            .update()
        == 1;
  }

  /** The opportunities that name one person and do not name another. */
  List<Long> naming(long account, long contact, long notAlso) {
    return jdbc.sql(
            """
            SELECT DISTINCT p.opportunity_id FROM opportunity_person p
             WHERE p.account_id = :account AND p.contact_id = :contact
               AND NOT EXISTS (SELECT 1 FROM opportunity_person q
                                WHERE q.account_id = p.account_id
                                  AND q.opportunity_id = p.opportunity_id
                                  AND q.contact_id = :notAlso)
             ORDER BY p.opportunity_id
            """)
        .param("account", account)
        .param("contact", contact)
        .param("notAlso", notAlso)
        .query(Long.class)
        .list();
  }

  /** In these opportunities, one person's part is another's now (a merge, or its undo). */
  void handOverPerson(long account, Collection<Long> opportunities, long from, long to) {
    if (opportunities.isEmpty()) {
      return;
    }
    jdbc.sql(
            """
            UPDATE opportunity_person SET contact_id = :to
             WHERE account_id = :account AND opportunity_id IN (:ids) AND contact_id = :from
            """)
        .param("account", account)
        .param("ids", opportunities)
        .param("from", from)
        .param("to", to)
        .update();
  }

  // ---- mapping ---------------------------------------------------------------------------------

  private record Row(long id, Opportunity withoutPeople) {}

  /** Loads the people of all these opportunities in one query, as they are now. */
  private List<Opportunity> withPeople(long account, List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> ids = rows.stream().map(Row::id).toList();
    Map<Long, List<Opportunity.Involved>> people = new HashMap<>();
    jdbc.sql(
            """
            SELECT p.opportunity_id, p.contact_id, p.role,
                   COALESCE(c.full_name, p.full_name) AS full_name,
                   CASE WHEN c.id IS NULL OR c.deleted_at IS NOT NULL THEN 1 ELSE 0 END AS removed
              FROM opportunity_person p
              LEFT JOIN contact c ON c.account_id = p.account_id AND c.id = p.contact_id
             WHERE p.account_id = :account AND p.opportunity_id IN (:ids)
             ORDER BY p.opportunity_id, p.position
            """)
        .param("account", account)
        .param("ids", ids)
        .query(
            rs -> {
              people
                  .computeIfAbsent(rs.getLong("opportunity_id"), k -> new ArrayList<>())
                  .add(
                      new Opportunity.Involved(
                          new PersonRef(
                              rs.getLong("contact_id"),
                              rs.getString("full_name"),
                              rs.getInt("removed") == 1),
                          PersonRole.valueOf(rs.getString("role"))));
            });
    Map<Long, Opportunity> byId = new LinkedHashMap<>();
    for (Row row : rows) {
      Opportunity o = row.withoutPeople();
      byId.put(
          row.id(),
          new Opportunity(
              o.id(),
              o.title(),
              o.organizationId(),
              o.organization(),
              o.stage(),
              o.furthestStage(),
              o.source(),
              o.channel(),
              o.openedOn(),
              o.nextStep(),
              o.nextStepOn(),
              o.notes(),
              o.introductionId(),
              o.originCloseness(),
              o.tieStrength(),
              people.getOrDefault(row.id(), List.of()),
              o.version(),
              o.createdAt(),
              o.updatedAt(),
              o.deletedAt()));
    }
    return List.copyOf(byId.values());
  }

  private Row map(ResultSet rs, int row) throws SQLException {
    long organization = rs.getLong("organization_id");
    Long organizationId = rs.wasNull() ? null : organization;
    long introduction = rs.getLong("introduction_id");
    Long introductionId = rs.wasNull() ? null : introduction;
    double closeness = rs.getDouble("origin_closeness");
    Double originCloseness = rs.wasNull() ? null : closeness;
    String channel = rs.getString("channel");
    String tie = rs.getString("tie_strength");
    long id = rs.getLong("id");
    return new Row(
        id,
        new Opportunity(
            id,
            rs.getString("title"),
            organizationId,
            rs.getString("organization_now"),
            Stage.valueOf(rs.getString("stage")),
            Stage.valueOf(rs.getString("furthest_stage")),
            OpportunitySource.valueOf(rs.getString("source")),
            channel == null ? null : Channel.valueOf(channel),
            Database.date(rs, "opened_on"),
            rs.getString("next_step"),
            Database.date(rs, "next_step_on"),
            rs.getString("notes"),
            introductionId,
            originCloseness,
            tie == null ? null : TieStrength.valueOf(tie),
            List.of(),
            rs.getInt("version"),
            db.instant(rs, "created_at"),
            db.instant(rs, "updated_at"),
            db.instant(rs, "deleted_at")));
  }
}
