package app.rapport.home;

import app.rapport.goals.GoalView;
import app.rapport.health.NetworkHealth;
import app.rapport.keepintouch.web.TodayView;
import app.rapport.platform.web.Chart;
import app.rapport.platform.web.StackedChart;
import java.util.List;

/**
 * The home page once the user has people: this week's plan, the Ready-10 with its first steps, goal
 * progress, and the charts of activity, warmth by tier and the Ready-10 trend.
 */
public record DashboardView(
    TodayView plan,
    NetworkHealth health,
    List<GoalView> goals,
    StackedChart activity,
    StackedChart warmth,
    Chart trend) {

  public List<NetworkHealth.Step> topSteps() {
    return health.plan().stream().limit(3).toList();
  }
}
