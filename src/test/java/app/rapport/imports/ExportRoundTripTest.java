package app.rapport.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.contacts.CareerFacts;
import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactCommand;
import app.rapport.contacts.ContactFilter;
import app.rapport.contacts.ContactService;
import app.rapport.contacts.EmailAddress;
import app.rapport.exports.ExportService;
import app.rapport.model.Tier;
import app.rapport.platform.db.PageRequest;
import app.rapport.support.DatabaseTestBase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rapport's own exports imported again: into the same account they change nobody; into an empty one
 * they bring back each person's notes and how the user met them, each in its own field.
 */
class ExportRoundTripTest extends DatabaseTestBase {

  @Autowired ImportService imports;
  @Autowired ExportService exports;
  @Autowired ContactService contacts;

  /** Someone at Contoso; with no email address (null), they have no key but the vCard's UID. */
  private void person(String name, String email, String notes, String howWeMet) {
    contacts.addContact(
        account.id(),
        new ContactCommand(
            name,
            email == null ? List.of() : List.of(new EmailAddress(email, "work")),
            List.of(),
            null,
            "Contoso",
            null,
            null,
            Tier.NETWORK,
            List.of(),
            notes,
            howWeMet,
            null,
            null,
            CareerFacts.none(),
            null));
  }

  private void threePeople() {
    person("Ana Ruiz", "ana@contoso.example", "Line one\nLine two", "Our children were at school");
    person("Bob Stone", "bob@contoso.example", null, "At the 2019 conference");
    person("Cleo Park", "cleo@contoso.example", "Only notes", null);
  }

  /** Both contact exports of the account as it is, by file name. */
  private Map<String, byte[]> exported() {
    Map<String, byte[]> files = new java.util.LinkedHashMap<>();
    for (var export :
        Map.<String, BiConsumer<Long, ByteArrayOutputStream>>of(
                "contacts.vcf", exports::writeVCards, "contacts.csv", exports::writeCsv)
            .entrySet()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      export.getValue().accept(account.id(), out);
      files.put(export.getKey(), out.toByteArray());
    }
    return files;
  }

  private ImportBatch imported(String name, byte[] content) {
    ImportBatch batch =
        imports.upload(
            account.id(),
            name,
            new ByteArrayInputStream(content),
            new ImportRequest(null, false, null, false));
    ImportBatch done = imports.await(account.id(), batch.id(), Duration.ofMinutes(2));
    assertThat(done.status()).as(name + ": " + done.failure()).isEqualTo(ImportStatus.DONE);
    return done;
  }

  private Map<String, List<String>> notesByName() {
    return contacts
        .listFull(account.id(), ContactFilter.all(), PageRequest.of(0, 50))
        .items()
        .stream()
        .collect(
            Collectors.toMap(
                Contact::fullName, c -> java.util.Arrays.asList(c.notes(), c.howWeMet())));
  }

  @Test
  void bothExportsImportedAgainChangeNobody() {
    threePeople();
    Map<String, List<String>> before = notesByName();

    for (var file : exported().entrySet()) {
      ImportBatch done = imported(file.getKey(), file.getValue());
      assertThat(done.created()).as(file.getKey()).isZero();
      assertThat(done.updated()).as(file.getKey()).isZero();
      assertThat(done.unchanged()).as(file.getKey()).isEqualTo(3);
    }
    assertThat(notesByName()).isEqualTo(before);
  }

  @Test
  void peopleWithNoKeyComeBackAsThemselvesByTheVCardsUid() {
    threePeople();
    person("Dana Lee", null, "Met once", null);
    person("Eli Moss", null, null, "At a wedding");
    byte[] vcards = exported().get("contacts.vcf");

    ImportBatch done = imported("contacts.vcf", vcards);
    assertThat(done.created()).isZero();
    assertThat(done.possibleDuplicates()).isZero();
    assertThat(done.unchanged()).isEqualTo(5);

    // As an address book may give the UID back: in capitals, without "urn:uuid:", with Apple's
    // ":ABPerson" after it.
    String text = new String(vcards, java.nio.charset.StandardCharsets.UTF_8);
    String rewritten =
        java.util.regex.Pattern.compile("UID:urn:uuid:([0-9a-f-]{36})")
            .matcher(text)
            .replaceAll(m -> "UID:" + m.group(1).toUpperCase(java.util.Locale.ROOT) + ":ABPerson");
    assertThat(rewritten).contains(":ABPerson").doesNotContain("urn:uuid:");
    ImportBatch again =
        imported("contacts.vcf", rewritten.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(again.created()).isZero();
    assertThat(again.unchanged()).isEqualTo(5);
    assertThat(notesByName())
        .containsOnlyKeys("Ana Ruiz", "Bob Stone", "Cleo Park", "Dana Lee", "Eli Moss");
  }

  @Test
  void peopleWithNoKeyComeBackAsThemselvesByTheSpreadsheetsRapportId() {
    threePeople();
    person("Dana Lee", null, "Met once", null);
    person("Eli Moss", null, null, "At a wedding");
    byte[] csv = exported().get("contacts.csv");
    String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text)
        .contains("Custom Field 1 - Label,Custom Field 1 - Value")
        .contains(",Rapport ID,urn:uuid:");

    ImportBatch done = imported("contacts.csv", csv);
    assertThat(done.created()).isZero();
    assertThat(done.possibleDuplicates()).isZero();
    assertThat(done.unchanged()).isEqualTo(5);

    // As another program may give the field back: the UID in capitals, without "urn:uuid:".
    String rewritten =
        java.util.regex.Pattern.compile("urn:uuid:([0-9a-f-]{36})")
            .matcher(text)
            .replaceAll(m -> m.group(1).toUpperCase(java.util.Locale.ROOT));
    assertThat(rewritten).doesNotContain("urn:uuid:");
    ImportBatch again =
        imported("contacts.csv", rewritten.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(again.created()).isZero();
    assertThat(again.unchanged()).isEqualTo(5);
    assertThat(notesByName())
        .containsOnlyKeys("Ana Ruiz", "Bob Stone", "Cleo Park", "Dana Lee", "Eli Moss");
  }

  @Test
  void intoAnEmptyAccountNotesAndHowTheyMetComeBackApart() {
    threePeople();
    Map<String, List<String>> before = notesByName();

    for (var file : exported().entrySet()) {
      account.startFresh();
      assertThat(imported(file.getKey(), file.getValue()).created()).isEqualTo(3);
      assertThat(notesByName()).as(file.getKey()).isEqualTo(before);
    }
  }
}
