package app.rapport.touchpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactCommand;
import app.rapport.contacts.ContactService;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.support.DatabaseTestBase;
import app.rapport.support.Html;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class QuickLogPageTest extends DatabaseTestBase {

  @Autowired MockMvc mvc;
  @Autowired ContactService contacts;
  @Autowired TouchpointService touchpoints;
  Contact ana;
  Contact anabel;

  @BeforeEach
  void people() {
    ana = contacts.addContact(account.id(), ContactCommand.named("Ana Ruiz"));
    anabel = contacts.addContact(account.id(), ContactCommand.named("Anabel Stone"));
    contacts.addContact(account.id(), ContactCommand.named("Bob Lee"));
  }

  @Test
  void theQuickLogIsLinkedFromEveryPageAndDefaultsToToday() throws Exception {
    for (String page : new String[] {"/", "/people", "/settings"}) {
      Document doc = Html.of(mvc.perform(get(page)));
      assertThat(doc.select("header a[href=/touchpoints/new]").text())
          .isEqualTo("Log a touchpoint");
    }
    Document form = Html.of(mvc.perform(get("/touchpoints/new")));
    assertThat(form.select("#f-occurredOn").val()).isEqualTo("2026-11-26");
    assertThat(form.select("input[name=direction][value=MUTUAL]").hasAttr("checked")).isTrue();
  }

  @Test
  void findingPeopleWorksWithoutJavaScriptAndKeepsWhatWasTyped() throws Exception {
    Document form =
        Html.of(
            mvc.perform(
                    post("/touchpoints")
                        .with(csrf())
                        .param("action", "find")
                        .param("find", "ana")
                        .param("summary", "Coffee at the market")
                        .param("occurredOn", "2026-11-25"))
                .andExpect(status().isOk()));
    assertThat(form.select(".person-options label").eachText())
        .containsExactly("Ana Ruiz", "Anabel Stone");
    assertThat(form.select("#f-summary").val()).isEqualTo("Coffee at the market");
    assertThat(form.select("#f-occurredOn").val()).isEqualTo("2026-11-25");
  }

  @Test
  void theHtmxSearchKeepsTickedPeopleAndAddsMatches() throws Exception {
    Document fragment =
        Html.of(
            mvc.perform(
                get("/touchpoints/people")
                    .header("HX-Request", "true")
                    .param("contactIds", Ids.format(ana.id()))
                    .param("find", "bob")));
    assertThat(fragment.select("input[checked]").attr("value")).isEqualTo(Ids.format(ana.id()));
    assertThat(fragment.select(".person-options label").eachText())
        .containsExactly("Ana Ruiz", "Bob Lee");
  }

  @Test
  void savingLogsTheTouchpointAndGoesToThePersonsPage() throws Exception {
    mvc.perform(
            post("/touchpoints")
                .with(csrf())
                .param("contactIds", Ids.format(ana.id()))
                .param("channel", "MEAL")
                .param("direction", "MUTUAL")
                .param("occurredOn", "2026-11-26")
                .param("summary", "Coffee"))
        .andExpect(redirectedUrl("/people/" + Ids.format(ana.id())));
    Document page = Html.of(mvc.perform(get("/people/" + Ids.format(ana.id()))));
    assertThat(page.select(".state-badge").text()).isEqualTo("Warm");
    assertThat(page.select(".touchpoint-heading").text())
        .startsWith("Meal or coffee, Thursday 26 November 2026");
  }

  @Test
  void mistakesComeBackBesideTheirFieldsWithEverythingKept() throws Exception {
    Document form =
        Html.of(
            mvc.perform(
                    post("/touchpoints")
                        .with(csrf())
                        .param("contactIds", Ids.format(ana.id()))
                        .param("direction", "MUTUAL")
                        .param("occurredOn", "2027-01-01")
                        .param("summary", "Planned lunch")
                        .param("followUpWhat", "Call back"))
                .andExpect(status().isUnprocessableContent()));
    assertThat(form.select("#error-summary li").eachText())
        .anySatisfy(t -> assertThat(t).contains("future"))
        .anySatisfy(t -> assertThat(t).contains("how you were in touch"))
        .anySatisfy(t -> assertThat(t).contains("date for the follow-up"));
    assertThat(form.select("#f-summary").val()).isEqualTo("Planned lunch");
    assertThat(form.select("input[name=contactIds][checked]").val())
        .isEqualTo(Ids.format(ana.id()));
    assertThat(touchpoints.timeline(account.id(), ana.id(), PageRequest.of(0, 10)).total())
        .isZero();
  }

  @Test
  void aTouchpointCanBeEditedDeletedAndBroughtBack() throws Exception {
    mvc.perform(
            post("/touchpoints")
                .with(csrf())
                .param("contactIds", Ids.format(ana.id()))
                .param("channel", "PHONE")
                .param("direction", "OUTBOUND")
                .param("occurredOn", "2026-11-20")
                .param("summary", "Left a message"))
        .andExpect(status().is3xxRedirection());
    Touchpoint logged =
        touchpoints.timeline(account.id(), ana.id(), PageRequest.of(0, 1)).items().get(0);
    String id = Ids.format(logged.id());
    String back = "/people/" + Ids.format(ana.id());

    Document edit =
        Html.of(mvc.perform(get("/touchpoints/" + id + "/edit").param("returnTo", back)));
    assertThat(edit.select("#f-channel option[selected]").val()).isEqualTo("PHONE");
    mvc.perform(
            post("/touchpoints/" + id)
                .with(csrf())
                .param("contactIds", Ids.format(ana.id()))
                .param("channel", "PHONE")
                .param("direction", "MUTUAL")
                .param("occurredOn", "2026-11-20")
                .param("summary", "She called back")
                .param("version", "1")
                .param("returnTo", back))
        .andExpect(redirectedUrl(back));
    assertThat(touchpoints.get(account.id(), logged.id()).summary()).isEqualTo("She called back");

    mvc.perform(post("/touchpoints/" + id + "/delete").with(csrf()).param("returnTo", back))
        .andExpect(redirectedUrl(back));
    assertThat(touchpoints.timeline(account.id(), ana.id(), PageRequest.of(0, 10)).total())
        .isZero();
    mvc.perform(post("/touchpoints/" + id + "/restore").with(csrf()).param("returnTo", back))
        .andExpect(redirectedUrl(back));
    assertThat(touchpoints.timeline(account.id(), ana.id(), PageRequest.of(0, 10)).total())
        .isEqualTo(1);
  }

  @Test
  void afterSavingOnlyAPathOnThisSiteIsFollowed() throws Exception {
    mvc.perform(
            post("/touchpoints")
                .with(csrf())
                .param("contactIds", Ids.format(ana.id()))
                .param("channel", "EMAIL")
                .param("direction", "OUTBOUND")
                .param("occurredOn", "2026-11-26")
                .param("returnTo", "//evil.example/steal"))
        .andExpect(redirectedUrl("/people/" + Ids.format(ana.id())));
  }

  @Test
  void theActivityViewFiltersByChannel() throws Exception {
    for (String channel : new String[] {"EMAIL", "MEAL"}) {
      mvc.perform(
          post("/touchpoints")
              .with(csrf())
              .param("contactIds", Ids.format(anabel.id()))
              .param("channel", channel)
              .param("direction", "MUTUAL")
              .param("occurredOn", "2026-11-26"));
    }
    Document meals = Html.of(mvc.perform(get("/activity").param("channel", "MEAL")));
    assertThat(meals.select(".touchpoint-heading").eachText())
        .singleElement()
        .satisfies(t -> assertThat(t).startsWith("Meal or coffee"));
    Document bad = Html.of(mvc.perform(get("/activity").param("from", "last week")));
    assertThat(bad.select("#f-from-error").text()).contains("year-month-day");
  }
}
