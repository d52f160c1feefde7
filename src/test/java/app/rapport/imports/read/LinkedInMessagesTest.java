package app.rapport.imports.read;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Direction;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LinkedIn messages.csv and Invitations.csv, alone and inside the export zip. */
class LinkedInMessagesTest {

  @TempDir Path dir;

  private static Fixtures.Read<ImportedMessage> messages(Path file, AccountOwner owner) {
    try (ImportFile imported = ImportFile.open(file)) {
      return Fixtures.readAll(imported.linkedInMessages(owner));
    }
  }

  @Test
  void findsTheOwnerAsTheOneInEveryConversationAndMarksDirections() {
    Path file = Fixtures.fixture("linkedin/messages.csv");
    try (ImportFile imported = ImportFile.open(file);
        LinkedInMessagesReader reader = imported.linkedInMessages(null)) {
      assertThat(reader.owner())
          .contains(new AccountOwner("Jordan Pike", "https://www.linkedin.com/in/jordanpike"));
      Fixtures.Read<ImportedMessage> read = Fixtures.readAll(reader);

      assertThat(read.report().isComplete()).isTrue();
      assertThat(read.items()).hasSize(76);
      assertThat(read.items().get(0))
          .isEqualTo(
              new ImportedMessage(
                  "2-conv0000==",
                  null,
                  "Martin Fitzgerald",
                  "https://www.linkedin.com/in/martin-fitzgerald-1e65e9",
                  "Jordan Pike",
                  List.of("Jordan Pike"),
                  List.of("https://www.linkedin.com/in/jordanpike"),
                  Instant.parse("2020-11-24T14:17:15Z"),
                  null,
                  "Happy to chat about the role, how about Tuesday?",
                  "INBOX",
                  false,
                  false,
                  Direction.INBOUND,
                  2));
      ImportedMessage sent = read.items().get(2);
      assertThat(sent.fromName()).isEqualTo("Jordan Pike");
      assertThat(sent.direction()).isEqualTo(Direction.OUTBOUND);
      assertThat(sent.content()).isEqualTo("Great to catch up last week.\nLet's stay in touch.");
      assertThat(sent.sourceRow()).isEqualTo(4);
    }
  }

  @Test
  void readsTheNineColumnEraAndFindsTheOwnerByName() {
    try (ImportFile imported =
            ImportFile.open(Fixtures.fixture("linkedin/messages-2022-nine-columns.csv"));
        LinkedInMessagesReader reader = imported.linkedInMessages(null)) {
      assertThat(reader.owner()).contains(new AccountOwner("Jordan Pike", null));
      Fixtures.Read<ImportedMessage> read = Fixtures.readAll(reader);

      assertThat(read.items())
          .extracting(ImportedMessage::direction)
          .containsExactly(
              Direction.INBOUND, Direction.OUTBOUND, Direction.OUTBOUND, Direction.INBOUND);
      ImportedMessage coffee = read.items().get(2);
      assertThat(coffee.to()).isEqualTo("Jane Doe, Ph.D.");
      assertThat(coffee.toNames()).containsExactly("Jane Doe, Ph.D.");
      assertThat(coffee.toProfileUrls()).isEmpty();
      assertThat(coffee.subject()).isEqualTo("Coffee?");
      assertThat(coffee.content()).isEqualTo("Coffee next week?\nTuesday works.");
      assertThat(coffee.folder()).isEqualTo("ARCHIVE");
      assertThat(coffee.sentAt()).isEqualTo(Instant.parse("2022-04-02T18:30:05Z"));
      ImportedMessage sponsored = read.items().get(3);
      assertThat(sponsored.sponsored()).isTrue();
      assertThat(sponsored.fromProfileUrl()).isNull();
      assertThat(read.items().get(0).sponsored()).isFalse();
    }
  }

