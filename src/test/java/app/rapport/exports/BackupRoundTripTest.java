package app.rapport.exports;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.backup.BackupService;
import app.rapport.contacts.Birthday;
import app.rapport.contacts.CareerFacts;
import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactCommand;
import app.rapport.contacts.ContactFilter;
import app.rapport.contacts.ContactService;
import app.rapport.contacts.EmailAddress;
import app.rapport.contacts.MergeChoices;
import app.rapport.contacts.PhoneNumber;
import app.rapport.contacts.Seniority;
import app.rapport.goals.Goal;
import app.rapport.goals.GoalCommand;
import app.rapport.goals.GoalService;
import app.rapport.imports.ImportBatch;
import app.rapport.imports.ImportRequest;
import app.rapport.imports.ImportService;
import app.rapport.imports.ImportStatus;
import app.rapport.introductions.Introduction;
import app.rapport.introductions.IntroductionCommand;
import app.rapport.introductions.IntroductionService;
import app.rapport.introductions.IntroductionStatus;
import app.rapport.introductions.KnowsHow;
import app.rapport.introductions.KnowsLink;
import app.rapport.introductions.KnowsLinkCommand;
import app.rapport.introductions.KnowsLinkService;
import app.rapport.introductions.PersonInput;
import app.rapport.keepintouch.FollowUp;
import app.rapport.keepintouch.KeepInTouchService;
import app.rapport.model.Channel;
import app.rapport.model.Direction;
import app.rapport.model.GoalKind;
import app.rapport.model.Tier;
import app.rapport.opportunities.Opportunity;
import app.rapport.opportunities.OpportunityCommand;
import app.rapport.opportunities.OpportunityService;
import app.rapport.opportunities.OpportunitySource;
import app.rapport.opportunities.PersonRole;
import app.rapport.opportunities.Stage;
import app.rapport.organizations.Organization;
import app.rapport.organizations.OrganizationCommand;
import app.rapport.organizations.OrganizationService;
import app.rapport.platform.db.Database;
import app.rapport.platform.db.PageRequest;
import app.rapport.profile.ProfileCommand;
import app.rapport.profile.ProfileService;
import app.rapport.reminders.DigestCommand;
import app.rapport.reminders.MailServer;
import app.rapport.reminders.MailServerCommand;
import app.rapport.reminders.RemindersService;
import app.rapport.support.DatabaseTestBase;
import app.rapport.touchpoints.Touchpoint;
import app.rapport.touchpoints.TouchpointCommand;
import app.rapport.touchpoints.TouchpointService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A backup posted back to an empty account restores it exactly: every row of every table, compared
 * column by column, with the keep-in-touch state computed again from what was restored.
 */
class BackupRoundTripTest extends DatabaseTestBase {

