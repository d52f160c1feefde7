package app.rapport.platform.web;

import java.util.List;

/**
 * A simple bar chart drawn as SVG by {@code layout/bar-chart.jte}, with a title and description for
 * screen readers and the same numbers in a table for anyone who prefers them.
 */
public record Chart(
    String title,
    String description,
    String labelHeading,
    String valueHeading,
    int minimumMax,
    List<Bar> bars) {

  /** One bar: what it stands for and its value. */
  public record Bar(String label, double value) {}

  public static final int WIDTH = 640;
  public static final int HEIGHT = 200;
  static final int MARGIN = 24;

  public double max() {
    return Math.max(minimumMax, bars.stream().mapToDouble(Bar::value).max().orElse(0));
  }

  public double barWidth() {
    return bars.isEmpty() ? 0 : (double) (WIDTH - 2 * MARGIN) / bars.size();
  }

  public double x(int index) {
    return MARGIN + index * barWidth() + barWidth() * 0.1;
  }

  public double height(Bar bar) {
    return max() == 0 ? 0 : (HEIGHT - 2 * MARGIN) * bar.value() / max();
  }

  public double y(Bar bar) {
    return HEIGHT - MARGIN - height(bar);
  }

  public double innerWidth() {
    return barWidth() * 0.8;
  }

  public int baseline() {
    return HEIGHT - MARGIN;
  }

  public String id() {
    return "chart-" + Integer.toHexString(title.hashCode());
  }

  public static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : oneDecimal(value);
  }

  /**
   * One decimal, halves rounded away from zero, with a point whatever the locale: a chart has a few
   * hundred numbers, and {@code String.format} parsing its pattern for each was most of drawing
   * one.
   */
  static String oneDecimal(double value) {
    long tenths = Math.round(Math.abs(value) * 10);
    return (value < 0 && tenths != 0 ? "-" : "") + tenths / 10 + "." + tenths % 10;
  }
}
