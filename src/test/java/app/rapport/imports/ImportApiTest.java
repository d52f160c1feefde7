package app.rapport.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactFilter;
import app.rapport.contacts.ContactService;
import app.rapport.contacts.LinkedInProfiles;
import app.rapport.keepintouch.KeepInTouchService;
import app.rapport.platform.security.ApiTokenStore;
import app.rapport.support.DatabaseTestBase;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The imports API as API.md states it, every bad file of the issue refused with nothing changed,
 * and undo.
 */
class ImportApiTest extends DatabaseTestBase {

  static final String HEADER =
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

  @Autowired MockMvc mvc;
  @Autowired ApiTokenStore tokens;
  @Autowired ContactService contacts;
  @Autowired KeepInTouchService keepInTouch;
  @Autowired JdbcClient jdbc;

  private ResultActions upload(String name, byte[] content, String... params) throws Exception {
    MockMultipartHttpServletRequestBuilder request =
        multipart("/api/v1/imports").file(new MockMultipartFile("file", name, null, content));
    for (int i = 0; i < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return mvc.perform(request.header("Authorization", "Bearer " + tokens.current()));
  }

  private ResultActions api(String method, String path) throws Exception {
    var request = method.equals("GET") ? get(path) : post(path);
    return mvc.perform(request.header("Authorization", "Bearer " + tokens.current()));
  }

  private static String body(ResultActions result) throws Exception {
    return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  private static String rows(int count) {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < count; i++) {
      rows.append("Ana,Silva").append(i).append(",,,Relecloud,Designer,04 Apr 2021\n");
    }
    return rows.toString();
  }

  /** Everything an import could touch, counted, and a sample of people in full. */
  private Map<String, Object> state() {
    Map<String, Object> state = new LinkedHashMap<>();
    for (String table :
        List.of(
            "contact",
            "contact_email",
            "contact_phone",
            "contact_tag",
            "contact_import_key",
            "organization",
            "touchpoint",
            "touchpoint_contact",
            "relationship")) {
      state.put(
          table,
          jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE account_id = :account")
              .param("account", account.id())
              .query(Long.class)
              .single());
    }
    state.put(
        "sample",
        contacts
            .listFull(
                account.id(), ContactFilter.all(), new app.rapport.platform.db.PageRequest(0, 5))
            .items());
    state.put(
        "relationships",
        jdbc.sql(
                "SELECT * FROM relationship WHERE account_id = :account ORDER BY contact_id LIMIT 5")
            .param("account", account.id())
            .query()
            .listOfRows());
    return state;
  }

  private void someone() throws Exception {
    upload("google.csv", ImportFixtures.bytes("google/google-contacts.csv"))
        .andExpect(status().isCreated());
    upload("connections.csv", ImportFixtures.bytes("linkedin/Connections.csv"))
        .andExpect(status().isCreated());
  }

  @Test
  void aPreviewChangesNothingThenConfirmImportsAndUndoTakesItBack() throws Exception {
    mvc.perform(
            multipart("/api/v1/imports")
                .file(
                    new MockMultipartFile(
                        "file", "c.csv", null, ImportFixtures.bytes("linkedin/Connections.csv"))))
        .andExpect(status().isUnauthorized());

    String preview =
        body(
            upload(
                    "Connections.csv",
                    ImportFixtures.bytes("linkedin/Connections.csv"),
                    "dryRun",
                    "true")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/imports/")))
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.format").value("LINKEDIN_CONNECTIONS"))
                .andExpect(jsonPath("$.rowsRead").value(250))
                .andExpect(jsonPath("$.created").value(240))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.skipped").value(10))
                .andExpect(jsonPath("$.errors").isArray())
                .andExpect(jsonPath("$.canConfirm").value(true)));
    String id = JsonPath.read(preview, "$.id");
    assertThat(
            contacts
                .list(
                    account.id(),
                    ContactFilter.all(),
                    new app.rapport.platform.db.PageRequest(0, 1))
                .total())
        .isZero();

    api("GET", "/api/v1/imports/" + id)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.phase").value("PREVIEW"));
    api("POST", "/api/v1/imports/" + id + "/confirm")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("DONE"))
        .andExpect(jsonPath("$.dryRun").value(false))
        .andExpect(jsonPath("$.created").value(240))
        .andExpect(jsonPath("$.canUndo").value(true));
    api("POST", "/api/v1/imports/" + id + "/confirm").andExpect(status().isBadRequest());
    api("GET", "/api/v1/imports").andExpect(jsonPath("$.total").value(1));
    assertThat(
            contacts
                .list(
                    account.id(),
                    ContactFilter.all(),
                    new app.rapport.platform.db.PageRequest(0, 1))
                .total())
        .isEqualTo(240);

    api("POST", "/api/v1/imports/" + id + "/undo")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.undoneAt").isNotEmpty())
        .andExpect(jsonPath("$.canUndo").value(false));
    assertThat(state()).containsEntry("contact", 0L).containsEntry("organization", 0L);
    api("GET", "/api/v1/imports/nonsense").andExpect(status().isNotFound());
  }

