package app.rapport.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactFilter;
import app.rapport.contacts.ContactService;
import app.rapport.platform.db.PageRequest;
import app.rapport.support.DatabaseTestBase;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ImportFlowTest extends DatabaseTestBase {

  @Autowired ImportService imports;
  @Autowired ContactService contacts;
  @Autowired app.rapport.keepintouch.KeepInTouchService keepInTouch;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  ImportBatch run(String fixture, boolean dryRun) {
    return run(fixture, ImportFixtures.bytes(fixture), dryRun);
  }

  ImportBatch run(String name, byte[] content, boolean dryRun) {
    ImportBatch batch =
        imports.upload(
            account.id(),
            name,
            new ByteArrayInputStream(content),
            new ImportRequest(null, dryRun, null, false));
    return imports.await(account.id(), batch.id(), Duration.ofMinutes(2));
  }

  List<Contact> everyone() {
    var page = contacts.listFull(account.id(), ContactFilter.all(), new PageRequest(0, 200));
    return page.items();
  }

  @Test
  void theLinkedInSampleImportsEveryConnectionAndAgainChangesNothing() {
    ImportBatch preview = run("linkedin/Connections.csv", true);
    assertThat(preview.status()).as(preview.toString()).isEqualTo(ImportStatus.DONE);
    assertThat(preview.created()).isEqualTo(240);
    assertThat(everyone()).isEmpty();

    ImportBatch done =
        imports.await(
            account.id(), imports.confirm(account.id(), preview.id()).id(), Duration.ofMinutes(2));
    assertThat(done.status()).as(done.toString()).isEqualTo(ImportStatus.DONE);
    assertThat(done.phase()).isEqualTo(ImportPhase.IMPORT);
    assertThat(done.created()).isEqualTo(240);
    assertThat(contacts.list(account.id(), ContactFilter.all(), new PageRequest(0, 1)).total())
        .isEqualTo(240);
    Contact yusuf =
        contacts
            .listFull(
                account.id(),
                new ContactFilter("Yusuf Liu", null, null, null),
                new PageRequest(0, 5))
            .items()
            .get(0);
    assertThat(yusuf.company()).isEqualTo("Contoso Health");
    assertThat(yusuf.title()).isEqualTo("Retired");
    assertThat(yusuf.knownSince()).isEqualTo(LocalDate.of(2011, 5, 11));
    assertThat(yusuf.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/yusuf-liu-1a2b3c");

    // Keep-in-touch state computed for the new people in memory equals what a recount reads back.
    String rows = "SELECT * FROM relationship WHERE account_id = :account ORDER BY contact_id";
    var computed = jdbc.sql(rows).param("account", account.id()).query().listOfRows();
    keepInTouch.recountAccount(account.id());
    assertThat(jdbc.sql(rows).param("account", account.id()).query().listOfRows())
        .isEqualTo(computed);

    ImportBatch again = run("linkedin/Connections.csv", false);
    assertThat(again.status()).isEqualTo(ImportStatus.DONE);
    assertThat(again.created()).isZero();
    assertThat(again.updated()).isZero();
    assertThat(again.unchanged()).isEqualTo(240);
  }

  @Test
  void aCardWithOnlyAPhoneNumberInCommonUpdatesThePersonAlreadyThere() {
    Contact ana =
        contacts.addContact(
            account.id(),
            app.rapport.contacts.ContactCommand.named("Ana Ruiz")
                .withPhones(
                    List.of(app.rapport.contacts.PhoneNumber.of("+44 20 7946 0958", "mobile"))));
    String card =
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Ruiz-Lopez\r\nN:Ruiz-Lopez;Ana;;;\r\n"
            + "TEL;TYPE=CELL:+44 (20) 7946-0958\r\nTITLE:Head of Operations\r\nEND:VCARD\r\n";

    ImportBatch done =
        run("phone.vcf", card.getBytes(java.nio.charset.StandardCharsets.UTF_8), false);

    assertThat(done.status()).as(done.toString()).isEqualTo(ImportStatus.DONE);
    assertThat(done.created()).isZero();
    assertThat(done.updated()).isEqualTo(1);
    assertThat(everyone()).extracting(Contact::id).containsExactly(ana.id());
    assertThat(contacts.get(account.id(), ana.id()).title()).isEqualTo("Head of Operations");
  }
}
