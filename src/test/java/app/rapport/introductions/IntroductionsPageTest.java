package app.rapport.introductions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactCommand;
import app.rapport.contacts.ContactFilter;
import app.rapport.contacts.ContactService;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.web.Notice;
import app.rapport.support.DatabaseTestBase;
import app.rapport.support.Html;
import app.rapport.touchpoints.Touchpoint;
import app.rapport.touchpoints.TouchpointService;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

class IntroductionsPageTest extends DatabaseTestBase {

  @Autowired MockMvc mvc;
  @Autowired ContactService contacts;
  @Autowired TouchpointService touchpoints;
  @Autowired IntroductionService introductions;
  @Autowired KnowsLinkService knows;
  Contact ana;
  String anaId;

  @BeforeEach
  void people() {
    ana = contacts.addContact(account.id(), ContactCommand.named("Ana Ruiz"));
    anaId = Ids.format(ana.id());
  }

  private Touchpoint coffee() throws Exception {
    mvc.perform(
            post("/touchpoints")
                .with(csrf())
                .param("contactIds", anaId)
                .param("channel", "MEAL")
                .param("direction", "MUTUAL")
                .param("occurredOn", "2026-11-25")
                .param("summary", "Coffee"))
        .andExpect(status().is3xxRedirection());
    return touchpoints.timeline(account.id(), ana.id(), PageRequest.of(0, 1)).items().get(0);
  }

  @Test
  void afterACoffeeTheNoticeOffersToNoteTheNamesTheyMentioned() throws Exception {
    MvcResult saved =
        mvc.perform(
                post("/touchpoints")
                    .with(csrf())
                    .param("contactIds", anaId)
                    .param("channel", "MEAL")
                    .param("direction", "MUTUAL")
                    .param("occurredOn", "2026-11-25"))
            .andReturn();
    @SuppressWarnings("unchecked")
    List<Notice> notices = (List<Notice>) saved.getFlashMap().get("notices");
    assertThat(notices.get(0).message()).isEqualTo("The meal or coffee with Ana Ruiz was logged.");
    assertThat(notices.get(0).linkUrl()).startsWith("/introductions/names?touchpointId=");
    assertThat(notices.get(0).linkLabel()).isEqualTo("Did they mention anyone? Note the names");
  }

  @Test
  void twoNamesNotedWithoutJavaScriptBecomeOfferedIntroductions() throws Exception {
    Touchpoint coffee = coffee();
    String back = "/people/" + anaId;
    Document form =
        Html.of(
            mvc.perform(
                get("/introductions/names")
                    .param("touchpointId", Ids.format(coffee.id()))
                    .param("returnTo", back)));
    assertThat(form.select("h1").text()).isEqualTo("Names Ana mentioned");
    assertThat(form.select("input[name=introducerId]").val()).isEqualTo(anaId);
    assertThat(form.select("input[name$=fullName]")).hasSize(3);

    mvc.perform(
            post("/introductions/names")
                .with(csrf())
                .param("introducerId", anaId)
                .param("touchpointId", Ids.format(coffee.id()))
                .param("occurredOn", "2026-11-25")
                .param("names[0].fullName", "Bob Stone")
                .param("names[0].company", "Fabrikam")
                .param("names[0].context", "Runs the clinics")
                .param("names[1].fullName", "Cleo Park")
                .param("names[2].fullName", "")
                .param("returnTo", back))
        .andExpect(redirectedUrl(back));

    Document page = Html.of(mvc.perform(get(back)));
    assertThat(page.select("#introductions .plan-item p strong").eachText())
        .containsExactlyInAnyOrder("Bob Stone", "Cleo Park");
    assertThat(page.select("#introductions").text())
        .contains("offered, 25 November 2026")
        .contains("Runs the clinics");
    assertThat(page.select("#introductions button").eachText())
        .contains("Mark as made (Bob Stone)");
  }

  @Test
  void aNameSharedBySeveralPeopleComesBackWithTheChoiceAndWhatWasTyped() throws Exception {
    Contact first = contacts.addContact(account.id(), ContactCommand.named("Bob Lee"));
    contacts.addContact(account.id(), ContactCommand.named("Bob Lee"));
    Document again =
        Html.of(
            mvc.perform(
                    post("/introductions/names")
                        .with(csrf())
                        .param("introducerId", anaId)
                        .param("names[0].fullName", "Bob Lee")
                        .param("names[0].context", "Knows the board"))
                .andExpect(status().isUnprocessableContent()));
    assertThat(again.select("#error-summary li").text()).contains("2 people in Rapport");
    assertThat(again.select("input[name=names[0].contactId]")).hasSize(3);
    assertThat(again.select("#f-names-0-context").val()).isEqualTo("Knows the board");

    mvc.perform(
            post("/introductions/names")
                .with(csrf())
                .param("introducerId", anaId)
                .param("names[0].fullName", "Bob Lee")
                .param("names[0].contactId", Ids.format(first.id())))
        .andExpect(redirectedUrl("/people/" + anaId));
    assertThat(introductions.introducing(account.id(), first.id())).hasSize(1);
  }

