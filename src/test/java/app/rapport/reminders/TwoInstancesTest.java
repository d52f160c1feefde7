package app.rapport.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.RapportApplication;
import app.rapport.support.MutableClock;
import app.rapport.support.TestAccount;
import app.rapport.support.TestDatabases;
import app.rapport.support.TestSupportConfig;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.event.SchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two app instances, each a whole Spring application with its own db-scheduler, on one PostgreSQL
 * database, both looking for due weekly emails every second: between them, each email goes once,
 * and when one instance stops the other carries the work on.
 *
 * <p>PostgreSQL only: several instances sharing a database is the hosted setup, which runs on
 * PostgreSQL; SQLite is one file used by one app on one computer.
 */
@Tag("db")
class TwoInstancesTest {

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  /** Counts the scheduled runs an instance made. */
  @Configuration(proxyBeanMethods = false)
  static class CountRuns {
    final AtomicInteger runs = new AtomicInteger();

    @Bean
    SchedulerListener countingListener() {
      return new AbstractSchedulerListener() {
        @Override
        public void onExecutionComplete(ExecutionComplete complete) {
          runs.incrementAndGet();
        }
      };
    }
  }

  @Test
  void twoInstancesOnOneDatabaseSendEachWeeklyEmailOnce() throws Exception {
    Assumptions.assumeTrue(
        TestDatabases.engine() == TestDatabases.Engine.POSTGRES,
        "several app instances share a database only on PostgreSQL");
    String url = TestDatabases.newPostgresDatabase();
    Path dataDir = Files.createTempDirectory("rapport-two-instances");
    Instant due = Instant.parse("2026-11-30T07:00:00Z");

    try (ConfigurableApplicationContext a = start("instance-a", url, dataDir);
        ConfigurableApplicationContext b = start("instance-b", url, dataDir)) {
      assertThat(a.getBean(DigestScheduling.class).running()).isTrue();
      assertThat(b.getBean(DigestScheduling.class).running()).isTrue();
      RemindersService reminders = a.getBean(RemindersService.class);
      List<Long> accounts = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        long account = a.getBean(TestAccount.class).startFresh();
        reminders.saveMailServer(
            account,
            new MailServerCommand(
                "127.0.0.1",
                mail.getSmtp().getPort(),
                MailServer.Security.NONE,
                null,
                null,
                "rapport@example.com"));
        reminders.saveDigestSettings(
            account,
            reminders.digestSettings(account).version(),
            new DigestCommand(
                true,
                "person" + i + "@example.com",
                DayOfWeek.MONDAY,
                8,
                ZoneId.of("Europe/Oslo")));
        accounts.add(account);
      }
      // Both instances' clocks reach Monday 08:00 in Oslo at once.
      a.getBean(MutableClock.class).set(due.plusSeconds(5));
      b.getBean(MutableClock.class).set(due.plusSeconds(5));

      AtomicInteger runsOfA = a.getBean(CountRuns.class).runs;
      AtomicInteger runsOfB = b.getBean(CountRuns.class).runs;
      java.util.function.Supplier<String> state =
          () ->
              "runs: a="
                  + runsOfA.get()
                  + ", b="
                  + runsOfB.get()
                  + ", mails="
                  + mail.getReceivedMessages().length;
      int before = runsOfA.get() + runsOfB.get();
      // Both instances look for work; the three emails fall due and go, and the task runs on.
      waitFor(
          state,
          () ->
              mail.getReceivedMessages().length >= 3
                  && runsOfA.get() + runsOfB.get() >= before + 5);

      // Which instance wins each turn depends on when each one polls, so one of them may take
      // every turn. That one stops now, and the other must carry the task on, sending nothing
      // twice.
      boolean aTookMore = runsOfA.get() >= runsOfB.get();
      AtomicInteger other = aTookMore ? runsOfB : runsOfA;
      int otherBefore = other.get();
      (aTookMore ? a : b).close();
      waitFor(state, () -> other.get() >= otherBefore + 3);

      MimeMessage[] received = mail.getReceivedMessages();
      assertThat(received)
          .extracting(m -> m.getAllRecipients()[0].toString())
          .containsExactlyInAnyOrder(
              "person0@example.com", "person1@example.com", "person2@example.com");
    }
  }

  private static ConfigurableApplicationContext start(String name, String url, Path dataDir) {
    // Command-line arguments, so that they take precedence over application.properties.
    return new SpringApplicationBuilder(
            RapportApplication.class, TestSupportConfig.class, CountRuns.class)
        .run(
            "--spring.datasource.url=" + url,
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=postgres",
            "--rapport.data-dir=" + dataDir,
            "--server.port=0",
            "--spring.main.banner-mode=off",
            "--logging.level.root=WARN",
            "--rapport.reminders.scheduler-name=" + name,
            "--rapport.reminders.check-every=1s",
            "--rapport.reminders.poll-every=100ms");
  }

  /** Waits, a bounded time, for something the schedulers do in their own time. */
  private static void waitFor(java.util.function.Supplier<String> state, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the two instances did not both run in time: " + state.get());
      }
      Thread.sleep(100);
    }
  }
}
