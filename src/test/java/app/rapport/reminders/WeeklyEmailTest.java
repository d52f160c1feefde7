package app.rapport.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.rapport.contacts.ContactService;
import app.rapport.platform.db.Database;
import app.rapport.platform.db.Ids;
import app.rapport.platform.security.ApiTokenStore;
import app.rapport.support.ApiClient;
import app.rapport.support.DatabaseTestBase;
import app.rapport.support.Html;
import app.rapport.touchpoints.TouchpointService;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The weekly email, sent through a real SMTP exchange with GreenMail and read back. */
class WeeklyEmailTest extends DatabaseTestBase {

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  /** Monday 30 November 2026, 08:00 in Oslo: the first weekly email after the tests' today. */
  static final Instant FIRST_DUE = Instant.parse("2026-11-30T07:00:00Z");

  @Autowired RemindersService reminders;
  @Autowired ContactService contacts;
  @Autowired TouchpointService touchpoints;
  @Autowired MockMvc mvc;
  @Autowired ApiTokenStore tokens;
  @Autowired JdbcClient jdbc;
  @Autowired Database db;
  @Autowired DigestScheduling scheduling;
  ReminderFixtures people;

  @BeforeEach
  void network() {
    people = new ReminderFixtures(contacts, touchpoints, account.id(), clock.today());
  }

  @Test
  void anInstanceWithTheSchedulerSwitchedOffTakesNoPartInSending() {
    // the tests run the work themselves, with rapport.reminders.scheduler-enabled=false
    assertThat(scheduling.running()).isFalse();
  }

  @Test
  void theEmailArrivesOnceAtTheChosenHourWithThePlanAndItsReasons() throws Exception {
    useTestMailServer(account.id());
    turnOn(account.id(), "me@example.com");
    assertThat(reminders.digestSettings(account.id()).nextDigestAt()).isEqualTo(FIRST_DUE);

    clock.set(FIRST_DUE.minusSeconds(60));
    reminders.runDueDigests();
    assertThat(mail.getReceivedMessages()).isEmpty();

    clock.set(FIRST_DUE.plusSeconds(30));
    reminders.runDueDigests();
    MimeMessage[] received = Inbox.received(mail, 1);
    assertThat(received).hasSize(1);
    MimeMessage email = received[0];
    assertThat(email.getAllRecipients())
        .extracting(Object::toString)
        .containsExactly("me@example.com");
    assertThat(email.getSubject()).isEqualTo("Your week in Rapport: 2 people to reach out to");
    assertThat(email.getContentType()).startsWith("multipart/");
    Map<String, String> parts = Inbox.parts(email);
    String text = parts.get("text/plain");
    String html = parts.get("text/html");
    assertThat(text)
        .contains("You promised: Bob Lee", "Send the report")
        .contains("Keep in touch: Ana Ruiz", "You last spoke in May")
        .contains("Open this week's plan: http://localhost:8080/today")
        .contains("YOUR READY-10", "Tell Rapport what you are looking for")
        .doesNotContain("Cara Diaz");
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
    assertThat(page.select("a").eachAttr("href"))
        .contains(
            "http://localhost:8080/people/" + Ids.format(people.ana.id()),
            "http://localhost:8080/today");
    assertThat(page.select("li").eachText())
        .anySatisfy(li -> assertThat(li).contains("Ana Ruiz", "You last spoke in May"));
    assertThat(email.getHeader("List-Unsubscribe")[0])
        .isEqualTo("<http://localhost:8080" + Inbox.unsubscribePath(text) + ">");

    // The same moment again, or a second run, sends nothing more; next week's is due a week on.
    reminders.runDueDigests();
    clock.set(FIRST_DUE.plus(Duration.ofHours(2)));
    reminders.runDueDigests();
    assertThat(mail.getReceivedMessages()).hasSize(1);
    assertThat(reminders.digestSettings(account.id()).nextDigestAt())
        .isEqualTo(Instant.parse("2026-12-07T07:00:00Z"));
    clock.set(Instant.parse("2026-12-07T07:00:05Z"));
    reminders.runDueDigests();
    assertThat(Inbox.received(mail, 2)).hasSize(2);
  }

