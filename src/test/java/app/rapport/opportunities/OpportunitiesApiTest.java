package app.rapport.opportunities;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.rapport.contacts.ContactService;
import app.rapport.platform.security.ApiTokenStore;
import app.rapport.support.ApiClient;
import app.rapport.support.DatabaseTestBase;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class OpportunitiesApiTest extends DatabaseTestBase {

  @Autowired MockMvc mvc;
  @Autowired ApiTokenStore tokens;
  @Autowired ContactService contacts;
  ApiClient api;
  String carl;
  String ana;
  String bob;
  String anaToBob;

  @BeforeEach
  void chain() throws Exception {
    api = new ApiClient(mvc, tokens);
    carl = api.create("/api/v1/contacts", "{\"fullName\": \"Carl Diaz\"}");
    ana = api.create("/api/v1/contacts", "{\"fullName\": \"Ana Ruiz\"}");
    bob =
        api.create("/api/v1/contacts", "{\"fullName\": \"Bob Stone\", \"company\": \"Fabrikam\"}");
    api.create(
        "/api/v1/introductions",
        "{\"introducerId\": \""
            + carl
            + "\", \"introducedId\": \""
            + ana
            + "\", \"occurredOn\": \"2026-06-01\", \"status\": \"MET\"}");
    anaToBob =
        api.create(
            "/api/v1/introductions",
            "{\"introducerId\": \""
                + ana
                + "\", \"introducedId\": \""
                + bob
                + "\", \"occurredOn\": \"2026-10-01\", \"status\": \"MET\"}");
  }

  @Test
  void theListIsReadPageByPageMostRecentlyChangedFirst() throws Exception {
    for (String title : List.of("Analyst", "Coordinator", "Practice Manager")) {
      api.create("/api/v1/opportunities", "{\"title\": \"" + title + "\"}");
      clock.advance(Duration.ofMinutes(5));
    }

    api.get("/api/v1/opportunities?size=2&page=0")
        .andExpect(jsonPath("$.total").value(3))
        .andExpect(jsonPath("$.items[*].title", contains("Practice Manager", "Coordinator")));
    api.get("/api/v1/opportunities?size=2&page=1")
        .andExpect(jsonPath("$.items[*].title", contains("Analyst")));
  }

  private String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
    return result.andReturn().getResponse().getContentAsString();
  }

  private String fromBob(String title) throws Exception {
    return api.create(
        "/api/v1/opportunities",
        "{\"title\": \""
            + title
            + "\", \"organization\": \"Fabrikam Medical\", \"introductionId\": \""
            + anaToBob
            + "\", \"sourceContactIds\": [\""
            + bob
            + "\"]}");
  }

  @Test
  void anOpportunityFromAnIntroductionShowsTheChainThatLedToIt() throws Exception {
    String id =
        JsonPath.read(
            body(
                api.post(
                        "/api/v1/opportunities",
                        "{\"title\": \"Practice Manager\", \"organization\": \"Fabrikam Medical\","
                            + " \"introductionId\": \""
                            + anaToBob
                            + "\", \"sourceContactIds\": [\""
                            + bob
                            + "\"], \"people\": [{\"fullName\": \"Helen Ward\", \"role\":"
                            + " \"HIRING_MANAGER\"}], \"channel\": \"MEAL\","
                            + " \"nextStep\": \"Send my CV\", \"nextStepOn\": \"2026-12-01\"}")
                    .andExpect(status().isCreated())
                    .andExpect(
                        header().string("Location", containsString("/api/v1/opportunities/")))
                    .andExpect(jsonPath("$.stage").value("LEAD"))
                    .andExpect(jsonPath("$.source").value("INTRODUCTION"))
                    .andExpect(jsonPath("$.sourceContactIds", contains(bob)))
                    .andExpect(jsonPath("$.people[1].fullName").value("Helen Ward"))
                    .andExpect(jsonPath("$.people[1].role").value("HIRING_MANAGER"))
                    .andExpect(jsonPath("$.organization").value("Fabrikam Medical"))),
            "$.id");

    api.post("/api/v1/opportunities/" + id + "/stage", "{\"stage\": \"INTERVIEWING\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.stage").value("INTERVIEWING"))
        .andExpect(jsonPath("$.furthestStage").value("INTERVIEWING"));

    api.get("/api/v1/opportunities/" + id + "/origin")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.chain[*].fullName", contains("Carl Diaz", "Ana Ruiz", "Bob Stone")))
        .andExpect(jsonPath("$.chain[0].introductionId").doesNotExist())
        .andExpect(jsonPath("$.chain[2].introductionId").value(anaToBob))
        .andExpect(jsonPath("$.chain[2].introducedById").value(ana))
        .andExpect(
            jsonPath("$.summary")
                .value(
                    "You → Carl Diaz → Ana Ruiz → Bob Stone → Practice Manager at Fabrikam Medical"
                        + " (Interviewing)"));
    api.get("/api/v1/opportunities/" + id + "/history")
        .andExpect(jsonPath("$[*].to", contains("LEAD", "INTERVIEWING")))
        .andExpect(jsonPath("$[1].from").value("LEAD"));
    // Ana, who made the introduction, took part too
    api.get("/api/v1/opportunities?contactId=" + ana).andExpect(jsonPath("$.total").value(1));
  }

  @Test
  void anOpportunityFoundAloneHasNoChain() throws Exception {
    String id =
        api.create("/api/v1/opportunities", "{\"title\": \"Analyst\", \"stage\": \"APPLIED\"}");
    api.get("/api/v1/opportunities/" + id)
        .andExpect(jsonPath("$.source").value("DIRECT_APPLICATION"))
        .andExpect(jsonPath("$.tieStrength").doesNotExist());
    api.get("/api/v1/opportunities/" + id + "/origin")
        .andExpect(jsonPath("$.chain", hasSize(0)))
        .andExpect(jsonPath("$.summary").value("You → Analyst (Applied)"));
  }

  @Test
  void anUnknownStageOrPersonIsRefusedNamingTheField() throws Exception {
    String id = fromBob("Practice Manager");
    api.post("/api/v1/opportunities/" + id + "/stage", "{\"stage\": \"DREAMING\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("stage"))
        .andExpect(jsonPath("$.errors[0].message", containsString("LEAD, APPLIED, INTERVIEWING")));
    api.patch("/api/v1/opportunities/" + id, "{\"stage\": \"HIRED\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("stage"));
    api.post("/api/v1/opportunities", "{\"title\": \"X\", \"stage\": \"SOMEDAY\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("stage"));
    api.post(
            "/api/v1/opportunities",
            "{\"title\": \"X\", \"sourceContactIds\": [\"" + bob + "\", \"0AAAAAAAAAAAA\"]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("sourceContactIds[1]"))
        .andExpect(jsonPath("$.errors[0].message", containsString("no such person")));
    api.post("/api/v1/opportunities", "{\"organization\": \"Fabrikam\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("title"));
    api.post(
            "/api/v1/opportunities",
            "{\"title\": \"X\", \"introductionId\": \"0AAAAAAAAAAAA\", \"openedOn\": \"2027-02-01\"}")
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath(
                "$.errors[*].field",
                org.hamcrest.Matchers.containsInAnyOrder("introductionId", "openedOn")));
    api.get("/api/v1/opportunities").andExpect(jsonPath("$.total").value(1));
    api.get("/api/v1/opportunities/" + id).andExpect(jsonPath("$.stage").value("LEAD"));
  }

  @Test
  void editingKeepsTheHistoryAndRefusesAStaleVersion() throws Exception {
    String id = fromBob("Practice Manager");
    api.patch("/api/v1/opportunities/" + id, "{\"stage\": \"APPLIED\", \"version\": 1}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.stage").value("APPLIED"))
        .andExpect(jsonPath("$.sourceContactIds", contains(bob)));
    api.patch("/api/v1/opportunities/" + id, "{\"notes\": \"stale\", \"version\": 1}")
        .andExpect(status().isConflict());
    api.post("/api/v1/opportunities/" + id + "/stage", "{\"stage\": \"OFFER\"}");
    api.post("/api/v1/opportunities/" + id + "/stage", "{\"stage\": \"CLOSED\"}")
        .andExpect(jsonPath("$.stage").value("CLOSED"))
        .andExpect(jsonPath("$.furthestStage").value("OFFER"));
    api.get("/api/v1/opportunities/" + id + "/history")
        .andExpect(jsonPath("$[*].to", contains("LEAD", "APPLIED", "OFFER", "CLOSED")));

    api.delete("/api/v1/opportunities/" + id).andExpect(status().isNoContent());
    api.get("/api/v1/opportunities/" + id).andExpect(status().isNotFound());
    api.post("/api/v1/opportunities/" + id + "/restore", "").andExpect(status().isOk());
    api.get("/api/v1/opportunities?stage=CLOSED").andExpect(jsonPath("$.total").value(1));
  }

  @Test
  void deletingAPersonKeepsTheirIntroductionsAndOpportunitiesMarkedAsRemoved() throws Exception {
    String id = fromBob("Practice Manager");
    api.delete("/api/v1/contacts/" + bob).andExpect(status().isNoContent());

    api.get("/api/v1/introductions/" + anaToBob)
        .andExpect(jsonPath("$.introduced.fullName").value("Bob Stone"))
        .andExpect(jsonPath("$.introduced.removed").value(true));

    // thirty days on, the person is removed for good; what they were part of stays
    clock.advance(Duration.ofDays(31));
    contacts.purgeExpiredDeletions();
    api.get("/api/v1/contacts/" + bob).andExpect(status().isNotFound());

    api.get("/api/v1/introductions/" + anaToBob)
        .andExpect(jsonPath("$.introduced.fullName").value("Bob Stone"))
        .andExpect(jsonPath("$.introduced.removed").value(true))
        .andExpect(jsonPath("$.introducer.removed").value(false));
    api.get("/api/v1/introductions?contactId=" + ana).andExpect(jsonPath("$.total").value(2));
    api.get("/api/v1/opportunities/" + id)
        .andExpect(jsonPath("$.people[0].fullName").value("Bob Stone"))
        .andExpect(jsonPath("$.people[0].removed").value(true));
    api.get("/api/v1/opportunities/" + id + "/origin")
        .andExpect(jsonPath("$.chain[*].fullName", contains("Carl Diaz", "Ana Ruiz", "Bob Stone")))
        .andExpect(jsonPath("$.chain[2].removed").value(true))
        .andExpect(jsonPath("$.summary", containsString("Bob Stone (removed) → Practice Manager")));
    // the opportunity can still be edited with its removed person on it
    api.patch("/api/v1/opportunities/" + id, "{\"notes\": \"Bob moved abroad\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.people[0].removed").value(true));
    api.get("/api/v1/knows-links?contactId=" + ana).andExpect(jsonPath("$.total").value(1));
  }

  /**
   * Five opportunities, counted by hand:
   *
   * <pre>
   * title  source (how it came)   brought by        stage now      furthest
   * A      INTRODUCTION           Ana (one coffee)  INTERVIEWING   INTERVIEWING
   * B      INTRODUCTION           Ana               CLOSED         OFFER
   * C      RECRUITER              Rita (no contact) APPLIED        APPLIED
   * D      DIRECT_APPLICATION     nobody            LEAD           LEAD
   * E      CONTACT                Carl (none)       ACCEPTED       ACCEPTED
   * </pre>
   *
   * By source: INTRODUCTION 2 (2 reached an interview, 1 an offer), CONTACT 1 (1, 1), RECRUITER 1
   * (0, 0), DIRECT_APPLICATION 1 (0, 0): 5 in all. By tie: Ana had one coffee with the user this
   * week (closeness about 0.55: moderate); Rita and Carl none (about 0.13: weak); D nobody.
   */
  @Test
  void insightsReconcileWithTheOpportunitiesTheyCount() throws Exception {
    String rita = api.create("/api/v1/contacts", "{\"fullName\": \"Rita Recruiter\"}");
    api.create(
        "/api/v1/touchpoints",
        "{\"occurredOn\": \"2026-11-24\", \"channel\": \"MEAL\", \"contactIds\": [\""
            + ana
            + "\"]}");
    String a = fromBob("A");
    String b = fromBob("B");
    String c =
        api.create(
            "/api/v1/opportunities",
            "{\"title\": \"C\", \"source\": \"RECRUITER\", \"stage\": \"APPLIED\", \"channel\":"
                + " \"EMAIL\", \"sourceContactIds\": [\""
                + rita
                + "\"]}");
    api.create("/api/v1/opportunities", "{\"title\": \"D\"}");
    String e =
        api.create(
            "/api/v1/opportunities",
            "{\"title\": \"E\", \"stage\": \"INTERVIEWING\", \"channel\": \"EMAIL\","
                + " \"sourceContactIds\": [\""
                + carl
                + "\"]}");
    api.post("/api/v1/opportunities/" + a + "/stage", "{\"stage\": \"INTERVIEWING\"}");
    api.post("/api/v1/opportunities/" + b + "/stage", "{\"stage\": \"OFFER\"}");
    api.post("/api/v1/opportunities/" + b + "/stage", "{\"stage\": \"CLOSED\"}");
    api.post("/api/v1/opportunities/" + e + "/stage", "{\"stage\": \"ACCEPTED\"}");
    api.get("/api/v1/opportunities/" + c).andExpect(jsonPath("$.tieStrength").value("WEAK"));
    api.get("/api/v1/opportunities/" + a).andExpect(jsonPath("$.tieStrength").value("MODERATE"));

    String insights = body(api.get("/api/v1/opportunities/insights").andExpect(status().isOk()));
    long listed =
        ((Number) JsonPath.read(body(api.get("/api/v1/opportunities")), "$.total")).longValue();
    org.assertj.core.api.Assertions.assertThat(listed).isEqualTo(5);
    org.assertj.core.api.Assertions.assertThat(
            ((Number) JsonPath.read(insights, "$.total")).longValue())
        .isEqualTo(listed);
    for (String grouping : List.of("bySource", "byTieStrength", "byChannel")) {
      List<Number> totals = JsonPath.read(insights, "$." + grouping + "[*].total");
      org.assertj.core.api.Assertions.assertThat(totals.stream().mapToLong(Number::longValue).sum())
          .as(grouping + " adds up to every opportunity")
          .isEqualTo(listed);
    }
    List<Map<String, Object>> bySource = JsonPath.read(insights, "$.bySource");
    org.assertj.core.api.Assertions.assertThat(bySource)
        .extracting(
            r ->
                r.get("key")
                    + " "
                    + r.get("total")
                    + " "
                    + r.get("reachedInterview")
                    + " "
                    + r.get("reachedOffer")
                    + " "
                    + r.get("closed"))
        .containsExactly(
            "INTRODUCTION 2 2 1 1",
            "CONTACT 1 1 1 0",
            "RECRUITER 1 0 0 0",
            "DIRECT_APPLICATION 1 0 0 0");
    List<Map<String, Object>> byTie = JsonPath.read(insights, "$.byTieStrength");
    org.assertj.core.api.Assertions.assertThat(byTie)
        .extracting(r -> r.get("key") + " " + r.get("total"))
        .containsExactly("MODERATE 2", "WEAK 2", "NONE 1");
    List<Map<String, Object>> byChannel = JsonPath.read(insights, "$.byChannel");
    org.assertj.core.api.Assertions.assertThat(byChannel)
        .extracting(r -> r.get("key") + " " + r.get("total"))
        .containsExactly("EMAIL 2", "NONE 3");
    api.get("/api/v1/opportunities/insights")
        .andExpect(jsonPath("$.bySource[0].furthest.INTERVIEWING").value(1))
        .andExpect(jsonPath("$.bySource[0].furthest.OFFER").value(1));
  }
}
