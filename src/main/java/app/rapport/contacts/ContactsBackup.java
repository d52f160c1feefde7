package app.rapport.contacts;

import app.rapport.backup.BackupReader;
import app.rapport.backup.BackupSection;
import app.rapport.backup.BackupWriter;
import app.rapport.model.Tier;
import app.rapport.platform.Text;
import app.rapport.platform.db.Database;
import app.rapport.platform.db.Ids;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The people in a backup: every field, their email addresses, phone numbers and tags, deleted and
 * merged-away people included (so that undo and the 30 days of "recently deleted" survive a
 * restore). The search index is rebuilt from them; which import added someone is not kept.
 */
@Component
class ContactsBackup implements BackupSection {

  static final int PAGE = 500;

  record Email(String value, String label) {}

  record Phone(String value, String label, String e164) {}

  /** One person in the backup. */
  record Item(
      String id,
      String fullName,
      String organizationId,
      String title,
      String industry,
      Tier tier,
      Integer cadenceDays,
      String linkedinUrl,
      String notes,
      String howWeMet,
      LocalDate knownSince,
      String birthday,
      CareerFacts career,
      List<Email> emails,
      List<Phone> phones,
      List<String> tags,
      List<String> rowKeys,
      String mergedInto,
      int version,
      Instant createdAt,
      Instant updatedAt,
      Instant deletedAt) {}

  private static final String INSERT =
      """
      INSERT INTO contact
        (account_id, id, full_name, sort_name, organization_id, title, industry, tier, cadence_days,
         linkedin_url, linkedin_key, notes, how_we_met, known_since, birthday, job_function,
         seniority, can_hire_or_refer, knows_goal_since, mutual_connections, closeness_rating,
         do_not_contact, merged_into, version, created_at, updated_at, deleted_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """;

  private final ContactRepository contacts;
  private final ContactBatchRepository batches;
  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final Database db;

  ContactsBackup(
      ContactRepository contacts,
      ContactBatchRepository batches,
      JdbcClient jdbc,
      JdbcTemplate template,
      Database db) {
    this.contacts = contacts;
    this.batches = batches;
    this.jdbc = jdbc;
    this.template = template;
    this.db = db;
    this.types = types();
  }

  private final int[] types;