  @Test
  void theUnsubscribeLinkAsksFirstThenTurnsTheEmailOff() throws Exception {
    useTestMailServer(account.id());
    turnOn(account.id(), "me@example.com");
    assertThat(reminders.sendDigestNow(account.id()).sent()).isTrue();
    String path = Inbox.unsubscribePath(Inbox.parts(Inbox.received(mail, 1)[0]).get("text/plain"));

    var ask = Html.of(mvc.perform(get(path)).andExpect(status().isOk()));
    assertThat(ask.select("h1").text()).isEqualTo("Stop the weekly email?");
    assertThat(ask.text()).contains("me@example.com");
    assertThat(reminders.digestSettings(account.id()).enabled()).isTrue();

    // A mail program's one-click unsubscribe posts without any CSRF token.
    var done = Html.of(mvc.perform(post(path)).andExpect(status().isOk()));
    assertThat(done.select("h1").text()).isEqualTo("You will not get the weekly email any more");
    assertThat(reminders.digestSettings(account.id()).enabled()).isFalse();
    assertThat(reminders.digestSettings(account.id()).nextDigestAt()).isNull();

    String forged = path.substring(0, path.length() - 3) + (path.endsWith("AAA") ? "BBB" : "AAA");
    mvc.perform(get(forged)).andExpect(status().isNotFound());
    mvc.perform(post(forged)).andExpect(status().isNotFound());
  }

