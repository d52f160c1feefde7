package app.rapport.platform.web;

import java.util.List;

/**
 * Bars made of coloured segments, one per series, drawn as SVG by {@code layout/stacked-chart.jte}
 * with a legend, a title and description for screen readers, and the numbers in a table. Colours
 * are never the only way to tell series apart: the legend names them and the table lists them.
 */
public record StackedChart(
    String title,
    String description,
    String labelHeading,
    List<String> series,
    List<Column> columns) {

  /** One bar: its label and a value for each series, in the order of {@code series}. */
  public record Column(String label, List<Double> values) {

    public double total() {
      double total = 0;
      for (double value : values) {
        total += value;
      }
      return total;
    }
  }

  /** One drawn segment of a bar. */
  public record Segment(double x, double y, double width, double height, int series) {}

  public static final int WIDTH = 640;
  public static final int HEIGHT = 220;
  static final int MARGIN = 24;

  public double max() {
    return Math.max(1, columns.stream().mapToDouble(Column::total).max().orElse(0));
  }

  public List<Segment> segments() {
    double slot = columns.isEmpty() ? 0 : (double) (WIDTH - 2 * MARGIN) / columns.size();
    double usable = HEIGHT - 2 * MARGIN;
    double max = max();
    java.util.List<Segment> segments = new java.util.ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      double top = HEIGHT - MARGIN;
      for (int s = 0; s < series.size(); s++) {
        double value = columns.get(c).values().get(s);
        if (value <= 0) {
          continue;
        }
        double height = usable * value / max;
        top -= height;
        segments.add(new Segment(MARGIN + c * slot + slot * 0.1, top, slot * 0.8, height, s));
      }
    }
    return segments;
  }

  public int baseline() {
    return HEIGHT - MARGIN;
  }

  public String id() {
    return "chart-" + Integer.toHexString(title.hashCode());
  }

  public static String number(double value) {
    return Chart.number(value);
  }

  /** A coordinate with one decimal and a point. */
  public static String format(double value) {
    return Chart.oneDecimal(value);
  }
}
