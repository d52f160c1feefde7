package app.rapport.goals;

/**
 * How far a goal has come, measured from the log: where it stands, what it aims at, what should be
 * done by now for it to keep pace with the calendar (or, for a level such as the Ready-10, the
 * target itself), and whether it is on track.
 */
public record GoalProgress(double current, int target, double expectedByNow, boolean onTrack) {

  public int percent() {
    return target == 0 ? 0 : (int) Math.min(100, Math.round(current * 100 / target));
  }

  public String currentText() {
    return current == Math.rint(current)
        ? String.valueOf((long) current)
        : String.format("%.0f", current);
  }
}
