package app.rapport.keepintouch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactCommand;
import app.rapport.contacts.ContactService;
import app.rapport.model.Channel;
import app.rapport.model.Direction;
import app.rapport.model.Tier;
import app.rapport.platform.db.Ids;
import app.rapport.platform.security.ApiTokenStore;
import app.rapport.support.ApiClient;
import app.rapport.support.DatabaseTestBase;
import app.rapport.support.Html;
import app.rapport.touchpoints.TouchpointCommand;
import app.rapport.touchpoints.TouchpointService;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class TodayPageTest extends DatabaseTestBase {

  @Autowired MockMvc mvc;
  @Autowired ContactService contacts;
  @Autowired TouchpointService touchpoints;
  @Autowired ApiTokenStore tokens;
  Contact ana;

  @BeforeEach
  void overduePerson() {
    ana =
        contacts.addContact(
            account.id(),
            new ContactCommand(
                "Ana Ruiz",
                List.of(),
                List.of(),
                null,
                "Contoso Health",
                "Practice Manager",
                null,
                Tier.ACTIVE,
                List.of(),
                null,
                null,
                clock.today().minusYears(5),
                null));
    touchpoints.logTouchpoint(
        account.id(),
        new TouchpointCommand(
            clock.today().minusDays(200),
            Channel.MEAL,
            Direction.MUTUAL,
            List.of(ana.id()),
            "Lunch",
            null,
            null,
            null));
    Contact bob = contacts.addContact(account.id(), ContactCommand.named("Bob Lee"));
    touchpoints.logTouchpoint(
        account.id(),
        new TouchpointCommand(
            clock.today().minusDays(2),
            Channel.PHONE,
            Direction.MUTUAL,
            List.of(bob.id()),
            "Call",
            null,
            clock.today().plusDays(1),
            "Send the report"));
  }

  @Test
  void thePlanShowsEachSuggestionWithItsReasonOpenerAndActions() throws Exception {
    Document page = Html.of(mvc.perform(get("/today")));
    assertThat(page.select("h2").eachText()).contains("Promises due", "Keep in touch");
    var keep = page.select("#plan-KEEP_IN_TOUCH ~ ul .plan-item").first();
    assertThat(keep.select("h3").text()).startsWith("Ana Ruiz");
    assertThat(keep.text()).contains("You last spoke in May").contains("every few months");
    assertThat(keep.select("blockquote").text()).startsWith("Hi Ana");
    assertThat(keep.select("a.button").attr("href"))
        .isEqualTo(
            "/touchpoints/new?contactId="
                + Ids.format(ana.id())
                + "&returnTo=/today&summary=Caught+up");
    assertThat(page.select("#plan-FOLLOW_UP ~ ul .plan-item").text()).contains("Send the report");
  }

  @Test
  void snoozingFromThePlanTakesThePersonOutAndOffersUndo() throws Exception {
    var result =
        mvc.perform(
                post("/people/" + Ids.format(ana.id()) + "/keep-in-touch/snooze")
                    .with(csrf())
                    .param("for", "MONTH")
                    .param("returnTo", "/today"))
            .andExpect(redirectedUrl("/today"))
            .andReturn();
    assertThat(result.getFlashMap().toString())
        .contains("Ana Ruiz will be suggested again from 26 December 2026");
    assertThat(Html.of(mvc.perform(get("/today"))).select("#plan-KEEP_IN_TOUCH")).isEmpty();
    mvc.perform(post("/people/" + Ids.format(ana.id()) + "/keep-in-touch/resume").with(csrf()));
    assertThat(Html.of(mvc.perform(get("/today"))).select("#plan-KEEP_IN_TOUCH")).hasSize(1);
  }

  @Test
  void aBadSnoozeDateIsExplained() throws Exception {
    var result =
        mvc.perform(
                post("/people/" + Ids.format(ana.id()) + "/keep-in-touch/snooze")
                    .with(csrf())
                    .param("until", "2020-01-01")
                    .param("returnTo", "/today"))
            .andReturn();
    assertThat(result.getFlashMap().toString()).contains("Choose a day after today.");

    // shown apart from confirmations, as a problem, announced at once
    Document today = Html.of(mvc.perform(get("/today").flashAttrs(result.getFlashMap())));
    assertThat(today.select(".notices[role=alert] .notice.problem").text())
        .isEqualTo("Not done. Not put off: Choose a day after today.");
    assertThat(today.select(".notices[role=status]")).isEmpty();
  }

  @Test
  void followUpsCanBeDoneFromTheirList() throws Exception {
    Document list = Html.of(mvc.perform(get("/follow-ups")));
    String action = list.select("form[action$=/done]").attr("action");
    mvc.perform(post(action).with(csrf())).andExpect(redirectedUrl("/follow-ups"));
    assertThat(Html.of(mvc.perform(get("/follow-ups"))).text()).contains("No follow-ups open");
  }

  @Test
  void theApiAnswersTodayWithReasonsAndActsOnSuggestions() throws Exception {
    ApiClient api = new ApiClient(mvc, tokens);
    String id = Ids.format(ana.id());
    api.get("/api/v1/today")
        .andExpect(jsonPath("$.items[0].kind").value("FOLLOW_UP"))
        .andExpect(jsonPath("$.items[1].kind").value("KEEP_IN_TOUCH"))
        .andExpect(jsonPath("$.items[1].contactId").value(id))
        .andExpect(jsonPath("$.items[1].reason").isString())
        .andExpect(jsonPath("$.items[1].dueOn").isString());
    api.get("/api/v1/contacts/" + id + "/keep-in-touch")
        .andExpect(jsonPath("$.state").value("NUDGE"))
        .andExpect(jsonPath("$.lastTwoWayOn").value(clock.today().minusDays(200).toString()));
    api.post("/api/v1/contacts/" + id + "/keep-in-touch/snooze", "{\"for\": \"WEEK\"}")
        .andExpect(jsonPath("$.snoozedUntil").value(clock.today().plusWeeks(1).toString()));
    api.post("/api/v1/contacts/" + id + "/keep-in-touch/snooze", "{\"for\": \"YEAR\"}")
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                .isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("for"));
    api.post("/api/v1/contacts/" + id + "/keep-in-touch/end", "")
        .andExpect(jsonPath("$.ended").value(true));
    api.get("/api/v1/today")
        .andExpect(jsonPath("$.items.length()").value(1))
        .andExpect(jsonPath("$.items[0].fullName").value("Bob Lee"));
  }
}
