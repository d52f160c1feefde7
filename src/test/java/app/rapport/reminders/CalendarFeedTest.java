package app.rapport.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.rapport.contacts.Birthday;
import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactCommand;
import app.rapport.contacts.ContactService;
import app.rapport.keepintouch.KeepInTouchService;
import app.rapport.platform.db.Ids;
import app.rapport.platform.security.ApiTokenStore;
import app.rapport.support.ApiClient;
import app.rapport.support.DatabaseTestBase;
import app.rapport.support.Html;
import app.rapport.touchpoints.TouchpointService;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

class CalendarFeedTest extends DatabaseTestBase {

  @Autowired MockMvc mvc;
  @Autowired ApiTokenStore tokens;
  @Autowired ContactService contacts;
  @Autowired TouchpointService touchpoints;
  @Autowired KeepInTouchService keepInTouch;
  ApiClient api;
  ReminderFixtures people;

  @BeforeEach
  void network() {
    api = new ApiClient(mvc, tokens);
    people = new ReminderFixtures(contacts, touchpoints, account.id(), clock.today());
  }

  @Test
  void theFeedHoldsFollowUpsThePlanAndUpcomingDatesAsAllDayEvents() throws Exception {
    String ics = fetch(feedPath()).getContentAsString(StandardCharsets.UTF_8);

    assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("VERSION:2.0\r\n");
    assertThat(ics)
        .contains("X-WR-CALNAME:Networking reminders", "REFRESH-INTERVAL;VALUE=DURATION:PT6H");
    assertThat(ics).doesNotContain("VTODO");
    // Bob's follow-up on its day (tomorrow), ending the day after: DTEND is exclusive.
    assertThat(event(ics, "follow-up-"))
        .contains("DTSTART;VALUE=DATE:20261127", "DTEND;VALUE=DATE:20261128")
        .contains("SUMMARY:Follow up with Bob Lee", "You said you would: Send the report.")
        .contains("TRANSP:TRANSPARENT")
        .contains("URL:http://localhost:8080/people/" + Ids.format(people.bob.id()));
    // Ana is in this week's plan: today.
    assertThat(event(ics, "keep-in-touch-" + Ids.format(people.ana.id())))
        .contains("DTSTART;VALUE=DATE:20261126", "SUMMARY:Reach out to Ana Ruiz");
    // Cara's next keep-in-touch date is ahead.
    String cara = event(ics, "keep-in-touch-" + Ids.format(people.cara.id()));
    assertThat(cara).contains("SUMMARY:Reach out to Cara Diaz");
    assertThat(cara)
        .contains(
            "DTSTART;VALUE=DATE:"
                + keepInTouch
                    .status(account.id(), people.cara.id())
                    .nextNudgeOn()
                    .toString()
                    .replace("-", ""));
  }

  @Test
  void aCalendarAppReadsTheFeedBackWithTheWeeksFollowUps() throws Exception {
    byte[] ics = fetch(feedPath()).getContentAsByteArray();
    Path file = Files.createTempFile("rapport-feed", ".ics");
    Files.write(file, ics);

    Map<String, Object> calendar = readWithIcalJs(file);

    assertThat(calendar.get("name")).isEqualTo("Networking reminders");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> events = (List<Map<String, Object>>) calendar.get("events");
    assertThat(events).allSatisfy(e -> assertThat(e.get("allDay")).isEqualTo(true));
    assertThat(events)
        .anySatisfy(
            e -> {
              assertThat(e.get("summary")).isEqualTo("Follow up with Bob Lee");
              assertThat(e.get("start")).isEqualTo("2026-11-27");
              assertThat(e.get("end")).isEqualTo("2026-11-28");
              assertThat(e.get("description")).isEqualTo("You said you would: Send the report.");
            });
    assertThat(events)
        .anySatisfy(
            e -> {
              assertThat(e.get("summary")).isEqualTo("Reach out to Ana Ruiz");
              assertThat(e.get("start")).isEqualTo("2026-11-26");
            });
    assertThat(events).extracting(e -> e.get("uid")).doesNotHaveDuplicates();
  }

