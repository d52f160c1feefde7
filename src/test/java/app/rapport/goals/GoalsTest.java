package app.rapport.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactCommand;
import app.rapport.contacts.ContactService;
import app.rapport.contacts.EmailAddress;
import app.rapport.model.Channel;
import app.rapport.model.Direction;
import app.rapport.model.GoalKind;
import app.rapport.model.Tier;
import app.rapport.platform.InvalidInput;
import app.rapport.platform.security.ApiTokenStore;
import app.rapport.support.ApiClient;
import app.rapport.support.DatabaseTestBase;
import app.rapport.support.Html;
import app.rapport.touchpoints.TouchpointCommand;
import app.rapport.touchpoints.TouchpointService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class GoalsTest extends DatabaseTestBase {

  @Autowired GoalService goals;
  @Autowired ContactService contacts;
  @Autowired TouchpointService touchpoints;
  @Autowired app.rapport.introductions.IntroductionService introductions;
  @Autowired MockMvc mvc;
  @Autowired ApiTokenStore tokens;

  private final LocalDate yearStart = LocalDate.of(2026, 1, 1);
  private final LocalDate yearEnd = LocalDate.of(2026, 12, 31);

  private Contact person(String name, Tier tier, LocalDate knownSince, boolean twoChannels) {
    return contacts.addContact(
        account.id(),
        new ContactCommand(
            name,
            List.of(
                new EmailAddress(name.toLowerCase().replace(' ', '.') + "@x.example", "personal")),
            List.of(),
            twoChannels
                ? "https://www.linkedin.com/in/" + name.toLowerCase().replace(' ', '-')
                : null,
            null,
            null,
            null,
            tier,
            List.of(),
            null,
            null,
            knownSince,
            null));
  }

  private void log(Contact who, LocalDate on, boolean infoInterview) {
    touchpoints.logTouchpoint(
        account.id(),
        new TouchpointCommand(
            on,
            Channel.MEAL,
            Direction.MUTUAL,
            List.of(who.id()),
            "Coffee",
            null,
            null,
            null,
            infoInterview));
  }

  private GoalView goal(GoalKind kind, int target) {
    Goal goal =
        goals.setGoal(account.id(), new GoalCommand(kind, target, yearStart, yearEnd, null));
    return goals.view(account.id(), goal.id());
  }

  @Test
  void touchpointsAndInformationalInterviewsAreCountedFromTheLog() {
    Contact ana = person("Ana Ruiz", Tier.ACTIVE, LocalDate.of(2015, 1, 1), false);
    log(ana, LocalDate.of(2026, 3, 2), false);
    log(ana, LocalDate.of(2026, 11, 20), true);
    log(ana, LocalDate.of(2025, 12, 29), false);
    assertThat(goal(GoalKind.TOUCHPOINTS, 10).progress().current()).isEqualTo(2);
    assertThat(goal(GoalKind.INFO_INTERVIEWS, 12).progress().current()).isEqualTo(1);
  }

  @Test
  void newPeopleAndRevivedDormantTiesAreCountedByDate() {
    person("Met This Year", Tier.NETWORK, LocalDate.of(2026, 5, 1), false);
    person("Met Long Ago", Tier.NETWORK, LocalDate.of(2010, 5, 1), false);
    Contact dormant = person("Old Colleague", Tier.ACTIVE, LocalDate.of(2005, 1, 1), false);
    log(dormant, LocalDate.of(2019, 6, 1), false);
    log(dormant, LocalDate.of(2026, 10, 1), false);
    assertThat(goal(GoalKind.MEET_NEW, 12).progress().current()).isEqualTo(1);
    assertThat(goal(GoalKind.RECONNECT_DORMANT, 52).progress().current()).isEqualTo(1);
  }

  @Test
  void theChannelsGoalIsTheShareOfActiveAndNetworkPeopleOnTwoChannels() {
    person("Two Ways", Tier.ACTIVE, LocalDate.of(2015, 1, 1), true);
    person("One Way", Tier.NETWORK, LocalDate.of(2015, 1, 1), false);
    person("Inner Friend", Tier.INNER, LocalDate.of(2015, 1, 1), false);
    GoalView channels = goal(GoalKind.CHANNELS, 90);
    assertThat(channels.progress().current()).isEqualTo(50);
    assertThat(channels.progress().onTrack()).isFalse();
  }

  @Test
  void aCountIsOnTrackWhenItKeepsPaceWithTheCalendar() {
    Contact ana = person("Ana Ruiz", Tier.ACTIVE, LocalDate.of(2015, 1, 1), false);
    GoalView behind = goal(GoalKind.TOUCHPOINTS, 12);
    assertThat(behind.progress().onTrack()).isFalse();
    assertThat(behind.progress().expectedByNow()).isBetween(10.0, 11.0);
    for (int month = 1; month <= 11; month++) {
      log(ana, LocalDate.of(2026, month, 3), false);
    }
    assertThat(goals.view(account.id(), behind.goal().id()).progress().onTrack()).isTrue();
  }

  @Test
  void badGoalsAreRefusedNamingTheField() throws Exception {
    assertThatThrownBy(
            () ->
                goals.setGoal(
                    account.id(), new GoalCommand(GoalKind.MEET_NEW, 0, yearStart, yearEnd, null)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.problems()).extracting("field").containsExactly("target"));
    assertThatThrownBy(
            () ->
                goals.setGoal(
                    account.id(), new GoalCommand(GoalKind.MEET_NEW, 5, yearEnd, yearStart, null)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.problems()).extracting("field").containsExactly("periodEnd"));
    ApiClient api = new ApiClient(mvc, tokens);
    api.post(
            "/api/v1/goals",
            "{\"kind\": \"GET_RICH\", \"target\": 5, \"periodStart\": \"2026-01-01\", \"periodEnd\": \"2026-12-31\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("kind"));
    api.post(
            "/api/v1/goals",
            "{\"kind\": \"MEET_NEW\", \"target\": -1, \"periodStart\": \"2026-01-01\", \"periodEnd\": \"2026-12-31\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("target"));
  }

  @Test
  void theApiSetsReadsAndChangesGoalsWithProgress() throws Exception {
    ApiClient api = new ApiClient(mvc, tokens);
    String id =
        api.create(
            "/api/v1/goals",
            "{\"kind\": \"TOUCHPOINTS\", \"target\": 208, \"periodStart\": \"2026-01-01\","
                + " \"periodEnd\": \"2026-12-31\", \"plan\": \"Every Monday after lunch, I send one message.\"}");
    api.get("/api/v1/goals/" + id)
        .andExpect(jsonPath("$.progress.current").value(0))
        .andExpect(jsonPath("$.progress.target").value(208))
        .andExpect(jsonPath("$.progress.onTrack").value(false))
        .andExpect(jsonPath("$.plan").value("Every Monday after lunch, I send one message."));
    api.patch("/api/v1/goals/" + id, "{\"target\": 100}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.target").value(100));
    api.get("/api/v1/goals").andExpect(jsonPath("$.total").value(1));
    api.delete("/api/v1/goals/" + id).andExpect(status().isNoContent());
    api.get("/api/v1/goals").andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void theNewYearWizardSetsTheTickedDefaultsForTheYear() throws Exception {
    clock.setDate(LocalDate.of(2026, 12, 15));
    var page = Html.of(mvc.perform(get("/goals/new-year")));
    assertThat(page.select("h1").text()).isEqualTo("Your networking goals for 2027");
    assertThat(page.select("fieldset.wizard-row")).hasSize(7);

    var form = post("/goals/new-year").with(csrf());
    for (int i = 0; i < 7; i++) {
      form.param("goals[" + i + "].target", page.select("#f-goals-" + i + "-target").val());
      form.param("goals[" + i + "].plan", page.select("#f-goals-" + i + "-plan").text());
    }
    form.param("goals[0].chosen", "true").param("goals[2].chosen", "true");
    mvc.perform(form).andExpect(status().is3xxRedirection());

    List<GoalView> set =
        goals.allGoals(account.id(), app.rapport.platform.db.PageRequest.of(0, 10)).items();
    assertThat(set)
        .extracting(v -> v.goal().kind())
        .containsExactlyInAnyOrder(GoalKind.RECONNECT_DORMANT, GoalKind.TOUCHPOINTS);
    assertThat(set)
        .allSatisfy(v -> assertThat(v.goal().periodStart()).isEqualTo(LocalDate.of(2027, 1, 1)));
    assertThat(set).allSatisfy(v -> assertThat(v.goal().plan()).isNotBlank());
  }

  @Test
  void theWizardRefusesABadTargetAndKeepsEverythingTyped() throws Exception {
    var result =
        mvc.perform(
                post("/goals/new-year")
                    .with(csrf())
                    .param("goals[1].chosen", "true")
                    .param("goals[1].target", "none")
                    .param("goals[1].plan", "My plan"))
            .andExpect(status().isUnprocessableContent());
    var page = Html.of(result);
    assertThat(page.select("#f-goals-1-target-error").text()).contains("whole number");
    assertThat(page.select("#f-goals-1-plan").text()).isEqualTo("My plan");
    assertThat(goals.allGoals(account.id(), app.rapport.platform.db.PageRequest.of(0, 10)).total())
        .isZero();
  }

  @Test
  void progressIsWrittenDownWeekByWeek() {
    Contact ana = person("Ana Ruiz", Tier.ACTIVE, LocalDate.of(2015, 1, 1), false);
    GoalView goal = goal(GoalKind.TOUCHPOINTS, 50);
    log(ana, clock.today(), false);
    clock.setDate(clock.today().plusWeeks(1));
    log(ana, clock.today(), false);
    List<GoalWeek> weeks = goals.view(account.id(), goal.goal().id()).weeks();
    assertThat(weeks).extracting(GoalWeek::progress).containsExactly(0.0, 2.0);
  }

  @Test
  void introductionsAskedForAreCountedEvenOnceTheyAreMade() {
    Contact ana = person("Ana Ruiz", Tier.ACTIVE, LocalDate.of(2015, 1, 1), false);
    Contact bob = person("Bob Lee", Tier.NETWORK, LocalDate.of(2015, 1, 1), false);
    var asked = introductions.askForIntroduction(account.id(), ana.id(), bob.id(), "Finance team");
    introductions.advance(account.id(), asked.id());
    assertThat(goal(GoalKind.INTRODUCTIONS_ASKED, 12).progress().current()).isEqualTo(1);
  }
}
