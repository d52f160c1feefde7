package app.rapport.opportunities.web;

import app.rapport.opportunities.Insights;
import app.rapport.opportunities.Stage;
import java.util.List;

/** "Which relationships opened doors": three groupings, each as a chart and a table. */
public record InsightsView(Insights insights) {

  /** One grouping: its heading, the first column's name, its rows and its chart. */
  public record Grouping(
      String id, String heading, String column, List<Insights.Row> rows, BarChart chart) {}

  public List<Grouping> groupings() {
    return List.of(
        grouping("source", "By how they came", "How it came", insights.bySource()),
        grouping(
            "tie",
            "By how close you were to the person who brought it",
            "Your tie to them",
            insights.byTieStrength()),
        grouping("channel", "By channel", "How it reached you", insights.byChannel()));
  }

  private static Grouping grouping(
      String id, String heading, String column, List<Insights.Row> rows) {
    return new Grouping(id, heading, column, rows, BarChart.of("chart-" + id, heading, rows));
  }

  public List<Stage> stages() {
    return List.of(Stage.progress());
  }

  public boolean isEmpty() {
    return insights.total() == 0;
  }
}
