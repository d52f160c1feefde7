package app.rapport.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The default year-round goals (§9.9) and whether the user is on track for them.
 *
 * <p>science.md gives four defaults: keep the Ready-10 at ten all year, 52 dormant reconnections,
 * two channels for 90% of Active and Network ties, and everyone in the Ready-10 activated within
 * two weeks of starting a search (the last is a deadline, kept as {@link
 * ModelParameters#goalActivatedWithinDays()}, not a yearly count). The touchpoint target is the
 * weekly budget of §9.4 over a year. New people met, introductions asked for and informational
 * interviews are product defaults of one a month, not from the literature.
 */
public final class Goals {

  private static final String IF_THEN = "If-then plans: Gollwitzer & Sheeran 2006.";

  private final ModelParameters parameters;

  public Goals(ModelParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** One default goal of each kind, in the order of {@link GoalKind}. */
  public List<DefaultGoal> defaults() {
    ModelParameters p = parameters;
    return List.of(
        new DefaultGoal(
            GoalKind.RECONNECT_DORMANT,
            p.goalReconnectionsPerYear(),
            "dormant contacts reconnected with",
            "Every Tuesday after my morning coffee, I reconnect with one dormant contact.",
            "One a week (science.md 9.9, calibration); dormant ties give useful, novel advice"
                + " (Levin et al. 2011). "
                + IF_THEN),
        new DefaultGoal(
            GoalKind.MEET_NEW,
            p.goalMeetNewPerYear(),
            "new people met",
            "On the first Thursday of each month, I go to one event in my field and talk to one"
                + " person I have not met.",
            "One a month (product default). " + IF_THEN),
        new DefaultGoal(
            GoalKind.TOUCHPOINTS,
            p.goalTouchpointsPerYear(),
            "touchpoints with Active and Network contacts",
            "Monday to Thursday, when I sit down after lunch, I send one short message to someone"
                + " in my network.",
            "The weekly budget of "
                + p.weeklyTouchesDefault()
                + " touches (science.md 9.4, calibration). "
                + IF_THEN),
        new DefaultGoal(
            GoalKind.CHANNELS,
            (int) Math.round(p.goalMultiChannelShare() * 100),
            "% of Active and Network contacts reachable on two or more channels",
            "Whenever I log a touchpoint with someone I can reach only at work, I ask for a"
                + " personal email or phone number.",
            "science.md 9.9 (calibration); weak ties on a single, employer-provided medium"
                + " dissolve when it goes (Haythornthwaite 2002). "
                + IF_THEN),
        new DefaultGoal(
            GoalKind.INTRODUCTIONS_ASKED,
            p.goalIntroductionsAskedPerYear(),
            "introductions asked for",
            "When a catch-up goes well, I ask for the name of one person they think I should"
                + " meet.",
            "One a month (product default; one a week while searching, science.md 9.4). "
                + IF_THEN),
        new DefaultGoal(
            GoalKind.INFO_INTERVIEWS,
            p.goalInfoInterviewsPerYear(),
            "informational interviews",
            "On the last Friday of each month, I ask one person in my target field for twenty"
                + " minutes about how their work is changing.",
            "One a month (product default). Ask for information, not a job (Levin et al. 2011). "
                + IF_THEN),
        new DefaultGoal(
            GoalKind.READY10,
            p.readyTarget(),
            "people in your Ready-10",
            "Every Sunday evening, I open my Ready-10 and act on the first thing it says is"
                + " missing.",
            "Keep the Ready-10 at ten all year (science.md 9.9, calibration). " + IF_THEN));
  }

  /**
   * Whether a goal is on track on {@code today}: a count keeps pace with the calendar, a level is
   * held at or above its target.
   */
  public boolean onTrack(
      DefaultGoal goal,
      double current,
      LocalDate periodStart,
      LocalDate periodEnd,
      LocalDate today) {
    if (goal.kind().measure() == GoalKind.Measure.LEVEL) {
      return current >= goal.target();
    }
    return onTrack(current, goal.target(), periodStart, periodEnd, today);
  }

  /**
   * Whether progress keeps pace with the calendar: {@code current ≥ target × elapsed share of the
   * period}. The period runs from the start of {@code periodStart} to the start of {@code
   * periodEnd} (a calendar year is 1 January to the next 1 January), and the elapsed share is
   * counted at the start of {@code today}, so nothing is expected on the first day and a day's work
   * counts on the day it is done.
   */
  public static boolean onTrack(
      double current, double target, LocalDate periodStart, LocalDate periodEnd, LocalDate today) {
    return current >= expectedByNow(target, periodStart, periodEnd, today) - 1e-9;
  }

  /** How much of {@code target} should be done by the start of {@code today}. */
  public static double expectedByNow(
      double target, LocalDate periodStart, LocalDate periodEnd, LocalDate today) {
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(periodEnd, "periodEnd");
    Objects.requireNonNull(today, "today");
    long length = ChronoUnit.DAYS.between(periodStart, periodEnd);
    if (length <= 0) {
      throw new IllegalArgumentException("a goal's period must end after it starts");
    }
    long elapsed = ChronoUnit.DAYS.between(periodStart, today);
    double share = Math.max(0, Math.min(1, (double) elapsed / length));
    return target * share;
  }
}
