package app.rapport.keepintouch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactCommand;
import app.rapport.contacts.ContactService;
import app.rapport.contacts.EmailAddress;
import app.rapport.model.Channel;
import app.rapport.model.Direction;
import app.rapport.model.Tier;
import app.rapport.platform.db.Ids;
import app.rapport.platform.security.ApiTokenStore;
import app.rapport.support.ApiClient;
import app.rapport.support.DatabaseTestBase;
import app.rapport.touchpoints.TouchpointCommand;
import app.rapport.touchpoints.TouchpointService;
import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

class CadenceOverrideTest extends DatabaseTestBase {

  @Autowired ContactService contacts;
  @Autowired TouchpointService touchpoints;
  @Autowired KeepInTouchService keepInTouch;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired ApiTokenStore tokens;

  private Contact person(String name, Tier tier, Integer cadenceDays) {
    return contacts.addContact(
        account.id(),
        new ContactCommand(
            name,
            List.of(
                new EmailAddress(
                    name.toLowerCase().replace(' ', '.') + "@mail.example", "personal")),
            List.of(),
            null,
            null,
            null,
            null,
            tier,
            List.of(),
            null,
            null,
            clock.today().minusYears(5),
            cadenceDays));
  }

  private void log(Contact who, LocalDate on, Direction direction, Channel channel) {
    touchpoints.logTouchpoint(
        account.id(),
        new TouchpointCommand(
            on, channel, direction, List.of(who.id()), "Catch-up", null, null, null));
  }

  private LocalDate daysAgo(int days) {
    return clock.today().minusDays(days);
  }

  private Contact withCadence(Contact who, Integer cadenceDays) {
    Contact current = contacts.get(account.id(), who.id());
    ContactCommand c = current.toCommand();
    return contacts.editContact(
        account.id(),
        who.id(),
        current.version(),
        new ContactCommand(
                c.fullName(),
                c.emails(),
                c.phones(),
                c.linkedinUrl(),
                c.company(),
                c.title(),
                c.industry(),
                c.tier(),
                c.tags(),
                c.notes(),
                c.howWeMet(),
                c.knownSince(),
                cadenceDays)
            .withCareer(c.career()));
  }

  private List<String> keepInTouchPlan() {
    return keepInTouch.today(account.id()).ofKind(TodayItem.Kind.KEEP_IN_TOUCH).stream()
        .map(TodayItem::fullName)
        .toList();
  }

  private Map<String, Object> counts(Contact who) {
    return jdbc.sql(
            "SELECT count_12mo, two_way_12mo, by_them_12mo, channels_12mo FROM relationship"
                + " WHERE account_id = :account AND contact_id = :contact")
        .param("account", account.id())
        .param("contact", who.id())
        .query()
        .singleRow();
  }

  private static int number(Map<String, Object> row, String column) {
    return ((Number) row.get(column)).intValue();
  }

  @Test
  void aShorterCadenceSetThroughTheServiceBringsTheNudgeForwardIntoThePlan() {
    Contact ana = person("Ana Ruiz", Tier.NETWORK, null);
    log(ana, daysAgo(40), Direction.MUTUAL, Channel.PHONE);
    assertThat(keepInTouch.status(account.id(), ana.id()).nextNudgeOn())
        .isEqualTo(daysAgo(40).plusDays(730));
    assertThat(keepInTouchPlan()).doesNotContain("Ana Ruiz");

    withCadence(ana, 14);
    KeepInTouchStatus status = keepInTouch.status(account.id(), ana.id());
    assertThat(status.cadenceDays()).isEqualTo(14);
    assertThat(status.nextNudgeOn()).isEqualTo(daysAgo(40).plusDays(28));
    assertThat(keepInTouchPlan()).containsExactly("Ana Ruiz");

    withCadence(ana, null);
    assertThat(keepInTouch.status(account.id(), ana.id()).nextNudgeOn())
        .isEqualTo(daysAgo(40).plusDays(730));
    assertThat(keepInTouchPlan()).doesNotContain("Ana Ruiz");
  }

  @Test
  void aPersonAddedWithTheirOwnCadenceIsNudgedOnIt() {
    Contact ana = person("Ana Ruiz", Tier.ACTIVE, 10);
    log(ana, daysAgo(25), Direction.MUTUAL, Channel.PHONE);
    assertThat(keepInTouch.status(account.id(), ana.id()).nextNudgeOn())
        .isEqualTo(daysAgo(25).plusDays(20));
    assertThat(keepInTouchPlan()).containsExactly("Ana Ruiz");
  }