  @Test
  void aMailServerThatIsDownDelaysTheEmailWithGrowingWaitsAndItGoesOnce() throws Exception {
    int closed = Inbox.closedPort();
    useMailServer(account.id(), closed);
    turnOn(account.id(), "me@example.com");
    clock.set(FIRST_DUE);

    reminders.runDueDigests();
    Outbox first = outbox(account.id());
    assertThat(first.status()).isEqualTo("PENDING");
    assertThat(first.attempts()).isEqualTo(1);
    assertThat(first.lastError())
        .isEqualTo("could not connect to 127.0.0.1:" + closed + ": connection refused");
    assertThat(first.nextAttemptAt()).isEqualTo(FIRST_DUE.plus(Duration.ofMinutes(1)));

    reminders.runDueDigests();
    assertThat(outbox(account.id()).attempts()).as("not tried before its time").isEqualTo(1);

    assertThat(Html.of(mvc.perform(get("/settings"))).select("#digest-waiting").text())
        .isEqualTo(
            "One email is waiting to be sent: could not connect to 127.0.0.1:"
                + closed
                + ": connection refused. Rapport tries again on Monday 30 November 2026 at 08:01,"
                + " and keeps trying until it goes.");

    clock.advance(Duration.ofMinutes(1));
    reminders.runDueDigests();
    Outbox second = outbox(account.id());
    assertThat(second.attempts()).isEqualTo(2);
    assertThat(second.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

    // The server comes back: the waiting email goes, once.
    useTestMailServer(account.id());
    clock.advance(Duration.ofMinutes(2));
    reminders.runDueDigests();
    assertThat(Inbox.received(mail, 1)).hasSize(1);
    clock.advance(Duration.ofHours(1));
    reminders.runDueDigests();
    assertThat(mail.getReceivedMessages()).hasSize(1);
    assertThat(outbox(account.id()).status()).isEqualTo("SENT");
    assertThat(outbox(account.id()).attempts()).isEqualTo(3);
    var settings = Html.of(mvc.perform(get("/settings")));
    assertThat(settings.select("#digest-waiting")).isEmpty();
    assertThat(settings.select("#digest-last-sent").text())
        .isEqualTo("The last one went to me@example.com on Monday 30 November 2026 at 08:03.");
  }

  @Test
  void oneAccountsTroubleDoesNotHoldUpAnothersEmail() throws Exception {
    long troubled = account.id();
    reminders.saveMailServer(
        troubled,
        new MailServerCommand(
            "127.0.0.1",
            mail.getSmtp().getPort(),
            MailServer.Security.NONE,
            "me",
            "secret",
            "rapport@example.com"));
    // A password sealed under another key (say, a data directory restored without its key).
    jdbc.sql(
            "UPDATE mail_server SET password_sealed = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'"
                + " WHERE account_id = :account")
        .param("account", troubled)
        .update();
    turnOn(troubled, "troubled@example.com");
    long fine = account.startFresh();
    useTestMailServer(fine);
    turnOn(fine, "fine@example.com");
    clock.set(FIRST_DUE);

    reminders.runDueDigests();

    assertThat(Inbox.received(mail, 1))
        .extracting(m -> m.getAllRecipients()[0].toString())
        .containsExactly("fine@example.com");
    Outbox waiting = outbox(troubled);
    assertThat(waiting.status()).isEqualTo("PENDING");
    assertThat(waiting.lastError()).contains("cannot be read with this data directory's key");
  }

  @Test
  void waitsDoubleFromAMinuteUpToSixHours() {
    assertThat(DigestDelivery.wait(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(DigestDelivery.wait(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(DigestDelivery.wait(5)).isEqualTo(Duration.ofMinutes(16));
    assertThat(DigestDelivery.wait(9)).isEqualTo(Duration.ofHours(4).plusMinutes(16));
    assertThat(DigestDelivery.wait(10)).isEqualTo(Duration.ofHours(6));
    assertThat(DigestDelivery.wait(1000)).isEqualTo(Duration.ofHours(6));
  }

  @Test
  void runsAtTheSameTimeSendEachEmailOnce() throws Exception {
    List<Long> accounts = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      long id = account.startFresh();
      useTestMailServer(id);
      turnOn(id, "person" + i + "@example.com");
      accounts.add(id);
    }
    clock.set(FIRST_DUE);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<CompletableFuture<Integer>> runs = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        runs.add(
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    start.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return reminders.runDueDigests() + reminders.runDueDigests();
                },
                pool));
      }
      start.countDown();
      int sent = 0;
      for (var run : runs) {
        sent += run.get(60, TimeUnit.SECONDS);
      }
      assertThat(sent).isEqualTo(6);
    } finally {
      pool.shutdownNow();
    }
    MimeMessage[] received = Inbox.received(mail, 6);
    List<String> to = new ArrayList<>();
    for (MimeMessage m : received) {
      to.add(m.getAllRecipients()[0].toString());
    }
    assertThat(to)
        .hasSize(6)
        .doesNotHaveDuplicates()
        .allSatisfy(address -> assertThat(address).matches("person[0-5]@example.com"));
    for (long id : accounts) {
      assertThat(outbox(id).status()).isEqualTo("SENT");
    }
  }

