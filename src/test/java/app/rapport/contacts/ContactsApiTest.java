package app.rapport.contacts;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.rapport.platform.security.ApiTokenStore;
import app.rapport.support.DatabaseTestBase;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class ContactsApiTest extends DatabaseTestBase {

  @Autowired MockMvc mvc;
  @Autowired ApiTokenStore tokens;

  private MockHttpServletRequestBuilder authed(MockHttpServletRequestBuilder request) {
    return request.header("Authorization", "Bearer " + tokens.current());
  }

  private String create(String json) throws Exception {
    String body =
        mvc.perform(
                authed(post("/api/v1/contacts"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  @Test
  void refusesCallsWithoutTheToken() throws Exception {
    mvc.perform(get("/api/v1/contacts"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.detail", containsString("Bearer")));
    mvc.perform(get("/api/v1/contacts").header("Authorization", "Bearer wrong"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void createsAPersonAndAnswersWithLocation() throws Exception {
    mvc.perform(
            authed(post("/api/v1/contacts"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"fullName": "Ana Ruiz",
                     "emails": [{"value": "ana@example.com", "label": "personal"}],
                     "phones": [{"value": "+46 70 123 45 67", "label": "mobile"}],
                     "linkedinUrl": "linkedin.com/in/ana-ruiz",
                     "company": "Contoso Health", "title": "Practice Manager", "industry": "Healthcare",
                     "tier": "CLOSE", "tags": ["former colleague", "Former Colleague", "mentor"],
                     "notes": "Loves sailing", "howWeMet": "Worked together at Woodgrove",
                     "knownSince": "2004-03-01"}
                    """))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", startsWith("/api/v1/contacts/")))
        .andExpect(jsonPath("$.id").isString())
        .andExpect(jsonPath("$.fullName").value("Ana Ruiz"))
        .andExpect(jsonPath("$.emails[0].value").value("ana@example.com"))
        .andExpect(jsonPath("$.emails[0].label").value("personal"))
        .andExpect(jsonPath("$.phones[0].value").value("+46 70 123 45 67"))
        .andExpect(jsonPath("$.phones[0].e164").value("+46701234567"))
        .andExpect(jsonPath("$.linkedinUrl").value("https://linkedin.com/in/ana-ruiz"))
        .andExpect(jsonPath("$.company").value("Contoso Health"))
        .andExpect(jsonPath("$.organizationId").isString())
        .andExpect(jsonPath("$.tier").value("CLOSE"))
        .andExpect(jsonPath("$.tags", contains("former colleague", "mentor")))
        .andExpect(jsonPath("$.knownSince").value("2004-03-01"))
        .andExpect(jsonPath("$.version").value(1));
  }

  @Test
  void namesEveryInvalidFieldAndSavesNothing() throws Exception {
    mvc.perform(
            authed(post("/api/v1/contacts"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"fullName": " ",
                     "emails": [{"value": "not-an-email"}],
                     "phones": [{"value": "call me"}],
                     "linkedinUrl": "not a url at all"}
                    """))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.title").value("Invalid input"))
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(
                    org.hamcrest.Matchers.containsInAnyOrder(
                        "fullName", "emails[0].value", "phones[0].value", "linkedinUrl")));
    mvc.perform(authed(get("/api/v1/contacts"))).andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void statesTheLimitOfAnOverlongField() throws Exception {
    mvc.perform(
            authed(post("/api/v1/contacts"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"fullName\": \"" + "x".repeat(201) + "\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("fullName"))
        .andExpect(jsonPath("$.errors[0].message").value("A name has at most 200 characters."));
  }

  @Test
  void explainsMalformedJsonAndUnknownValues() throws Exception {
    mvc.perform(
            authed(post("/api/v1/contacts"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"fullName\": "))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.title").value("Malformed request body"))
        .andExpect(jsonPath("$.detail", containsString("not valid JSON")));
    mvc.perform(
            authed(post("/api/v1/contacts"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"fullName\": \"Ana\", \"tier\": \"BEST_FRIEND\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("tier"))
        .andExpect(jsonPath("$.errors[0].message", containsString("INNER, CLOSE")));
    mvc.perform(
            authed(post("/api/v1/contacts"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"fullName\": \"Ana\", \"knownSince\": \"last spring\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("knownSince"));
  }

  @Test
  void pagesThroughPeopleWithTotals() throws Exception {
    for (int i = 0; i < 7; i++) {
      create("{\"fullName\": \"Person " + i + "\"}");
    }
    mvc.perform(authed(get("/api/v1/contacts").param("size", "3").param("page", "2")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page").value(2))
        .andExpect(jsonPath("$.size").value(3))
        .andExpect(jsonPath("$.total").value(7))
        .andExpect(jsonPath("$.items", hasSize(1)))
        .andExpect(jsonPath("$.items[0].fullName").value("Person 6"));
    mvc.perform(authed(get("/api/v1/contacts").param("size", "5000")))
        .andExpect(jsonPath("$.size").value(200));
  }

  @Test
  void searchesAndFilters() throws Exception {
    create("{\"fullName\": \"José Núñez\", \"company\": \"Fabrikam\", \"tags\": [\"church\"]}");
    create(
        "{\"fullName\": \"Ann Lee\", \"emails\": [{\"value\": \"ann.lee@woodgrove.example\"}], \"tier\": \"INNER\"}");
    create("{\"fullName\": \"Bob Stone\", \"notes\": \"Knows the CFO of Fabrikam\"}");

    mvc.perform(authed(get("/api/v1/contacts").param("q", "jose")))
        .andExpect(jsonPath("$.items[*].fullName", contains("José Núñez")));
    mvc.perform(authed(get("/api/v1/contacts").param("q", "fabri")))
        .andExpect(jsonPath("$.items[*].fullName", contains("Bob Stone", "José Núñez")));
    mvc.perform(authed(get("/api/v1/contacts").param("q", "woodgrove")))
        .andExpect(jsonPath("$.items[*].fullName", contains("Ann Lee")));
    mvc.perform(authed(get("/api/v1/contacts").param("tag", "Church")))
        .andExpect(jsonPath("$.items[*].fullName", contains("José Núñez")));
    mvc.perform(authed(get("/api/v1/contacts").param("tier", "INNER")))
        .andExpect(jsonPath("$.items[*].fullName", contains("Ann Lee")));
    mvc.perform(authed(get("/api/v1/contacts").param("tier", "BEST")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("tier"));
  }

  @Test
  void patchesOnlyTheNamedFieldsAndRefusesStaleVersions() throws Exception {
    String id =
        create(
            "{\"fullName\": \"Ana Ruiz\", \"title\": \"Analyst\", \"tags\": [\"mentor\"],"
                + " \"company\": \"Contoso\"}");
    mvc.perform(
            authed(patch("/api/v1/contacts/" + id))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"Director\", \"tags\": null, \"version\": 1}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.title").value("Director"))
        .andExpect(jsonPath("$.tags", hasSize(0)))
        .andExpect(jsonPath("$.company").value("Contoso"))
        .andExpect(jsonPath("$.version").value(2));

    mvc.perform(
            authed(patch("/api/v1/contacts/" + id))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"Intern\", \"version\": 1}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail", containsString("changed since you opened it")));
    mvc.perform(
            authed(patch("/api/v1/contacts/" + id))
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"Intern\"}"))
        .andExpect(status().isConflict());
    mvc.perform(authed(get("/api/v1/contacts/" + id)))
        .andExpect(header().string("ETag", "\"2\""))
        .andExpect(jsonPath("$.title").value("Director"));
  }

  @Test
  void deletesAndRestores() throws Exception {
    String id = create("{\"fullName\": \"Ana Ruiz\"}");
    mvc.perform(authed(delete("/api/v1/contacts/" + id))).andExpect(status().isNoContent());
    mvc.perform(authed(get("/api/v1/contacts/" + id)))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("No person with id " + id + "."));
    mvc.perform(authed(get("/api/v1/contacts"))).andExpect(jsonPath("$.total").value(0));
    mvc.perform(authed(post("/api/v1/contacts/" + id + "/restore")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.fullName").value("Ana Ruiz"));
  }

  @Test
  void answersNotFoundForUnknownIds() throws Exception {
    mvc.perform(authed(get("/api/v1/contacts/0AAAAAAAAAAAA"))).andExpect(status().isNotFound());
    mvc.perform(authed(get("/api/v1/contacts/not-an-id")))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
  }

  @Test
  void publishesTheOpenApiDocument() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/contacts']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/contacts/{id}']").exists());
  }
}
