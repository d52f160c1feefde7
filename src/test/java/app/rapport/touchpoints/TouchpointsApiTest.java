package app.rapport.touchpoints;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.rapport.platform.security.ApiTokenStore;
import app.rapport.support.ApiClient;
import app.rapport.support.DatabaseTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class TouchpointsApiTest extends DatabaseTestBase {

  @Autowired MockMvc mvc;
  @Autowired ApiTokenStore tokens;
  ApiClient api;
  String ana;
  String luis;

  @BeforeEach
  void people() throws Exception {
    api = new ApiClient(mvc, tokens);
    ana = api.create("/api/v1/contacts", "{\"fullName\": \"Ana Ruiz\", \"tags\": [\"church\"]}");
    luis = api.create("/api/v1/contacts", "{\"fullName\": \"Luis Fernández\"}");
  }

  private String log(String date, String channel, String... people) throws Exception {
    return api.create(
        "/api/v1/touchpoints",
        "{\"occurredOn\": \""
            + date
            + "\", \"channel\": \""
            + channel
            + "\", \"contactIds\": [\""
            + String.join("\", \"", people)
            + "\"], \"summary\": \""
            + channel
            + " on "
            + date
            + "\"}");
  }

  @Test
  void logsATouchpointWithSeveralPeopleAndAFollowUp() throws Exception {
    api.post(
            "/api/v1/touchpoints",
            "{\"occurredOn\": \"2026-11-20\", \"channel\": \"MEAL\", \"direction\": \"MUTUAL\","
                + " \"contactIds\": [\""
                + ana
                + "\", \""
                + luis
                + "\"], \"summary\": \"Lunch\","
                + " \"followUpOn\": \"2026-11-27\", \"followUpWhat\": \"Send the article\"}")
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", containsString("/api/v1/touchpoints/")))
        .andExpect(jsonPath("$.contactIds", containsInAnyOrder(ana, luis)))
        .andExpect(jsonPath("$.people[*].fullName", contains("Ana Ruiz", "Luis Fernández")))
        .andExpect(jsonPath("$.channel").value("MEAL"))
        .andExpect(jsonPath("$.followUpOn").value("2026-11-27"))
        .andExpect(jsonPath("$.followUpWhat").value("Send the article"));

    api.get("/api/v1/contacts/" + ana)
        .andExpect(jsonPath("$.lastContactOn").value("2026-11-20"))
        .andExpect(jsonPath("$.warmth").value(org.hamcrest.Matchers.greaterThan(0.9)));
    api.get("/api/v1/follow-ups")
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].fullName").value("Ana Ruiz"));
  }

  @Test
  void refusesBadTouchpointsNamingEachField() throws Exception {
    api.post(
            "/api/v1/touchpoints",
            "{\"occurredOn\": \"2026-12-25\", \"channel\": \"EMAIL\", \"contactIds\": [\""
                + ana
                + "\"]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("occurredOn"))
        .andExpect(jsonPath("$.errors[0].message", containsString("future")));
    api.post(
            "/api/v1/touchpoints",
            "{\"occurredOn\": \"2026-11-20\", \"channel\": \"EMAIL\", \"contactIds\": []}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("contactIds"));
    api.post(
            "/api/v1/touchpoints",
            "{\"occurredOn\": \"2026-11-20\", \"channel\": \"EMAIL\", \"contactIds\": [\"0AAAAAAAAAAAA\"]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("contactIds[0]"));
    api.post(
            "/api/v1/touchpoints",
            "{\"occurredOn\": \"2026-11-20\", \"channel\": \"PIGEON\", \"contactIds\": [\""
                + ana
                + "\"]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("channel"))
        .andExpect(jsonPath("$.errors[0].message", containsString("EMAIL")));
    api.post(
            "/api/v1/touchpoints",
            "{\"occurredOn\": \"2026-11-20\", \"channel\": \"EMAIL\", \"contactIds\": [\""
                + ana
                + "\"],"
                + " \"followUpOn\": \"2026-11-19\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("followUpOn"));
    api.post("/api/v1/touchpoints", "{\"channel\": \"EMAIL\", \"contactIds\": [\"" + ana + "\"]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("occurredOn"));
    api.get("/api/v1/contacts/" + ana + "/touchpoints").andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void aPersonsTimelineIsNewestFirstAndPaged() throws Exception {
    log("2026-01-10", "EMAIL", ana);
    log("2026-06-01", "PHONE", ana, luis);
    log("2026-03-15", "MEAL", ana);
    log("2026-04-01", "VIDEO", luis);
    api.get("/api/v1/contacts/" + ana + "/touchpoints?size=2")
        .andExpect(jsonPath("$.total").value(3))
        .andExpect(jsonPath("$.items[*].occurredOn", contains("2026-06-01", "2026-03-15")));
    api.get("/api/v1/contacts/" + ana + "/touchpoints?size=2&page=1")
        .andExpect(jsonPath("$.items[*].occurredOn", contains("2026-01-10")));
  }

  @Test
  void editingMovesThePeopleAndDeletingCanBeUndone() throws Exception {
    String id = log("2026-11-01", "EMAIL", ana);
    api.patch(
            "/api/v1/touchpoints/" + id,
            "{\"contactIds\": [\"" + luis + "\"], \"channel\": \"PHONE\", \"version\": 1}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.contactIds", contains(luis)))
        .andExpect(jsonPath("$.channel").value("PHONE"))
        .andExpect(jsonPath("$.version").value(2));
    api.get("/api/v1/contacts/" + ana + "/touchpoints").andExpect(jsonPath("$.total").value(0));
    api.get("/api/v1/contacts/" + ana).andExpect(jsonPath("$.lastContactOn").doesNotExist());
    api.patch("/api/v1/touchpoints/" + id, "{\"summary\": \"stale\", \"version\": 1}")
        .andExpect(status().isConflict());

    api.delete("/api/v1/touchpoints/" + id).andExpect(status().isNoContent());
    api.get("/api/v1/touchpoints/" + id).andExpect(status().isNotFound());
    api.get("/api/v1/contacts/" + luis).andExpect(jsonPath("$.lastContactOn").doesNotExist());
    api.post("/api/v1/touchpoints/" + id + "/restore", "").andExpect(status().isOk());
    api.get("/api/v1/contacts/" + luis).andExpect(jsonPath("$.lastContactOn").value("2026-11-01"));
  }

  @Test
  void deletingAPersonKeepsTheTouchpointsSharedWithOthers() throws Exception {
    String shared = log("2026-10-01", "MEAL", ana, luis);
    api.delete("/api/v1/contacts/" + ana).andExpect(status().isNoContent());
    api.get("/api/v1/contacts/" + luis + "/touchpoints")
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].people", hasSize(2)));
    api.get("/api/v1/touchpoints/" + shared)
        .andExpect(jsonPath("$.people[?(@.fullName == 'Ana Ruiz')].removed").value(contains(true)));
  }

  @Test
  void allActivityFiltersByDatesChannelAndTag() throws Exception {
    log("2026-01-10", "EMAIL", ana);
    log("2026-06-01", "PHONE", luis);
    log("2026-07-01", "EMAIL", luis);
    api.get("/api/v1/touchpoints?from=2026-05-01&to=2026-12-31")
        .andExpect(jsonPath("$.items[*].occurredOn", contains("2026-07-01", "2026-06-01")));
    api.get("/api/v1/touchpoints?channel=EMAIL")
        .andExpect(jsonPath("$.items[*].occurredOn", contains("2026-07-01", "2026-01-10")));
    api.get("/api/v1/touchpoints?tag=church")
        .andExpect(jsonPath("$.items[*].occurredOn", contains("2026-01-10")));
  }
}
