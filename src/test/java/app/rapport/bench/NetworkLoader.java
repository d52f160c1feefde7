package app.rapport.bench;

import app.rapport.contacts.ContactCommand;
import app.rapport.contacts.ContactService;
import app.rapport.contacts.EmailAddress;
import app.rapport.contacts.LinkedInProfiles;
import app.rapport.contacts.PhoneNumber;
import app.rapport.keepintouch.KeepInTouchService;
import app.rapport.model.IntroPaths;
import app.rapport.model.ModelParameters;
import app.rapport.model.Overlap;
import app.rapport.platform.Text;
import app.rapport.platform.db.Database;
import app.rapport.platform.db.Ids;
import app.rapport.profile.ProfileCommand;
import app.rapport.profile.ProfileService;
import app.rapport.touchpoints.TouchpointService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a {@link SyntheticNetwork} into an account as fast as the database takes it: JDBC batches
 * straight into the tables, then the search index (with the app's own rule for what it holds), then
 * every relationship recounted by {@link KeepInTouchService#recountAccount}, as after an import, so
 * that Today and the lists read what the app itself would have stored.
 */
public final class NetworkLoader {

  /** Rows per JDBC batch. */
  static final int BATCH = 1_000;

  /** Touchpoints per transaction, so a million do not make one enormous transaction. */
  static final int TOUCHPOINTS_PER_TRANSACTION = 50_000;

  /** What was loaded: the ids given to people and organisations, row counts, and phase times. */
  public record Loaded(
      long account,
      long[] personIds,
      long[] organizationIds,
      Map<String, Long> counts,
      Map<String, Double> seconds) {

    public long heavyId() {
      return personIds[SyntheticNetwork.HEAVY];
    }
  }

  private final DataSource dataSource;
  private final Database db;
  private final TransactionTemplate tx;
  private final KeepInTouchService keepInTouch;
  private final ProfileService profiles;
  private final TouchpointService touchpoints;

  public NetworkLoader(
      DataSource dataSource,
      Database db,
      PlatformTransactionManager transactions,
      KeepInTouchService keepInTouch,
      ProfileService profiles,
      TouchpointService touchpoints) {
    this.dataSource = dataSource;
    this.db = db;
    this.tx = new TransactionTemplate(transactions);
    this.keepInTouch = keepInTouch;
    this.profiles = profiles;
    this.touchpoints = touchpoints;
  }

  public Loaded load(long account, SyntheticNetwork network) {
    Map<String, Long> counts = new LinkedHashMap<>();
    Map<String, Double> seconds = new LinkedHashMap<>();
    Instant now = Instant.now();
    long[] organizationIds = new long[network.organizations().size()];
    long[] personIds = new long[network.people().size()];

    long t0 = System.nanoTime();
    tx.executeWithoutResult(
        status ->
            withConnection(
                c -> {
                  insertOrganizations(c, account, network, organizationIds, now, counts);
                  insertPeople(c, account, network, organizationIds, personIds, now, counts);
                }));
    seconds.put("people", elapsed(t0));

    long t1 = System.nanoTime();
    insertTouchpoints(account, network, personIds, now, counts);
    seconds.put("touchpoints", elapsed(t1));

    long t2 = System.nanoTime();
    loadKnowsLinks(account, network, personIds, counts);
    seconds.put("knows_links", elapsed(t2));

    profiles.saveProfile(
        account,
        profiles.get(account).version(),
        new ProfileCommand(
            List.of("Healthcare"),
            List.of("Finance Director", "Operations Manager"),
            network.targetCompanies().stream().limit(50).toList(),
            true,
            5));

    long t3 = System.nanoTime();
    analyze();
    seconds.put("analyze", elapsed(t3));

    long t4 = System.nanoTime();
    keepInTouch.recountAccount(account);
    touchpoints.recountWeeks(account);
    analyze();
    seconds.put("recount", elapsed(t4));
    return new Loaded(account, personIds, organizationIds, counts, seconds);
  }

  /**
   * What autovacuum would have done on PostgreSQL by the time a real network reached this size:
   * without statistics the planner takes a freshly loaded table for an almost empty one. SQLite has
   * no such daemon and the app runs no ANALYZE, so its statistics are left as a user's would be.
   */
  private void analyze() {
    if (!db.isSqlite()) {
      withAutoCommit("VACUUM ANALYZE");
    }
  }

  /**
   * Who knows whom ({@link SyntheticNetwork#knowsLinks()}: a link row and its two adjacency rows,
   * with the model's strength), then the introduction chains ({@link
   * SyntheticNetwork#introductions()}, each noting a link between the two people unless there is
   * one), and an opportunity for one introduction in four, naming the introducer as its source.
   *
   * @return the knows-links loaded
   */
  long loadKnowsLinks(
      long account, SyntheticNetwork network, long[] personIds, Map<String, Long> counts) {
    IntroPaths paths = new IntroPaths(ModelParameters.defaults());
    Instant now = Instant.now();
    Object at = db.instant(now);
    List<SyntheticNetwork.KnowsPair> pairs = network.knowsLinks();
    java.util.Set<Long> linked = new java.util.HashSet<>();
    int n = network.people().size();
    for (SyntheticNetwork.KnowsPair pair : pairs) {
      linked.add((long) pair.low() * n + pair.high());
    }
    List<SyntheticNetwork.IntroductionEvent> introductions = network.introductions();
    tx.executeWithoutResult(
        status ->
            withConnection(
                c -> {
                  try (PreparedStatement link =
                          c.prepareStatement(
                              "INSERT INTO knows_link (account_id, id, person_id, other_id, how,"
                                  + " overlap, professional, organization_name, source,"
                                  + " introduction_id, strength, version, created_at, updated_at)"
                                  + " VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, 1, ?, ?)");
                      PreparedStatement edge =
                          c.prepareStatement(
                              "INSERT INTO knows_edge (account_id, person_id, other_id, link_id,"
                                  + " overlap, professional, strength)"
                                  + " VALUES (?, ?, ?, ?, ?, ?, ?)");
                      PreparedStatement introduction =
                          c.prepareStatement(
                              "INSERT INTO introduction (account_id, id, introducer_id,"
                                  + " introducer_name, introduced_id, introduced_name, occurred_on,"
                                  + " status, context, version, created_at, updated_at)"
                                  + " VALUES (?, ?, ?, ?, ?, ?, ?, 'MADE', NULL, 1, ?, ?)");
                      PreparedStatement opportunity =
                          c.prepareStatement(
                              "INSERT INTO opportunity (account_id, id, title, organization_name,"
                                  + " stage, furthest_stage, source, opened_on, introduction_id,"
                                  + " version, created_at, updated_at)"
                                  + " VALUES (?, ?, ?, ?, 'LEAD', 'LEAD', 'INTRODUCTION', ?, ?, 1,"
                                  + " ?, ?)");
                      PreparedStatement involved =
                          c.prepareStatement(
                              "INSERT INTO opportunity_person (account_id, opportunity_id,"
                                  + " position, contact_id, full_name, role)"
                                  + " VALUES (?, ?, 0, ?, ?, 'SOURCE')")) {
                    long rows = 0;
                    for (SyntheticNetwork.KnowsPair pair : pairs) {
                      addLink(
                          link,
                          edge,
                          account,
                          personIds[pair.low()],
                          personIds[pair.high()],
                          pair.overlap(),
                          pair.professional(),
                          null,
                          paths,
                          at,
                          rows++);
                    }
                    long opportunities = 0;
                    for (int i = 0; i < introductions.size(); i++) {
                      SyntheticNetwork.IntroductionEvent e = introductions.get(i);
                      long id = Ids.next();
                      String introducer = network.people().get(e.introducer()).command().fullName();
                      introduction.setLong(1, account);
                      introduction.setLong(2, id);
                      introduction.setLong(3, personIds[e.introducer()]);
                      introduction.setString(4, introducer);
                      introduction.setLong(5, personIds[e.introduced()]);
                      introduction.setString(
                          6, network.people().get(e.introduced()).command().fullName());
                      introduction.setObject(7, e.on());
                      introduction.setObject(8, at);
                      introduction.setObject(9, at);
                      add(introduction, i);
                      int low = Math.min(e.introducer(), e.introduced());
                      int high = Math.max(e.introducer(), e.introduced());
                      if (linked.add((long) low * n + high)) {
                        addLink(
                            link,
                            edge,
                            account,
                            personIds[low],
                            personIds[high],
                            Overlap.STATED_ONLY,
                            true,
                            id,
                            paths,
                            at,
                            rows++);
                      }
                      if (i % 4 == 0) {
                        long opportunityId = Ids.next();
                        String company = network.people().get(e.introduced()).command().company();
                        opportunity.setLong(1, account);
                        opportunity.setLong(2, opportunityId);
                        opportunity.setString(
                            3, "Role at " + (company == null ? "a small firm" : company));
                        opportunity.setString(4, company);
                        opportunity.setObject(5, e.on());
                        opportunity.setLong(6, id);
                        opportunity.setObject(7, at);
                        opportunity.setObject(8, at);
                        add(opportunity, opportunities);
                        involved.setLong(1, account);
                        involved.setLong(2, opportunityId);
                        involved.setLong(3, personIds[e.introducer()]);
                        involved.setString(4, introducer);
                        add(involved, opportunities++);
                      }
                    }
                    link.executeBatch();
                    edge.executeBatch();
                    introduction.executeBatch();
                    opportunity.executeBatch();
                    involved.executeBatch();
                    counts.put("knows_links", rows);
                    counts.put("introductions", (long) introductions.size());
                    counts.put("opportunities", opportunities);
                  }
                }));
    return counts.get("knows_links");
  }

  private static void addLink(
      PreparedStatement link,
      PreparedStatement edge,
      long account,
      long one,
      long two,
      Overlap overlap,
      boolean professional,
      Long introductionId,
      IntroPaths paths,
      Object at,
      long rowsSoFar)
      throws SQLException {
    long id = Ids.next();
    long low = Math.min(one, two);
    long high = Math.max(one, two);
    double strength = paths.knows(overlap) * paths.professionalContext(professional);
    String how =
        switch (overlap) {
          case SAME_EMPLOYER_OVER_A_YEAR, SAME_EMPLOYER_UNDER_A_YEAR -> "WORKED_TOGETHER";
          case SAME_SCHOOL -> "STUDIED_TOGETHER";
          case SAME_GROUP -> "SAME_GROUP";
          default -> "OTHER";
        };
    link.setLong(1, account);
    link.setLong(2, id);
    link.setLong(3, low);
    link.setLong(4, high);
    link.setString(5, how);
    link.setString(6, overlap.name());
    link.setBoolean(7, professional);
    link.setString(8, introductionId == null ? "STATED" : "INTRODUCTION");
    if (introductionId == null) {
      link.setNull(9, Types.BIGINT);
    } else {
      link.setLong(9, introductionId);
    }
    link.setDouble(10, strength);
    link.setObject(11, at);
    link.setObject(12, at);
    add(link, rowsSoFar);
    for (long[] direction : new long[][] {{low, high}, {high, low}}) {
      edge.setLong(1, account);
      edge.setLong(2, direction[0]);
      edge.setLong(3, direction[1]);
      edge.setLong(4, id);
      edge.setString(5, overlap.name());
      edge.setBoolean(6, professional);
      edge.setDouble(7, strength);
      edge.addBatch();
    }
    if ((rowsSoFar + 1) % BATCH == 0) {
      edge.executeBatch();
    }
  }

  // ---- organisations and people ----------------------------------------------------------------

  private void insertOrganizations(
      Connection c,
      long account,
      SyntheticNetwork network,
      long[] ids,
      Instant now,
      Map<String, Long> counts)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO organization (account_id, id, name, name_key, website, industry, target,"
                + " notes, version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, NULL, 1, ?, ?)")) {
      Object at = db.instant(now);
      for (int i = 0; i < ids.length; i++) {
        SyntheticNetwork.Organization o = network.organizations().get(i);
        ids[i] = Ids.next();
        ps.setLong(1, account);
        ps.setLong(2, ids[i]);
        ps.setString(3, o.name());
        ps.setString(4, Text.fold(o.name()));
        ps.setString(5, "https://www." + o.domain());
        ps.setString(6, o.industry());
        ps.setBoolean(7, o.target());
        ps.setObject(8, at);
        ps.setObject(9, at);
        add(ps, i);
      }
      ps.executeBatch();
    }
    counts.put("organizations", (long) ids.length);
  }

  private void insertPeople(
      Connection c,
      long account,
      SyntheticNetwork network,
      long[] organizationIds,
      long[] ids,
      Instant now,
      Map<String, Long> counts)
      throws SQLException {
    long emails = 0;
    long phones = 0;
    long tags = 0;
    try (PreparedStatement person =
            c.prepareStatement(
                "INSERT INTO contact (account_id, id, full_name, sort_name, organization_id, title,"
                    + " industry, tier, cadence_days, linkedin_url, linkedin_key, notes, how_we_met,"
                    + " known_since, version, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)");
        PreparedStatement email =
            c.prepareStatement(
                "INSERT INTO contact_email (account_id, contact_id, position, address, address_key,"
                    + " label) VALUES (?, ?, ?, ?, ?, ?)");
        PreparedStatement phone =
            c.prepareStatement(
                "INSERT INTO contact_phone (account_id, contact_id, position, raw, e164, label)"
                    + " VALUES (?, ?, ?, ?, ?, ?)");
        PreparedStatement tag =
            c.prepareStatement(
                "INSERT INTO contact_tag (account_id, contact_id, tag, tag_key) VALUES (?, ?, ?, ?)");
        PreparedStatement search =
            c.prepareStatement(
                db.isSqlite()
                    ? "INSERT INTO contact_search (rowid, body, account_id) VALUES (?, ?, ?)"
                    : "INSERT INTO contact_search (contact_id, body, account_id) VALUES (?, ?, ?)")) {
      int n = ids.length;
      for (int i = 0; i < n; i++) {
        SyntheticNetwork.Person p = network.people().get(i);
        ContactCommand cmd = p.command();
        long id = Ids.next();
        ids[i] = id;
        // Added one after another over the past days, so "recently added" has an order.
        Object created = db.instant(now.minusSeconds(60L * (n - i)));
        person.setLong(1, account);
        person.setLong(2, id);
        person.setString(3, cmd.fullName());
        person.setString(4, Text.fold(cmd.fullName()));
        if (p.organization() < 0) {
          person.setNull(5, Types.BIGINT);
        } else {
          person.setLong(5, organizationIds[p.organization()]);
        }
        person.setString(6, cmd.title());
        person.setString(7, cmd.industry());
        person.setString(8, cmd.tier().name());
        if (cmd.cadenceDays() == null) {
          person.setNull(9, Types.INTEGER);
        } else {
          person.setInt(9, cmd.cadenceDays());
        }
        person.setString(10, cmd.linkedinUrl());
        person.setString(11, LinkedInProfiles.key(cmd.linkedinUrl()));
        person.setString(12, cmd.notes());
        person.setString(13, cmd.howWeMet());
        person.setObject(14, cmd.knownSince());
        person.setObject(15, created);
        person.setObject(16, created);
        person.addBatch();
        for (int e = 0; e < cmd.emails().size(); e++) {
          EmailAddress address = cmd.emails().get(e);
          email.setLong(1, account);
          email.setLong(2, id);
          email.setInt(3, e);
          email.setString(4, address.value());
          email.setString(5, address.key());
          email.setString(6, address.label());
          email.addBatch();
          emails++;
        }
        for (int f = 0; f < cmd.phones().size(); f++) {
          PhoneNumber number = cmd.phones().get(f);
          phone.setLong(1, account);
          phone.setLong(2, id);
          phone.setInt(3, f);
          phone.setString(4, number.value());
          phone.setString(5, number.e164());
          phone.setString(6, number.label());
          phone.addBatch();
          phones++;
        }
        for (String t : cmd.tags()) {
          tag.setLong(1, account);
          tag.setLong(2, id);
          tag.setString(3, t);
          tag.setString(4, Text.fold(t));
          tag.addBatch();
          tags++;
        }
        search.setLong(1, id);
        search.setString(2, ContactService.searchBody(cmd));
        search.setLong(3, account);
        search.addBatch();
        if ((i + 1) % BATCH == 0) {
          flush(person, email, phone, tag, search);
        }
      }
      flush(person, email, phone, tag, search);
    }
    counts.put("people", (long) ids.length);
    counts.put("emails", emails);
    counts.put("phones", phones);
    counts.put("tags", tags);
  }

  // ---- touchpoints -----------------------------------------------------------------------------

  private void insertTouchpoints(
      long account,
      SyntheticNetwork network,
      long[] personIds,
      Instant now,
      Map<String, Long> counts) {
    long[] totals = new long[3];
    TouchpointWriter writer =
        new TouchpointWriter(account, personIds, db.instant(now), network.today(), totals);
    try {
      network.touchpoints(writer::accept);
      writer.commit();
    } finally {
      writer.abandon();
    }
    counts.put("touchpoints", totals[0]);
    counts.put("touchpoint_participants", totals[1]);
    counts.put("follow_ups", totals[2]);
    counts.put("heavy_touchpoints", (long) network.size().heavyTouchpoints());
  }

  /**
   * Writes touchpoints in transactions of {@link #TOUCHPOINTS_PER_TRANSACTION}, each on a
   * connection of its own.
   */
  private final class TouchpointWriter {
    private final long account;
    private final long[] personIds;
    private final Object now;
    private final long[] totals;
    private final LocalDate today;
    private Connection c;
    private PreparedStatement touchpoint;
    private PreparedStatement participant;
    private PreparedStatement followUp;
    private int inTransaction;

    TouchpointWriter(long account, long[] personIds, Object now, LocalDate today, long[] totals) {
      this.account = account;
      this.personIds = personIds;
      this.now = now;
      this.today = today;
      this.totals = totals;
    }

    void accept(SyntheticNetwork.Touchpoint t) {
      try {
        if (c == null) {
          begin();
        }
        long id = Ids.next();
        touchpoint.setLong(1, account);
        touchpoint.setLong(2, id);
        touchpoint.setObject(3, t.occurredOn());
        touchpoint.setString(4, t.channel().name());
        touchpoint.setString(5, t.direction().name());
        touchpoint.setString(6, t.summary());
        touchpoint.setString(7, t.notes());
        touchpoint.setObject(8, now);
        touchpoint.setObject(9, now);
        touchpoint.addBatch();
        totals[0]++;
        for (int person : t.people()) {
          participant.setLong(1, account);
          participant.setLong(2, id);
          participant.setLong(3, personIds[person]);
          participant.setObject(4, t.occurredOn());
          participant.addBatch();
          totals[1]++;
        }
        if (t.followUpOn() != null) {
          boolean open = t.followUpOn().isAfter(today.minusDays(14));
          followUp.setLong(1, account);
          followUp.setLong(2, Ids.next());
          followUp.setLong(3, personIds[t.people()[0]]);
          followUp.setLong(4, id);
          followUp.setObject(5, t.followUpOn());
          followUp.setString(6, t.followUpWhat());
          followUp.setString(7, open ? "OPEN" : "DONE");
          followUp.setObject(8, open ? null : now);
          followUp.setObject(9, now);
          followUp.setObject(10, now);
          followUp.addBatch();
          totals[2]++;
        }
        if (totals[0] % BATCH == 0) {
          flush(touchpoint, participant, followUp);
        }
        if (++inTransaction >= TOUCHPOINTS_PER_TRANSACTION) {
          commit();
        }
      } catch (SQLException e) {
        throw new IllegalStateException("Could not load touchpoints", e);
      }
    }

    private void begin() throws SQLException {
      c = dataSource.getConnection();
      c.setAutoCommit(false);
      touchpoint =
          c.prepareStatement(
              "INSERT INTO touchpoint (account_id, id, occurred_on, channel, direction, summary,"
                  + " notes, source, source_ref, version, created_at, updated_at)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, 'bench', NULL, 1, ?, ?)");
      participant =
          c.prepareStatement(
              "INSERT INTO touchpoint_contact (account_id, touchpoint_id, contact_id, occurred_on)"
                  + " VALUES (?, ?, ?, ?)");
      followUp =
          c.prepareStatement(
              "INSERT INTO follow_up (account_id, id, contact_id, touchpoint_id, due_on, what,"
                  + " status, closed_at, version, created_at, updated_at)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)");
      inTransaction = 0;
    }

    void commit() {
      if (c == null) {
        return;
      }
      try {
        flush(touchpoint, participant, followUp);
        c.commit();
      } catch (SQLException e) {
        throw new IllegalStateException("Could not load touchpoints", e);
      } finally {
        abandon();
      }
    }

    void abandon() {
      if (c != null) {
        try {
          if (!c.getAutoCommit()) {
            c.rollback();
          }
          c.setAutoCommit(true);
          c.close();
        } catch (SQLException ignored) {
          // already failing or already committed; the connection goes back to the pool
        }
        c = null;
      }
    }
  }

  // ---- plumbing --------------------------------------------------------------------------------

  private interface SqlWork {
    void run(Connection c) throws SQLException;
  }

  private void withConnection(SqlWork work) {
    Connection c = DataSourceUtils.getConnection(dataSource);
    try {
      work.run(c);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not load the network", e);
    } finally {
      DataSourceUtils.releaseConnection(c, dataSource);
    }
  }

  private void withAutoCommit(String sql) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not run " + sql, e);
    }
  }

  private static void add(PreparedStatement ps, long rowsSoFar) throws SQLException {
    ps.addBatch();
    if ((rowsSoFar + 1) % BATCH == 0) {
      ps.executeBatch();
    }
  }

  /** Runs the batches parents first: foreign keys are checked as each batch runs. */
  private static void flush(PreparedStatement... statements) throws SQLException {
    for (PreparedStatement statement : statements) {
      statement.executeBatch();
    }
  }

  private static double elapsed(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