  @Test
  void undoTakesBackWhatAnImportAddedToPeopleAndLeavesWhatTheUserChangedSince() throws Exception {
    upload("connections.csv", ImportFixtures.bytes("linkedin/Connections.csv"))
        .andExpect(status().isCreated());
    Contact yusuf = byProfile("yusuf-liu-1a2b3c");
    assertThat(yusuf.emails()).isEmpty();

    String card =
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Yusuf Liu\r\nN:Liu;Yusuf;;;\r\n"
            + "X-SOCIALPROFILE;type=linkedin:https://www.linkedin.com/in/yusuf-liu-1a2b3c/\r\n"
            + "EMAIL;type=INTERNET;type=HOME:yusuf@mail.example\r\nTEL;type=CELL:+44 20 7946 0001\r\n"
            + "NOTE:Retired in 2024\r\nCATEGORIES:Old friends\r\nBDAY:1961-07-04\r\nTITLE:Adviser\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:New Person\r\nEMAIL:new@mail.example\r\nEND:VCARD\r\n";
    String added =
        body(
            upload("phone.vcf", card.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.updated").value(1)));
    Contact filled = byProfile("yusuf-liu-1a2b3c");
    assertThat(filled.emails()).extracting(e -> e.value()).containsExactly("yusuf@mail.example");
    assertThat(filled.phones()).hasSize(1);
    assertThat(filled.notes()).isEqualTo("Retired in 2024");
    assertThat(filled.tags()).containsExactly("Old friends");
    assertThat(filled.birthday().toString()).isEqualTo("1961-07-04");
    assertThat(filled.title()).isEqualTo("Retired");
    assertThat(
            contacts
                .list(
                    account.id(),
                    new ContactFilter("yusuf@mail", null, null, null),
                    new app.rapport.platform.db.PageRequest(0, 5))
                .total())
        .isEqualTo(1);

    // The user changes the notes after the import; undo leaves that change alone.
    contacts.editContact(
        account.id(),
        filled.id(),
        filled.version(),
        new app.rapport.contacts.ContactCommand(
            filled.fullName(),
            filled.emails(),
            filled.phones(),
            filled.linkedinUrl(),
            filled.company(),
            filled.title(),
            filled.industry(),
            filled.tier(),
            filled.tags(),
            "My own note",
            null,
            filled.knownSince(),
            null,
            filled.career(),
            filled.birthday()));

    api("POST", "/api/v1/imports/" + JsonPath.read(added, "$.id") + "/undo")
        .andExpect(status().isOk());
    Contact back = byProfile("yusuf-liu-1a2b3c");
    assertThat(back.emails()).isEmpty();
    assertThat(back.phones()).isEmpty();
    assertThat(back.tags()).isEmpty();
    assertThat(back.birthday()).isNull();
    assertThat(back.notes()).isEqualTo("My own note");
    assertThat(back.title()).isEqualTo("Retired");
    assertThat(
            contacts
                .list(
                    account.id(),
                    new ContactFilter("New Person", null, null, null),
                    new app.rapport.platform.db.PageRequest(0, 5))
                .total())
        .isZero();
    assertThat(
            contacts
                .list(
                    account.id(),
                    new ContactFilter("yusuf@mail", null, null, null),
                    new app.rapport.platform.db.PageRequest(0, 5))
                .total())
        .isZero();
  }

  private long found(String words) {
    return contacts
        .list(
            account.id(),
            new ContactFilter(words, null, null, null),
            new app.rapport.platform.db.PageRequest(0, 5))
        .total();
  }

  /**
   * Filling in what search reads (notes) rewrites the person's search words; filling in only what
   * it does not (a birthday) leaves them as they were, still found.
   */
  @Test
  void anImportFillingInPeopleKeepsTheirSearchWordsTrue() throws Exception {
    upload("connections.csv", ImportFixtures.bytes("linkedin/Connections.csv"))
        .andExpect(status().isCreated());
    assertThat(found("oud")).isZero();
    String cards =
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Yusuf Liu\r\n"
            + "X-SOCIALPROFILE;type=linkedin:https://www.linkedin.com/in/yusuf-liu-1a2b3c/\r\n"
            + "NOTE:Plays the oud on Sundays\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rosa Nakamura\r\n"
            + "X-SOCIALPROFILE;type=linkedin:https://www.linkedin.com/in/rosa-nakamura-1a8809/\r\n"
            + "BDAY:1970-01-02\r\nEND:VCARD\r\n";
    upload("phone.vcf", cards.getBytes(StandardCharsets.UTF_8))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.updated").value(2));

    assertThat(byProfile("rosa-nakamura-1a8809").birthday().toString()).isEqualTo("1970-01-02");
    assertThat(found("oud sundays yusuf")).isEqualTo(1);
    assertThat(found("Yusuf Liu Contoso")).isEqualTo(1);
    assertThat(found("Rosa Nakamura Margie nurse")).isEqualTo(1);
  }

  @Test
  void undoingMessagesRemovesTheirTouchpointsAndTheirEffectOnKeepingInTouch() throws Exception {
    upload("connections.csv", ImportFixtures.bytes("linkedin/Connections.csv"))
        .andExpect(status().isCreated());
    Contact martin = byProfile("martin-fitzgerald-1e65e9");
    assertThat(keepInTouch.status(account.id(), martin.id()).touchpointCount()).isZero();
    String messages =
        body(
            upload("messages.csv", ImportFixtures.bytes("linkedin/messages.csv"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.format").value("LINKEDIN_MESSAGES")));
    assertThat((Integer) JsonPath.read(messages, "$.touchpoints")).isPositive();
    assertThat(keepInTouch.status(account.id(), martin.id()).touchpointCount()).isPositive();

    api("POST", "/api/v1/imports/" + JsonPath.read(messages, "$.id") + "/undo")
        .andExpect(status().isOk());
    assertThat(keepInTouch.status(account.id(), martin.id()).touchpointCount()).isZero();
    assertThat(state()).containsEntry("touchpoint", 0L);
  }

  @Test
  void anImportWhosePeopleWereMergedSinceIsNotUndoneUntilTheMergeIs() throws Exception {
    someone();
    var pairs =
        contacts.possibleDuplicates(account.id(), new app.rapport.platform.db.PageRequest(0, 1));
    var pair = pairs.items().get(0);
    var merge =
        contacts.mergeContacts(
            account.id(),
            pair.first().id(),
            null,
            pair.second().id(),
            app.rapport.contacts.MergeChoices.none());
    String connections = JsonPath.read(body(api("GET", "/api/v1/imports")), "$.items[0].id");
    api("POST", "/api/v1/imports/" + connections + "/undo")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", containsString("Undo those merges first")));
    contacts.undoMerge(account.id(), merge.id());
    api("POST", "/api/v1/imports/" + connections + "/undo").andExpect(status().isOk());
  }

  @Test
  void aSpreadsheetOfAnotherLayoutTakesItsColumnsFromTheCallOrFromTheirNames() throws Exception {
    upload("c.csv", ImportFixtures.bytes("generic/contacts.csv"), "dryRun", "true")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.format").value("GENERIC_CSV"))
        .andExpect(jsonPath("$.created").value(3));
    upload(
            "c.csv",
            ImportFixtures.bytes("generic/contacts.csv"),
            "columns",
            "full_name,email,ignore,ignore,company,title,linkedin_url,date_connected,birthday,notes")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.created").value(3));
    upload("c.csv", ImportFixtures.bytes("generic/contacts.csv"), "columns", "nonsense")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("columns"));
  }

  /** Every bad file the issue lists, and a few more: refused with a message, nothing changed. */
  @Test
  void everyBadFileIsRefusedWithAMessageAndNothingChanges() throws Exception {
    someone();
    Map<String, Object> before = state();

    refused("empty.csv", new byte[0], "The file is empty.");
    byte[] noise = new byte[8192];
    new Random(42).nextBytes(noise);
    refused("random.csv", noise, "not text");
    refused(
        "photo.vcf", ImportFixtures.bytes("vcard/picture.vcf"), "This is a picture (PNG image)");
    refused(
            "unclosed.csv",
            (HEADER + rows(1) + "Ana,\"Silva,,,Relecloud,Designer,04 Apr 2021\n" + rows(3))
                .getBytes(StandardCharsets.UTF_8),
            "Row 3 opens a quotation mark")
        .andExpect(jsonPath("$.importId").isNotEmpty());
    refused(
        "unknown.csv",
        "Colour,Shape\nred,round\nblue,square\n".getBytes(StandardCharsets.UTF_8),
        "cannot tell which columns");
    refused(
            "wide.csv",
            (HEADER
                    + rows(10)
                    + "Ana,Silva,,,Relecloud,\""
                    + "x".repeat(2 * 1024 * 1024)
                    + "\",04 Apr 2021\n")
                .getBytes(StandardCharsets.UTF_8),
            "Row 12 has a field longer than 1 MB")
        .andExpect(jsonPath("$.errors[0].message", containsString("1 MB")));
    refused("bomb.zip", zip(new byte[50 * 1024 * 1024]), "compressed more than 100 to 1");
    refused(
        "vcard.csv", ImportFixtures.bytes("linkedin/Connections.csv"), "vcard", "No contact cards");
    refused(
        "x.csv", ImportFixtures.bytes("linkedin/Connections.csv"), "horoscope", "does not know");
    refused("Connections.csv", HEADER.getBytes(StandardCharsets.UTF_8), "no people under them");
    refused(
        "backup.json",
        "{\"format\":\"rapport-backup\",\"version\":1,\"sections\":{}}"
            .getBytes(StandardCharsets.UTF_8),
        "only into an empty Rapport");
    assertThat(state()).isEqualTo(before);

    // A card without END is read up to the next card, and the row is named.
    upload("missing-end.vcf", ImportFixtures.bytes("vcard/missing-end.vcf"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.created").value(3))
        .andExpect(jsonPath("$.errors[0].row").value(1))
        .andExpect(jsonPath("$.errors[0].message", containsString("END:VCARD")));
  }

  /**
   * People are written 500 at a time, so a file that breaks after a thousand good rows has had
   * slices written before it breaks: all of them must go, and so must the people of a LinkedIn
   * export whose messages break after its connections were read.
   */
  @Test
  void aFileThatBreaksAfterManyGoodRowsChangesNothing() throws Exception {
    someone();
    Map<String, Object> before = state();

    refused(
        "late.csv",
        (HEADER + rows(1200) + "Ana,\"Silva,,,Relecloud,Designer,04 Apr 2021\n" + rows(3))
            .getBytes(StandardCharsets.UTF_8),
        "Row 1202 opens a quotation mark");
    assertThat(state()).isEqualTo(before);

    ByteArrayOutputStream export = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(export)) {
      zip.putNextEntry(new ZipEntry("Connections.csv"));
      zip.write((HEADER + rows(1200)).getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("messages.csv"));
      zip.write(
          ("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
                  + "DATE,SUBJECT,CONTENT,FOLDER\n"
                  + "2-conv1==,,Ana Silva0,https://www.linkedin.com/in/ana-silva0,Me,"
                  + "https://www.linkedin.com/in/me,2024-05-02 10:00:00 UTC,,\"Hello,INBOX\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    refused("export.zip", export.toByteArray(), "quotation mark");
    assertThat(state()).isEqualTo(before);
  }

  private ResultActions refused(String name, byte[] content, String message) throws Exception {
    return upload(name, content)
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.title").value("File refused"))
        .andExpect(jsonPath("$.detail", containsString(message)))
        .andExpect(jsonPath("$.errors").isNotEmpty());
  }

  private ResultActions refused(String name, byte[] content, String format, String message)
      throws Exception {
    return upload(name, content, "format", format)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail", containsString(message)));
  }

  private static byte[] zip(byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("Connections.csv"));
      zip.write(HEADER.getBytes(StandardCharsets.UTF_8));
      zip.write(content);
    }
    return out.toByteArray();
  }

  private Contact byProfile(String slug) {
    List<Contact> found = new ArrayList<>();
    contacts.forEachContact(
        account.id(),
        500,
        slice ->
            slice.stream()
                .filter(c -> slug.equals(LinkedInProfiles.key(c.linkedinUrl())))
                .forEach(found::add));
    assertThat(found).hasSize(1);
    return found.get(0);
  }
}
