package app.rapport.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactService;
import app.rapport.contacts.EmailAddress;
import app.rapport.contacts.LinkedInProfiles;
import app.rapport.contacts.PhoneNumber;
import app.rapport.imports.read.ColumnMapping;
import app.rapport.imports.read.ImportFile;
import app.rapport.imports.read.ImportReader;
import app.rapport.imports.read.ImportedEmail;
import app.rapport.imports.read.ImportedPerson;
import app.rapport.imports.read.ImportedPhone;
import app.rapport.imports.read.PersonField;
import app.rapport.model.Channel;
import app.rapport.model.Direction;
import app.rapport.platform.Text;
import app.rapport.platform.db.PageRequest;
import app.rapport.support.DatabaseTestBase;
import app.rapport.touchpoints.Touchpoint;
import app.rapport.touchpoints.TouchpointService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every format and era the readers know comes in with every person, name, email address, phone
 * number, organisation, title and date intact, and importing again (or the same people from another
 * source) creates nobody twice.
 */
class ImportFormatsTest extends DatabaseTestBase {

  private static final Pattern EMAIL = Pattern.compile(EmailAddress.WHATWG);

  /** The generic fixture's columns, as the user would choose them on the mapping screen. */
  static final ColumnMapping GENERIC =
      new ColumnMapping(
          List.of(
              PersonField.FULL_NAME,
              PersonField.EMAIL,
              PersonField.PHONE,
              PersonField.PHONE,
              PersonField.COMPANY,
              PersonField.TITLE,
              PersonField.LINKEDIN_URL,
              PersonField.DATE_CONNECTED,
              PersonField.BIRTHDAY,
              PersonField.NOTES));

  @Autowired ImportService imports;
  @Autowired ContactService contacts;
  @Autowired TouchpointService touchpoints;
  @Autowired JdbcClient jdbc;

  @TempDir Path temp;

  private ImportBatch run(String name, byte[] content, ColumnMapping columns) {
    ImportBatch batch =
        imports.upload(
            account.id(),
            name,
            new ByteArrayInputStream(content),
            new ImportRequest(null, false, columns, false));
    ImportBatch done = imports.await(account.id(), batch.id(), Duration.ofMinutes(2));
    assertThat(done.status()).as(name + ": " + done.failure()).isEqualTo(ImportStatus.DONE);
    return done;
  }

  private static List<ImportedPerson> read(Path file, ColumnMapping columns) {
    List<ImportedPerson> people = new ArrayList<>();
    try (ImportFile imported = ImportFile.open(file);
        ImportReader<ImportedPerson> reader =
            columns == null ? imported.people() : imported.people(columns)) {
      for (Optional<ImportedPerson> next = reader.next(); next.isPresent(); next = reader.next()) {
        people.add(next.get());
      }
    }
    return people;
  }

  private long count(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE account_id = :account")
        .param("account", account.id())
        .query(Long.class)
        .single();
  }

  /** The person in Rapport a person of the file became: found by the keys imports match on. */
  private Contact find(ImportedPerson p, Map<Long, Contact> everyone) {
    String linkedIn = LinkedInProfiles.key(p.linkedinUrl());
    for (Contact c : everyone.values()) {
      if (linkedIn != null && linkedIn.equals(LinkedInProfiles.key(c.linkedinUrl()))) {
        return c;
      }
    }
    for (ImportedEmail email : p.emails()) {
      for (Contact c : everyone.values()) {
        if (c.emails().stream().anyMatch(e -> e.key().equals(email.address().toLowerCase()))) {
          return c;
        }
      }
    }
    for (Contact c : everyone.values()) {
      if (c.fullName().equals(p.fullName().strip())) {
        return c;
      }
    }
    return null;
  }

  private Map<Long, Contact> everyone() {
    Map<Long, Contact> all = new LinkedHashMap<>();
    contacts.forEachContact(account.id(), 200, slice -> slice.forEach(c -> all.put(c.id(), c)));
    return all;
  }

