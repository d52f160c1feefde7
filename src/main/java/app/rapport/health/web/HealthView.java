package app.rapport.health.web;

import app.rapport.health.HealthSnapshot;
import app.rapport.health.NetworkHealth;
import app.rapport.model.Ready10Criterion;
import app.rapport.platform.db.Ids;
import app.rapport.platform.web.Chart;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The Ready-10 page: the health, its trend, and the words for the criteria. */
public record HealthView(NetworkHealth health, List<HealthSnapshot> trend) {

  public String link(long contactId) {
    return "/people/" + Ids.format(contactId);
  }

  /** "Not reachable this week, not willing yet": what a near miss lacks, in plain words. */
  public static String missing(Set<Ready10Criterion> criteria) {
    return criteria.stream().map(HealthView::words).sorted().collect(Collectors.joining("; "));
  }

  private static String words(Ready10Criterion criterion) {
    return switch (criterion) {
      case RELEVANT -> "not in your target field";
      case WILLING -> "not enough trust yet";
      case REACHABLE -> "not reachable this week on a personal channel";
      case NOT_REDUNDANT -> "three from your inner circle already count";
    };
  }

  /** The Ready-10 week by week, as a chart with its data table. */
  public Chart trendChart() {
    return new Chart(
        "Your Ready-10, week by week",
        "How many people could help with a job search at the start of each week.",
        "Week starting",
        "People",
        10,
        trend.stream()
            .map(
                s ->
                    new Chart.Bar(
                        app.rapport.platform.web.Dates.shortWritten(s.weekStart()),
                        s.ready10() == null ? 0 : s.ready10()))
            .toList());
  }
}
