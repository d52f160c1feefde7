package app.rapport.opportunities.web;

import app.rapport.opportunities.Insights;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart of one grouping of the insights, laid out for SVG: for each group, a bar
 * for all its opportunities and, over it, a darker bar for those that reached an interview. The
 * page shows the same numbers in a table; the chart's title and description say them in words.
 */
public record BarChart(
    String id, String title, String description, List<Bar> bars, int width, int height) {

  static final int LABEL_WIDTH = 250;
  static final int BAR_SPACE = 340;
  static final int ROW = 40;
  static final int TOP = 40;
  static final int BAR_HEIGHT = 24;

  /** One group's bars and where they go. */
  public record Bar(
      String label, long total, long reached, int y, int totalWidth, int reachedWidth) {

    public int labelX() {
      return LABEL_WIDTH - 10;
    }

    public int textY() {
      return y + 17;
    }

    public int barX() {
      return LABEL_WIDTH;
    }

    public int valueX() {
      return LABEL_WIDTH + totalWidth + 8;
    }

    public String value() {
      return total + (reached > 0 ? " (" + reached + " interviewed)" : "");
    }
  }

  public static BarChart of(String id, String title, List<Insights.Row> rows) {
    long max = rows.stream().mapToLong(Insights.Row::total).max().orElse(1);
    List<Bar> bars = new ArrayList<>();
    StringBuilder description = new StringBuilder(title).append(".");
    for (int i = 0; i < rows.size(); i++) {
      Insights.Row row = rows.get(i);
      int y = TOP + i * ROW;
      bars.add(
          new Bar(
              shorten(row.label()),
              row.total(),
              row.reachedInterview(),
              y,
              width(row.total(), max),
              width(row.reachedInterview(), max)));
      description
          .append(" ")
          .append(row.label())
          .append(": ")
          .append(row.total())
          .append(row.total() == 1 ? " opportunity, " : " opportunities, ")
          .append(row.reachedInterview())
          .append(" reached an interview.");
    }
    return new BarChart(
        id,
        title,
        description.toString(),
        bars,
        LABEL_WIDTH + BAR_SPACE + 170,
        TOP + Math.max(1, rows.size()) * ROW + 8);
  }

  private static int width(long value, long max) {
    return value == 0 ? 0 : (int) Math.max(4, Math.round((double) value / max * BAR_SPACE));
  }

  private static String shorten(String label) {
    return label.length() <= 30 ? label : label.substring(0, 29) + "…";
  }

  public int legendSecondX() {
    return LABEL_WIDTH + 190;
  }

  public int legendTextOffset() {
    return 24;
  }
}