  /** Checks that each person of the file is in Rapport with everything the file said. */
  private void assertIntact(List<ImportedPerson> expected, ImportBatch batch) {
    Map<Long, Contact> everyone = everyone();
    Map<Long, ImportedPerson> firstOf = new LinkedHashMap<>();
    for (ImportedPerson p : expected) {
      Contact c = find(p, everyone);
      assertThat(c).as("row " + p.sourceRow() + " " + p.fullName()).isNotNull();
      boolean first = firstOf.putIfAbsent(c.id(), p) == null;
      List<String> keys = c.emails().stream().map(EmailAddress::key).toList();
      for (ImportedEmail email : p.emails()) {
        if (EMAIL.matcher(email.address()).matches()) {
          assertThat(keys).as(p.fullName()).contains(email.address().toLowerCase());
        }
      }
      List<String> raws = c.phones().stream().map(PhoneNumber::value).toList();
      for (ImportedPhone phone : p.phones()) {
        String raw = PeopleImport.unguarded(phone.raw()).strip();
        if (raw.length() <= 40 && raws.size() < 10) {
          assertThat(raws).as(p.fullName()).contains(raw);
        }
      }
      if (first) {
        assertThat(c.fullName()).isEqualTo(p.fullName().strip());
        assertThat(c.company()).as(p.fullName()).isEqualTo(p.organization());
        assertThat(c.title()).as(p.fullName()).isEqualTo(p.title());
        assertThat(c.knownSince()).as(p.fullName()).isEqualTo(p.knownSince());
        if (p.birthday() != null) {
          assertThat(c.birthday().monthDay()).isEqualTo(p.birthday().monthDay());
          assertThat(c.birthday().year()).isEqualTo(p.birthday().year());
        }
        assertThat(c.tags().stream().map(Text::fold).toList())
            .containsAll(p.tags().stream().map(Text::fold).distinct().toList());
      }
    }
    assertThat(batch.created()).isEqualTo(firstOf.size());
    assertThat(everyone).hasSize(firstOf.size());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "linkedin/Connections.csv",
        "linkedin/connections-2020-no-preamble.csv",
        "linkedin/connections-2022-preamble.csv",
        "linkedin/connections-2026-all-quoted.csv",
        "linkedin/connections-excel-resave.csv",
        "linkedin/connections-us-slash-dates.csv",
        "linkedin/connections-eu-semicolons.csv",
        "google/google-contacts.csv",
        "google/google-legacy-utf16.csv",
        "outlook/outlook-contacts.csv",
        "outlook/outlook-desktop-1252.csv",
        "outlook/outlook-com.csv",
        "vcard/v21-quoted-printable.vcf",
        "vcard/apple-v3.vcf",
        "vcard/v4.vcf",
        "vcard/missing-end.vcf",
        "realworld-vcards/John_Doe_ANDROID.vcf",
        "realworld-vcards/John_Doe_BLACK_BERRY.vcf",
        "realworld-vcards/John_Doe_EVOLUTION.vcf",
        "realworld-vcards/John_Doe_GMAIL.vcf",
        "realworld-vcards/John_Doe_IPHONE.vcf",
        "realworld-vcards/John_Doe_LOTUS_NOTES.vcf",
        "realworld-vcards/John_Doe_MAC_ADDRESS_BOOK.vcf",
        "realworld-vcards/John_Doe_MS_OUTLOOK.vcf",
        "realworld-vcards/gmail-list.vcf",
        "realworld-vcards/outlook-2003.vcf",
        "realworld-vcards/outlook-2007.vcf",
        "realworld-vcards/rfc2426-example.vcf",
        "realworld-vcards/rfc6350-example.vcf",
        "realworld-vcards/thunderbird-MoreFunctionsForAddressBook-extension.vcf"
      })
  void everyFormatAndEraComesInWholeAndOnlyOnce(String fixture) {
    List<ImportedPerson> expected = read(ImportFixtures.path(fixture), null);
    assertThat(expected).isNotEmpty();
    ImportBatch batch = run(fixture, ImportFixtures.bytes(fixture), null);
    assertIntact(expected, batch);
    long emails = count("contact_email");
    long phones = count("contact_phone");

    ImportBatch again = run(fixture, ImportFixtures.bytes(fixture), null);
    assertThat(again.created()).isZero();
    assertThat(again.updated()).isZero();
    assertThat(count("contact")).isEqualTo(batch.created());
    assertThat(count("contact_email")).isEqualTo(emails);
    assertThat(count("contact_phone")).isEqualTo(phones);
  }

  @Test
  void aSpreadsheetOfAnotherLayoutComesInThroughItsColumns() {
    List<ImportedPerson> expected = read(ImportFixtures.path("generic/contacts.csv"), GENERIC);
    ImportBatch batch = run("contacts.csv", ImportFixtures.bytes("generic/contacts.csv"), GENERIC);
    assertIntact(expected, batch);
    Contact grace =
        everyone().values().stream()
            .filter(c -> c.fullName().equals("Grace Hopper"))
            .findFirst()
            .orElseThrow();
    assertThat(grace.phones())
        .extracting(PhoneNumber::e164)
        .containsExactly("+12025550199", "+12025550100");
    assertThat(grace.birthday().year()).isEqualTo(1906);
  }

  @Test
  void theLinkedInExportBringsConnectionsAndMessagesAndAgainNothing() {
    ImportBatch batch = run("Basic_LinkedInDataExport.zip", ImportFixtures.linkedInZip(), null);
    assertThat(batch.format()).isEqualTo("LINKEDIN_EXPORT_ZIP");
    assertThat(batch.created()).isEqualTo(240);
    assertThat(batch.touchpoints()).isPositive();
    assertThat(batch.skippedReasons())
        .extracting(SkippedCount::reason)
        .contains("Hidden or closed LinkedIn profiles: LinkedIn gives only the date you connected");

    Contact martin =
        everyone().values().stream()
            .filter(c -> "martin-fitzgerald-1e65e9".equals(LinkedInProfiles.key(c.linkedinUrl())))
            .findFirst()
            .orElseThrow();
    List<Touchpoint> timeline =
        touchpoints.timeline(account.id(), martin.id(), new PageRequest(0, 50)).items();
    assertThat(timeline)
        .isNotEmpty()
        .allSatisfy(t -> assertThat(t.channel()).isEqualTo(Channel.LINKEDIN));
    assertThat(timeline).extracting(Touchpoint::source).containsOnly("linkedin");
    long logged = count("touchpoint");
    assertThat(logged).isEqualTo(batch.touchpoints());

    ImportBatch again = run("Basic_LinkedInDataExport.zip", ImportFixtures.linkedInZip(), null);
    assertThat(again.created()).isZero();
    assertThat(again.updated()).isZero();
    assertThat(again.touchpoints()).isZero();
    assertThat(count("touchpoint")).isEqualTo(logged);

    // messages.csv on its own, later: the same conversations are already there
    ImportBatch messages = run("messages.csv", ImportFixtures.bytes("linkedin/messages.csv"), null);
    assertThat(messages.touchpoints()).isZero();
    assertThat(count("touchpoint")).isEqualTo(logged);
  }

  /**
   * A conversation makes one touchpoint a day, mutual when both wrote that day, with every person
   * of Rapport in it, and an invitation one; drafts, spam, sponsored mail and strangers make none.
   */
  @Test
  void linkedInMessagesAndInvitationsBecomeTouchpointsWithTheirPeople() throws Exception {
    String me = "Jordan Pike,https://www.linkedin.com/in/jordanpike";
    String ana = "Ana Silva,https://www.linkedin.com/in/ana-silva";
    String cy = "Cy Poe,https://www.linkedin.com/in/cy-poe";
    ByteArrayOutputStream export = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(export)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("Connections.csv"));
      zip.write(
          ("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                  + "Ana,Silva,https://www.linkedin.com/in/ana-silva,,Relecloud,Designer,02 Jan 2020\n"
                  + "Ben,Okoro,https://www.linkedin.com/in/ben-okoro,,Fabrikam,Engineer,03 Feb 2021\n"
                  + "Cy,Poe,https://www.linkedin.com/in/cy-poe,,Contoso,Analyst,04 Mar 2022\n")
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new java.util.zip.ZipEntry("messages.csv"));
      zip.write(
          String.join(
                  "\n",
                  "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,"
                      + "RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,"
                      + "IS MESSAGE DRAFT,IS CONVERSATION DRAFT",
                  "2-a==,,"
                      + ana
                      + ","
                      + me
                      + ",2024-05-02 09:00:00 UTC,,Free next week?,INBOX,,No,No",
                  "2-a==,,"
                      + me
                      + ","
                      + ana
                      + ",2024-05-02 11:00:00 UTC,,Tuesday works,INBOX,,No,No",
                  "2-a==,," + me + "," + ana + ",2024-05-09 12:00:00 UTC,,Thank you,INBOX,,No,No",
                  "2-b==,Intro,"
                      + me
                      + ",\"Ana Silva, Ben Okoro\",\"https://www.linkedin.com/in/ana-silva,"
                      + "https://www.linkedin.com/in/ben-okoro\",2024-06-01 10:00:00 UTC,,"
                      + "Meet Ben,INBOX,,No,No",
                  "2-c==,," + me + "," + cy + ",2024-06-03 10:00:00 UTC,,Unsent,INBOX,,Yes,Yes",
                  "2-d==,,Dan Spam,https://www.linkedin.com/in/dan-spam,"
                      + me
                      + ",2024-06-04 10:00:00 UTC,,Buy now,SPAM,,No,No",
                  "2-e==,,Acme Careers,,"
                      + me
                      + ",2024-06-05 10:00:00 UTC,,<p>spinmail offer</p>,INBOX,,No,No",
                  "2-f==,,Eve Stranger,https://www.linkedin.com/in/eve-stranger,"
                      + me
                      + ",2024-06-06 10:00:00 UTC,,Hello,INBOX,,No,No")
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new java.util.zip.ZipEntry("Invitations.csv"));
      zip.write(
          String.join(
                  "\n",
                  "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl",
                  "Jordan Pike,Cy Poe,\"3/4/22, 2:37 PM\",,OUTGOING,"
                      + "https://www.linkedin.com/in/jordanpike,https://www.linkedin.com/in/cy-poe",
                  "Eve Stranger,Jordan Pike,\"3/5/22, 9:05 AM\",Hi,INCOMING,"
                      + "https://www.linkedin.com/in/eve-stranger,"
                      + "https://www.linkedin.com/in/jordanpike")
              .getBytes(StandardCharsets.UTF_8));
    }

    ImportBatch batch = run("export.zip", export.toByteArray(), null);

    assertThat(batch.created()).isEqualTo(3);
    assertThat(batch.touchpoints()).isEqualTo(4);
    assertThat(count("touchpoint")).isEqualTo(4);
    assertThat(batch.skippedReasons())
        .contains(
            new SkippedCount(MessagesImport.DRAFTS, 1),
            new SkippedCount(MessagesImport.SPAM, 1),
            new SkippedCount(MessagesImport.SPONSORED, 1),
            new SkippedCount(MessagesImport.NOBODY, 1),
            new SkippedCount(MessagesImport.INVITATIONS_NOBODY, 1));
    Map<String, Long> ids = new LinkedHashMap<>();
    everyone().values().forEach(c -> ids.put(c.fullName(), c.id()));
    List<Touchpoint> anas =
        touchpoints.timeline(account.id(), ids.get("Ana Silva"), new PageRequest(0, 50)).items();
    assertThat(anas)
        .extracting(Touchpoint::occurredOn, Touchpoint::direction, Touchpoint::channel)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                LocalDate.of(2024, 6, 1), Direction.OUTBOUND, Channel.LINKEDIN),
            org.assertj.core.groups.Tuple.tuple(
                LocalDate.of(2024, 5, 9), Direction.OUTBOUND, Channel.LINKEDIN),
            org.assertj.core.groups.Tuple.tuple(
                LocalDate.of(2024, 5, 2), Direction.MUTUAL, Channel.LINKEDIN));
    assertThat(anas.get(0).people())
        .extracting(Touchpoint.Participant::fullName)
        .containsExactlyInAnyOrder("Ana Silva", "Ben Okoro");
    assertThat(anas.get(2).summary()).isEqualTo("LinkedIn: Free next week?");
    assertThat(
            touchpoints
                .timeline(account.id(), ids.get("Ben Okoro"), new PageRequest(0, 50))
                .items())
        .extracting(Touchpoint::occurredOn)
        .containsExactly(LocalDate.of(2024, 6, 1));
    // Cy's only message was a draft; the invitation to connect is Cy's one touchpoint.
    assertThat(
            touchpoints.timeline(account.id(), ids.get("Cy Poe"), new PageRequest(0, 50)).items())
        .extracting(Touchpoint::occurredOn, Touchpoint::direction, Touchpoint::summary)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                LocalDate.of(2022, 3, 4), Direction.OUTBOUND, "LinkedIn: you asked to connect"));
  }

  @Test
  void overlappingSourcesCreateNobodyTwice() throws Exception {
    ImportBatch google =
        run("google.csv", ImportFixtures.bytes("google/google-contacts.csv"), null);
    long people = count("contact");
    assertThat(people).isEqualTo(google.created());

    // The same people again, from Rapport's own vCard and spreadsheet exports.
    ByteArrayOutputStream vcards = new ByteArrayOutputStream();
    exports.writeVCards(account.id(), vcards);
    ImportBatch fromCards = run("contacts.vcf", vcards.toByteArray(), null);
    assertThat(fromCards.created()).isZero();
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    exports.writeCsv(account.id(), csv);
    ImportBatch fromCsv = run("contacts.csv", csv.toByteArray(), null);
    assertThat(fromCsv.created()).isZero();
    assertThat(fromCsv.updated()).isZero();
    assertThat(count("contact")).isEqualTo(people);

    // An Apple card with the LinkedIn profile of someone already known through an email address.
    Path card = temp.resolve("card.vcf");
    Files.writeString(
        card,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Carol Okafor-Lindqvist\r\nN:Okafor-Lindqvist;Carol;;;\r\n"
            + "EMAIL;type=INTERNET:C0@Mail.Example.com\r\n"
            + "X-SOCIALPROFILE;type=linkedin:https://www.linkedin.com/in/carol-ol\r\n"
            + "END:VCARD\r\n");
    ImportBatch apple = run("card.vcf", Files.readAllBytes(card), null);
    assertThat(apple.created()).isZero();
    assertThat(apple.updated()).isEqualTo(1);
    Contact carol =
        everyone().values().stream()
            .filter(c -> c.fullName().equals("Carol Okafor-Lindqvist"))
            .findFirst()
            .orElseThrow();
    assertThat(carol.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/carol-ol");
    assertThat(carol.emails()).hasSize(1);
  }

  @Autowired app.rapport.exports.ExportService exports;
}
