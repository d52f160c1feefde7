package app.rapport.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactCommand;
import app.rapport.contacts.ContactService;
import app.rapport.introductions.Introduction;
import app.rapport.introductions.IntroductionCommand;
import app.rapport.introductions.IntroductionService;
import app.rapport.introductions.IntroductionStatus;
import app.rapport.introductions.PersonInput;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.support.DatabaseTestBase;
import app.rapport.support.Html;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class OpportunitiesPageTest extends DatabaseTestBase {

  @Autowired MockMvc mvc;
  @Autowired ContactService contacts;
  @Autowired IntroductionService introductions;
  @Autowired OpportunityService opportunities;
  Contact carl;
  Contact ana;
  Contact bob;
  Introduction anaToBob;

  private Introduction introduce(Contact from, Contact to) {
    return introductions.recordIntroduction(
        account.id(),
        new IntroductionCommand(
            PersonInput.of(from.id()),
            PersonInput.of(to.id()),
            clock.today(),
            IntroductionStatus.MET,
            null,
            null));
  }

  @BeforeEach
  void chain() {
    carl = contacts.addContact(account.id(), ContactCommand.named("Carl Diaz"));
    ana = contacts.addContact(account.id(), ContactCommand.named("Ana Ruiz"));
    bob =
        contacts.addContact(
            account.id(),
            new ContactCommand(
                "Bob Stone",
                null,
                null,
                null,
                "Fabrikam Medical",
                "Clinic Director",
                null,
                app.rapport.model.Tier.NETWORK,
                null,
                null,
                null,
                null,
                null));
    introduce(carl, ana);
    anaToBob = introduce(ana, bob);
  }

  @Test
  void anOpportunityFromAnIntroductionIsAddedAndShowsItsChain() throws Exception {
    Document form =
        Html.of(
            mvc.perform(
                get("/opportunities/new").param("introductionId", Ids.format(anaToBob.id()))));
    assertThat(form.select("#f-organization").val()).isEqualTo("Fabrikam Medical");
    assertThat(form.select("#f-people-0-fullName").val()).isEqualTo("Bob Stone");
    assertThat(form.select(".lead").text()).contains("Ana Ruiz introduced you to Bob Stone");

    String location =
        mvc.perform(
                post("/opportunities")
                    .with(csrf())
                    .param("title", "Practice Manager")
                    .param("organization", "Fabrikam Medical")
                    .param("stage", "LEAD")
                    .param("source", "INTRODUCTION")
                    .param("openedOn", "2026-11-20")
                    .param("introductionId", Ids.format(anaToBob.id()))
                    .param("people[0].contactId", Ids.format(bob.id()))
                    .param("people[0].fullName", "Bob Stone")
                    .param("people[0].role", "SOURCE")
                    .param("people[1].fullName", "Helen Ward")
                    .param("people[1].role", "HIRING_MANAGER")
                    .param("people[2].fullName", ""))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    Document page = Html.of(mvc.perform(get(location)));
    assertThat(page.select("h1").text()).isEqualTo("Practice Manager at Fabrikam Medical");
    assertThat(page.select(".chain-step").eachText())
        .containsExactly(
            "You",
            "Carl Diaz you knew them",
            "Ana Ruiz introduced by Carl, 26 November 2026",
            "Bob Stone introduced by Ana, 26 November 2026",
            "This opportunity");
    assertThat(page.select("dl.details").text()).contains("Helen Ward (Hiring manager)");
    assertThat(page.select("table tbody tr").eachText())
        .containsExactly("20 November 2026 Started Lead");

    Document bobsPage = Html.of(mvc.perform(get("/people/" + Ids.format(bob.id()))));
    assertThat(bobsPage.select("#opportunities a").eachText())
        .contains("Practice Manager at Fabrikam Medical");

    // clearing a person's name in the form takes them off the opportunity
    String id = location.substring(location.lastIndexOf('/') + 1);
    Document edit = Html.of(mvc.perform(get(location + "/edit")));
    assertThat(edit.select("#f-people-1-fullName").val()).isEqualTo("Helen Ward");
    mvc.perform(
            post(location)
                .with(csrf())
                .param("title", "Practice Manager")
                .param("organization", "Fabrikam Medical")
                .param("stage", "LEAD")
                .param("source", "INTRODUCTION")
                .param("openedOn", "2026-11-20")
                .param("introductionId", Ids.format(anaToBob.id()))
                .param("version", edit.select("input[name=version]").val())
                .param("people[0].contactId", edit.select("input[name=people[0].contactId]").val())
                .param("people[0].fullName", "Bob Stone")
                .param("people[0].role", "SOURCE")
                .param("people[1].contactId", edit.select("input[name=people[1].contactId]").val())
                .param("people[1].fullName", "")
                .param("people[1].role", "HIRING_MANAGER"))
        .andExpect(redirectedUrl(location));
    assertThat(opportunities.get(account.id(), Ids.parse(id).orElseThrow()).people())
        .extracting(p -> p.person().fullName())
        .containsExactly("Bob Stone");
    // Ana, who made the introduction, sees it on her page too
    Document anasPage = Html.of(mvc.perform(get("/people/" + Ids.format(ana.id()))));
    assertThat(anasPage.select("#opportunities a").eachText())
        .contains("Practice Manager at Fabrikam Medical");
  }

  @Test
  void theBoardMovesACardWithButtonsAndKeepsTheHistory() throws Exception {
    Opportunity lead =
        opportunities.addOpportunity(
            account.id(),
            new OpportunityCommand(
                "Analyst", "Contoso", Stage.LEAD, null, null, null, null, null, null, null, null));
    Document board = Html.of(mvc.perform(get("/opportunities")));
    assertThat(board.select(".board-column h2").eachText())
        .containsExactly(
            "Lead (1)",
            "Applied (0)",
            "Interviewing (0)",
            "Offer (0)",
            "Accepted (0)",
            "Closed (0)");
    assertThat(board.select("#stage-LEAD ~ ul button").first().text())
        .isEqualTo("Move to Applied (Analyst at Contoso)");

    mvc.perform(
            post("/opportunities/" + Ids.format(lead.id()) + "/stage")
                .with(csrf())
                .param("stage", "INTERVIEWING")
                .param("returnTo", "/opportunities"))
        .andExpect(redirectedUrl("/opportunities"));
    board = Html.of(mvc.perform(get("/opportunities")));
    assertThat(board.select("section[aria-labelledby=stage-INTERVIEWING] h3").eachText())
        .containsExactly("Analyst");
    assertThat(opportunities.history(account.id(), lead.id()))
        .extracting(StageChange::to)
        .containsExactly(Stage.LEAD, Stage.INTERVIEWING);
  }

  @Test
  void mistakesComeBackBesideTheirFieldsWithEverythingKept() throws Exception {
    Document again =
        Html.of(
            mvc.perform(
                    post("/opportunities")
                        .with(csrf())
                        .param("title", "")
                        .param("organization", "Fabrikam")
                        .param("stage", "DREAMING")
                        .param("openedOn", "yesterday")
                        .param("people[0].fullName", "Nobody Known")
                        .param("people[0].role", "REFERRER")
                        .param("notes", "Heard about it at church"))
                .andExpect(status().isUnprocessableContent()));
    assertThat(again.select("#error-summary li").eachText())
        .anySatisfy(t -> assertThat(t).contains("listed stages"))
        .anySatisfy(t -> assertThat(t).contains("year-month-day"));
    assertThat(again.select("#f-organization").val()).isEqualTo("Fabrikam");
    assertThat(again.select("#f-notes").text()).isEqualTo("Heard about it at church");
    assertThat(again.select("#f-people-0-fullName").val()).isEqualTo("Nobody Known");
    assertThat(opportunities.list(account.id(), null, null, PageRequest.of(0, 5)).total()).isZero();
    assertThat(
            contacts
                .list(account.id(), app.rapport.contacts.ContactFilter.all(), PageRequest.of(0, 10))
                .total())
        .isEqualTo(3);
  }

  @Test
  void theInsightsPageShowsAChartAndATableThatAddUp() throws Exception {
    opportunities.addOpportunity(
        account.id(),
        new OpportunityCommand(
            "A",
            null,
            Stage.INTERVIEWING,
            null,
            null,
            null,
            null,
            null,
            null,
            anaToBob.id(),
            null));
    opportunities.addOpportunity(
        account.id(),
        new OpportunityCommand(
            "B", null, Stage.APPLIED, null, null, null, null, null, null, null, null));
    Document insights = Html.of(mvc.perform(get("/opportunities/insights")));
    assertThat(insights.select("svg[role=img]")).hasSize(3);
    assertThat(insights.select("#chart-source-desc").text())
        .isEqualTo(
            "By how they came. An introduction: 1 opportunity, 1 reached an interview."
                + " You applied directly: 1 opportunity, 0 reached an interview.");
    assertThat(insights.select("section[aria-labelledby=source-heading] tbody tr").eachText())
        .containsExactly("An introduction 1 1 0 0 0", "You applied directly 1 0 0 0 0");
    assertThat(insights.select("section[aria-labelledby=source-heading] tfoot").text())
        .isEqualTo("All 2");
  }
}