  @Test
  void aPartOfANameIsNotQuietlyMadeIntoANewPersonButOfferedTheNamesLikeIt() throws Exception {
    Contact aisha = contacts.addContact(account.id(), ContactCommand.named("Aisha García"));
    Contact johnson = contacts.addContact(account.id(), ContactCommand.named("Aisha Johnson"));
    long before = contacts.list(account.id(), ContactFilter.all(), new PageRequest(0, 50)).total();
    Document again =
        Html.of(
            mvc.perform(
                    post("/introductions")
                        .with(csrf())
                        .param("introducerName", "Aisha")
                        .param("introducedName", "Aisha Johnson")
                        .param("status", "MADE")
                        .param("occurredOn", "2026-11-20"))
                .andExpect(status().isUnprocessableContent()));
    assertThat(again.select("#error-summary li").text())
        .contains("No one in Rapport is called exactly Aisha");
    assertThat(again.select("input[name=introducerId] + label").eachText())
        .contains("Aisha García", "Aisha Johnson", "Someone new called Aisha");
    assertThat(contacts.list(account.id(), ContactFilter.all(), new PageRequest(0, 50)).total())
        .isEqualTo(before);

    mvc.perform(
            post("/introductions")
                .with(csrf())
                .param("introducerName", "Aisha")
                .param("introducerId", Ids.format(aisha.id()))
                .param("introducedName", "Aisha Johnson")
                .param("status", "MADE")
                .param("occurredOn", "2026-11-20"))
        .andExpect(status().is3xxRedirection());
    assertThat(introductions.introducing(account.id(), johnson.id()))
        .singleElement()
        .satisfies(made -> assertThat(made.introducer().contactId()).isEqualTo(aisha.id()));
    assertThat(contacts.list(account.id(), ContactFilter.all(), new PageRequest(0, 50)).total())
        .isEqualTo(before);
  }

  @Test
  void someoneIntroducedToThemselvesIsRefusedBesideTheField() throws Exception {
    Document again =
        Html.of(
            mvc.perform(
                    post("/introductions")
                        .with(csrf())
                        .param("introducerId", anaId)
                        .param("introducedName", "ana ruiz")
                        .param("status", "MADE")
                        .param("occurredOn", "2026-11-20")
                        .param("context", "Typo"))
                .andExpect(status().isUnprocessableContent()));
    assertThat(again.select("#f-introducedName-error").text()).contains("introduced to themselves");
    assertThat(again.select("#f-introducedName").val()).isEqualTo("ana ruiz");
    assertThat(again.select("#f-context").val()).isEqualTo("Typo");
    assertThat(again.select(".fixed-person").text()).isEqualTo("Ana Ruiz");
  }

  @Test
  void anIntroductionFromAPersonsPageAddsTheNewPersonAndMovesOn() throws Exception {
    Document form = Html.of(mvc.perform(get("/introductions/new").param("introducerId", anaId)));
    assertThat(form.select("h1").text()).isEqualTo("Someone Ana introduced you to");
    mvc.perform(
            post("/introductions")
                .with(csrf())
                .param("introducerId", anaId)
                .param("introducedName", "Dee Park")
                .param("introducedCompany", "Northwind")
                .param("status", "OFFERED")
                .param("occurredOn", "2026-11-20"))
        .andExpect(status().is3xxRedirection());
    Introduction made =
        introductions.introductionsBy(account.id(), ana.id(), PageRequest.of(0, 5)).items().get(0);

    mvc.perform(
            post("/introductions/" + Ids.format(made.id()) + "/advance")
                .with(csrf())
                .param("returnTo", "/people/" + anaId))
        .andExpect(redirectedUrl("/people/" + anaId));
    assertThat(introductions.get(account.id(), made.id()).status())
        .isEqualTo(IntroductionStatus.MADE);

    Document dee =
        Html.of(mvc.perform(get("/people/" + Ids.format(made.introduced().contactId()))));
    assertThat(dee.select("#introductions").text())
        .contains("How you came to know Dee")
        .contains("Ana Ruiz introduced you");
  }