  @Test
  void birthdaysComeBackEveryYearAndTheLeapDayOnTheLastDayOfFebruary() throws Exception {
    Contact leap =
        contacts.addContact(
            account.id(),
            ContactCommand.named("Lena Berg").withBirthday(new Birthday(MonthDay.of(2, 29), 1960)));
    Contact summer =
        contacts.addContact(
            account.id(),
            ContactCommand.named("Sam Okoye")
                .withBirthday(Birthday.parse("--07-04").orElseThrow()));
    byte[] ics = fetch(feedPath()).getContentAsByteArray();
    String text = new String(ics, StandardCharsets.UTF_8);
    assertThat(event(text, "birthday-" + Ids.format(leap.id())))
        .contains("SUMMARY:Lena Berg's birthday", "Born in 1960.")
        .contains("DTSTART;VALUE=DATE:20260228", "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1");
    assertThat(event(text, "birthday-" + Ids.format(summer.id())))
        .contains("DTSTART;VALUE=DATE:20260704", "RRULE:FREQ=YEARLY\r\n")
        .doesNotContain("Born in");

    Path file = Files.createTempFile("rapport-feed", ".ics");
    Files.write(file, ics);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> events =
        (List<Map<String, Object>>) readWithIcalJs(file).get("events");
    assertThat(events)
        .filteredOn(e -> e.get("summary").equals("Lena Berg's birthday"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.get("occurrences"))
                    .isEqualTo(List.of("2026-02-28", "2027-02-28", "2028-02-29", "2029-02-28")));
    assertThat(events)
        .filteredOn(e -> e.get("summary").equals("Sam Okoye's birthday"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.get("occurrences"))
                    .isEqualTo(List.of("2026-07-04", "2027-07-04", "2028-07-04", "2029-07-04")));

    // someone removed leaves the calendar with their birthday
    contacts.deleteContact(account.id(), summer.id());
    assertThat(fetch(feedPath()).getContentAsString(StandardCharsets.UTF_8))
        .doesNotContain("Sam Okoye");
  }

  @Test
  void anUnchangedFeedAnswers304AndAChangedOneANewEtagWithTheSameUids() throws Exception {
    String path = feedPath();
    MockHttpServletResponse first = fetch(path);
    String etag = first.getHeader("ETag");
    assertThat(etag).matches("\"[0-9a-f]{32}\"");
    assertThat(first.getHeader("Cache-Control")).contains("private");
    assertThat(first.getContentType()).startsWith("text/calendar");

    mvc.perform(get(path).header("If-None-Match", etag))
        .andExpect(status().isNotModified())
        .andExpect(r -> assertThat(r.getResponse().getContentAsByteArray()).isEmpty());

    String before = first.getContentAsString(StandardCharsets.UTF_8);
    long dan = contacts.addContact(account.id(), ContactCommand.named("Dan Wu")).id();
    keepInTouch.addFollowUp(
        account.id(), dan, null, clock.today().plusDays(3), "Send him the article");
    MockHttpServletResponse changed =
        mvc.perform(get(path).header("If-None-Match", etag))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse();
    assertThat(changed.getHeader("ETag")).isNotEqualTo(etag);
    String after = changed.getContentAsString(StandardCharsets.UTF_8);
    // Every event that was there keeps its UID; the new follow-up is added.
    assertThat(uids(after)).containsAll(uids(before));
    assertThat(after).contains("SUMMARY:Follow up with Dan Wu");
  }