  @Test
  void readsThe2026QuotedEraWithGroupsDraftsAndABadDate() {
    AccountOwner owner = new AccountOwner(null, "https://www.linkedin.com/in/jordanpike/");
    Fixtures.Read<ImportedMessage> read =
        messages(Fixtures.fixture("linkedin/messages-2026-quoted.csv"), owner);

    assertThat(read.items()).hasSize(3);
    ImportedMessage group = read.items().get(0);
    assertThat(group.conversationTitle()).isEqualTo("Alumni");
    assertThat(group.toNames()).containsExactly("Jane Doe, Ph.D.", "Tom Ray");
    assertThat(group.toProfileUrls())
        .containsExactly(
            "https://www.linkedin.com/in/janedoe", "https://www.linkedin.com/in/tomray");
    assertThat(group.content()).isEqualTo("Hello both,\nmeet each other!");
    assertThat(group.direction()).isEqualTo(Direction.OUTBOUND);
    ImportedMessage reply = read.items().get(1);
    assertThat(reply.direction()).isEqualTo(Direction.INBOUND);
    assertThat(reply.toNames()).containsExactly("Jordan Pike", "Jane Doe, Ph.D.");
    assertThat(read.items().get(2).draft()).isTrue();
    assertThat(read.report().problems())
        .containsExactly(
            new RowProblem(
                5,
                "The date \"not a date\" is not one Rapport can read; the message was skipped."));
  }

  @Test
  void leavesDirectionsOpenWhenTheOwnerCannotBeTold() throws IOException {
    Path file =
        Fixtures.write(
            dir,
            "m.csv",
            "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n"
                + "2-a,,Ann,https://www.linkedin.com/in/ann,Bob,2022-03-01 09:15:00 UTC,,Hi,INBOX\n");

    Fixtures.Read<ImportedMessage> read = messages(file, null);

    assertThat(read.only().direction()).isNull();
    assertThat(read.report().warnings()).containsExactly(LinkedInMessages.OWNER_UNKNOWN);
  }

  @Test
  void aDayThatDoesNotExistIsReportedNotMovedToTheNearestOne() {
    assertThat(LinkedInMessages.instant("2024-02-29 10:00:00 UTC"))
        .isEqualTo(java.time.Instant.parse("2024-02-29T10:00:00Z"));
    assertThat(LinkedInMessages.instant("2024-02-30 10:00:00 UTC")).isNull();
    assertThat(LinkedInMessages.instant("2023-02-29 10:00:00")).isNull();
    assertThat(LinkedInMessages.instant("2024-02-30T10:00:00Z")).isNull();
  }

  @Test
  void readsInvitationsWithUsDatesNarrowSpacesAndIsoDates() {
    try (ImportFile imported = ImportFile.open(Fixtures.fixture("linkedin/Invitations.csv"))) {
      assertThat(imported.detection().formatOrNull()).isEqualTo(ImportFormat.LINKEDIN_INVITATIONS);
      Fixtures.Read<ImportedInvitation> read = Fixtures.readAll(imported.linkedInInvitations());

      assertThat(read.items())
          .containsExactly(
              new ImportedInvitation(
                  "Jordan Pike",
                  "Ines Okafor-Lindqvist",
                  LocalDateTime.of(2026, 1, 29, 14, 37),
                  null,
                  Direction.OUTBOUND,
                  "https://www.linkedin.com/in/jordanpike",
                  "https://www.linkedin.com/in/ines-okafor-l-3b2a91",
                  2),
              new ImportedInvitation(
                  "Sam Lee",
                  "Jordan Pike",
                  LocalDateTime.of(2025, 12, 3, 9, 5),
                  "Hi Jordan, we met at the summit.",
                  Direction.INBOUND,
                  "https://www.linkedin.com/in/samlee",
                  "https://www.linkedin.com/in/jordanpike",
                  3),
              new ImportedInvitation(
                  "Old Friend",
                  "Jordan Pike",
                  LocalDateTime.of(2021, 8, 1, 10, 0),
                  null,
                  Direction.INBOUND,
                  null,
                  null,
                  4));
      assertThat(Fixtures.readAll(imported.people()).report().failure().message())
          .isEqualTo(
              "This file holds LinkedIn invitations (Invitations.csv), not a list of people.");
    }
  }