  @Test
  void anIntroductionCanBeRemovedAndBroughtBack() throws Exception {
    Contact bob = contacts.addContact(account.id(), ContactCommand.named("Bob Stone"));
    Introduction made =
        introductions.recordIntroduction(
            account.id(),
            new IntroductionCommand(
                PersonInput.of(ana.id()),
                PersonInput.of(bob.id()),
                clock.today(),
                IntroductionStatus.MADE,
                null,
                null));
    String id = Ids.format(made.id());
    Document edit = Html.of(mvc.perform(get("/introductions/" + id + "/edit")));
    assertThat(edit.select("input[name=status][checked]").val()).isEqualTo("MADE");
    MvcResult removed =
        mvc.perform(post("/introductions/" + id + "/delete").with(csrf()))
            .andExpect(redirectedUrl("/people/" + anaId))
            .andReturn();
    @SuppressWarnings("unchecked")
    List<Notice> notices = (List<Notice>) removed.getFlashMap().get("notices");
    assertThat(notices.get(0).undoUrl()).startsWith("/introductions/" + id + "/restore");
    assertThat(introductions.introducing(account.id(), bob.id())).isEmpty();
    mvc.perform(post(notices.get(0).undoUrl()).with(csrf()))
        .andExpect(redirectedUrl("/people/" + anaId));
    assertThat(introductions.introducing(account.id(), bob.id())).hasSize(1);
  }

  @Test
  void theTreeIsDrawnAsAPictureWithAListAlternative() throws Exception {
    Contact carl = contacts.addContact(account.id(), ContactCommand.named("Carl Diaz"));
    Contact bob = contacts.addContact(account.id(), ContactCommand.named("Bob Stone"));
    for (long[] pair : new long[][] {{carl.id(), ana.id()}, {ana.id(), bob.id()}}) {
      introductions.recordIntroduction(
          account.id(),
          new IntroductionCommand(
              PersonInput.of(pair[0]),
              PersonInput.of(pair[1]),
              clock.today(),
              IntroductionStatus.MET,
              null,
              null));
    }
    Document tree = Html.of(mvc.perform(get("/people/" + anaId + "/introductions")));
    assertThat(tree.select("svg[role=img] title").text())
        .isEqualTo("Introduction tree for Ana Ruiz");
    assertThat(tree.select("svg desc").text())
        .isEqualTo(
            "You knew Carl Diaz first. Carl introduced you to Ana Ruiz."
                + " Ana introduced you to Bob Stone.");
    assertThat(tree.select("svg text").eachText())
        .containsExactly("You", "Carl Diaz", "Ana Ruiz · you met", "Bob Stone · you met");
    assertThat(tree.select(".tree-list a").eachText())
        .containsExactly("Carl Diaz", "Ana Ruiz", "Bob Stone");
  }

  @Test
  void someoneTheyKnowIsNotedAndBadYearsComeBackBesideTheirField() throws Exception {
    Document again =
        Html.of(
            mvc.perform(
                    post("/knows")
                        .with(csrf())
                        .param("contactId", anaId)
                        .param("otherName", "Bob Stone")
                        .param("how", "WORKED_TOGETHER")
                        .param("organization", "Fabrikam")
                        .param("fromYear", "twenty twelve")
                        .param("toYear", "2018"))
                .andExpect(status().isUnprocessableContent()));
    assertThat(again.select("#f-fromYear-error").text()).contains("Write a year");
    assertThat(again.select("#f-organization").val()).isEqualTo("Fabrikam");
    assertThat(again.select("input[name=how][checked]").val()).isEqualTo("WORKED_TOGETHER");

    mvc.perform(
            post("/knows")
                .with(csrf())
                .param("contactId", anaId)
                .param("otherName", "Bob Stone")
                .param("how", "WORKED_TOGETHER")
                .param("organization", "Fabrikam")
                .param("fromYear", "2012")
                .param("toYear", "2018"))
        .andExpect(redirectedUrl("/people/" + anaId));
    Document page = Html.of(mvc.perform(get("/people/" + anaId)));
    assertThat(page.select("#introductions").text())
        .contains("Bob Stone : worked together at Fabrikam, 2012 to 2018");
    assertThat(knows.of(account.id(), ana.id(), PageRequest.of(0, 5)).items().get(0).strength())
        .isEqualTo(0.9);
  }
}
