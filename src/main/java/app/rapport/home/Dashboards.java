package app.rapport.home;

import app.rapport.goals.GoalService;
import app.rapport.health.HealthService;
import app.rapport.health.HealthSnapshot;
import app.rapport.health.NetworkHealth;
import app.rapport.keepintouch.KeepInTouchService;
import app.rapport.keepintouch.web.TodayView;
import app.rapport.model.Channel;
import app.rapport.model.Tier;
import app.rapport.platform.web.Chart;
import app.rapport.platform.web.Dates;
import app.rapport.platform.web.PageParts;
import app.rapport.platform.web.StackedChart;
import app.rapport.touchpoints.TouchpointService;
import app.rapport.touchpoints.WeekCount;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Builds the dashboard from what other features keep up to date: the plan, the Ready-10, goal
 * progress, weekly touchpoint counts and warmth by tier. Every part is a bounded read.
 */
@Component
class Dashboards {

  /** Channels grouped as a person thinks of them, for the activity chart's four series. */
  static final List<String> CHANNEL_GROUPS =
      List.of("In person", "Calls", "Messages", "Letters and other");

  private final KeepInTouchService keepInTouch;
  private final HealthService health;
  private final GoalService goals;
  private final TouchpointService touchpoints;
  private final PageParts parts;
  private final Clock clock;

  Dashboards(
      KeepInTouchService keepInTouch,
      HealthService health,
      GoalService goals,
      TouchpointService touchpoints,
      PageParts parts,
      Clock clock) {
    this.keepInTouch = keepInTouch;
    this.health = health;
    this.goals = goals;
    this.touchpoints = touchpoints;
    this.parts = parts;
    this.clock = clock;
  }

  /**
   * The dashboard, its three costly reads at the same time: the Ready-10 and the week's plan on
   * {@link PageParts}, the charts on this thread. The goals, which use the Ready-10's score, come
   * after it.
   */
  DashboardView dashboard(long account) {
    PageParts.Part<NetworkHealth> ready = parts.start(() -> health.networkHealth(account));
    PageParts.Part<TodayView> today = parts.start(() -> new TodayView(keepInTouch.today(account)));
    StackedChart warmth = warmth(account);
    StackedChart activity = activity(account);
    Chart trend = trend(account);
    NetworkHealth readiness = ready.join();
    return new DashboardView(
        today.join(),
        readiness,
        goals.currentGoals(account, readiness.score()).stream().limit(4).toList(),
        activity,
        warmth,
        trend);
  }

  private StackedChart activity(long account) {
    LocalDate today = LocalDate.now(clock);
    LocalDate firstWeek =
        today.minusWeeks(51).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    Map<LocalDate, double[]> weeks = new LinkedHashMap<>();
    for (LocalDate week = firstWeek; !week.isAfter(today); week = week.plusWeeks(1)) {
      weeks.put(week, new double[CHANNEL_GROUPS.size()]);
    }
    for (WeekCount count : touchpoints.weeks(account, firstWeek, today)) {
      double[] values = weeks.get(count.weekStart());
      if (values != null) {
        values[group(count.channel())] += count.touchpoints();
      }
    }
    List<StackedChart.Column> columns = new ArrayList<>();
    weeks.forEach(
        (week, values) ->
            columns.add(
                new StackedChart.Column(
                    Dates.shortWritten(week), java.util.Arrays.stream(values).boxed().toList())));
    return new StackedChart(
        "Touchpoints per week over the last year",
        "Each bar is a week, split by how you were in touch: in person, calls, messages, letters and other.",
        "Week starting",
        CHANNEL_GROUPS,
        columns);
  }

  static int group(Channel channel) {
    return switch (channel) {
      case IN_PERSON, MEAL, EVENT -> 0;
      case PHONE, VIDEO -> 1;
      case EMAIL, LINKEDIN, TEXT, SOCIAL -> 2;
      case LETTER, OTHER -> 3;
    };
  }

  private StackedChart warmth(long account) {
    Map<Tier, long[]> byTier = keepInTouch.warmthByTier(account);
    List<StackedChart.Column> columns = new ArrayList<>();
    for (Tier tier : List.of(Tier.INNER, Tier.CLOSE, Tier.ACTIVE, Tier.NETWORK)) {
      long[] counts = byTier.getOrDefault(tier, new long[4]);
      columns.add(
          new StackedChart.Column(
              tier.label(), java.util.Arrays.stream(counts).mapToDouble(c -> c).boxed().toList()));
    }
    return new StackedChart(
        "Warmth by tier",
        "For each tier, how many people are warm, due a reach-out, at risk, and going dormant.",
        "Tier",
        List.of("Warm", "Time to reach out", "At risk", "Going dormant"),
        columns);
  }

  private Chart trend(long account) {
    List<HealthSnapshot> snapshots = health.trend(account, 26);
    return new Chart(
        "Your Ready-10, week by week",
        "How many people could help with a job search at the start of each week.",
        "Week starting",
        "People",
        10,
        snapshots.stream()
            .map(
                s ->
                    new Chart.Bar(
                        Dates.shortWritten(s.weekStart()), s.ready10() == null ? 0 : s.ready10()))
            .toList());
  }
}