  private Path exportZip(String... extra) throws IOException {
    Path zip = dir.resolve("Basic_LinkedInDataExport_11-20-2026.zip");
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream entries = new ZipOutputStream(out)) {
      put(entries, "Connections.csv", Fixtures.fixture("linkedin/Connections.csv"));
      put(entries, "messages.csv", Fixtures.fixture("linkedin/messages-2022-nine-columns.csv"));
      put(entries, "Invitations.csv", Fixtures.fixture("linkedin/Invitations.csv"));
      entries.putNextEntry(new ZipEntry("Profile.csv"));
      entries.write("First Name,Last Name,Headline\nJordan,Pike,Recruiter\n".getBytes());
      entries.putNextEntry(new ZipEntry("__MACOSX/._Connections.csv"));
      entries.write(new byte[] {0, 5, 22, 7, 0, 2, 0, 0, 77, 97, 99, 32});
      entries.putNextEntry(new ZipEntry("Rich_Media/"));
      for (String name : extra) {
        entries.putNextEntry(new ZipEntry(name));
        entries.write("x".getBytes());
      }
    }
    return zip;
  }

  private static void put(ZipOutputStream zip, String name, Path file) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(Files.readAllBytes(file));
  }

  @Test
  void readsTheThreeFilesOfALinkedInExportZip() throws IOException {
    Path zip = exportZip();

    Detection detection = FormatDetector.detect(zip);
    assertThat(detection)
        .isEqualTo(
            new Detected(
                ImportFormat.LINKEDIN_EXPORT_ZIP,
                List.of(
                    ImportFormat.LINKEDIN_CONNECTIONS,
                    ImportFormat.LINKEDIN_MESSAGES,
                    ImportFormat.LINKEDIN_INVITATIONS),
                null,
                List.of()));

    try (ImportFile imported = ImportFile.open(zip)) {
      Fixtures.Read<ImportedPerson> people = Fixtures.readAll(imported.people());
      assertThat(people.items()).hasSize(240);
      assertThat(people.items().get(0).fullName()).isEqualTo("Yusuf Liu");
      assertThat(people.report().skippedCount()).isEqualTo(10);

      // The owner comes from the outgoing invitation, with a profile address the messages lack.
      try (LinkedInMessagesReader messages = imported.linkedInMessages(null)) {
        assertThat(messages.owner())
            .contains(new AccountOwner("Jordan Pike", "https://www.linkedin.com/in/jordanpike"));
        assertThat(Fixtures.readAll(messages).items())
            .extracting(ImportedMessage::direction)
            .containsExactly(
                Direction.INBOUND, Direction.OUTBOUND, Direction.OUTBOUND, Direction.INBOUND);
      }
      assertThat(Fixtures.readAll(imported.linkedInInvitations()).items()).hasSize(3);
    }
  }

  @Test
  void readsAZipWithoutInvitationsAndSaysWhatIsMissing() throws IOException {
    Path zip = dir.resolve("export.zip");
    try (ZipOutputStream entries = new ZipOutputStream(Files.newOutputStream(zip))) {
      put(
          entries,
          "linkedin/CONNECTIONS.CSV",
          Fixtures.fixture("linkedin/connections-2020-no-preamble.csv"));
    }
    try (ImportFile imported = ImportFile.open(zip)) {
      assertThat(((Detected) imported.detection()).contents())
          .containsExactly(ImportFormat.LINKEDIN_CONNECTIONS);
      assertThat(Fixtures.readAll(imported.people()).items()).hasSize(3);
      assertThat(Fixtures.readAll(imported.linkedInInvitations()).report().failure())
          .isEqualTo(new ReadFailure("This LinkedIn export holds no Invitations.csv."));
      assertThat(Fixtures.readAll(imported.linkedInMessages(null)).report().failure())
          .isEqualTo(new ReadFailure("This LinkedIn export holds no messages.csv."));
    }
  }
}