  @Test
  void sendNowThroughTheApi() throws Exception {
    ApiClient api = new ApiClient(mvc, tokens);
    api.post("/api/v1/digest/send-now", "")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("to"));
    api.patch("/api/v1/digest", "{}").andExpect(status().isMethodNotAllowed());
    api.put("/api/v1/digest", "{\"enabled\": true, \"to\": \"me@example.com\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.enabled").value(true))
        .andExpect(jsonPath("$.day").value("MONDAY"))
        .andExpect(jsonPath("$.nextDigestAt").isString());
    api.post("/api/v1/digest/send-now", "")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("host"))
        .andExpect(
            jsonPath("$.detail")
                .value("Set up the mail server first: Rapport needs one to send email."));

    int closed = Inbox.closedPort();
    api.put(
            "/api/v1/mail-server",
            "{\"host\": \"127.0.0.1\", \"port\": " + closed + ", \"security\": \"NONE\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.source").value("SETTINGS"));
    api.post("/api/v1/digest/send-now", "")
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.status").value("WAITING"))
        .andExpect(
            jsonPath("$.problem")
                .value("could not connect to 127.0.0.1:" + closed + ": connection refused"))
        .andExpect(jsonPath("$.nextAttemptAt").value("2026-11-26T10:01:00Z"));

    api.put(
            "/api/v1/mail-server",
            "{\"host\": \"127.0.0.1\", \"port\": "
                + mail.getSmtp().getPort()
                + ", \"security\": \"NONE\"}")
        .andExpect(status().isOk());
    api.post("/api/v1/digest/send-now", "")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("SENT"))
        .andExpect(jsonPath("$.to").value("me@example.com"));
    assertThat(Inbox.received(mail, 1)).hasSize(1);
    // The one that was waiting still goes when its time comes, once.
    clock.advance(Duration.ofMinutes(1));
    reminders.runDueDigests();
    assertThat(Inbox.received(mail, 2)).hasSize(2);
  }

  @Test
  void theTestButtonSaysWhatFailedInPlainWords() throws Exception {
    turnOn(account.id(), "me@example.com");
    int closed = Inbox.closedPort();
    useMailServer(account.id(), closed);
    var failed =
        mvc.perform(post("/settings/mail-server/test").with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    assertThat(failed.getFlashMap().toString())
        .contains(
            "The test email was not sent: could not connect to 127.0.0.1:"
                + closed
                + ": connection refused.")
        .contains("problem=true")
        .doesNotContain("Exception");
    assertThat(failed.getResponse().getRedirectedUrl()).isEqualTo("/settings");

    useTestMailServer(account.id());
    var sent = mvc.perform(post("/settings/mail-server/test").with(csrf())).andReturn();
    assertThat(sent.getFlashMap().toString()).contains("A test email was sent to me@example.com.");
    assertThat(Inbox.received(mail, 1)[0].getSubject()).isEqualTo("A test from Rapport");
  }

  @Test
  void anAddressThatIsNotAnEmailIsRefusedWithTheFieldNamed() throws Exception {
    int version = reminders.digestSettings(account.id()).version();
    var page =
        Html.of(
            mvc.perform(
                    post("/settings/email")
                        .with(csrf())
                        .param("enabled", "true")
                        .param("to", "ana at example")
                        .param("day", "MONDAY")
                        .param("hour", "8")
                        .param("timeZone", "Europe/Oslo")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is(422)));
    assertThat(page.select("#f-to-error").text())
        .contains("This does not look like an email address");
    assertThat(page.select("#f-to").attr("value")).isEqualTo("ana at example");
    assertThat(page.select("#error-summary a").attr("href")).isEqualTo("#f-to");
    assertThat(reminders.digestSettings(account.id()).enabled()).isFalse();

    ApiClient api = new ApiClient(mvc, tokens);
    api.put("/api/v1/digest", "{\"enabled\": true, \"to\": \"nope\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("to"));
    api.put("/api/v1/digest", "{\"enabled\": true}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("to"));
    api.put(
            "/api/v1/digest",
            "{\"enabled\": true, \"to\": \"a@b.example\", \"timeZone\": \"Mars/Olympus\", \"hour\": 25}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("timeZone")));
    api.put("/api/v1/digest", "{\"enabled\": true, \"to\": \"a@b.example\", \"hour\": 25}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("hour"));
    api.put(
            "/api/v1/mail-server",
            "{\"host\": \"smtp.example.com\", \"port\": 587, \"fromAddress\": \"me\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("fromAddress"));

    var mailPage =
        Html.of(
            mvc.perform(
                    post("/settings/mail-server")
                        .with(csrf())
                        .param("host", "https://smtp.example.com")
                        .param("port", "five")
                        .param("security", "STARTTLS"))
                .andExpect(status().is(422)));
    assertThat(mailPage.select("#f-port-error").text()).contains("The port is a number");
    mailPage =
        Html.of(
            mvc.perform(
                    post("/settings/mail-server")
                        .with(csrf())
                        .param("host", "https://smtp.example.com")
                        .param("port", "587")
                        .param("security", "STARTTLS"))
                .andExpect(status().is(422)));
    assertThat(mailPage.select("#f-host-error").text()).contains("without http://");
    assertThat(mailPage.select("#f-host").attr("value")).isEqualTo("https://smtp.example.com");
  }

  @Test
  void aPasswordIsKeptSealedAndNeverShown() throws Exception {
    reminders.saveMailServer(
        account.id(),
        new MailServerCommand(
            "smtp.example.com",
            587,
            MailServer.Security.STARTTLS,
            "me@example.com",
            "pa55-word!",
            null));
    String stored =
        jdbc.sql("SELECT password_sealed FROM mail_server WHERE account_id = :account")
            .param("account", account.id())
            .query(String.class)
            .single();
    assertThat(stored).isNotBlank().doesNotContain("pa55-word!");
    new ApiClient(mvc, tokens)
        .get("/api/v1/mail-server")
        .andExpect(jsonPath("$.passwordSaved").value(true))
        .andExpect(jsonPath("$.password").doesNotExist());
    // Saving again without a password keeps the saved one.
    reminders.saveMailServer(
        account.id(),
        new MailServerCommand(
            "smtp.example.com", 465, MailServer.Security.TLS, "me@example.com", null, null));
    assertThat(reminders.mailServer(account.id()).passwordSaved()).isTrue();
    assertThat(Html.of(mvc.perform(get("/settings"))).text()).doesNotContain("pa55-word!");
  }

  @Test
  void settingsExplainsTheWeeklyEmailAndWhenTheNextOneGoes() throws Exception {
    useTestMailServer(account.id());
    var before = Html.of(mvc.perform(get("/settings")));
    assertThat(before.select("#email ~ p").first().text())
        .contains("It is off until you turn it on");
    assertThat(before.select("#f-enabled").hasAttr("checked")).isFalse();
    mvc.perform(
            post("/settings/email")
                .with(csrf())
                .param("enabled", "true")
                .param("to", "me@example.com")
                .param("day", "FRIDAY")
                .param("hour", "17")
                .param("timeZone", "America/New_York")
                .param("version", String.valueOf(reminders.digestSettings(account.id()).version())))
        .andExpect(status().is3xxRedirection());
    var after = Html.of(mvc.perform(get("/settings")));
    assertThat(after.text())
        .contains("The next one goes on Friday 27 November 2026 at 17:00 (America/New York).")
        .contains(
            "Rapport sends email through 127.0.0.1:" + mail.getSmtp().getPort() + ", set here.");
    assertThat(after.select("#f-day option[selected]").text()).isEqualTo("Friday");
    assertThat(after.select("#f-timeZone option[selected]").attr("value"))
        .isEqualTo("America/New_York");
  }

  // ---- helpers ----------------------------------------------------------------------------------

  record Outbox(String status, int attempts, String lastError, Instant nextAttemptAt) {}

  private Outbox outbox(long account) {
    return jdbc.sql("SELECT * FROM digest_outbox WHERE account_id = :account")
        .param("account", account)
        .query(
            (rs, row) ->
                new Outbox(
                    rs.getString("status"),
                    rs.getInt("attempts"),
                    rs.getString("last_error"),
                    db.instant(rs, "next_attempt_at")))
        .single();
  }

  private void useTestMailServer(long account) {
    useMailServer(account, mail.getSmtp().getPort());
  }

  private void useMailServer(long account, int port) {
    reminders.saveMailServer(
        account,
        new MailServerCommand(
            "127.0.0.1", port, MailServer.Security.NONE, null, null, "rapport@example.com"));
  }

  private void turnOn(long account, String to) {
    reminders.saveDigestSettings(
        account,
        reminders.digestSettings(account).version(),
        new DigestCommand(true, to, DayOfWeek.MONDAY, 8, OSLO));
  }
}
