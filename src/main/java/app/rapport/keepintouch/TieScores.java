package app.rapport.keepintouch;

import java.util.List;

/**
 * Two different questions about one person, answered apart (science.md §9.2 and §9.5): how close
 * they are to the user, and whether they could open a new door, each with its reasons.
 */
public record TieScores(
    double closeness, List<String> closenessReasons, double doorOpening, List<String> doorReasons) {

  public int closenessPercent() {
    return (int) Math.round(closeness * 100);
  }

  public int doorOpeningPercent() {
    return (int) Math.round(Math.min(1, doorOpening) * 100);
  }
}