  @Override
  public String name() {
    return "contacts";
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public boolean hasData(long account) {
    return jdbc.sql("SELECT COUNT(*) FROM contact WHERE account_id = :account")
            .param("account", account)
            .query(Long.class)
            .single()
        > 0;
  }

  @Override
  public void write(long account, BackupWriter out) {
    long after = Long.MIN_VALUE;
    while (true) {
      Map<Long, Long> mergedInto = new LinkedHashMap<>();
      jdbc.sql(
              "SELECT id, merged_into FROM contact WHERE account_id = :account AND id > :after"
                  + " ORDER BY id LIMIT :limit")
          .param("account", account)
          .param("after", after)
          .param("limit", PAGE)
          .query(
              rs -> {
                long merged = rs.getLong("merged_into");
                Long into = rs.wasNull() ? null : merged;
                mergedInto.put(rs.getLong("id"), into);
              });
      if (mergedInto.isEmpty()) {
        return;
      }
      Map<Long, List<String>> rowKeys = batches.rowKeys(account, mergedInto.keySet());
      for (Contact c : contacts.findAll(account, List.copyOf(mergedInto.keySet()))) {
        out.write(item(c, mergedInto.get(c.id()), rowKeys.getOrDefault(c.id(), List.of())));
      }
      List<Long> ids = List.copyOf(mergedInto.keySet());
      after = ids.get(ids.size() - 1);
    }
  }

  private static Item item(Contact c, Long mergedInto, List<String> rowKeys) {
    return new Item(
        Ids.format(c.id()),
        c.fullName(),
        c.organizationId() == null ? null : Ids.format(c.organizationId()),
        c.title(),
        c.industry(),
        c.tier(),
        c.cadenceDays(),
        c.linkedinUrl(),
        c.notes(),
        c.howWeMet(),
        c.knownSince(),
        c.birthday() == null ? null : c.birthday().toString(),
        c.career(),
        c.emails().stream().map(e -> new Email(e.value(), e.label())).toList(),
        c.phones().stream().map(p -> new Phone(p.value(), p.label(), p.e164())).toList(),
        c.tags(),
        rowKeys,
        mergedInto == null ? null : Ids.format(mergedInto),
        c.version(),
        c.createdAt(),
        c.updatedAt(),
        c.deletedAt());
  }

  @Override
  public void restore(long account, BackupReader in) {
    in.read(Item.class, PAGE, items -> restoreAll(account, items));
  }

  private void restoreAll(long account, List<Item> items) {
    List<Object[]> rows = new ArrayList<>(items.size());
    List<Object[]> emails = new ArrayList<>();
    List<Object[]> phones = new ArrayList<>();
    List<Object[]> tags = new ArrayList<>();
    List<Long> ids = new ArrayList<>(items.size());
    List<Object[]> rowKeys = new ArrayList<>();
    for (Item c : items) {
      long id = Ids.parse(c.id()).orElseThrow();
      CareerFacts career = c.career() == null ? CareerFacts.none() : c.career();
      rows.add(
          new Object[] {
            account,
            id,
            c.fullName(),
            Text.fold(c.fullName()),
            c.organizationId() == null ? null : Ids.parse(c.organizationId()).orElseThrow(),
            c.title(),
            c.industry(),
            (c.tier() == null ? Tier.NETWORK : c.tier()).name(),
            c.cadenceDays(),
            c.linkedinUrl(),
            LinkedInProfiles.key(c.linkedinUrl()),
            c.notes(),
            c.howWeMet(),
            c.knownSince(),
            c.birthday(),
            career.jobFunction(),
            career.seniority() == null ? null : career.seniority().name(),
            career.canHireOrRefer(),
            career.knowsGoalSince(),
            career.mutualConnections(),
            career.closenessRating(),
            career.doNotContact(),
            c.mergedInto() == null ? null : Ids.parse(c.mergedInto()).orElseThrow(),
            c.version(),
            db.instant(c.createdAt()),
            db.instant(c.updatedAt()),
            db.instant(c.deletedAt())
          });
      ContactCommand details =
          new ContactCommand(
              c.fullName(),
              c.emails() == null
                  ? List.of()
                  : c.emails().stream().map(e -> new EmailAddress(e.value(), e.label())).toList(),
              c.phones() == null
                  ? List.of()
                  : c.phones().stream()
                      .map(p -> new PhoneNumber(p.value(), p.label(), p.e164()))
                      .toList(),
              c.linkedinUrl(),
              null,
              c.title(),
              c.industry(),
              c.tier(),
              c.tags(),
              c.notes(),
              c.howWeMet(),
              c.knownSince(),
              c.cadenceDays());
      ContactBatchRepository.addDetails(account, id, details, 0, 0, emails, phones, tags);
      ids.add(id);
      if (c.rowKeys() != null) {
        c.rowKeys().forEach(key -> rowKeys.add(new Object[] {account, key, id}));
      }
    }
    template.batchUpdate(INSERT, rows, types);
    batches.insertDetails(emails, phones, tags);
    batches.insertRowKeys(rowKeys);
    Map<Long, String> bodies = new HashMap<>();
    for (Contact c : contacts.findAll(account, ids)) {
      bodies.put(c.id(), ContactService.searchBody(c.toCommand()));
    }
    batches.indexAll(account, bodies, false);
  }

  private int[] types() {
    return new int[] {
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
      Types.INTEGER,
      db.instantSqlType(),
      db.instantSqlType(),
      db.instantSqlType()
    };
  }
}