  @Test
  void aLongerCadenceSetThroughTheApiTakesThePersonOutOfThePlan() throws Exception {
    ApiClient api = new ApiClient(mvc, tokens);
    Contact bob = person("Bob Lee", Tier.INNER, null);
    log(bob, daysAgo(20), Direction.MUTUAL, Channel.PHONE);
    String id = Ids.format(bob.id());
    assertThat(keepInTouch.status(account.id(), bob.id()).nextNudgeOn())
        .isEqualTo(daysAgo(20).plusDays(14));
    assertThat(keepInTouchPlan()).containsExactly("Bob Lee");
    api.get("/api/v1/today")
        .andExpect(jsonPath("$.items[?(@.contactId == '" + id + "')].kind").value("KEEP_IN_TOUCH"));

    api.patch("/api/v1/contacts/" + id, "{\"cadenceDays\": 60}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.cadenceDays").value(60));
    api.get("/api/v1/contacts/" + id).andExpect(jsonPath("$.cadenceDays").value(60));
    KeepInTouchStatus status = keepInTouch.status(account.id(), bob.id());
    assertThat(status.cadenceDays()).isEqualTo(60);
    assertThat(status.nextNudgeOn()).isEqualTo(daysAgo(20).plusDays(120));
    assertThat(keepInTouchPlan()).isEmpty();
    String today = api.get("/api/v1/today").andReturn().getResponse().getContentAsString();
    List<String> planned = JsonPath.read(today, "$.items[*].contactId");
    assertThat(planned).doesNotContain(id);

    api.patch("/api/v1/contacts/" + id, "{\"cadenceDays\": null}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.cadenceDays").doesNotExist());
    assertThat(keepInTouch.status(account.id(), bob.id()).nextNudgeOn())
        .isEqualTo(daysAgo(20).plusDays(14));
    assertThat(keepInTouchPlan()).containsExactly("Bob Lee");
  }

  @Test
  void aCadenceOfNoDaysIsRefusedByTheApi() throws Exception {
    Contact bob = person("Bob Lee", Tier.INNER, null);
    new ApiClient(mvc, tokens)
        .patch("/api/v1/contacts/" + Ids.format(bob.id()), "{\"cadenceDays\": 0}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("cadenceDays"));
    assertThat(contacts.get(account.id(), bob.id()).cadenceDays()).isNull();
  }

  @Test
  void twelveMonthCountsSlideWithTheCalendarWhenStaleAccountsAreRecounted() {
    Contact ana = person("Ana Ruiz", Tier.CLOSE, null);
    log(ana, daysAgo(10), Direction.MUTUAL, Channel.MEAL);
    log(ana, daysAgo(100), Direction.INBOUND, Channel.EMAIL);
    log(ana, daysAgo(300), Direction.OUTBOUND, Channel.PHONE);
    log(ana, daysAgo(500), Direction.MUTUAL, Channel.MEAL);
    LocalDate start = clock.today();
    Map<String, Object> now = counts(ana);
    assertThat(number(now, "count_12mo")).isEqualTo(3);
    assertThat(number(now, "two_way_12mo")).isEqualTo(2);
    assertThat(number(now, "by_them_12mo")).isEqualTo(1);
    assertThat(number(now, "channels_12mo")).isEqualTo(3);
    double closeNow = keepInTouch.status(account.id(), ana.id()).closeness();

    clock.setDate(start.plusDays(200));
    assertThat(number(counts(ana), "count_12mo")).isEqualTo(3);
    keepInTouch.recountStaleAccounts();
    Map<String, Object> later = counts(ana);
    assertThat(number(later, "count_12mo")).isEqualTo(2);
    assertThat(number(later, "two_way_12mo")).isEqualTo(2);
    assertThat(number(later, "by_them_12mo")).isEqualTo(1);
    assertThat(number(later, "channels_12mo")).isEqualTo(2);

    clock.setDate(start.plusYears(1));
    keepInTouch.recountStaleAccounts();
    Map<String, Object> yearOn = counts(ana);
    assertThat(number(yearOn, "count_12mo")).isZero();
    assertThat(number(yearOn, "two_way_12mo")).isZero();
    assertThat(number(yearOn, "by_them_12mo")).isZero();
    assertThat(number(yearOn, "channels_12mo")).isZero();
    assertThat(keepInTouch.status(account.id(), ana.id()).closeness()).isLessThan(closeNow);
  }

  @Test
  void aRecentlyCountedAccountIsLeftAlone() {
    Contact ana = person("Ana Ruiz", Tier.CLOSE, null);
    log(ana, daysAgo(360), Direction.MUTUAL, Channel.MEAL);
    assertThat(number(counts(ana), "count_12mo")).isEqualTo(1);

    clock.setDate(clock.today().plusDays(6));
    keepInTouch.recountStaleAccounts();
    assertThat(number(counts(ana), "count_12mo")).isEqualTo(1);

    clock.setDate(clock.today().plusDays(2));
    keepInTouch.recountStaleAccounts();
    assertThat(number(counts(ana), "count_12mo")).isZero();
  }
}
