package app.rapport.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.rapport.platform.security.ApiTokenStore;
import app.rapport.support.ApiClient;
import app.rapport.support.DatabaseTestBase;
import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Values a script can send that no form would: nulls inside lists, years of five digits or before
 * the common era, birthdays that never were. Each is refused with a 400 that names the field, and
 * nothing is written.
 */
class ImplausibleInputApiTest extends DatabaseTestBase {

  private static final String FAR = "+10000-01-01";
  private static final String BEFORE = "-0001-06-15";

  @Autowired MockMvc mvc;
  @Autowired ApiTokenStore tokens;
  @Autowired JdbcClient jdbc;

  private ApiClient api;
  private String ana;
  private String ben;
  private String today;

  @BeforeEach
  void twoPeople() throws Exception {
    api = new ApiClient(mvc, tokens);
    ana = api.create("/api/v1/contacts", "{\"fullName\":\"Ana Ruiz\"}");
    ben = api.create("/api/v1/contacts", "{\"fullName\":\"Ben Okafor\"}");
    today = clock.today().toString();
  }

  private int rows(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table + " WHERE account_id = :account")
        .param("account", account.id())
        .query(Integer.class)
        .single();
  }

  private void refused(org.springframework.test.web.servlet.ResultActions result, String field)
      throws Exception {
    result.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value(field));
  }

  @Test
  void aNullTagIsLeftOutAsANullEmailIs() throws Exception {
    String id =
        api.create(
            "/api/v1/contacts",
            "{\"fullName\":\"X\",\"tags\":[null,\"mentor\"],\"emails\":[null]}");
    api.get("/api/v1/contacts/" + id)
        .andExpect(jsonPath("$.tags[0]").value("mentor"))
        .andExpect(jsonPath("$.tags.length()").value(1))
        .andExpect(jsonPath("$.emails.length()").value(0));
    api.patch("/api/v1/contacts/" + ana, "{\"tags\":[\"ok\",null]}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.tags.length()").value(1));
  }

  @Test
  void datesOutsideTheYearsAPersonCouldMeanAreRefusedByField() throws Exception {
    int touchpoints = rows("touchpoint");
    refused(
        api.post(
            "/api/v1/touchpoints",
            "{\"occurredOn\":\""
                + today
                + "\",\"channel\":\"EMAIL\",\"contactIds\":[\""
                + ana
                + "\"],\"followUpOn\":\""
                + FAR
                + "\"}"),
        "followUpOn");
    refused(
        api.post(
            "/api/v1/touchpoints",
            "{\"occurredOn\":\""
                + BEFORE
                + "\",\"channel\":\"EMAIL\",\"contactIds\":[\""
                + ana
                + "\"]}"),
        "occurredOn");
    assertThat(rows("touchpoint")).isEqualTo(touchpoints);

    api.post("/api/v1/contacts", "{\"fullName\":\"Neg\",\"knownSince\":\"" + BEFORE + "\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("knownSince"))
        .andExpect(jsonPath("$.errors[0].message", containsString("from 1900 to 2199")));
    refused(
        api.post("/api/v1/contacts", "{\"fullName\":\"Zero\",\"knownSince\":\"0000-01-01\"}"),
        "knownSince");
    refused(
        api.post(
            "/api/v1/goals",
            "{\"kind\":\"TOUCHPOINTS\",\"target\":5,\"periodStart\":\""
                + today
                + "\",\"periodEnd\":\""
                + FAR
                + "\"}"),
        "periodEnd");
    refused(
        api.post(
            "/api/v1/introductions",
            "{\"introducerId\":\""
                + ana
                + "\",\"introducedId\":\""
                + ben
                + "\",\"occurredOn\":\""
                + BEFORE
                + "\"}"),
        "occurredOn");
    refused(
        api.post("/api/v1/opportunities", "{\"title\":\"X\",\"nextStepOn\":\"" + FAR + "\"}"),
        "nextStepOn");
    refused(
        api.post(
            "/api/v1/contacts/" + ana + "/keep-in-touch/snooze", "{\"until\":\"" + FAR + "\"}"),
        "until");
    assertThat(rows("contact")).isEqualTo(2);
    assertThat(rows("goal")).isZero();
    assertThat(rows("introduction")).isZero();
    assertThat(rows("opportunity")).isZero();

    // the edges are kept
    api.post("/api/v1/contacts", "{\"fullName\":\"Long ago\",\"knownSince\":\"1900-01-01\"}")
        .andExpect(status().isCreated());
    api.post("/api/v1/contacts/" + ana + "/keep-in-touch/snooze", "{\"until\":\"2199-12-31\"}")
        .andExpect(status().is2xxSuccessful());
  }

  @Test
  void aBirthdayMustBeARealDayInThePast() throws Exception {
    api.post("/api/v1/contacts", "{\"fullName\":\"Leap\",\"birthday\":\"1985-02-29\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("birthday"))
        .andExpect(jsonPath("$.errors[0].message", containsString("not a leap year")));
    String future = LocalDate.parse(today).plusYears(1).toString();
    refused(
        api.post("/api/v1/contacts", "{\"fullName\":\"Unborn\",\"birthday\":\"" + future + "\"}"),
        "birthday");
    refused(
        api.post("/api/v1/contacts", "{\"fullName\":\"Old\",\"birthday\":\"0000-03-01\"}"),
        "birthday");
    assertThat(rows("contact")).isEqualTo(2);

    String leap =
        api.create("/api/v1/contacts", "{\"fullName\":\"Leapling\",\"birthday\":\"1984-02-29\"}");
    String yearless =
        api.create("/api/v1/contacts", "{\"fullName\":\"No year\",\"birthday\":\"--02-29\"}");
    String body =
        api.get("/api/v1/contacts/" + leap).andReturn().getResponse().getContentAsString();
    assertThat((String) JsonPath.read(body, "$.birthday")).isEqualTo("1984-02-29");
    body = api.get("/api/v1/contacts/" + yearless).andReturn().getResponse().getContentAsString();
    assertThat((String) JsonPath.read(body, "$.birthday")).isEqualTo("--02-29");
  }

  @Test
  void aPartOfTheCareerFactsIsEnoughAndTheYesNoLeftOutAreNo() throws Exception {
    String id =
        api.create(
            "/api/v1/contacts", "{\"fullName\":\"Partial\",\"career\":{\"closenessRating\":3}}");
    api.get("/api/v1/contacts/" + id)
        .andExpect(jsonPath("$.career.closenessRating").value(3))
        .andExpect(jsonPath("$.career.canHireOrRefer").value(false))
        .andExpect(jsonPath("$.career.doNotContact").value(false));
  }
}
