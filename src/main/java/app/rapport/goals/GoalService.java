package app.rapport.goals;

import app.rapport.contacts.ContactService;
import app.rapport.health.HealthService;
import app.rapport.introductions.IntroductionService;
import app.rapport.keepintouch.KeepInTouchService;
import app.rapport.model.DefaultGoal;
import app.rapport.model.GoalKind;
import app.rapport.model.Goals;
import app.rapport.platform.FieldProblem;
import app.rapport.platform.Rules;
import app.rapport.platform.StaleEdit;
import app.rapport.platform.Text;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.db.PageResult;
import app.rapport.touchpoints.TouchpointService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Networking goals for a period, each measured from the log and never ticked by hand: dormant ties
 * revived, new people met, touchpoints, people reachable on two channels, introductions asked for,
 * informational interviews, and the Ready-10 held at ten. A count is on track when it keeps pace
 * with the calendar; a level when it is at its target now.
 */
@Service
public class GoalService {

  private static final Map<GoalKind, String> LABELS = new EnumMap<>(GoalKind.class);

  static {
    LABELS.put(GoalKind.RECONNECT_DORMANT, "Reconnect with dormant contacts");
    LABELS.put(GoalKind.MEET_NEW, "Meet new people");
    LABELS.put(GoalKind.TOUCHPOINTS, "Stay in touch");
    LABELS.put(GoalKind.CHANNELS, "Reach people on two channels");
    LABELS.put(GoalKind.INTRODUCTIONS_ASKED, "Ask for introductions");
    LABELS.put(GoalKind.INFO_INTERVIEWS, "Hold informational interviews");
    LABELS.put(GoalKind.READY10, "Keep your Ready-10 at ten");
  }

  private final GoalRepository goals;
  private final ContactService contacts;
  private final TouchpointService touchpoints;
  private final KeepInTouchService keepInTouch;
  private final HealthService health;
  private final IntroductionService introductions;
  private final Goals model;
  private final Rules rules;
  private final Clock clock;

  GoalService(
      GoalRepository goals,
      ContactService contacts,
      TouchpointService touchpoints,
      KeepInTouchService keepInTouch,
      HealthService health,
      IntroductionService introductions,
      Goals model,
      Rules rules,
      Clock clock) {
    this.goals = goals;
    this.contacts = contacts;
    this.touchpoints = touchpoints;
    this.keepInTouch = keepInTouch;
    this.health = health;
    this.introductions = introductions;
    this.model = model;
    this.rules = rules;
    this.clock = clock;
  }

  public static String label(GoalKind kind) {
    return LABELS.get(kind);
  }

  public Goal get(long account, long id) {
    return goals.find(account, id).orElseThrow(() -> GoalNotFound.forId(id));
  }

  public GoalView view(long account, long id) {
    return views(account, List.of(get(account, id))).get(0);
  }

  /** The goals whose period has not ended, each with its progress. */
  public List<GoalView> currentGoals(long account) {
    return views(account, goals.current(account, LocalDate.now(clock), 50));
  }

  /** The same, when the caller already knows today's Ready-10 score (null: no target). */
  public List<GoalView> currentGoals(long account, Integer ready10) {
    return views(account, goals.current(account, LocalDate.now(clock), 50), () -> ready10);
  }

  public PageResult<GoalView> allGoals(long account, PageRequest page) {
    return PageResult.of(
        views(account, goals.all(account, (int) page.offset(), page.size())),
        page,
        goals.count(account));
  }

  @Transactional
  public Goal setGoal(long account, GoalCommand command) {
    GoalCommand clean = check(command);
    long id = Ids.next();
    goals.insert(account, id, clean, clock.instant());
    return get(account, id);
  }

  @Transactional
  public Goal editGoal(long account, long id, int version, GoalCommand command) {
    get(account, id);
    GoalCommand clean = check(command);
    if (!goals.update(account, id, version, clean, clock.instant())) {
      throw new StaleEdit("goal");
    }
    return get(account, id);
  }

  @Transactional
  public Goal deleteGoal(long account, long id) {
    Goal goal = get(account, id);
    goals.markDeleted(account, id, clock.instant());
    return goal;
  }

  @Transactional
  public void restoreGoal(long account, long id) {
    if (!goals.restore(account, id)) {
      throw GoalNotFound.forId(id);
    }
  }

  /** The new-year wizard's proposals: the research-based defaults (§9.9) for the coming year. */
  public List<DefaultGoal> proposals() {
    return model.defaults();
  }

  /** The year the wizard plans: the next one from December on, this one before. */
  public int wizardYear() {
    LocalDate today = LocalDate.now(clock);
    return today.getMonthValue() == 12 ? today.getYear() + 1 : today.getYear();
  }

