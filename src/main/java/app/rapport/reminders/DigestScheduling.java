package app.rapport.reminders;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.event.SchedulerListener;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the weekly email's work with db-scheduler (docs/adr/0008): one recurring task, kept in the
 * database, which exactly one app instance picks each time it is due, however many share the
 * database. An instance that dies while running it is noticed by its missing heartbeats and the
 * task goes to another.
 *
 * <p>Whether this instance takes part ({@code rapport.reminders.scheduler-enabled}) is read when
 * the app is ready rather than as a condition on the bean: the packaged app starts with Spring's
 * ahead-of-time processing (docs/adr/0011), which fixes at build time which beans exist.
 */
@Component
class DigestScheduling implements DisposableBean {

  static final String TASK = "weekly-digest";

  private final DataSource dataSource;
  private final RemindersService reminders;
  private final RemindersProperties properties;
  private final ObjectProvider<SchedulerListener> listeners;
  private Scheduler scheduler;

  DigestScheduling(
      DataSource dataSource,
      RemindersService reminders,
      RemindersProperties properties,
      ObjectProvider<SchedulerListener> listeners) {
    this.dataSource = dataSource;
    this.reminders = reminders;
    this.properties = properties;
    this.listeners = listeners;
  }

  /** The recurring task: look for due emails and send those waiting, every {@code every}. */
  static RecurringTask<Void> task(RemindersService reminders, Duration every) {
    return Tasks.recurring(TASK, FixedDelay.of(every))
        .execute((instance, context) -> reminders.runDueDigests());
  }

  /** Starts once the app is ready, so no work runs before the database is migrated. */
  @EventListener(ApplicationReadyEvent.class)
  synchronized void start() {
    if (!properties.schedulerEnabled() || scheduler != null) {
      return;
    }
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
    scheduler.start();
  }

  /** Whether this instance is taking part in sending the weekly emails. */
  synchronized boolean running() {
    return scheduler != null;
  }

  @Override
  public synchronized void destroy() {
    if (scheduler != null) {
      scheduler.stop();
      scheduler = null;
    }
  }
}
