package app.rapport.opportunities.web;

import app.rapport.opportunities.Insights;
import app.rapport.opportunities.Stage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which relationships opened doors. Each grouping counts every opportunity once: its rows' {@code
 * total}s add up to {@code total}. {@code furthest} counts how many got furthest to each stage.
 */
public record InsightsJson(
    long total, List<RowJson> bySource, List<RowJson> byTieStrength, List<RowJson> byChannel) {

  public record RowJson(
      String key,
      String label,
      long total,
      Map<Stage, Long> furthest,
      long reachedInterview,
      long reachedOffer,
      long closed) {

    static RowJson of(Insights.Row row) {
      Map<Stage, Long> furthest = new LinkedHashMap<>();
      for (Stage stage : Stage.progress()) {
        furthest.put(stage, row.stoppedAt(stage));
      }
      return new RowJson(
          row.key(),
          row.label(),
          row.total(),
          furthest,
          row.reachedInterview(),
          row.reachedOffer(),
          row.closed());
    }
  }

  static InsightsJson of(Insights insights) {
    return new InsightsJson(
        insights.total(),
        insights.bySource().stream().map(RowJson::of).toList(),
        insights.byTieStrength().stream().map(RowJson::of).toList(),
        insights.byChannel().stream().map(RowJson::of).toList());
  }
}