  /** Sets several goals at once (the wizard): all of them, or none when one is wrong. */
  @Transactional
  public List<Goal> setGoals(long account, List<GoalCommand> commands) {
    List<FieldProblem> problems = new ArrayList<>();
    for (int i = 0; i < commands.size(); i++) {
      for (FieldProblem p : rules.problems(commands.get(i))) {
        problems.add(new FieldProblem("goals[" + i + "]." + p.field(), p.message()));
      }
      for (FieldProblem p : ownProblems(commands.get(i))) {
        problems.add(new FieldProblem("goals[" + i + "]." + p.field(), p.message()));
      }
    }
    if (!problems.isEmpty()) {
      throw new app.rapport.platform.InvalidInput(problems);
    }
    return commands.stream().map(c -> setGoal(account, c)).toList();
  }

  private GoalCommand check(GoalCommand command) {
    GoalCommand clean =
        new GoalCommand(
            command.kind(),
            command.target(),
            command.periodStart(),
            command.periodEnd(),
            Text.trimToNull(command.plan()));
    rules.check(clean, ownProblems(clean));
    return clean;
  }

  private static List<FieldProblem> ownProblems(GoalCommand c) {
    List<FieldProblem> problems = new ArrayList<>();
    if (c.periodStart() != null
        && c.periodEnd() != null
        && c.periodEnd().isBefore(c.periodStart())) {
      problems.add(new FieldProblem("periodEnd", "The end is before the start."));
    }
    if (c.kind() == GoalKind.CHANNELS && c.target() > 100) {
      problems.add(new FieldProblem("target", "This goal is a percentage: use at most 100."));
    }
    if (c.kind() == GoalKind.READY10 && c.target() > 10) {
      problems.add(new FieldProblem("target", "The Ready-10 counts at most ten people."));
    }
    return problems;
  }

  private List<GoalView> views(long account, List<Goal> list) {
    return views(account, list, memo(() -> health.networkHealth(account).score()));
  }

  private List<GoalView> views(long account, List<Goal> list, Supplier<Integer> ready10) {
    LocalDate today = LocalDate.now(clock);
    Map<GoalKind, String> units = new EnumMap<>(GoalKind.class);
    model.defaults().forEach(d -> units.put(d.kind(), d.unit()));
    List<GoalView> views = new ArrayList<>();
    for (Goal goal : list) {
      double current = measure(account, goal, ready10);
      LocalDate until = goal.periodEnd().plusDays(1);
      boolean level = goal.kind().measure() == GoalKind.Measure.LEVEL;
      double expected =
          level
              ? goal.target()
              : Goals.expectedByNow(goal.target(), goal.periodStart(), until, today);
      boolean onTrack =
          level
              ? current >= goal.target()
              : Goals.onTrack(current, goal.target(), goal.periodStart(), until, today);
      views.add(
          new GoalView(
              goal,
              new GoalProgress(current, goal.target(), expected, onTrack),
              units.get(goal.kind()),
              LABELS.get(goal.kind()),
              List.of()));
    }
    return withHistory(account, views, today);
  }

  /**
   * Adds each goal's weekly history, writing this week's progress down first when it is not yet
   * (the first look of the week, or the Monday job).
   */
  private List<GoalView> withHistory(long account, List<GoalView> views, LocalDate today) {
    LocalDate week =
        today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    for (GoalView view : views) {
      if (!view.goal().periodEnd().isBefore(week)) {
        goals.saveSnapshotIfMissing(account, view.goal().id(), week, view.progress().current());
      }
    }
    Map<Long, List<GoalWeek>> history =
        goals.snapshots(
            account,
            views.stream().map(v -> v.goal().id()).toList(),
            week.minusWeeks(HISTORY_WEEKS - 1L));
    return views.stream()
        .map(
            v ->
                new GoalView(
                    v.goal(),
                    v.progress(),
                    v.unit(),
                    v.label(),
                    history.getOrDefault(v.goal().id(), List.of())))
        .toList();
  }

  /** How many weeks of history a goal shows. */
  static final int HISTORY_WEEKS = 12;

  /** Every Monday morning each account's goal progress is written down for the trend. */
  @org.springframework.scheduling.annotation.Scheduled(cron = "0 17 4 * * MON")
  @Transactional
  public void snapshotAllAccounts() {
    for (Long account : goals.accountsWithGoals()) {
      currentGoals(account);
    }
  }

  private double measure(long account, Goal goal, Supplier<Integer> ready10) {
    LocalDate from = goal.periodStart();
    LocalDate until = goal.periodEnd().plusDays(1);
    return switch (goal.kind()) {
      case RECONNECT_DORMANT -> keepInTouch.revivalsBetween(account, from, until);
      case MEET_NEW -> contacts.countMetBetween(account, from, until);
      case TOUCHPOINTS -> touchpoints.countBetween(account, from, until);
      case CHANNELS -> Math.round(keepInTouch.multiChannelShare(account) * 100);
      case INTRODUCTIONS_ASKED -> introductions.countAskedBetween(account, from, until);
      case INFO_INTERVIEWS -> touchpoints.infoInterviews(account, from, until);
      case READY10 -> ready10.get() == null ? 0 : ready10.get();
    };
  }

  private static <T> Supplier<T> memo(Supplier<T> supplier) {
    return new Supplier<>() {
      private boolean done;
      private T value;

      @Override
      public T get() {
        if (!done) {
          value = supplier.get();
          done = true;
        }
        return value;
      }
    };
  }
}
