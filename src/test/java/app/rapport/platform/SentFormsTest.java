package app.rapport.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.rapport.platform.web.Notice;
import app.rapport.platform.web.SentForms;
import app.rapport.support.DatabaseTestBase;
import app.rapport.support.Html;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A form sent twice (Back, then Save again; or a double click) saves once: the second sending goes
 * where the first led, with a notice. A form that came back with problems can be sent again.
 */
class SentFormsTest extends DatabaseTestBase {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  private int people() {
    return jdbc.sql("SELECT count(*) FROM contact WHERE account_id = :account")
        .param("account", account.id())
        .query(Integer.class)
        .single();
  }

  private MvcResult addPerson(String formId, String name) throws Exception {
    return mvc.perform(
            post("/people")
                .with(csrf())
                .param(SentForms.FIELD, formId)
                .param("fullName", name)
                .param("tier", "NETWORK"))
        .andReturn();
  }

  @Test
  void everyFormOnAPageCarriesAnIdOfItsOwn() throws Exception {
    var page = Html.of(mvc.perform(get("/people/new")));
    List<String> ids = page.select("form input[name=" + SentForms.FIELD + "]").eachAttr("value");
    assertThat(ids).isNotEmpty().doesNotHaveDuplicates();
    var again = Html.of(mvc.perform(get("/people/new")));
    assertThat(again.select("form input[name=" + SentForms.FIELD + "]").eachAttr("value"))
        .doesNotContainAnyElementsOf(ids);
  }

  @Test
  void theSameFormSentTwiceSavesOnceAndLeadsToWhatItSaved() throws Exception {
    String form = UUID.randomUUID().toString();
    MvcResult first = addPerson(form, "Ana Ruiz");
    assertThat(first.getResponse().getStatus()).isEqualTo(302);
    String saved = first.getResponse().getRedirectedUrl();

    MvcResult second = addPerson(form, "Ana Ruiz");
    assertThat(second.getResponse().getStatus()).isEqualTo(302);
    assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(saved);
    @SuppressWarnings("unchecked")
    List<Notice> notices = (List<Notice>) second.getFlashMap().get("notices");
    assertThat(notices)
        .extracting(Notice::message)
        .singleElement()
        .asString()
        .contains("sent already");
    assertThat(people()).isEqualTo(1);

    // another form, even with the same words, is another person
    assertThat(addPerson(UUID.randomUUID().toString(), "Ana Ruiz").getResponse().getStatus())
        .isEqualTo(302);
    assertThat(people()).isEqualTo(2);
  }

  @Test
  void aFormThatCameBackWithProblemsCanBeCorrectedAndSent() throws Exception {
    String form = UUID.randomUUID().toString();
    mvc.perform(
            post("/people")
                .with(csrf())
                .param(SentForms.FIELD, form)
                .param("fullName", "")
                .param("tier", "NETWORK"))
        .andExpect(status().is(422));
    assertThat(people()).isZero();
    assertThat(addPerson(form, "Ana Ruiz").getResponse().getStatus()).isEqualTo(302);
    assertThat(people()).isEqualTo(1);
  }
}
