package app.rapport.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.rapport.contacts.ContactFilter;
import app.rapport.contacts.ContactService;
import app.rapport.platform.db.PageRequest;
import app.rapport.support.DatabaseTestBase;
import app.rapport.support.Html;
import java.time.Duration;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The import pages: upload, columns, preview, confirm, progress, report, undo, refusals. */
class ImportsPageTest extends DatabaseTestBase {

  @Autowired MockMvc mvc;
  @Autowired ImportService imports;
  @Autowired ContactService contacts;

  private long people() {
    return contacts.list(account.id(), ContactFilter.all(), new PageRequest(0, 1)).total();
  }

  private String upload(String name, byte[] content) throws Exception {
    return mvc.perform(
            multipart("/imports")
                .file(new MockMultipartFile("file", name, "text/csv", content))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andReturn()
        .getResponse()
        .getRedirectedUrl();
  }

  private Document page(String url) throws Exception {
    return Html.of(mvc.perform(get(url)).andExpect(status().isOk()));
  }

  /** Waits for the import behind a page address to finish, then answers its page. */
  private Document finished(String url) throws Exception {
    imports.await(account.id(), idOf(url), Duration.ofMinutes(1));
    return page(url);
  }

  private static long idOf(String url) {
    String id = url.replaceAll("^/imports/([^/]+).*$", "$1");
    return app.rapport.platform.db.Ids.parse(id).orElseThrow();
  }

  @Test
  void uploadPreviewConfirmReportAndUndo() throws Exception {
    Document index = page("/imports");
    assertThat(index.select("h1").text()).isEqualTo("Import your contacts");
    assertThat(index.select("input[type=file][name=file]")).hasSize(1);
    assertThat(index.text()).contains("100 MB");

    String url = upload("Connections.csv", ImportFixtures.bytes("linkedin/Connections.csv"));
    Document preview = finished(url);
    assertThat(preview.select("h1").text()).isEqualTo("What importing Connections.csv will do");
    assertThat(preview.select(".counts").text()).contains("240 people will be added");
    assertThat(preview.select(".counts").text())
        .contains("Hidden or closed LinkedIn profiles", "10 rows will be left out");
    assertThat(people()).isZero();

    mvc.perform(post(url + "/confirm").with(csrf())).andExpect(status().is3xxRedirection());
    Document report = finished(url);
    assertThat(report.select("h1").text()).isEqualTo("Your contacts were imported");
    assertThat(report.select(".counts").text()).contains("240 people added");
    assertThat(people()).isEqualTo(240);
    assertThat(page("/imports").select("table").text())
        .contains("Connections.csv", "240 people added");

    mvc.perform(post(url + "/undo").with(csrf())).andExpect(status().is3xxRedirection());
    assertThat(people()).isZero();
    assertThat(page(url).select("h1").text()).isEqualTo("The import of Connections.csv was undone");
  }

  @Test
  void thePreviewWarnsAboutAGuessedEncodingAndNamesTheRowsWithProblems() throws Exception {
    Document preview =
        finished(upload("outlook.csv", ImportFixtures.bytes("outlook/outlook-desktop-1252.csv")));
    assertThat(preview.select(".warning").text()).contains("read it as Windows-1252");
    Document withProblems =
        finished(upload("missing-end.vcf", ImportFixtures.bytes("vcard/missing-end.vcf")));
    assertThat(withProblems.select("#problems-heading").text()).endsWith("in the file");
    assertThat(withProblems.select(".problems li").first().text())
        .startsWith("Card 1: This card has no END:VCARD line");
  }

  @Test
  void theProgressFragmentSendsHtmxOnOnceTheImportIsOver() throws Exception {
    String url = upload("Connections.csv", ImportFixtures.bytes("linkedin/Connections.csv"));
    imports.await(account.id(), idOf(url), Duration.ofMinutes(1));
    mvc.perform(get(url + "/progress").header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(header().string("HX-Redirect", url));
    mvc.perform(get(url + "/progress")).andExpect(status().is3xxRedirection());
  }

  @Test
  void aPictureIsRefusedOnTheUploadPageWithNothingKept() throws Exception {
    Document page =
        Html.of(
            mvc.perform(
                    multipart("/imports")
                        .file(
                            new MockMultipartFile(
                                "file",
                                "contacts.vcf",
                                "text/vcard",
                                ImportFixtures.bytes("vcard/picture.vcf")))
                        .with(csrf()))
                .andExpect(status().is(422)));
    assertThat(page.select("#f-file-error").text()).contains("This is a picture (PNG image)");
    assertThat(page.select("#error-summary a[href=#f-file]")).hasSize(1);
    assertThat(imports.recent(account.id(), new PageRequest(0, 10)).total()).isZero();
  }

  @Test
  void anotherSpreadsheetAsksWhichColumnHoldsWhatAndKeepsTheChoices() throws Exception {
    String url = upload("contacts.csv", ImportFixtures.bytes("generic/contacts.csv"));
    assertThat(url).endsWith("/columns");
    Document columns = page(url);
    assertThat(columns.select("tbody th").eachText())
        .containsExactly(
            "Name",
            "E-mail",
            "Mobile",
            "Work Phone",
            "Employer",
            "Role",
            "LinkedIn",
            "Met",
            "Birthday",
            "Comments");
    assertThat(columns.select("#column-0 option[selected]").val()).isEqualTo("FULL_NAME");
    assertThat(columns.select("#column-4 option[selected]").val()).isEqualTo("COMPANY");

    // Nothing that names a person: refused, with every choice kept as made.
    Document refused =
        Html.of(
            mvc.perform(
                    post(url)
                        .with(csrf())
                        .param(
                            "columns", "IGNORE", "IGNORE", "IGNORE", "IGNORE", "COMPANY", "TITLE",
                            "IGNORE", "IGNORE", "IGNORE", "NOTES"))
                .andExpect(status().is(422)));
    assertThat(refused.select("#error-summary").text()).contains("Choose at least one column");
    assertThat(refused.select("#column-5 option[selected]").val()).isEqualTo("TITLE");
    assertThat(refused.select("#column-9 option[selected]").val()).isEqualTo("NOTES");

    String preview =
        mvc.perform(
                post(url)
                    .with(csrf())
                    .param(
                        "columns",
                        "FULL_NAME",
                        "EMAIL",
                        "PHONE",
                        "PHONE",
                        "COMPANY",
                        "TITLE",
                        "LINKEDIN_URL",
                        "DATE_CONNECTED",
                        "BIRTHDAY",
                        "NOTES"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    Document counted = finished(preview);
    assertThat(counted.select(".counts").text()).contains("3 people will be added");
    assertThat(counted.select("a[href$=/columns]")).hasSize(1);
  }
}
