package app.rapport.introductions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.security.ApiTokenStore;
import app.rapport.support.ApiClient;
import app.rapport.support.DatabaseTestBase;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class IntroductionsApiTest extends DatabaseTestBase {

  @Autowired MockMvc mvc;
  @Autowired ApiTokenStore tokens;
  @Autowired IntroductionService introductions;
  ApiClient api;
  String ana;
  String carl;

  @BeforeEach
  void people() throws Exception {
    api = new ApiClient(mvc, tokens);
    ana = api.create("/api/v1/contacts", "{\"fullName\": \"Ana Ruiz\", \"company\": \"Contoso\"}");
    carl = api.create("/api/v1/contacts", "{\"fullName\": \"Carl Diaz\"}");
  }

  private String introduce(String introducer, String introduced) throws Exception {
    return api.create(
        "/api/v1/introductions",
        "{\"introducerId\": \"" + introducer + "\", \"introducedId\": \"" + introduced + "\"}");
  }

  private String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
    return result.andReturn().getResponse().getContentAsString();
  }

  @Test
  void theIntroductionsAPersonMadeAreReadPageByPageNewestFirst() throws Exception {
    String dee = api.create("/api/v1/contacts", "{\"fullName\": \"Dee Park\"}");
    String toCarl = introduce(ana, carl);
    clock.advance(Duration.ofDays(1));
    String toDee = introduce(ana, dee);
    long anaId = Ids.parse(ana).orElseThrow();

    var first = introductions.introductionsBy(account.id(), anaId, new PageRequest(0, 1));
    var second = introductions.introductionsBy(account.id(), anaId, new PageRequest(1, 1));
    var past = introductions.introductionsBy(account.id(), anaId, new PageRequest(2, 1));

    assertThat(first.total()).isEqualTo(2);
    assertThat(first.items()).extracting(i -> Ids.format(i.id())).containsExactly(toDee);
    assertThat(second.items()).extracting(i -> Ids.format(i.id())).containsExactly(toCarl);
    assertThat(past.items()).isEmpty();
  }

  @Test
  void recordsAnIntroductionAddingTheNewPersonOnTheWay() throws Exception {
    String created =
        body(
            api.post(
                    "/api/v1/introductions",
                    "{\"introducerId\": \""
                        + ana
                        + "\", \"introducedName\": \"Bob Stone\", \"introducedCompany\": \"Fabrikam\","
                        + " \"context\": \"Bob is hiring a practice manager\"}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/introductions/")))
                .andExpect(jsonPath("$.introducer.fullName").value("Ana Ruiz"))
                .andExpect(jsonPath("$.introduced.fullName").value("Bob Stone"))
                .andExpect(jsonPath("$.status").value("MADE"))
                .andExpect(jsonPath("$.occurredOn").value("2026-11-26"))
                .andExpect(
                    jsonPath("$.description").value("Ana Ruiz introduced you to Bob Stone")));
    String bob = JsonPath.read(created, "$.introducedId");

    api.get("/api/v1/contacts/" + bob)
        .andExpect(jsonPath("$.company").value("Fabrikam"))
        .andExpect(jsonPath("$.tier").value("ACQUAINTANCE"))
        .andExpect(jsonPath("$.howWeMet", containsString("Introduced by Ana Ruiz")));
    api.get("/api/v1/knows-links?contactId=" + ana)
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].source").value("INTRODUCTION"))
        .andExpect(jsonPath("$.items[0].overlap").value("STATED_ONLY"));

    // the same name again is the same person, not a second Bob
    api.post(
            "/api/v1/introductions",
            "{\"introducerId\": \"" + carl + "\", \"introducedName\": \"bob stone\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.introducedId").value(bob));
    api.get("/api/v1/introductions?contactId=" + bob).andExpect(jsonPath("$.total").value(2));
  }

  @Test
  void refusesBadIntroductionsWithClearMessagesAndWritesNothing() throws Exception {
    api.post(
            "/api/v1/introductions",
            "{\"introducerId\": \"" + ana + "\", \"introducedId\": \"" + ana + "\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("introducedId"))
        .andExpect(jsonPath("$.errors[0].message", containsString("introduced to themselves")));
    api.post(
            "/api/v1/introductions",
            "{\"introducerId\": \"0AAAAAAAAAAAA\", \"introducedId\": \"" + ana + "\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("introducerId"))
        .andExpect(jsonPath("$.errors[0].message", containsString("no such person")));
    api.post(
            "/api/v1/introductions",
            "{\"introducerId\": \"not-an-id\", \"introducedName\": \"Bob Stone\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("introducerId"))
        .andExpect(jsonPath("$.errors[0].message", containsString("is not a person's id")));
    api.post("/api/v1/introductions", "{\"introducedName\": \"Bob Stone\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("introducerName"));
    api.post(
            "/api/v1/introductions",
            "{\"introducerId\": \""
                + ana
                + "\", \"introducedId\": \""
                + carl
                + "\", \"status\": \"MAYBE\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("status"))
        .andExpect(jsonPath("$.errors[0].message", containsString("ASKED, OFFERED, MADE, MET")));
    api.post(
            "/api/v1/introductions",
            "{\"introducerId\": \""
                + ana
                + "\", \"introducedName\": \"Bob Stone\", \"occurredOn\": \"2027-01-01\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("occurredOn"));

    api.get("/api/v1/introductions").andExpect(jsonPath("$.total").value(0));
    api.get("/api/v1/contacts?q=bob").andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void aNameSeveralPeopleShareMustBeChosen() throws Exception {
    api.create("/api/v1/contacts", "{\"fullName\": \"Bob Stone\"}");
    api.create("/api/v1/contacts", "{\"fullName\": \"Bob Stone\", \"company\": \"Northwind\"}");
    api.post(
            "/api/v1/introductions",
            "{\"introducerId\": \"" + ana + "\", \"introducedName\": \"Bob Stone\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("introducedName"))
        .andExpect(jsonPath("$.errors[0].message", containsString("2 people in Rapport")));
  }

  @Test
  void namesMentionedAfterACoffeeBecomeOfferedIntroductions() throws Exception {
    String coffee =
        api.create(
            "/api/v1/touchpoints",
            "{\"occurredOn\": \"2026-11-25\", \"channel\": \"MEAL\", \"contactIds\": [\""
                + ana
                + "\"]}");
    api.post(
            "/api/v1/introductions/mentioned",
            "{\"introducerId\": \""
                + ana
                + "\", \"touchpointId\": \""
                + coffee
                + "\", \"occurredOn\": \"2026-11-25\", \"names\": ["
                + "{\"fullName\": \"Bob Stone\", \"company\": \"Fabrikam\","
                + " \"context\": \"runs the clinics\"},"
                + "{\"contactId\": \""
                + carl
                + "\"}, {\"fullName\": \"  \"}]}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.items", hasSize(2)))
        .andExpect(jsonPath("$.items[0].status").value("OFFERED"))
        .andExpect(jsonPath("$.items[0].touchpointId").value(coffee))
        .andExpect(
            jsonPath("$.items[0].description")
                .value("Ana Ruiz offered to introduce you to Bob Stone"))
        .andExpect(jsonPath("$.items[1].introduced.fullName").value("Carl Diaz"));

    api.post(
            "/api/v1/introductions/mentioned",
            "{\"introducerId\": \"" + ana + "\", \"names\": [{\"contactId\": \"" + ana + "\"}]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("names[0].fullName"))
        .andExpect(jsonPath("$.errors[0].message", containsString("themselves")));
    api.post(
            "/api/v1/introductions/mentioned", "{\"introducerId\": \"" + ana + "\", \"names\": []}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("names[0].fullName"));
  }

  @Test
  void anIntroductionMovesOnAndCanBeRemoved() throws Exception {
    String id =
        api.create(
            "/api/v1/introductions",
            "{\"introducerId\": \""
                + ana
                + "\", \"introducedId\": \""
                + carl
                + "\", \"status\": \"OFFERED\"}");
    api.patch("/api/v1/introductions/" + id, "{\"status\": \"MET\", \"version\": 1}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("MET"))
        .andExpect(jsonPath("$.version").value(2));
    api.patch("/api/v1/introductions/" + id, "{\"status\": \"MADE\", \"version\": 1}")
        .andExpect(status().isConflict());
    api.patch("/api/v1/introductions/" + id, "{\"status\": \"SOON\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("status"));
    // who introduced whom is not changed by a patch, and the patch does not pretend it was
    api.patch("/api/v1/introductions/" + id, "{\"introducerId\": \"" + carl + "\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("introducerId"));
    api.patch(
            "/api/v1/introductions/" + id,
            "{\"introducerId\": \""
                + ana
                + "\", \"introducedId\": \""
                + carl
                + "\", \"context\": \"Met at the fair\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.context").value("Met at the fair"));

    api.delete("/api/v1/introductions/" + id).andExpect(status().isNoContent());
    api.get("/api/v1/introductions/" + id).andExpect(status().isNotFound());
    api.get("/api/v1/knows-links?contactId=" + ana).andExpect(jsonPath("$.total").value(0));
    api.post("/api/v1/introductions/" + id + "/restore", "")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("MET"));
    api.get("/api/v1/knows-links?contactId=" + ana).andExpect(jsonPath("$.total").value(1));
  }

  @Test
  void theTreeShowsTheChainAboveAndThePeopleBelowEvenWhenItLoops() throws Exception {
    String bob = api.create("/api/v1/contacts", "{\"fullName\": \"Bob Stone\"}");
    String dee = api.create("/api/v1/contacts", "{\"fullName\": \"Dee Park\"}");
    introduce(carl, ana);
    introduce(ana, bob);
    introduce(ana, dee);
    introduce(bob, carl); // the loop: Carl → Ana → Bob → Carl

    api.get("/api/v1/contacts/" + ana + "/introduction-tree")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.above", hasSize(1)))
        .andExpect(jsonPath("$.above[0].introducer.fullName").value("Carl Diaz"))
        .andExpect(jsonPath("$.below.person.fullName").value("Ana Ruiz"))
        .andExpect(
            jsonPath("$.below.children[*].person.fullName")
                .value(org.hamcrest.Matchers.contains("Bob Stone", "Dee Park")))
        .andExpect(jsonPath("$.below.children[0].children[0].person.fullName").value("Carl Diaz"))
        .andExpect(jsonPath("$.below.children[0].children[0].repeated").value(true));
  }

  @Test
  void knowsLinksCarryHowPeopleKnowEachOtherAndTheirStrength() throws Exception {
    String link =
        body(
            api.post(
                    "/api/v1/knows-links",
                    "{\"contactId\": \""
                        + ana
                        + "\", \"otherName\": \"Bob Stone\", \"how\": \"WORKED_TOGETHER\","
                        + " \"organization\": \"Fabrikam\", \"fromYear\": 2012, \"toYear\": 2018}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.overlap").value("SAME_EMPLOYER_OVER_A_YEAR"))
                .andExpect(jsonPath("$.professional").value(true))
                // 0.9 (same employer, over a year) × 1 (through work)
                .andExpect(jsonPath("$.strength").value(0.9))
                .andExpect(
                    jsonPath("$.description").value("worked together at Fabrikam, 2012 to 2018")));
    String id = JsonPath.read(link, "$.id");

    api.patch(
            "/api/v1/knows-links/" + id,
            "{\"how\": \"SAME_GROUP\", \"professional\": false, \"note\": \"from church\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.overlap").value("SAME_GROUP"))
        // 0.25 (same group) × 0.6 (privately)
        .andExpect(jsonPath("$.strength").value(org.hamcrest.Matchers.closeTo(0.15, 1e-9)));

    String bob = JsonPath.read(link, "$.otherContactId");
    api.post(
            "/api/v1/knows-links",
            "{\"contactId\": \""
                + bob
                + "\", \"otherContactId\": \""
                + ana
                + "\", \"how\": \"OTHER\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message", containsString("already noted")));
    api.post(
            "/api/v1/knows-links",
            "{\"contactId\": \""
                + ana
                + "\", \"otherContactId\": \""
                + ana
                + "\", \"how\": \"OTHER\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("otherContactId"));
    api.post(
            "/api/v1/knows-links",
            "{\"contactId\": \""
                + ana
                + "\", \"otherContactId\": \""
                + carl
                + "\", \"how\": \"WORKED_TOGETHER\", \"fromYear\": 2018, \"toYear\": 2012}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("toYear"));
    api.post(
            "/api/v1/knows-links",
            "{\"contactId\": \""
                + ana
                + "\", \"otherContactId\": \""
                + carl
                + "\", \"how\": \"CHURCH\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("how"));

    api.delete("/api/v1/knows-links/" + id).andExpect(status().isNoContent());
    api.get("/api/v1/knows-links?contactId=" + ana).andExpect(jsonPath("$.total").value(0));
    api.post("/api/v1/knows-links/" + id + "/restore", "")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.how").value("SAME_GROUP"));
    api.get("/api/v1/knows-links?contactId=" + bob).andExpect(jsonPath("$.total").value(1));
    // noting a removed pair again describes its one link anew
    api.delete("/api/v1/knows-links/" + id);
    api.post(
            "/api/v1/knows-links",
            "{\"contactId\": \""
                + bob
                + "\", \"otherContactId\": \""
                + ana
                + "\", \"how\": \"OTHER\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").value(id))
        .andExpect(jsonPath("$.how").value("OTHER"));
  }
}
