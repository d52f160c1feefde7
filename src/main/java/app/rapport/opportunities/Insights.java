package app.rapport.opportunities;

import java.util.List;
import java.util.Map;

/**
 * "Which relationships opened doors": the user's opportunities and how far they got, grouped by how
 * they came, by the strength of the tie to the person who brought them, and by channel. Each
 * grouping counts every opportunity once, so its rows add up to {@code total}.
 */
public record Insights(
    long total, List<Row> bySource, List<Row> byTieStrength, List<Row> byChannel) {

  public Insights {
    bySource = List.copyOf(bySource);
    byTieStrength = List.copyOf(byTieStrength);
    byChannel = List.copyOf(byChannel);
  }

  /**
   * One group: how many opportunities, how many got furthest to each stage, how many are closed.
   *
   * @param key the source, band or channel name; {@code NONE} for those without one
   * @param furthest how many stopped (or stand) at each stage of {@link Stage#progress()}
   */
  public record Row(String key, String label, long total, Map<Stage, Long> furthest, long closed) {

    public Row {
      furthest = Map.copyOf(furthest);
    }

    public long reached(Stage stage) {
      return furthest.entrySet().stream()
          .filter(e -> e.getKey().ordinal() >= stage.ordinal())
          .mapToLong(Map.Entry::getValue)
          .sum();
    }

    public long reachedInterview() {
      return reached(Stage.INTERVIEWING);
    }

    public long reachedOffer() {
      return reached(Stage.OFFER);
    }

    public long stoppedAt(Stage stage) {
      return furthest.getOrDefault(stage, 0L);
    }
  }
}