  /** Each table and the columns that order its rows; every other column is compared. */
  static final Map<String, String> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put("organization", "id");
    TABLES.put("contact", "id");
    TABLES.put("contact_email", "contact_id, position");
    TABLES.put("contact_phone", "contact_id, position");
    TABLES.put("contact_tag", "contact_id, tag_key");
    TABLES.put("contact_import_key", "row_key");
    TABLES.put("touchpoint", "id");
    TABLES.put("touchpoint_contact", "touchpoint_id, contact_id");
    TABLES.put("follow_up", "id");
    TABLES.put("relationship", "contact_id");
    TABLES.put("revival", "contact_id, revived_on");
    TABLES.put("search_profile", "account_id");
    TABLES.put("duplicate_dismissal", "contact_a, contact_b");
    TABLES.put("contact_merge", "id");
    TABLES.put("touchpoint_week", "week_start, channel");
    TABLES.put("goal", "id");
    TABLES.put("goal_snapshot", "goal_id, week_start");
    TABLES.put("health_snapshot", "week_start");
    TABLES.put("introduction", "id");
    TABLES.put("knows_link", "id");
    TABLES.put("knows_edge", "person_id, other_id");
    TABLES.put("opportunity", "id");
    TABLES.put("opportunity_person", "opportunity_id, position");
    TABLES.put("opportunity_stage_change", "opportunity_id, id");
  }

  /** Settings come back without their secrets: these columns are compared. */
  static final String REMINDER_SETTINGS =
      "SELECT digest_enabled, digest_to, digest_day, digest_hour, time_zone FROM reminder_settings"
          + " WHERE account_id = :account";

  static final String MAIL_SERVER =
      "SELECT host, port, security, username, from_address FROM mail_server"
          + " WHERE account_id = :account";

  @Autowired ContactService contacts;
  @Autowired OrganizationService organizations;
  @Autowired TouchpointService touchpoints;
  @Autowired KeepInTouchService keepInTouch;
  @Autowired ProfileService profiles;
  @Autowired ExportService exports;
  @Autowired BackupService backups;
  @Autowired ImportService imports;
  @Autowired JdbcClient jdbc;
  @Autowired Database db;
  @Autowired GoalService goals;
  @Autowired IntroductionService introductions;
  @Autowired KnowsLinkService knows;
  @Autowired OpportunityService opportunities;
  @Autowired RemindersService reminders;

  private Contact person(String name, String company, Tier tier, String email) {
    return contacts.addContact(
        account.id(),
        new ContactCommand(
            name,
            email == null ? List.of() : List.of(new EmailAddress(email, "personal")),
            List.of(),
            null,
            company,
            null,
            null,
            tier,
            List.of(),
            null,
            null,
            null,
            null));
  }

  /** A network with something in every table and every kind of value. */
  private void aFullNetwork() {
    Organization target =
        organizations.addOrganization(
            account.id(),
            new OrganizationCommand(
                "Northwind Analytics, Inc.",
                "https://northwind.example",
                "Analytics",
                true,
                "Hiring in 2027"));
    Organization gone =
        organizations.addOrganization(
            account.id(), new OrganizationCommand("Defunct Ltd", null, null, false, null));
    organizations.deleteOrganization(account.id(), gone.id());
    profiles.saveProfile(
        account.id(),
        0,
        new ProfileCommand(
            List.of("Analytics"), List.of("Data lead"), List.of(target.name()), true, 5));

    Contact ines =
        contacts.addContact(
            account.id(),
            new ContactCommand(
                "Inés Okafor-Lindqvist",
                List.of(
                    new EmailAddress("ines@northwind.example", "work"),
                    new EmailAddress("ines@mail.example", "personal")),
                List.of(
                    PhoneNumber.of("+44 20 7946 0958", "mobile"),
                    PhoneNumber.of("+1 202 555 0100", "work")),
                "https://www.linkedin.com/in/ines-okafor-l-3b2a91",
                target.name(),
                "Director of People Ops",
                "Analytics",
                Tier.CLOSE,
                List.of("mentor", "former colleague"),
                "Line one\nLine two, with \"quotes\"",
                "At the 2019 summit",
                LocalDate.of(2019, 4, 21),
                45,
                new CareerFacts(
                    "People", Seniority.ABOVE, true, LocalDate.of(2026, 10, 1), 12, 4, false),
                new Birthday(MonthDay.of(3, 15), null)));
    Contact pedro = person("Pedro Ndlovu", "City Power & Light", Tier.ACTIVE, "pedro@mail.example");
    Contact yusuf = person("Yusuf Liu", null, Tier.NETWORK, null);
    Contact deleted = person("Deleted Person", null, Tier.NETWORK, "gone@mail.example");
    contacts.deleteContact(account.id(), deleted.id());
    Contact twin = person("Pedro Ndlovu", null, Tier.NETWORK, "p.ndlovu@mail.example");
    Contact dismissed = person("Yusuf Liu", "Other Co", Tier.NETWORK, null);
    contacts.dismissDuplicate(account.id(), yusuf.id(), dismissed.id());

    LocalDate today = clock.today();
    Touchpoint coffee =
        touchpoints.logTouchpoint(
            account.id(),
            new TouchpointCommand(
                today.minusDays(20),
                Channel.MEAL,
                Direction.MUTUAL,
                List.of(ines.id(), pedro.id()),
                "Coffee",
                "Talked about the data team",
                today.plusDays(7),
                "Send the article"));
    touchpoints.logTouchpoint(
        account.id(),
        new TouchpointCommand(
            today.minusDays(400),
            Channel.EMAIL,
            Direction.INBOUND,
            List.of(twin.id()),
            "Hello",
            null,
            null,
            null));
    Touchpoint removed =
        touchpoints.logTouchpoint(
            account.id(),
            new TouchpointCommand(
                today.minusDays(3),
                Channel.PHONE,
                Direction.OUTBOUND,
                List.of(yusuf.id()),
                "Call",
                null,
                null,
                null));
    touchpoints.deleteTouchpoint(account.id(), removed.id());
    FollowUp done =
        keepInTouch.addFollowUp(account.id(), pedro.id(), null, today.minusDays(2), "Call back");
    keepInTouch.completeFollowUp(account.id(), done.id());
    keepInTouch.snooze(account.id(), yusuf.id(), today.plusDays(30));
    keepInTouch.endRelationship(account.id(), dismissed.id());
    contacts.mergeContacts(account.id(), pedro.id(), null, twin.id(), MergeChoices.none());
    assertThat(coffee.id()).isPositive();

    Goal reconnect =
        goals.setGoal(
            account.id(),
            new GoalCommand(
                GoalKind.TOUCHPOINTS,
                40,
                LocalDate.of(today.getYear(), 1, 1),
                LocalDate.of(today.getYear(), 12, 31),
                "Every Tuesday after coffee, I write to one person"));
    Goal dropped =
        goals.setGoal(
            account.id(),
            new GoalCommand(GoalKind.MEET_NEW, 5, today.minusDays(30), today.plusDays(30), null));
    goals.deleteGoal(account.id(), dropped.id());
    goals.currentGoals(account.id()); // writes this week's progress
    assertThat(reconnect.id()).isPositive();
    jdbc.sql(
            "INSERT INTO health_snapshot (account_id, week_start, ready10, qualifying, activated)"
                + " VALUES (:account, :week, NULL, 3, 1)")
        .param("account", account.id())
        .param("week", today.minusWeeks(1))
        .update();

    Introduction made =
        introductions.recordIntroduction(
            account.id(),
            new IntroductionCommand(
                PersonInput.of(ines.id()),
                PersonInput.of(yusuf.id()),
                today.minusDays(10),
                IntroductionStatus.MADE,
                "Over coffee",
                coffee.id()));
    Introduction asked =
        introductions.askForIntroduction(
            account.id(), pedro.id(), yusuf.id(), "About the analytics team");
    introductions.deleteIntroduction(account.id(), asked.id());
    KnowsLink worked =
        knows.addKnowsLink(
            account.id(),
            new KnowsLinkCommand(
                PersonInput.of(ines.id()),
                PersonInput.of(pedro.id()),
                KnowsHow.WORKED_TOGETHER,
                true,
                "Contoso",
                2012,
                2018,
                "Same team"));
    knows.deleteKnowsLink(account.id(), worked.id());
    knows.addKnowsLink(
        account.id(),
        new KnowsLinkCommand(
            PersonInput.of(pedro.id()),
            PersonInput.of(yusuf.id()),
            KnowsHow.SAME_GROUP,
            false,
            null,
            null,
            null,
            null));
    Opportunity lead =
        opportunities.addOpportunity(
            account.id(),
            new OpportunityCommand(
                "Data lead",
                target.name(),
                Stage.LEAD,
                OpportunitySource.INTRODUCTION,
                Channel.MEAL,
                today.minusDays(5),
                "Send CV",
                today.plusDays(2),
                "Ines said they are hiring",
                made.id(),
                List.of(
                    new OpportunityCommand.Involvement(
                        PersonInput.of(ines.id()), PersonRole.SOURCE),
                    new OpportunityCommand.Involvement(
                        PersonInput.of(yusuf.id()), PersonRole.HIRING_MANAGER))));
    opportunities.moveOpportunity(account.id(), lead.id(), Stage.APPLIED, today.minusDays(1));

    reminders.saveDigestSettings(
        account.id(),
        reminders.digestSettings(account.id()).version(),
        new DigestCommand(true, "me@mail.example", DayOfWeek.TUESDAY, 7, ZoneId.of("Europe/Oslo")));
    reminders.saveMailServer(
        account.id(),
        new MailServerCommand(
            "smtp.mail.example",
            587,
            MailServer.Security.STARTTLS,
            "me",
            "app-password",
            "me@mail.example"));
    // someone imported from a card with nothing to match on but the card itself
    assertThat(
            restore(
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Fourth Coffee\r\nORG:Fourth Coffee\r\nEND:VCARD\r\n"
                        .getBytes(StandardCharsets.UTF_8))
                .created())
        .isEqualTo(1);
  }

  /** Every row of every table of the account, without the account id, in a fixed order. */
  private Map<String, List<Map<String, Object>>> snapshot(long accountId) {
    Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
    TABLES.forEach(
        (table, order) -> {
          List<Map<String, Object>> rows = new ArrayList<>();
          for (Map<String, Object> row :
              jdbc.sql("SELECT * FROM " + table + " WHERE account_id = :account ORDER BY " + order)
                  .param("account", accountId)
                  .query()
                  .listOfRows()) {
            Map<String, Object> copy = new LinkedHashMap<>();
            row.forEach((column, value) -> copy.put(column.toLowerCase(), value));
            copy.remove("account_id");
            copy.remove("import_batch_id");
            // a week whose touchpoints were all removed counts as a week without any
            if (!table.equals("touchpoint_week")
                || ((Number) copy.get("touchpoints")).longValue() != 0) {
              rows.add(copy);
            }
          }
          tables.put(table, rows);
        });
    return tables;
  }

  private Map<String, Object> row(String sql, long accountId) {
    Map<String, Object> copy = new LinkedHashMap<>();
    jdbc.sql(sql)
        .param("account", accountId)
        .query()
        .singleRow()
        .forEach((column, value) -> copy.put(column.toLowerCase(), value));
    return copy;
  }

  private byte[] backup() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exports.writeBackup(account.id(), out);
    return out.toByteArray();
  }

  private ImportBatch restore(byte[] backup) {
    ImportBatch batch =
        imports.upload(
            account.id(),
            "rapport-backup.json",
            new ByteArrayInputStream(backup),
            new ImportRequest(null, false, null, false));
    return imports.await(account.id(), batch.id(), Duration.ofMinutes(1));
  }

  /**
   * The original account makes way, as when a backup is restored on another computer. On SQLite the
   * search index is one table for the whole file, keyed by the person's id alone, so the original
   * people leave it first.
   */
  private void leaveTheSearchIndex(long original) {
    if (db.isSqlite()) {
      jdbc.sql("DELETE FROM contact_search WHERE account_id = :account")
          .param("account", original)
          .update();
    }
  }

  @Test
  void aBackupRestoresEverythingExactlyIntoAnEmptyAccount() {
    aFullNetwork();
    long original = account.id();
    Map<String, List<Map<String, Object>>> before = snapshot(original);
    assertThat(before).allSatisfy((table, rows) -> assertThat(rows).as(table).isNotEmpty());
    Map<String, Object> settingsBefore = row(REMINDER_SETTINGS, original);
    Map<String, Object> serverBefore = row(MAIL_SERVER, original);
    byte[] backup = backup();
    String text = new String(backup, StandardCharsets.UTF_8);
    assertThat(text).startsWith("{\"format\":\"rapport-backup\",\"version\":1,");

    leaveTheSearchIndex(original);
    account.startFresh();
    // the Monday job has written this week's Ready-10 for the new, empty account
    jdbc.sql(
            "INSERT INTO health_snapshot (account_id, week_start, ready10, qualifying, activated)"
                + " VALUES (:account, :week, NULL, 0, 0)")
        .param("account", account.id())
        .param("week", clock.today().with(DayOfWeek.MONDAY))
        .update();
    ImportBatch restored = restore(backup);
    assertThat(restored.status())
        .as(String.valueOf(restored.failure()))
        .isEqualTo(ImportStatus.DONE);
    assertThat(restored.format()).isEqualTo(ImportBatch.BACKUP);
    assertThat(restored.created()).isEqualTo(7);

    Map<String, List<Map<String, Object>>> after = snapshot(account.id());
    before.forEach((table, rows) -> assertThat(after.get(table)).as(table).isEqualTo(rows));
    assertThat(row(REMINDER_SETTINGS, account.id())).isEqualTo(settingsBefore);
    assertThat(row(MAIL_SERVER, account.id())).isEqualTo(serverBefore);
    // the secrets stay behind: a new calendar link, and the password asked for again
    assertThat(reminders.mailServer(account.id()).passwordSaved()).isFalse();
    assertThat(reminders.calendarLink(account.id()).feedUrl())
        .isNotEqualTo(reminders.calendarLink(original).feedUrl());

    // The search index was rebuilt, and the restored account backs up to the same file.
    assertThat(
            contacts
                .list(
                    account.id(),
                    new ContactFilter("northwind", null, null, null),
                    new PageRequest(0, 5))
                .items())
        .extracting(c -> c.fullName())
        .containsExactly("Inés Okafor-Lindqvist");
    String again = new String(backup(), StandardCharsets.UTF_8);
    assertThat(again.replaceAll("\"createdAt\":\"[^\"]*\",\"sections\"", ""))
        .isEqualTo(text.replaceAll("\"createdAt\":\"[^\"]*\",\"sections\"", ""));
  }

  @Test
  void aBackupIsRestoredOnlyIntoAnEmptyAccountAndNothingChanges() {
    aFullNetwork();
    byte[] backup = backup();
    Map<String, List<Map<String, Object>>> before = snapshot(account.id());
    ImportBatch refused = restore(backup);
    assertThat(refused.status()).isEqualTo(ImportStatus.FAILED);
    assertThat(refused.failure()).contains("only into an empty Rapport");
    assertThat(snapshot(account.id())).isEqualTo(before);
  }

  @Test
  void aBackupFromANewerRapportOrDamagedIsRefusedAndUnknownSectionsAreLeftOut() {
    account.startFresh();
    ImportBatch newer =
        restore(
            "{\"format\":\"rapport-backup\",\"version\":99,\"sections\":{}}"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(newer.failure()).contains("made by a newer Rapport").contains("Update Rapport");

    ImportBatch cut =
        restore(
            "{\"format\":\"rapport-backup\",\"version\":1,\"sections\":{\"contacts\":[{\"id\":"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(cut.status()).isEqualTo(ImportStatus.FAILED);
    assertThat(cut.failure()).contains("could not be read");

    ImportBatch badDate =
        restore(
            ("{\"format\":\"rapport-backup\",\"version\":1,\"sections\":{\"goals\":[{"
                    + "\"id\":\"0AXS3J5Q0T7W2\",\"kind\":\"TOUCHPOINTS\",\"target\":5,"
                    + "\"periodStart\":\"next spring\"}]}}")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(badDate.status()).isEqualTo(ImportStatus.FAILED);
    assertThat(badDate.failure()).contains("goals").contains("periodStart").contains("next spring");

    ImportBatch future =
        restore(
            ("{\"format\":\"rapport-backup\",\"version\":1,\"sections\":{"
                    + "\"contacts\":[{\"id\":\"0AXS3J5Q0T7W2\",\"fullName\":\"Ana Ruiz\",\"tier\":\"CLOSE\","
                    + "\"version\":1,\"createdAt\":\"2026-01-01T00:00:00Z\",\"updatedAt\":\"2026-01-01T00:00:00Z\","
                    + "\"somethingNew\":true}],"
                    + "\"horoscopes\":[{\"sign\":\"Leo\"}]}}")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(future.status()).as(String.valueOf(future.failure())).isEqualTo(ImportStatus.DONE);
    assertThat(future.warnings()).anySatisfy(w -> assertThat(w).contains("horoscopes"));
    assertThat(contacts.list(account.id(), ContactFilter.all(), new PageRequest(0, 5)).items())
        .extracting(c -> c.fullName() + " " + c.tier())
        .containsExactly("Ana Ruiz CLOSE");
  }

  @Test
  void aRefusedBackupSaysWhichItemAndFieldInPlainWords() {
    account.startFresh();
    ImportBatch badTier =
        restore(
            ("{\"format\":\"rapport-backup\",\"version\":1,\"sections\":{"
                    + "\"contacts\":[{\"id\":\"0AXS3J5Q0T7W2\",\"fullName\":\"Ana Ruiz\",\"tier\":\"CLOSE\","
                    + "\"version\":1,\"createdAt\":\"2026-01-01T00:00:00Z\",\"updatedAt\":\"2026-01-01T00:00:00Z\"},"
                    + "{\"id\":\"0AXS3J5Q0T7W3\",\"fullName\":\"Ben\",\"tier\":\"BOGUS\"}]}}")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(badTier.status()).isEqualTo(ImportStatus.FAILED);
    assertThat(badTier.failure())
        .contains("in \"contacts\", item 2")
        .contains("\"tier\"")
        .contains("BOGUS")
        .doesNotContain("app.rapport")
        .doesNotContain("java.")
        .doesNotContain("Enum");

    ImportBatch dangling =
        restore(
            ("{\"format\":\"rapport-backup\",\"version\":1,\"sections\":{"
                    + "\"contacts\":[{\"id\":\"0AXS3J5Q0T7WB\",\"fullName\":\"Ana Ruiz\",\"tier\":\"CLOSE\","
                    + "\"organizationId\":\"0AXS3J5Q0T7W9\","
                    + "\"version\":1,\"createdAt\":\"2026-01-01T00:00:00Z\",\"updatedAt\":\"2026-01-01T00:00:00Z\"}]}}")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(dangling.status()).isEqualTo(ImportStatus.FAILED);
    assertThat(dangling.failure())
        .contains("\"contacts\" do not fit together")
        .contains("nothing was restored");

    ImportBatch zero =
        restore(
            "{\"format\":\"rapport-backup\",\"version\":0,\"sections\":{}}"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(zero.failure()).isEqualTo("This file is not a Rapport backup.");
    assertThat(contacts.list(account.id(), ContactFilter.all(), new PageRequest(0, 5)).items())
        .isEmpty();
  }

  @Test
  void aBackupWhoseKeysWereSortedRestoresAsWritten() {
    // ids differ from the other tests': on SQLite the search index is one table for every account
    account.startFresh();
    ImportBatch sorted =
        restore(
            ("{\"createdAt\":\"2026-01-01T00:00:00Z\",\"format\":\"rapport-backup\",\"sections\":{"
                    + "\"contacts\":[{\"createdAt\":\"2026-01-01T00:00:00Z\",\"fullName\":\"Ana Ruiz\","
                    + "\"id\":\"0AXS3J5Q0T7WC\",\"tier\":\"CLOSE\",\"updatedAt\":\"2026-01-01T00:00:00Z\","
                    + "\"version\":1}]},\"version\":1}")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(sorted.status()).as(String.valueOf(sorted.failure())).isEqualTo(ImportStatus.DONE);
    assertThat(contacts.list(account.id(), ContactFilter.all(), new PageRequest(0, 5)).items())
        .extracting(c -> c.fullName())
        .containsExactly("Ana Ruiz");
  }
}