  @Test
  void aNewLinkRetiresTheOldOneAndWrongLinksAnswer404() throws Exception {
    String old = feedPath();
    String fresh =
        JsonPath.read(
            api.post("/api/v1/calendar/new-link", "{}")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.feedUrl");
    assertThat(fresh).isNotEqualTo("http://localhost:8080" + old);
    mvc.perform(get(old)).andExpect(status().isNotFound());
    mvc.perform(get(fresh.replace("http://localhost:8080", ""))).andExpect(status().isOk());

    // A token of the right shape with a wrong secret, another account's id, or plain garbage.
    String token = old.substring("/calendar/".length(), old.length() - ".ics".length());
    mvc.perform(get("/calendar/" + token.substring(0, 13) + "A".repeat(22) + ".ics"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/calendar/" + Ids.format(Ids.next()) + token.substring(13) + ".ics"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/calendar/nothing.ics")).andExpect(status().isNotFound());
  }

  @Test
  void settingsShowsTheLinkAndMakesANewOne() throws Exception {
    String path = feedPath();
    var page = Html.of(mvc.perform(get("/settings")));
    assertThat(page.select("#calendar-link").attr("value"))
        .isEqualTo("http://localhost:8080" + path);
    assertThat(page.select("a[href^=webcal://]").attr("href"))
        .isEqualTo("webcal://localhost:8080" + path);

    mvc.perform(post("/settings/calendar/new-link")).andExpect(status().isForbidden());
    mvc.perform(post("/settings/calendar/new-link").with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get(path)).andExpect(status().isNotFound());
    assertThat(Html.of(mvc.perform(get("/settings"))).select("#calendar-link").attr("value"))
        .isNotEqualTo("http://localhost:8080" + path);
  }

  @Test
  void theFeedNeedsNoApiTokenNorSessionButStillTheHostCheck() throws Exception {
    String path = feedPath();
    MockHttpServletResponse response = fetch(path);
    assertThat(response.getHeader("Set-Cookie")).isNull();
    mvc.perform(
            get(path)
                .with(
                    r -> {
                      r.setServerName("attacker.example");
                      return r;
                    }))
        .andExpect(status().isForbidden());
    api.get("/api/v1/calendar")
        .andExpect(
            r ->
                assertThat(r.getResponse().getContentAsString())
                    .contains("\"webcalUrl\":\"webcal://localhost:8080/calendar/"));
    mvc.perform(get("/api/v1/calendar")).andExpect(status().isUnauthorized());
  }

  @Test
  void theTokenIsStoredOnlyHashedAndSealed() throws Exception {
    String path = feedPath();
    String token = path.substring("/calendar/".length(), path.length() - ".ics".length());
    String secret = token.substring(13);
    var row =
        jdbc.sql(
                "SELECT feed_token_hash, feed_token_sealed FROM reminder_settings"
                    + " WHERE account_id = :account")
            .param("account", account.id())
            .query()
            .singleRow();
    assertThat(row.values().toString()).doesNotContain(secret);
  }

  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  private String feedPath() throws Exception {
    String url =
        JsonPath.read(
            api.get("/api/v1/calendar")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.feedUrl");
    assertThat(url).startsWith("http://localhost:8080/calendar/").endsWith(".ics");
    return url.substring("http://localhost:8080".length());
  }

  private MockHttpServletResponse fetch(String path) throws Exception {
    return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
  }

  /** The lines of the one event whose UID starts with {@code uidPrefix}. */
  private static String event(String ics, String uidPrefix) {
    List<String> matches =
        List.of(ics.split("BEGIN:VEVENT")).stream()
            .filter(e -> e.contains("UID:" + uidPrefix))
            .toList();
    assertThat(matches).as("events with UID " + uidPrefix).hasSize(1);
    return matches.get(0).replace("\r\n ", "");
  }

  private static List<String> uids(String ics) {
    return ics.lines().filter(l -> l.startsWith("UID:")).toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> readWithIcalJs(Path file)
      throws IOException, InterruptedException {
    Process node =
        new ProcessBuilder("node", "read-ics.mjs", file.toAbsolutePath().toString())
            .directory(Path.of("src/test/js").toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(node.exitValue()).as(output).isZero();
    return JsonMapper.builder().build().readValue(output, Map.class);
  }
}
