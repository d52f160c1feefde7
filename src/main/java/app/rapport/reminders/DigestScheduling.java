package app.rapport.reminders;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Runs the weekly email's work with db-scheduler (docs/adr/0007): one recurring task, kept in the
 * database, which exactly one app instance picks each time it is due, however many share the
 * database. An instance that dies while running it is noticed by its missing heartbeats and the
 * task goes to another.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "rapport.reminders.scheduler-enabled", matchIfMissing = true)
class DigestScheduling {

  static final String TASK = "weekly-digest";

  private Scheduler scheduler;

  /** The recurring task: look for due emails and send those waiting, every {@code every}. */
  static RecurringTask<Void> task(RemindersService reminders, Duration every) {
    return Tasks.recurring(TASK, FixedDelay.of(every))
        .execute((instance, context) -> reminders.runDueDigests());
  }

  /** A scheduler on the app's database, named so its picks can be told apart. */
  static Scheduler scheduler(DataSource dataSource, RecurringTask<Void> task, Duration pollEvery) {
    return Scheduler.create(dataSource)
        .startTasks(task)
        .pollingInterval(pollEvery)
        .threads(2)
        .alwaysPersistTimestampInUTC()
        .build();
  }

  @Bean(destroyMethod = "stop")
  Scheduler digestScheduler(
      DataSource dataSource, RemindersService reminders, RemindersProperties properties) {
    scheduler =
        scheduler(dataSource, task(reminders, properties.checkEvery()), properties.pollEvery());
    return scheduler;
  }

  /** Starts once the app is ready, so no work runs before the database is migrated. */
  @EventListener(ApplicationReadyEvent.class)
  void start() {
    scheduler.start();
  }
}
