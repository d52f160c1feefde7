package app.rapport.reminders;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.event.SchedulerListener;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
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

  @Bean(destroyMethod = "stop")
  Scheduler digestScheduler(
      DataSource dataSource,
      RemindersService reminders,
      RemindersProperties properties,
      ObjectProvider<SchedulerListener> listeners) {
    var builder =
        Scheduler.create(dataSource)
            .startTasks(task(reminders, properties.checkEvery()))
            .pollingInterval(properties.pollEvery())
            .threads(2)
            .alwaysPersistTimestampInUTC();
    if (properties.schedulerName() != null) {
      builder.schedulerName(new SchedulerName.Fixed(properties.schedulerName()));
    }
    listeners.orderedStream().forEach(builder::addSchedulerListener);
    scheduler = builder.build();
    return scheduler;
  }

  /** Starts once the app is ready, so no work runs before the database is migrated. */
  @EventListener(ApplicationReadyEvent.class)
  void start() {
    scheduler.start();
  }
}
